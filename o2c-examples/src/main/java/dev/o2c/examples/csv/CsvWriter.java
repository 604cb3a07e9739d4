package dev.o2c.examples.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes comma-separated values as RFC 4180 describes them: records end with CRLF, and a field is
 * put in double quotes (with inner quotes doubled) when it holds a comma, a quote, a line break or
 * leading or trailing spaces; a record of one empty field is written as {@code ""} so that it does
 * not read back as a blank line. Everything else is written as is.
 *
 * <pre>{@code
 * CsvWriter csv = new CsvWriter(writer);
 * csv.row("item_id", "reason");
 * csv.row("INV-1", "short, see \"DED-1\"");   // INV-1,"short, see ""DED-1"""
 * }</pre>
 *
 * <p>Instances are not thread-safe. The writer is neither flushed nor closed by this class.
 */
public final class CsvWriter {

  private final Writer out;

  /**
   * A CSV writer on a character stream.
   *
   * @param out where the records go
   */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one record.
   *
   * @param fields the fields in column order; a null field is written as empty
   * @return this writer
   * @throws UncheckedIOException if writing fails
   */
  public CsvWriter row(String... fields) {
    return row(List.of(fields.length == 0 ? new String[] {""} : nullsAsEmpty(fields)));
  }

  /**
   * Writes one record.
   *
   * @param fields the fields in column order, at least one
   * @return this writer
   * @throws IllegalArgumentException if there are no fields
   * @throws UncheckedIOException if writing fails
   */
  public CsvWriter row(List<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a CSV record needs at least one field");
    }
    StringBuilder line = new StringBuilder();
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      // A bare empty line would read back as a blank line and be skipped.
      line.append("\"\"");
    }
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(escape(fields.get(i)));
    }
    line.append("\r\n");
    try {
      out.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * A field as it appears in a record: quoted only when it needs to be.
   *
   * @param field the field's text
   * @return the text, quoted with inner quotes doubled if it holds a comma, quote, CR, LF or
   *     surrounding spaces
   */
  public static String escape(String field) {
    Objects.requireNonNull(field, "field");
    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
        || field.charAt(field.length() - 1) == ' '));
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private static String[] nullsAsEmpty(String[] fields) {
    String[] copy = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      copy[i] = fields[i] == null ? "" : fields[i];
    }
    return copy;
  }
}
