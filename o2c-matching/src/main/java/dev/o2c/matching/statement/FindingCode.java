package dev.o2c.matching.statement;

/**
 * What kind of problem a {@link Finding} reports. The names are stable: they are printed as they
 * are (the {@code o2c statement} summary and CSV output, {@link Finding#toString()}), so hosts may
 * store and compare them.
 */
public enum FindingCode {

  /** Opening booked balance plus credits minus debits differs from the closing booked balance. */
  BALANCE_MISMATCH,
  /** A batch entry's declared number of transactions differs from the details given. */
  BATCH_COUNT_MISMATCH,
  /**
   * A batch entry's declared total differs from its amount or from the sum of its details, or an
   * entry's only transaction details give another amount in its currency than the entry booked.
   */
  BATCH_TOTAL_MISMATCH,
  /**
   * A control total (BAI2 49/98/99, BAI2 03 total credits 100 / total debits 400, MT942
   * :90C:/:90D:, camt TxsSummry) does not reconcile.
   */
  CONTROL_TOTAL_MISMATCH,
  /**
   * A declared record or entry count (BAI2 49/98/99 record counts, BAI2 03 item counts of 100/400,
   * MT942 :90C:/:90D:, camt TxsSummry) does not reconcile.
   */
  COUNT_MISMATCH,
  /** A required balance (e.g. the closing balance) is missing. */
  MISSING_BALANCE,
  /** Credit/debit indicators of an entry and its transaction details disagree. */
  DIRECTION_MISMATCH,
  /**
   * The immediate, one-day and two-or-more-day amounts of a distributed funds availability (BAI2
   * funds type {@code S}) do not add up to the amount they distribute; see {@link
   * FundsAvailability}.
   */
  AVAILABILITY_MISMATCH,
  /** A creditor reference claims a check digit scheme (e.g. ISO 11649 RF) and fails it. */
  INVALID_CREDITOR_REFERENCE,
  /**
   * An entry could not be read (a wrong value in an otherwise readable file) and was left out,
   * because the handler chose to go on ({@link StatementHandler#onEntryFailure}, {@link
   * UnreadableEntries#SKIP}). The message says what was wrong, the location where; the entry's
   * amount is missing from the balance check, which then usually reports a {@link
   * #BALANCE_MISMATCH} as well.
   */
  ENTRY_SKIPPED,
  /**
   * More findings of one code about single entries than a statement keeps ({@link
   * FindingCollector#MAX_PER_CODE}); the message names the code and how many were not kept.
   * Statement-level findings (balances, counts, control totals) are always kept.
   */
  TOO_MANY_FINDINGS
}
