package dev.o2c.core.terms;

/**
 * The date from which {@link PaymentTerms} count their days.
 */
public enum DueBasis {

  /** Days count from the document (invoice) date: {@code NET 30} is due 30 days after it. */
  DOCUMENT_DATE,

  /**
   * Days count from the last day of the document's calendar month: {@code NET 30 EOM} on an invoice
   * dated 2024-01-20 is due 2024-01-31 plus 30 days, that is 2024-03-01. Discount and instalment
   * days count from the same month end.
   */
  END_OF_MONTH,

  /**
   * Due on a fixed day of the month following the document's month, clamped to that month's length:
   * {@code DAY 31 NEXT MONTH} on an invoice dated 2024-01-10 is due 2024-02-29.
   */
  DAY_OF_NEXT_MONTH
}
