package dev.o2c.matching.statement;

import java.util.Objects;

/**
 * A validation problem found while reading a statement file that did not stop the reading, e.g.
 * a closing balance that does not equal the opening balance plus the entries.
 *
 * <p>Real bank files often fail such checks; readers report them as findings rather than
 * throwing. The kind of problem is a {@link FindingCode}, whose names are stable; the constants in
 * this class are shorthands for them. This instance is immutable.
 */
public final class Finding {

  /** Shorthand for {@link FindingCode#BALANCE_MISMATCH}. */
  public static final FindingCode BALANCE_MISMATCH = FindingCode.BALANCE_MISMATCH;
  /** Shorthand for {@link FindingCode#BATCH_COUNT_MISMATCH}. */
  public static final FindingCode BATCH_COUNT_MISMATCH = FindingCode.BATCH_COUNT_MISMATCH;
  /** Shorthand for {@link FindingCode#BATCH_TOTAL_MISMATCH}. */
  public static final FindingCode BATCH_TOTAL_MISMATCH = FindingCode.BATCH_TOTAL_MISMATCH;
  /** Shorthand for {@link FindingCode#CONTROL_TOTAL_MISMATCH}. */
  public static final FindingCode CONTROL_TOTAL_MISMATCH = FindingCode.CONTROL_TOTAL_MISMATCH;
  /** Shorthand for {@link FindingCode#COUNT_MISMATCH}. */
  public static final FindingCode COUNT_MISMATCH = FindingCode.COUNT_MISMATCH;
  /** Shorthand for {@link FindingCode#MISSING_BALANCE}. */
  public static final FindingCode MISSING_BALANCE = FindingCode.MISSING_BALANCE;
  /** Shorthand for {@link FindingCode#DIRECTION_MISMATCH}. */
  public static final FindingCode DIRECTION_MISMATCH = FindingCode.DIRECTION_MISMATCH;
  /** Shorthand for {@link FindingCode#AVAILABILITY_MISMATCH}. */
  public static final FindingCode AVAILABILITY_MISMATCH = FindingCode.AVAILABILITY_MISMATCH;
  /** Shorthand for {@link FindingCode#INVALID_CREDITOR_REFERENCE}. */
  public static final FindingCode INVALID_CREDITOR_REFERENCE = FindingCode.INVALID_CREDITOR_REFERENCE;
  /** Shorthand for {@link FindingCode#ENTRY_SKIPPED}. */
  public static final FindingCode ENTRY_SKIPPED = FindingCode.ENTRY_SKIPPED;
  /** Shorthand for {@link FindingCode#TOO_MANY_FINDINGS}. */
  public static final FindingCode TOO_MANY_FINDINGS = FindingCode.TOO_MANY_FINDINGS;

  private final FindingCode code;
  private final String message;
  private final String location;

  private Finding(FindingCode code, String message, String location) {
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
   * @param code the kind of problem
   * @param message what is wrong, in words, with the numbers involved
   * @param location where in the file, e.g. {@code "line 17"} or
   *     {@code "/Document/BkToCstmrStmt/Stmt[1]"}
   * @return the finding
   * @throws NullPointerException if any argument is null
   */
  public static Finding of(FindingCode code, String message, String location) {
    return new Finding(code, message, location);
  }

  /**
   * The stable problem code.
   *
   * @return the code, e.g. {@link FindingCode#BALANCE_MISMATCH}; its {@code name()} is what output
   *     prints
   */
  public FindingCode code() {
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
    return Objects.hash(code.name(), message, location);
  }

  @Override
  public String toString() {
    return code + " at " + location + ": " + message;
  }
}
