package dev.o2c.aging.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A portfolio's monthly figures, summed from its parts (customers, segments, partitions): a
 * mergeable summary. {@code a.merge(b)} is associative and commutative and {@link #empty()} is its
 * identity, so parts can be summed on threads or partition by partition and combined in any order;
 * the portfolio's KPIs then come from {@link #months()} through {@link KpiSeries}.
 *
 * <p>A month's current part is known only if every part that has the month knows it. This instance
 * is immutable.
 *
 * <pre>{@code
 * PortfolioFigures portfolio = PortfolioFigures.of(acmeMonths).merge(PortfolioFigures.of(globexMonths));
 * List<PeriodKpis> trend = KpiSeries.of(portfolio.months(), 3, MonthDays.CALENDAR);
 * }</pre>
 */
public final class PortfolioFigures {

  private static final PortfolioFigures EMPTY = new PortfolioFigures(new TreeMap<>());

  private final SortedMap<YearMonth, PeriodFigures> byMonth;

  private PortfolioFigures(SortedMap<YearMonth, PeriodFigures> byMonth) {
    this.byMonth = Collections.unmodifiableSortedMap(byMonth);
  }

  /** {@return the summary of nothing: the identity of {@link #merge}} */
  public static PortfolioFigures empty() {
    return EMPTY;
  }

  /**
   * The summary of one part's months.
   *
   * @param months the part's figures, at most one per month, in any order
   * @return the summary
   * @throws IllegalArgumentException if a month appears twice
   */
  public static PortfolioFigures of(Iterable<PeriodFigures> months) {
    SortedMap<YearMonth, PeriodFigures> map = new TreeMap<>();
    for (PeriodFigures month : months) {
      if (map.putIfAbsent(month.month(), Objects.requireNonNull(month, "month")) != null) {
        throw new IllegalArgumentException("month " + month.month() + " appears twice");
      }
    }
    return new PortfolioFigures(map);
  }

  /**
   * This summary with one more part's month added.
   *
   * @param month a part's figures for a month
   * @return the new summary; this instance is unaffected
   */
  public PortfolioFigures plus(PeriodFigures month) {
    return merge(of(List.of(month)));
  }

  /**
   * The summary of this part and another: figures of the same month are added.
   *
   * @param other the other part's summary
   * @return the combined summary; neither instance is affected
   * @throws dev.o2c.core.money.CurrencyMismatchException if the parts carry different currencies
   */
  public PortfolioFigures merge(PortfolioFigures other) {
    SortedMap<YearMonth, PeriodFigures> map = new TreeMap<>(byMonth);
    other.byMonth.forEach((month, figures) -> map.merge(month, figures, PeriodFigures::plus));
    return new PortfolioFigures(map);
  }

  /** {@return the summed figures, one per month, oldest first (not necessarily consecutive)} */
  public List<PeriodFigures> months() {
    return new ArrayList<>(byMonth.values());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortfolioFigures && byMonth.equals(((PortfolioFigures) o).byMonth);
  }

  @Override
  public int hashCode() {
    return byMonth.hashCode();
  }

  @Override
  public String toString() {
    return "PortfolioFigures" + byMonth.values();
  }
}
