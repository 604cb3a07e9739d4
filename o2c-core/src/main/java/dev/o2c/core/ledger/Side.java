package dev.o2c.core.ledger;

/** The side of a journal line. */
public enum Side {
  /** Debit: increases asset accounts (receivables, cash). */
  DEBIT,
  /** Credit: decreases asset accounts, increases liabilities (unapplied cash) and revenue. */
  CREDIT;

  /** {@return the other side} */
  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }
}
