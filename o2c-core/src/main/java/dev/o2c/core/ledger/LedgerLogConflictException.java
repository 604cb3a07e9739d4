package dev.o2c.core.ledger;

/**
 * Thrown when an append to a {@link LedgerLog} finds its sequence already taken: another writer
 * appended first. Nothing was written. A ledger that meets this is behind its log and refuses further
 * commands; reopen it with {@link ReceivablesLedger#replay(LedgerLog)} and retry.
 */
public final class LedgerLogConflictException extends LedgerLogException {
  private static final long serialVersionUID = 1L;

  /** The sequence the writer tried to append at. */
  private final long expected;
  /** The sequence the log would have accepted. */
  private final long actual;

  /**
   * A conflict.
   *
   * @param expected the sequence the writer appended at
   * @param actual the sequence the log expected ({@code lastSequence() + 1})
   */
  public LedgerLogConflictException(long expected, long actual) {
    super("ledger log conflict: append at sequence " + expected + " but the log is at " + (actual - 1)
        + "; another writer appended first");
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the sequence the writer tried to append at} */
  public long attemptedSequence() {
    return expected;
  }

  /** {@return the sequence the log would have accepted} */
  public long expectedSequence() {
    return actual;
  }
}
