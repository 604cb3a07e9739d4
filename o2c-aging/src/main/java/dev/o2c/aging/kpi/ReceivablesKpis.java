package dev.o2c.aging.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The period KPIs of receivables management, each as an exact {@link Ratio}, empty where the
 * definition divides by zero. The definitions are those of the CLI contract
 * ({@code shared/spec/cli-contract.md}, "Input and output: KPIs"); since sources disagree on day
 * counts and periods, both are parameters here.
 *
 * <p>Notation: a <em>window</em> is the last N months up to and including the period; S = the
 * window's credit sales, D = the window's days (each month's calendar days, or 30 each, see {@link
 * MonthDays}), R = receivables open at the period end, C = the current part of R (not yet due at
 * the period end), B = receivables open at the end of the month before the window.
 *
 * <pre>{@code
 * // R 120,000, S 270,000 over a 90-day quarter: DSO = 120,000 × 90 / 270,000 = 40 days
 * ReceivablesKpis.dso(new BigDecimal("120000"), new BigDecimal("270000"), 90).get()
 *     .rounded(2, RoundingMode.HALF_UP);                                   // 40.00
 * }</pre>
 */
public final class ReceivablesKpis {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal YEAR_DAYS = BigDecimal.valueOf(365);

  private ReceivablesKpis() {}

  /**
   * Days sales outstanding, period (average) method: {@code R × D / S}, how many days of the
   * window's average daily sales are still unpaid.
   *
   * @param endingReceivables R, open at the period end
   * @param windowSales S, the window's credit sales
   * @param windowDays D, the window's days
   * @return DSO in days, or empty if S is zero
   */
  public static Optional<Ratio> dso(BigDecimal endingReceivables, BigDecimal windowSales, int windowDays) {
    return quotient(endingReceivables.multiply(BigDecimal.valueOf(windowDays)), windowSales);
  }

  /**
   * Best possible DSO: {@code C × D / S}, the DSO if every customer paid exactly on time, i.e. the
   * part of DSO that the terms themselves explain.
   *
   * @param endingCurrent C, the part of the ending receivables not yet due
   * @param windowSales S, the window's credit sales
   * @param windowDays D, the window's days
   * @return BPDSO in days, or empty if S is zero
   */
  public static Optional<Ratio> bestPossibleDso(BigDecimal endingCurrent, BigDecimal windowSales, int windowDays) {
    return quotient(endingCurrent.multiply(BigDecimal.valueOf(windowDays)), windowSales);
  }

  /**
   * Average days delinquent: {@code DSO − BPDSO = (R − C) × D / S}, the days that overdue
   * receivables add to DSO.
   *
   * @param endingReceivables R
   * @param endingCurrent C
   * @param windowSales S
   * @param windowDays D
   * @return ADD in days, or empty if S is zero
   */
  public static Optional<Ratio> averageDaysDelinquent(BigDecimal endingReceivables, BigDecimal endingCurrent,
      BigDecimal windowSales, int windowDays) {
    return quotient(endingReceivables.subtract(endingCurrent).multiply(BigDecimal.valueOf(windowDays)),
        windowSales);
  }

  /**
   * Collection effectiveness index, the Credit Research Foundation's form with the number of
   * months N explicit: {@code (B + S/N − R) / (B + S/N − C) × 100}: of what could have been
   * collected in the period (what was open before it plus an average month's sales, less what is
   * not yet due), the percentage that was collected. 100 is perfect.
   *
   * <p>Computed as {@code (N·B + S − N·R) × 100 / (N·B + S − N·C)}, which is the same number
   * without the division by N.
   *
   * @param beginningReceivables B, open at the end of the month before the window
   * @param windowSales S, the window's credit sales
   * @param months N, the window's number of months, at least 1
   * @param endingReceivables R
   * @param endingCurrent C
   * @return CEI in percent, or empty if the denominator is zero
   * @throws IllegalArgumentException if {@code months} is below 1
   */
  public static Optional<Ratio> collectionEffectivenessIndex(BigDecimal beginningReceivables,
      BigDecimal windowSales, int months, BigDecimal endingReceivables, BigDecimal endingCurrent) {
    if (months < 1) {
      throw new IllegalArgumentException("months " + months + " is below 1");
    }
    BigDecimal n = BigDecimal.valueOf(months);
    BigDecimal collectible = n.multiply(beginningReceivables).add(windowSales);
    return quotient(collectible.subtract(n.multiply(endingReceivables)).multiply(HUNDRED),
        collectible.subtract(n.multiply(endingCurrent)));
  }

  /**
   * Percent current: {@code C / R × 100}, the share of open receivables not yet due.
   *
   * @param endingCurrent C
   * @param endingReceivables R
   * @return the percentage, or empty if R is zero
   */
  public static Optional<Ratio> percentCurrent(BigDecimal endingCurrent, BigDecimal endingReceivables) {
    return quotient(endingCurrent.multiply(HUNDRED), endingReceivables);
  }

  /**
   * Receivables turnover, annualised: {@code S × (365 / D) / R}, how many times a year the
   * receivables are collected at the window's pace. A year is 365 days whatever {@link MonthDays}
   * says about months.
   *
   * @param windowSales S
   * @param windowDays D, at least 1
   * @param endingReceivables R
   * @return the turnover (times a year), or empty if R is zero
   * @throws IllegalArgumentException if {@code windowDays} is below 1
   */
  public static Optional<Ratio> receivablesTurnover(BigDecimal windowSales, int windowDays,
      BigDecimal endingReceivables) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays " + windowDays + " is below 1");
    }
    return quotient(windowSales.multiply(YEAR_DAYS), endingReceivables.multiply(BigDecimal.valueOf(windowDays)));
  }

  /**
   * DSO by the countback (exhaustion) method: start from the receivables open at the end of
   * {@code history.get(index)} and walk months backwards from that one over all earlier ones; while
   * the rest is at least the month's sales, subtract them and count the month's days; then add
   * {@code rest / sales × days} of the first month whose sales exceed the rest. The receivables are
   * thus taken to be the most recent sales, which makes the figure insensitive to the window.
   *
   * <p>Example (calendar months): R = 250 at the end of March; March sales 100 (31 days), February
   * 120 (28 days), January 90 (31 days): 250 − 100 − 120 = 30 left, 30 / 90 × 31 of January, so
   * DSO = 31 + 28 + 10.33 = 69.33 days.
   *
   * @param history months oldest first, consecutive; only those up to {@code index} are read
   * @param index the period whose DSO is wanted
   * @param monthDays how many days a month counts
   * @return the DSO in days, or empty if the months run out before the receivables do (or a month
   *     with no sales would have to be prorated, which only happens with negative receivables)
   * @throws IndexOutOfBoundsException if {@code index} is not an index of {@code history}
   */
  public static Optional<Ratio> countbackDso(List<PeriodFigures> history, int index, MonthDays monthDays) {
    Objects.requireNonNull(monthDays, "monthDays");
    BigDecimal rest = history.get(index).endingReceivables();
    long daysCounted = 0;
    for (int j = index; j >= 0; j--) {
      PeriodFigures month = history.get(j);
      BigDecimal sales = month.creditSales();
      int days = monthDays.days(month.month());
      if (rest.compareTo(sales) >= 0) {
        rest = rest.subtract(sales);
        daysCounted += days;
      } else {
        // days counted + rest / sales × days, over one common denominator
        return quotient(BigDecimal.valueOf(daysCounted).multiply(sales).add(rest.multiply(BigDecimal.valueOf(days))),
            sales);
      }
    }
    return Optional.empty();
  }

  private static Optional<Ratio> quotient(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
  }
}
