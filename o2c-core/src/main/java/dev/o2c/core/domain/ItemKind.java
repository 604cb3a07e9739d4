package dev.o2c.core.domain;

/** The kind of a receivable document. */
public enum ItemKind {
  /** A bill for goods or services; a positive amount the customer owes. */
  INVOICE,
  /** A credit note reducing what the customer owes; its amounts are negative. */
  CREDIT_MEMO,
  /** An additional charge (price correction, freight, interest); a positive amount like an invoice. */
  DEBIT_MEMO;

  /**
   * The sign every amount of an item of this kind carries.
   *
   * @return {@code -1} for credit memos, {@code +1} for invoices and debit memos
   */
  public int sign() {
    return this == CREDIT_MEMO ? -1 : 1;
  }
}
