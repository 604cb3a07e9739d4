package dev.o2c.examples.csv;

import dev.o2c.aging.interest.RateTable;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the base-rate table of {@code o2c interest --base-rates} as the CLI contract fixes it: one
 * row per rate, columns {@code effective_date} (ISO date, the first day the rate applies) and {@code
 * rate_percent} (plain decimal, percent a year, negative allowed), in any order of dates.
 *
 * <pre>{@code
 * effective_date,rate_percent
 * 2024-01-01,3.62
 * 2024-07-01,3.37
 * }</pre>
 */
public final class BaseRatesCsv {

  /** The columns that must be in the header. */
  public static final List<String> REQUIRED_COLUMNS = List.of("effective_date", "rate_percent");

  private BaseRatesCsv() {}

  /**
   * Reads every rate.
   *
   * @param reader the CSV characters; read to the end, not closed
   * @param source the file name, used in error messages
   * @return the rate table
   * @throws CsvException at the first bad record (a missing column or field, a bad date or decimal,
   *     an effective date given twice), or if the file has no rate
   */
  public static RateTable read(Reader reader, String source) {
    CsvTable table = CsvReader.read(reader, source).requireColumns(REQUIRED_COLUMNS.toArray(new String[0]));
    Map<LocalDate, BigDecimal> rates = new HashMap<>();
    Map<LocalDate, Long> lines = new HashMap<>();
    for (CsvRow row : table.rows()) {
      LocalDate day = row.date("effective_date");
      BigDecimal rate = row.decimal("rate_percent");
      Long earlier = lines.putIfAbsent(day, row.line());
      if (earlier != null) {
        throw row.error("effective_date " + day + " is given twice (also on line " + earlier + ")");
      }
      rates.put(day, rate);
    }
    if (rates.isEmpty()) {
      throw new CsvException(source, 0, "no rates: give at least one row effective_date,rate_percent");
    }
    return RateTable.of(rates);
  }
}
