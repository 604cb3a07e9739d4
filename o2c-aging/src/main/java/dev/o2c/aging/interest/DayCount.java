package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import java.time.LocalDate;

/**
 * A day-count convention: how the time between two dates becomes a fraction of a year for simple
 * interest. The named conventions are in {@link DayCounts}; a host may implement its own.
 *
 * <p>The two dates are read as late-payment interest reads them: {@code start} is the last day
 * without interest (the due date) and {@code end} the last day with interest (the payment day), so
 * interest runs for the {@code end − start} days after {@code start} up to and including {@code end}.
 * A year fraction is exact (a {@link Ratio}, never a {@code double}), so interest is rounded once,
 * at the end.
 *
 * <pre>{@code
 * DayCounts.ACT_365F.yearFraction(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)); // 30/365
 * DayCounts.THIRTY_E_360.days(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));     // 28
 * }</pre>
 *
 * <p>Every convention here is additive: for {@code a ≤ b ≤ c}, {@code yearFraction(a, b) +
 * yearFraction(b, c) == yearFraction(a, c)}, so splitting a period (at a rate change or a partial
 * payment) never changes the interest before rounding. Implementations are immutable.
 */
public interface DayCount {

  /** {@return the convention's name as the CLI reads it, e.g. {@code ACT/365F}} */
  String name();

  /**
   * The days the convention counts between two dates: the actual days for the {@code ACT/...}
   * conventions, months of 30 days for {@code 30E/360}.
   *
   * @param start the last day before the period (the due date); interest does not accrue on it
   * @param end the last day of the period (the payment day), not before {@code start}
   * @return the days, zero when {@code start} equals {@code end}
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  long days(LocalDate start, LocalDate end);

  /**
   * The period as an exact fraction of a year, e.g. {@code 30/365} for 30 days under ACT/365F.
   *
   * @param start the last day before the period (the due date)
   * @param end the last day of the period (the payment day), not before {@code start}
   * @return the year fraction, zero when {@code start} equals {@code end}
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  Ratio yearFraction(LocalDate start, LocalDate end);

  /**
   * Looks a named convention up: {@code ACT/365F}, {@code ACT/360}, {@code 30E/360} or {@code
   * ACT/ACT} (any case; {@code ACT/365} and {@code ACT/ACT ISDA} are accepted as aliases).
   *
   * @param name the convention's name
   * @return the convention
   * @throws IllegalArgumentException if the name is none of these
   */
  static DayCount of(String name) {
    return DayCounts.of(name);
  }
}
