package dev.o2c.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads comma-separated values as RFC 4180 describes them: one header row, fields optionally in
 * double quotes (a quote inside a quoted field is doubled; quoted fields may span lines), records
 * ended by CRLF or LF. A leading UTF-8 byte-order mark is skipped and blank lines are ignored.
 *
 * <p>Column names are matched case-insensitively and surrounding spaces are ignored, so
 * {@code row.required("Item_ID")} finds a column headed {@code item_id}. Every record must have as
 * many fields as the header.
 *
 * <pre>{@code
 * CsvTable table = CsvReader.read(new StringReader("id,amount\nA-1,12.30\n"), "inline");
 * table.rows().get(0).required("amount");   // "12.30"
 * }</pre>
 */
public final class CsvReader {

  private CsvReader() {}

  /**
   * Reads a whole CSV input with its header row.
   *
   * @param reader the characters; read to the end but not closed
   * @param source the file name or resource, used in error messages
   * @return the header and the records, in input order
   * @throws CsvException if the input is empty, has a blank or duplicate column name, an unclosed
   *     quote, a character after a closing quote, or a record with the wrong number of fields
   * @throws UncheckedIOException if reading fails
   */
  public static CsvTable read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Parser parser = new Parser(reader, source);
    Record header = parser.next();
    while (header != null && header.isBlank()) {
      header = parser.next();
    }
    if (header == null) {
      throw new CsvException(source, 0, "no header row (the input is empty)");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.fields.size(); i++) {
      String name = header.fields.get(i).strip();
      if (name.isEmpty()) {
        throw new CsvException(source, header.line, "column " + (i + 1) + " of the header has no name");
      }
      if (columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
        throw new CsvException(source, header.line, "column \"" + name + "\" appears twice in the header");
      }
      names.add(name);
    }
    List<CsvRow> rows = new ArrayList<>();
    for (Record record = parser.next(); record != null; record = parser.next()) {
      if (record.isBlank()) {
        continue;
      }
      if (record.fields.size() != names.size()) {
        throw new CsvException(source, record.line, "record has " + record.fields.size() + " fields but the header has "
            + names.size());
      }
      rows.add(new CsvRow(source, record.line, columns, record.fields));
    }
    return new CsvTable(source, names, rows);
  }

  /** One record as read, with the line it starts on. */
  private static final class Record {
    final long line;
    final List<String> fields;
    final boolean quoted;

    Record(long line, List<String> fields, boolean quoted) {
      this.line = line;
      this.fields = fields;
      this.quoted = quoted;
    }

    /** {@return a line with nothing but spaces; a lone quoted empty field ({@code ""}) is not blank} */
    boolean isBlank() {
      return !quoted && fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /** A small state machine over the characters; tracks line numbers for messages. */
  private static final class Parser {
    private final Reader reader;
    private final String source;
    private long line = 1;
    private int pushedBack = -2;
    private boolean started;

    Parser(Reader reader, String source) {
      this.reader = reader;
      this.source = source;
    }

    private int read() {
      if (pushedBack != -2) {
        int c = pushedBack;
        pushedBack = -2;
        return c;
      }
      try {
        return reader.read();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
    }

    /** {@return the next record, or null at the end of the input} */
    Record next() {
      int c = read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = read();
        }
      }
      if (c == -1) {
        return null;
      }
      long start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      boolean anyQuote = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new CsvException(source, start, "a quoted field is not closed before the end of the input");
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              afterQuote = true;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              pushedBack = d;
            }
          }
          if (c != -1) {
            line++;
          }
          fields.add(field.toString());
          return new Record(start, fields, anyQuote);
        } else if (afterQuote) {
          throw new CsvException(source, line, "unexpected character '" + (char) c + "' after a closing quote");
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
          anyQuote = true;
        } else {
          field.append((char) c);
        }
        c = read();
      }
    }
  }
}
