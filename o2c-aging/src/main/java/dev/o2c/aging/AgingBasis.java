package dev.o2c.aging;

/**
 * The date an item's age counts from: its age as of a day is {@code asOf − that date}, in days.
 *
 * <pre>{@code
 * // an invoice of 2026-03-01 due 2026-03-31, aged as of 2026-04-10:
 * // DUE_DATE: 10 days (bucket 1-30); DOCUMENT_DATE: 40 days (bucket 31-60)
 * }</pre>
 */
public enum AgingBasis {
  /** Days past the net due date; an item not yet due has an age of zero or less ("current"). */
  DUE_DATE,
  /** Days since the document (invoice) date. */
  DOCUMENT_DATE,
  /**
   * Days past the date the customer promised to pay, for items an open promise to pay covers; other
   * items age by their due date. See {@link Aging#withPromises}.
   */
  PROMISED_DATE
}
