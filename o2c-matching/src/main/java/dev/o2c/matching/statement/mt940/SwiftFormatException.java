package dev.o2c.matching.statement.mt940;

/**
 * A syntax problem found by the MT940 tokenizer or field parsers, with the 1-based line number
 * where the offending field starts. {@link Mt940Reader} turns it into the public parse exception.
 */
final class SwiftFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  SwiftFormatException(int line, String message) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
