package dev.o2c.matching.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from one statement file: its format, the statements in file order and the
 * findings that concern the file as a whole (e.g. BAI2 file control totals). Findings of a single
 * statement are in {@link Statement#findings()}; {@link #allFindings()} joins both. This
 * instance is immutable.
 */
public final class StatementFile {

  private final StatementFormat format;
  private final String sourceName;
  private final List<Statement> statements;
  private final List<Finding> findings;

  private StatementFile(
      StatementFormat format, String sourceName, List<Statement> statements, List<Finding> findings) {
    this.format = Objects.requireNonNull(format, "format");
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.statements = List.copyOf(statements);
    this.findings = List.copyOf(findings);
  }

  /**
   * Creates the result of reading a file.
   *
   * @param format the detected or requested format (for camt, the format of the message)
   * @param sourceName the name the caller gave the source
   * @param statements the statements in file order
   * @param findings findings about the file as a whole
   * @return the result
   * @throws NullPointerException if any argument or list element is null
   */
  public static StatementFile of(
      StatementFormat format, String sourceName, List<Statement> statements, List<Finding> findings) {
    return new StatementFile(format, sourceName, statements, findings);
  }

  /**
   * The format of the file.
   *
   * @return the format
   */
  public StatementFormat format() {
    return format;
  }

  /**
   * The source name the caller gave.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The statements in file order.
   *
   * @return the statements, possibly empty
   */
  public List<Statement> statements() {
    return statements;
  }

  /**
   * Findings about the file as a whole, not about one statement.
   *
   * @return the file-level findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The file-level findings followed by every statement's findings, in file order.
   *
   * @return all findings, a new list
   */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(findings);
    statements.forEach(s -> all.addAll(s.findings()));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "StatementFile[" + format + " " + sourceName + ", " + statements.size()
        + " statements, " + allFindings().size() + " findings]";
  }
}
