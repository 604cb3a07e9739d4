package dev.o2c.matching.statement;

import java.util.Objects;

/**
 * A validation problem found while reading a statement file that did not stop the reading, e.g.
 * a closing balance that does not equal the opening balance plus the entries.
 *
 * <p>Real bank files often fail such checks; readers report them as findings rather than
 * throwing. Codes are stable strings, see the constants in this class. This instance is
 * immutable.
 */
public final class Finding {

  /** Opening booked balance plus credits minus debits differs from the closing booked balance. */
  public static final String BALANCE_MISMATCH = "BALANCE_MISMATCH";
  /** A batch entry's declared number of transactions differs from the details given. */
  public static final String BATCH_COUNT_MISMATCH = "BATCH_COUNT_MISMATCH";
  /** A batch entry's declared total differs from its amount or from the sum of its details. */
  public static final String BATCH_TOTAL_MISMATCH = "BATCH_TOTAL_MISMATCH";
  /**
   * A control total (BAI2 49/98/99, BAI2 03 total credits 100 / total debits 400, MT942
   * :90C:/:90D:, camt TxsSummry) does not reconcile.
   */
  public static final String CONTROL_TOTAL_MISMATCH = "CONTROL_TOTAL_MISMATCH";
  /**
   * A declared record or entry count (BAI2 49/98/99 record counts, BAI2 03 item counts of 100/400,
   * MT942 :90C:/:90D:, camt TxsSummry) does not reconcile.
   */
  public static final String COUNT_MISMATCH = "COUNT_MISMATCH";
  /** A required balance (e.g. the closing balance) is missing. */
  public static final String MISSING_BALANCE = "MISSING_BALANCE";
  /** Credit/debit indicators of an entry and its transaction details disagree. */
  public static final String DIRECTION_MISMATCH = "DIRECTION_MISMATCH";
  /**
   * The immediate, one-day and two-or-more-day amounts of a distributed funds availability (BAI2
   * funds type {@code S}) do not add up to the amount they distribute; see {@link
   * FundsAvailability}.
   */
  public static final String AVAILABILITY_MISMATCH = "AVAILABILITY_MISMATCH";
  /** A creditor reference claims a check digit scheme (e.g. ISO 11649 RF) and fails it. */
  public static final String INVALID_CREDITOR_REFERENCE = "INVALID_CREDITOR_REFERENCE";
  /**
   * An entry could not be read (a wrong value in an otherwise readable file) and was left out,
   * because the handler chose to go on ({@link StatementHandler#onEntryFailure}, {@link
   * UnreadableEntries#SKIP}). The message says what was wrong, the location where; the entry's
   * amount is missing from the balance check, which then usually reports a {@link
   * #BALANCE_MISMATCH} as well.
   */
  public static final String ENTRY_SKIPPED = "ENTRY_SKIPPED";
  /**
   * More findings of one code about single entries than a statement keeps ({@link
   * FindingCollector#MAX_PER_CODE}); the message names the code and how many were not kept.
   * Statement-level findings (balances, counts, control totals) are always kept.
   */
  public static final String TOO_MANY_FINDINGS = "TOO_MANY_FINDINGS";

  private final String code;
  private final String message;
  private final String location;

  private Finding(String code, String message, String location) {
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.location = Objects.requireNonNull(location, "location");
  }

  /**
   * The finding that names an entry left out because a value in it could not be read ({@link
   * #ENTRY_SKIPPED}): the failure's problem, at the failure's location. Every reader words it the
   * same way.
   *
   * @param failure what was wrong with the entry, and where
   * @return the finding
   */
  public static Finding entrySkipped(StatementParseException failure) {
    return of(ENTRY_SKIPPED, "entry left out: " + failure.problem(), failure.location());
  }

  /**
   * Creates a finding.
   *
   * @param code a stable code, usually one of the constants in this class
   * @param message what is wrong, in words, with the numbers involved
   * @param location where in the file, e.g. {@code "line 17"} or
   *     {@code "/Document/BkToCstmrStmt/Stmt[1]"}
   * @return the finding
   * @throws NullPointerException if any argument is null
   */
  public static Finding of(String code, String message, String location) {
    return new Finding(code, message, location);
  }

  /**
   * The stable problem code.
   *
   * @return the code, e.g. {@link #BALANCE_MISMATCH}
   */
  public String code() {
    return code;
  }

  /**
   * A readable description of the problem.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Where in the file the problem was found: a line number for text formats, an element path for
   * XML.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return code.equals(f.code) && message.equals(f.message) && location.equals(f.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, location);
  }

  @Override
  public String toString() {
    return code + " at " + location + ": " + message;
  }
}
