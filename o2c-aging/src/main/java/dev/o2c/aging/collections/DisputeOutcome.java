package dev.o2c.aging.collections;

import dev.o2c.core.ledger.LedgerCommand;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a step of {@link DisputeResolver} decided: the case in its new state and the ledger commands
 * that carry the decision out, to be posted by the host in order (the resolver never posts them).
 *
 * @param disputeCase the case after the step (unchanged if a write-off approval fell short)
 * @param commands the ledger commands, in posting order; empty when the books do not change
 * @param authority the authority check of a write-off, if the step was one
 */
public record DisputeOutcome(DisputeCase disputeCase, List<LedgerCommand> commands,
    Optional<AuthorityCheck> authority) {

  /**
   * Validates that nothing is null and copies the commands.
   *
   * @param disputeCase the case after the step
   * @param commands the ledger commands, in posting order
   * @param authority the authority check of a write-off, if any
   */
  public DisputeOutcome {
    Objects.requireNonNull(disputeCase, "disputeCase");
    commands = List.copyOf(commands);
    Objects.requireNonNull(authority, "authority");
  }

  /** {@return true if a write-off went beyond the authority of who asked and waits for (another) approval} */
  public boolean needsApproval() {
    return authority.map(a -> !a.withinLimit()).orElse(false);
  }
}
