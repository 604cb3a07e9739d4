package dev.o2c.core.ledger;

import java.util.Objects;

/**
 * One reason a command is refused.
 *
 * @param code the kind of problem
 * @param message what is wrong, naming the ids and amounts involved
 */
public record LedgerProblem(LedgerException.Code code, String message) {
  /**
   * Validates that nothing is null.
   *
   * @param code the kind of problem
   * @param message what is wrong, naming the ids and amounts involved
   */
  public LedgerProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
