package dev.o2c.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma-separated values as RFC 4180 describes them, with Apache Commons CSV: one header row,
 * fields optionally in double quotes (a quote inside a quoted field is doubled; quoted fields may
 * span lines), records ended by CRLF or LF. A leading UTF-8 byte-order mark is skipped and blank
 * lines are ignored; a line holding only {@code ""} is a record with one empty field, not a blank line.
 *
 * <p>Column names are matched case-insensitively and surrounding spaces are ignored, so
 * {@code row.required("Item_ID")} finds a column headed {@code item_id}. Every record must have as
 * many fields as the header. Errors name the source and the line the record starts on.
 *
 * <pre>{@code
 * CsvTable table = CsvReader.read(new StringReader("id,amount\nA-1,12.30\n"), "inline");
 * table.rows().get(0).required("amount");   // "12.30"
 * }</pre>
 */
public final class CsvReader {

  /**
   * Strict RFC 4180: no trimming, no comments, text after a closing quote is an error. Blank lines are
   * kept as records here so that line numbers can be counted from the records themselves.
   */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** Commons CSV's message for text after a closing quote, with the position just past that text. */
  private static final Pattern AFTER_QUOTE =
      Pattern.compile("Invalid character between encapsulated token and delimiter.*position: ([\\d,]+)");

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
    List<CsvRow> rows = new ArrayList<>();
    List<String> names = forEachRow(reader, source, new String[0], rows::add);
    return new CsvTable(source, names, rows);
  }

  /**
   * Reads a CSV input with its header row and hands each record to {@code action} as it is read, in
   * input order, without keeping them: for exports of a million rows, where a table of them all would
   * only feed the garbage collector. Errors are those of {@link #read}, and a required column the
   * header lacks is reported before any record is handed over.
   *
   * @param reader the characters; read to the end (unless {@code action} throws) but not closed
   * @param source the file name or resource, used in error messages
   * @param required column names the header must have (case-insensitive)
   * @param action what to do with each record
   * @return the column names of the header, as written
   * @throws CsvException as {@link #read} and {@link CsvTable#requireColumns} do
   */
  public static List<String> forEachRow(Reader reader, String source, String[] required, Consumer<CsvRow> action) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(action, "action");
    String text = readAll(reader, source);
    Records records = new Records(text, source);
    Record header = records.next();
    while (header != null && header.isBlank()) {
      header = records.next();
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
    requireColumns(source, columns.keySet(), required);
    for (Record record = records.next(); record != null; record = records.next()) {
      if (record.isBlank()) {
        continue;
      }
      if (record.fields.size() != names.size()) {
        throw new CsvException(source, record.line, "record has " + record.fields.size() + " fields but the header has "
            + names.size());
      }
      action.accept(new CsvRow(source, record.line, columns, record.fields));
    }
    return List.copyOf(names);
  }

  /**
   * Refuses a header that lacks a required column, naming every one it lacks.
   *
   * @param source the file name, for the message
   * @param columns the header's column names in lower case (root locale)
   * @param required the column names required, matched case-insensitively
   * @throws CsvException on line 1 if any is missing
   */
  static void requireColumns(String source, java.util.Set<String> columns, String... required) {
    StringBuilder missing = new StringBuilder();
    for (String name : required) {
      if (!columns.contains(name.toLowerCase(Locale.ROOT))) {
        missing.append(missing.length() == 0 ? "" : ", ").append(name);
      }
    }
    if (missing.length() > 0) {
      throw new CsvException(source, 1, "missing required column(s): " + missing);
    }
  }

  /** The whole input without a leading byte-order mark; the text is kept to tell quoted fields from blank lines. */
  private static String readAll(Reader reader, String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
  }

  /** One record as read, with the line it starts on. */
  private static final class Record {
    final long line;
    final List<String> fields;
    final boolean blank;

    Record(long line, List<String> fields, boolean blank) {
      this.line = line;
      this.fields = fields;
      this.blank = blank;
    }

    /** {@return a line with nothing but spaces; a lone quoted empty field ({@code ""}) is not blank} */
    boolean isBlank() {
      return blank;
    }
  }

  /**
   * The records of the text in order, each with the line it starts on. Every line break outside quotes
   * ends a record (blank lines are records too), so a record starts one line after the previous one
   * ended, and a record spans as many lines as its fields hold line feeds.
   */
  private static final class Records {
    private final String text;
    private final String source;
    private final Iterator<CSVRecord> iterator;
    private long nextLine = 1;

    Records(String text, String source) {
      this.text = text;
      this.source = source;
      try {
        this.iterator = CSVParser.parse(text, FORMAT).iterator();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
    }

    /** {@return the next record, or null at the end of the input} */
    Record next() {
      long line = nextLine;
      CSVRecord record;
      try {
        if (!iterator.hasNext()) {
          return null;
        }
        record = iterator.next();
      } catch (UncheckedIOException e) {
        throw problem(line, e);
      }
      List<String> fields = record.toList();
      long lineFeeds = 0;
      for (String field : fields) {
        for (int at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) {
          lineFeeds++;
        }
      }
      nextLine = line + lineFeeds + 1;
      return new Record(line, fields, fields.size() == 1 && fields.get(0).isBlank()
          && !quoted(record.getCharacterPosition()));
    }

    private boolean quoted(long position) {
      return position < text.length() && text.charAt((int) position) == '"';
    }

    /** Commons CSV's syntax errors in the words of the CLI contract, at the line the record starts on. */
    private CsvException problem(long line, UncheckedIOException e) {
      String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      if (message.contains("EOF reached before encapsulated token finished")) {
        return new CsvException(source, line, "a quoted field is not closed before the end of the input");
      }
      Matcher afterQuote = AFTER_QUOTE.matcher(message);
      if (afterQuote.find()) {
        long position = Long.parseLong(afterQuote.group(1).replace(",", ""));
        String character = position >= 1 && position <= text.length()
            ? " '" + text.charAt((int) position - 1) + "'" : "";
        return new CsvException(source, line, "unexpected character" + character + " after a closing quote");
      }
      return new CsvException(source, line, message);
    }
  }
}
