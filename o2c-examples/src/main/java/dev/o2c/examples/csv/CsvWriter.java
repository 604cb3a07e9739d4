package dev.o2c.examples.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes comma-separated values as RFC 4180 describes them, with Apache Commons CSV: records end
 * with CRLF, and a field is put in double quotes (with inner quotes doubled) when it holds a comma, a
 * quote or a line break, starts with a space or another character up to {@code #}, or ends with a
 * space; an empty first field is written as {@code ""} so that a record of one empty field does not
 * read back as a blank line. Everything else is written as is.
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

  /** RFC 4180 with the quotes only where a reader needs them. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

  private final Writer out;
  /** The record being formatted; one write per record instead of one per field piece. */
  private final StringBuilder record = new StringBuilder(256);
  private char[] chars = new char[256];

  /**
   * A CSV writer on a character stream.
   *
   * @param out where the records go
   * @throws UncheckedIOException if the stream cannot be written to
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
    return row(Arrays.asList(fields.length == 0 ? new String[] {""} : nullsAsEmpty(fields)));
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
    record.setLength(0);
    try {
      for (int i = 0; i < fields.size(); i++) {
        // Commons CSV decides the quoting and writes the delimiter before every field but the first.
        FORMAT.print(fields.get(i), record, i == 0);
      }
      record.append(FORMAT.getRecordSeparator());
      int length = record.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      record.getChars(0, length, chars, 0);
      out.write(chars, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * A field as it appears in a record (not as the first field): quoted only when it needs to be.
   *
   * @param field the field's text
   * @return the text, quoted with inner quotes doubled if it holds a comma, quote, CR or LF, or
   *     starts or ends with a space
   */
  public static String escape(String field) {
    Objects.requireNonNull(field, "field");
    if (field.isEmpty()) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length() + 2);
    try {
      // As the first field of a record, so that no delimiter is written before it.
      FORMAT.print(field, out, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String[] nullsAsEmpty(String[] fields) {
    String[] copy = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      copy[i] = fields[i] == null ? "" : fields[i];
    }
    return copy;
  }
}
