package dev.o2c.aging.kpi;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPIs of one period of a {@link KpiSeries}, each exact and empty where it cannot be computed
 * (no current part given, no month before the window, a zero denominator). Definitions in {@link
 * ReceivablesKpis}.
 *
 * @param month the period
 * @param dso DSO, period method, in days
 * @param dsoCountback DSO, countback method, in days
 * @param bestPossibleDso BPDSO, in days
 * @param averageDaysDelinquent ADD = DSO − BPDSO, in days
 * @param collectionEffectivenessIndex CEI, in percent
 * @param percentCurrent the current share of receivables, in percent
 * @param turnover annualised receivables turnover, times a year
 */
public record PeriodKpis(
    YearMonth month,
    Optional<Ratio> dso,
    Optional<Ratio> dsoCountback,
    Optional<Ratio> bestPossibleDso,
    Optional<Ratio> averageDaysDelinquent,
    Optional<Ratio> collectionEffectivenessIndex,
    Optional<Ratio> percentCurrent,
    Optional<Ratio> turnover) {

  /**
   * Checks that nothing is null.
   *
   * @param month the period
   * @param dso DSO, period method, in days
   * @param dsoCountback DSO, countback method, in days
   * @param bestPossibleDso BPDSO, in days
   * @param averageDaysDelinquent ADD = DSO − BPDSO, in days
   * @param collectionEffectivenessIndex CEI, in percent
   * @param percentCurrent the current share of receivables, in percent
   * @param turnover annualised receivables turnover, times a year
   */
  public PeriodKpis {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(dso, "dso");
    Objects.requireNonNull(dsoCountback, "dsoCountback");
    Objects.requireNonNull(bestPossibleDso, "bestPossibleDso");
    Objects.requireNonNull(averageDaysDelinquent, "averageDaysDelinquent");
    Objects.requireNonNull(collectionEffectivenessIndex, "collectionEffectivenessIndex");
    Objects.requireNonNull(percentCurrent, "percentCurrent");
    Objects.requireNonNull(turnover, "turnover");
  }
}
