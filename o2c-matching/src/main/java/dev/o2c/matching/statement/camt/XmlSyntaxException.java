package dev.o2c.matching.statement.camt;

/** A document that is not well-formed XML, with the line and column where the scanner noticed. */
final class XmlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final long line;
  private final long column;

  XmlSyntaxException(String problem, long line, long column) {
    super(problem + " (line " + line + ", column " + column + ")");
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  /** {@return what is wrong, without the position} */
  String problem() {
    return problem;
  }

  /** {@return the line, from 1} */
  long line() {
    return line;
  }

  /** {@return the column, from 1} */
  long column() {
    return column;
  }
}
