package dev.o2c.core.ledger;

/** Thrown when a {@link LedgerLog} cannot be written or read. */
public class LedgerLogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what failed, and where
   */
  public LedgerLogException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what failed, and where
   * @param cause the underlying failure
   */
  public LedgerLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
