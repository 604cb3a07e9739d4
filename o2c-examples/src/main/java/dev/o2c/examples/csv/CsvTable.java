package dev.o2c.examples.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A CSV input as read by {@link CsvReader}: the column names of the header and the records. This
 * instance is immutable.
 */
public final class CsvTable {
  private final String source;
  private final List<String> columns;
  private final List<CsvRow> rows;

  CsvTable(String source, List<String> columns, List<CsvRow> rows) {
    this.source = source;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** {@return the file name or resource the table was read from} */
  public String source() {
    return source;
  }

  /** {@return the column names as written in the header, in header order} */
  public List<String> columns() {
    return columns;
  }

  /** {@return the records after the header, in input order, blank lines left out} */
  public List<CsvRow> rows() {
    return rows;
  }

  /**
   * Checks that the header has every required column.
   *
   * @param required the column names, matched case-insensitively
   * @return this table
   * @throws CsvException naming every missing column
   */
  public CsvTable requireColumns(String... required) {
    Objects.requireNonNull(required, "required");
    CsvReader.requireColumns(source,
        columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()), required);
    return this;
  }
}
