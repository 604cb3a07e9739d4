package dev.o2c.examples.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One record of a {@link CsvTable}, with typed access by column name (case-insensitive) and errors
 * that name the source and line. This instance is immutable.
 */
public final class CsvRow {
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private final String source;
  private final long line;
  private final Map<String, Integer> columns;
  private final List<String> fields;

  CsvRow(String source, long line, Map<String, Integer> columns, List<String> fields) {
    this.source = source;
    this.line = line;
    this.columns = columns;
    this.fields = List.copyOf(fields);
  }

  /** {@return the 1-based line the record starts on} */
  public long line() {
    return line;
  }

  /**
   * A field that may be absent: the column may be missing from the header or the field blank.
   *
   * @param column the column name, case-insensitive
   * @return the field with surrounding spaces removed, or empty if the column is absent or the field blank
   */
  public Optional<String> optional(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      index = columns.get(column.toLowerCase(Locale.ROOT)); // the keys are lower case; callers mostly ask so
    }
    if (index == null) {
      return Optional.empty();
    }
    String value = fields.get(index).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A field that must be present and not blank.
   *
   * @param column the column name, case-insensitive
   * @return the field with surrounding spaces removed
   * @throws CsvException if the column is absent or the field blank
   */
  public String required(String column) {
    return optional(column).orElseThrow(() -> error(column + " is missing"));
  }

  /**
   * A required ISO date ({@code yyyy-MM-dd}).
   *
   * @param column the column name, case-insensitive
   * @return the date
   * @throws CsvException if the field is missing or not an ISO date
   */
  public LocalDate date(String column) {
    return parseDate(column, required(column));
  }

  /**
   * An optional ISO date ({@code yyyy-MM-dd}).
   *
   * @param column the column name, case-insensitive
   * @return the date, or empty if the field is absent or blank
   * @throws CsvException if the field is present but not an ISO date
   */
  public Optional<LocalDate> optionalDate(String column) {
    return optional(column).map(value -> parseDate(column, value));
  }

  /**
   * A required plain decimal: digits with an optional sign and an optional {@code .} fraction, no
   * thousands separators, no exponent (e.g. {@code 1234.50}, {@code -357.00}).
   *
   * @param column the column name, case-insensitive
   * @return the exact value, with the scale as written
   * @throws CsvException if the field is missing or not a plain decimal
   */
  public BigDecimal decimal(String column) {
    return parseDecimal(column, required(column));
  }

  /**
   * An optional plain decimal, as {@link #decimal(String)}.
   *
   * @param column the column name, case-insensitive
   * @return the value, or empty if the field is absent or blank
   * @throws CsvException if the field is present but not a plain decimal
   */
  public Optional<BigDecimal> optionalDecimal(String column) {
    return optional(column).map(value -> parseDecimal(column, value));
  }

  /**
   * An error about this record, to be thrown by the caller.
   *
   * @param problem what is wrong, in words
   * @return the exception, naming the source and this record's line
   */
  public CsvException error(String problem) {
    return new CsvException(source, line, problem);
  }

  private LocalDate parseDate(String column, String value) {
    try {
      if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
          && digits(value, 5, 7) && digits(value, 8, 10)) {
        // The usual yyyy-MM-dd without the formatter, which costs a microsecond a date on a million rows.
        return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
            Integer.parseInt(value, 8, 10, 10));
      }
      return LocalDate.parse(value);
    } catch (java.time.DateTimeException e) {
      throw error(column + " \"" + value + "\" is not an ISO date (yyyy-MM-dd)");
    }
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private BigDecimal parseDecimal(String column, String value) {
    if (!PLAIN_DECIMAL.matcher(value).matches()) {
      throw error(column + " \"" + value + "\" is not a plain decimal (digits, optional '.' fraction)");
    }
    return new BigDecimal(value);
  }

  @Override
  public String toString() {
    return source + ":" + line + " " + fields;
  }
}
