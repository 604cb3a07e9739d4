package dev.o2c.matching.statement;

import java.util.Objects;

/**
 * Thrown when a statement file cannot be read: it is truncated, malformed, of the wrong type,
 * holds a value that cannot be represented exactly (e.g. {@code 1.234} EUR), or is hostile (an
 * XML DOCTYPE, entity expansion). Names the source, the position and what is wrong.
 *
 * <p>Problems that do not prevent reading, like a closing balance that does not reconcile, are
 * reported as {@link Finding}s instead.
 */
public class StatementParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The name of the source as given by the caller. */
  private final String sourceName;

  /** Where in the source: a line or an element path. */
  private final String location;

  /** What is wrong, without source and location. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param sourceName the name of the file or stream as given by the caller
   * @param location the position: {@code "line 17"} or an XML element path such as
   *     {@code "/Document/BkToCstmrStmt/Stmt[2]/Ntry[5]/Amt"}
   * @param problem what is wrong, e.g. {@code "amount 1.234 has more decimals than EUR allows"}
   * @param cause the underlying exception, or null
   */
  public StatementParseException(
      String sourceName, String location, String problem, Throwable cause) {
    super(
        Objects.requireNonNull(sourceName, "sourceName")
            + ": "
            + Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(problem, "problem"),
        cause);
    this.sourceName = sourceName;
    this.location = location;
    this.problem = problem;
  }

  /**
   * Creates the exception without a cause.
   *
   * @param sourceName the name of the file or stream as given by the caller
   * @param location the position in the source
   * @param problem what is wrong
   */
  public StatementParseException(String sourceName, String location, String problem) {
    this(sourceName, location, problem, null);
  }

  /**
   * The name of the source as given by the caller of the reader.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The position of the problem: {@code "line 17"} for text formats, an element path such as
   * {@code "/Document/BkToCstmrStmt/Stmt[2]/Ntry[5]/Amt"} for XML.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * What is wrong, without source name and location.
   *
   * @return the problem description
   */
  public String problem() {
    return problem;
  }
}
