package dev.o2c.aging.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How the annual rate of simple interest is found for each day of a period: a fixed rate, a base
 * rate plus a margin that follows every change of the base rate, or the half-yearly rate of the EU
 * Directive. {@link LatePaymentRegime} picks one per debt.
 *
 * <pre>{@code
 * AnnualRate germanB2b = AnnualRate.following(baseRates, new BigDecimal("9"));
 * germanB2b.periods(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31));
 * // [2024-05-31..2024-06-30 at 12.62, 2024-06-30..2024-08-31 at 12.37]
 * }</pre>
 */
@FunctionalInterface
public interface AnnualRate {

  /**
   * The rates that apply over a period, split where the rate changes; adjacent stretches with equal
   * rates are joined.
   *
   * @param start the last day before the period (the due date)
   * @param end the last day of the period, not before {@code start}
   * @return stretches covering the days after {@code start} up to {@code end} without gap, earliest
   *     first; empty when {@code start} equals {@code end}
   * @throws MissingRateException if a rate table the rule reads does not cover a day it needs
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  List<RatePeriod> periods(LocalDate start, LocalDate end);

  /**
   * One rate for every day, e.g. a contractual rate.
   *
   * @param percent the annual rate in percent; not negative
   * @return the rule
   * @throws IllegalArgumentException if {@code percent} is negative
   */
  static AnnualRate fixed(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("annual rate " + percent.toPlainString() + " % is negative");
    }
    return (start, end) -> join(List.of(start, end), day -> percent, start, end);
  }

  /**
   * A base rate plus a margin, changing on every effective date of the table (BGB §288: "Prozentpunkte
   * über dem Basiszinssatz", the period split at each change).
   *
   * @param base the base rate table
   * @param marginPoints the percentage points added, e.g. {@code 9}
   * @return the rule
   */
  static AnnualRate following(RateTable base, BigDecimal marginPoints) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(marginPoints, "marginPoints");
    return (start, end) -> {
      List<LocalDate> bounds = new ArrayList<>();
      bounds.add(start);
      // a change effective on day D starts a stretch whose last day before is D - 1
      base.changeDays(start, end).forEach(day -> bounds.add(day.minusDays(1)));
      bounds.add(end);
      return join(bounds, first -> base.rateOn(first).add(marginPoints), start, end);
    };
  }

  /**
   * A reference rate plus a margin, fixed for each half-year at the rate in force on its first day
   * (1 January, 1 July), whatever changes within the half-year (Directive 2011/7/EU).
   *
   * @param reference the reference rate table (e.g. the ECB main refinancing rate)
   * @param marginPoints the percentage points added, at least 8 under the Directive
   * @return the rule
   */
  static AnnualRate halfYearly(RateTable reference, BigDecimal marginPoints) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(marginPoints, "marginPoints");
    return (start, end) -> {
      List<LocalDate> bounds = new ArrayList<>();
      bounds.add(start);
      for (LocalDate half = halfYearStart(start).plusMonths(6); !half.isAfter(end); half = half.plusMonths(6)) {
        bounds.add(half.minusDays(1));
      }
      bounds.add(end);
      return join(bounds, first -> reference.rateFixedAt(halfYearStart(first)).add(marginPoints), start, end);
    };
  }

  /** The first day of the half-year a day falls in: 1 January or 1 July. */
  private static LocalDate halfYearStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
  }

  /**
   * The stretches between consecutive bounds (each the last day before a stretch, then the period's
   * end), each at the rate of its first day, equal neighbours joined.
   */
  private static List<RatePeriod> join(List<LocalDate> bounds, Function<LocalDate, BigDecimal> rateFromFirstDay,
      LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
    List<LocalDate> cuts = new ArrayList<>(new TreeSet<>(bounds));
    List<RatePeriod> periods = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      LocalDate from = cuts.get(i);
      LocalDate to = cuts.get(i + 1);
      BigDecimal percent = rateFromFirstDay.apply(from.plusDays(1));
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("annual rate " + percent.toPlainString() + " % from " + from.plusDays(1)
            + " is negative");
      }
      RatePeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (last != null && last.percent().compareTo(percent) == 0) {
        periods.set(periods.size() - 1, new RatePeriod(last.start(), to, last.percent()));
      } else {
        periods.add(new RatePeriod(from, to, percent));
      }
    }
    return List.copyOf(periods);
  }
}
