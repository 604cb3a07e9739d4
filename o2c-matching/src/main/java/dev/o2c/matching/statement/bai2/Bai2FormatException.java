package dev.o2c.matching.statement.bai2;

/**
 * A structural or syntax problem found by the BAI2 tokenizer or parser, with the 1-based physical line
 * number. {@link Bai2Reader} turns it into the public parse exception.
 */
final class Bai2FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  Bai2FormatException(int line, String message) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
