package dev.o2c.aging.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The period KPIs over a series of months: the trend of one customer or of a portfolio, as the CLI's
 * {@code o2c kpi} computes it.
 *
 * <p>For each month that has a full window of N months up to and including it, the window's sales S
 * and days D give DSO, BPDSO, ADD and turnover with that month's R and C; CEI also needs B, the
 * receivables of the month before the window, so it starts one month later; countback DSO walks all
 * months up to the period. Months before the first full window get no row. See {@link
 * ReceivablesKpis} for the definitions.
 *
 * <pre>{@code
 * List<PeriodKpis> trend = KpiSeries.of(months, 3, MonthDays.CALENDAR);   // months oldest first
 * }</pre>
 */
public final class KpiSeries {

  private KpiSeries() {}

  /**
   * The KPIs of every month with a full window.
   *
   * @param months one entry per month, oldest first, consecutive, in one currency
   * @param window N, the window's months, at least 1
   * @param monthDays how many days a month counts
   * @return one entry per month from the N-th on, oldest first; empty if there are fewer than N months
   * @throws IllegalArgumentException if {@code window} is below 1, or the months are not
   *     consecutive (naming the first one out of place), or carry different currencies
   */
  public static List<PeriodKpis> of(List<PeriodFigures> months, int window, MonthDays monthDays) {
    Objects.requireNonNull(monthDays, "monthDays");
    if (window < 1) {
      throw new IllegalArgumentException("window " + window + " is below 1");
    }
    checkConsecutive(months);
    List<PeriodKpis> result = new ArrayList<>();
    for (int i = window - 1; i < months.size(); i++) {
      result.add(at(months, i, window, monthDays));
    }
    return List.copyOf(result);
  }

  /**
   * The KPIs of each of several series, e.g. one per customer: what {@link #of} gives for each.
   *
   * @param <K> the key, e.g. a customer id
   * @param series the months of each key, each oldest first and consecutive
   * @param window N, at least 1
   * @param monthDays how many days a month counts
   * @return the KPIs per key, in the map's iteration order
   * @throws IllegalArgumentException as {@link #of}, naming the key
   */
  public static <K> Map<K, List<PeriodKpis>> perKey(Map<K, List<PeriodFigures>> series, int window,
      MonthDays monthDays) {
    Map<K, List<PeriodKpis>> result = new LinkedHashMap<>();
    series.forEach((key, months) -> {
      try {
        result.put(key, of(months, window, monthDays));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
      }
    });
    return result;
  }

  /**
   * The KPIs of one month.
   *
   * @param months the series, oldest first
   * @param index the month
   * @param window N
   * @param monthDays the day count
   * @return the KPIs; those that need months before the series are empty
   */
  static PeriodKpis at(List<PeriodFigures> months, int index, int window, MonthDays monthDays) {
    PeriodFigures period = months.get(index);
    BigDecimal sales = BigDecimal.ZERO;
    int days = 0;
    for (int j = index - window + 1; j <= index; j++) {
      sales = sales.add(months.get(j).creditSales());
      days += monthDays.days(months.get(j).month());
    }
    BigDecimal receivables = period.endingReceivables();
    Optional<BigDecimal> current = period.endingCurrent();
    Optional<BigDecimal> beginning = index - window >= 0
        ? Optional.of(months.get(index - window).endingReceivables()) : Optional.empty();
    BigDecimal s = sales;
    int d = days;
    return new PeriodKpis(period.month(),
        ReceivablesKpis.dso(receivables, s, d),
        ReceivablesKpis.countbackDso(months, index, monthDays),
        current.flatMap(c -> ReceivablesKpis.bestPossibleDso(c, s, d)),
        current.flatMap(c -> ReceivablesKpis.averageDaysDelinquent(receivables, c, s, d)),
        current.flatMap(c -> beginning.flatMap(
            b -> ReceivablesKpis.collectionEffectivenessIndex(b, s, window, receivables, c))),
        current.flatMap(c -> ReceivablesKpis.percentCurrent(c, receivables)),
        ReceivablesKpis.receivablesTurnover(s, d, receivables));
  }

  private static void checkConsecutive(List<PeriodFigures> months) {
    for (int i = 1; i < months.size(); i++) {
      PeriodFigures previous = months.get(i - 1);
      PeriodFigures month = months.get(i);
      if (!month.month().equals(previous.month().plusMonths(1))) {
        throw new IllegalArgumentException("month " + month.month() + " does not follow " + previous.month()
            + " (months must be consecutive, oldest first)");
      }
      if (previous.currency().isPresent() && month.currency().isPresent()
          && !previous.currency().equals(month.currency())) {
        throw new IllegalArgumentException("month " + month.month() + " is in " + month.currency().get()
            + ", " + previous.month() + " in " + previous.currency().get());
      }
    }
  }
}
