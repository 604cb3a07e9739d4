package dev.o2c.examples.csv;

import java.util.Objects;

/**
 * Thrown when a CSV input is bad: the message names the source (file or resource), the line and what
 * is wrong, e.g. {@code items.csv:7: amount "12,30" is not a plain decimal}.
 */
public final class CsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String source;
  /** The 1-based line, or 0 when the problem is not on one line. */
  private final long line;

  /**
   * A problem at a line of a source.
   *
   * @param source the file name or resource the CSV came from
   * @param line the 1-based line the problem is on; 0 if it concerns the whole input
   * @param problem what is wrong, in words
   */
  public CsvException(String source, long line, String problem) {
    super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line : "") + ": "
        + Objects.requireNonNull(problem, "problem"));
    this.source = source;
    this.line = line;
  }

  /** {@return the file name or resource the CSV came from} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line of the problem, 0 when it concerns the whole input} */
  public long line() {
    return line;
  }
}
