package dev.o2c.examples.csv;

import dev.o2c.aging.kpi.PeriodFigures;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the monthly figures of {@code o2c kpi --periods} as the CLI contract fixes them: one row per
 * month, oldest first, columns {@code period_end} (ISO date, the month's last day), {@code
 * credit_sales}, {@code ending_receivables} and optionally {@code ending_current}; amounts are plain
 * decimals in one currency.
 *
 * <pre>{@code
 * period_end,credit_sales,ending_receivables,ending_current
 * 2026-01-31,90000.00,100000.00,60000.00
 * 2026-02-28,120000.00,130000.00,80000.00
 * }</pre>
 */
public final class PeriodsCsv {

  /** The columns that must be in the header. */
  public static final List<String> REQUIRED_COLUMNS = List.of("period_end", "credit_sales", "ending_receivables");

  private PeriodsCsv() {}

  /**
   * Reads every month.
   *
   * @param reader the CSV characters; read to the end, not closed
   * @param source the file name, used in error messages
   * @return the months, oldest first
   * @throws CsvException at the first bad record: a missing required column or field, a bad date or
   *     decimal, a {@code period_end} that is not the last day of its month or not the month after
   *     the previous row's, or negative credit sales
   */
  public static List<PeriodFigures> read(Reader reader, String source) {
    CsvTable table = CsvReader.read(reader, source).requireColumns(REQUIRED_COLUMNS.toArray(new String[0]));
    List<PeriodFigures> months = new ArrayList<>();
    for (CsvRow row : table.rows()) {
      LocalDate end = row.date("period_end");
      YearMonth month = YearMonth.from(end);
      if (!end.equals(month.atEndOfMonth())) {
        throw row.error("period_end " + end + " is not the last day of its month (" + month.atEndOfMonth() + ")");
      }
      if (!months.isEmpty()) {
        YearMonth previous = months.get(months.size() - 1).month();
        if (!month.equals(previous.plusMonths(1))) {
          throw row.error("period_end " + end + " does not follow " + previous.atEndOfMonth()
              + ": one row per month, oldest first, no month left out");
        }
      }
      BigDecimal sales = row.decimal("credit_sales");
      if (sales.signum() < 0) {
        throw row.error("credit_sales " + sales.toPlainString() + " is negative");
      }
      BigDecimal receivables = row.decimal("ending_receivables");
      Optional<BigDecimal> current = row.optionalDecimal("ending_current");
      months.add(current.isPresent() ? PeriodFigures.of(month, sales, receivables, current.get())
          : PeriodFigures.of(month, sales, receivables));
    }
    return List.copyOf(months);
  }
}
