package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One sub-period of an {@link InterestAccrual}: one principal at one annual rate. Its interest is
 * {@code principal × percent / 100 × yearFraction}, exact and in major units of the currency (EUR,
 * not cents); it is never rounded on its own.
 *
 * @param start the last day before the sub-period
 * @param end the last day of the sub-period (interest accrues on it)
 * @param days the calendar days, {@code end − start}
 * @param yearFraction the sub-period as a fraction of a year, by the accrual's day count
 * @param principal the amount outstanding during the sub-period
 * @param percent the annual rate in percent
 * @param interest the exact interest, in major units of the principal's currency
 */
public record InterestPeriod(LocalDate start, LocalDate end, long days, Ratio yearFraction, Money principal,
    BigDecimal percent, Ratio interest) {

  /**
   * Checks that nothing is null.
   *
   * @param start the last day before the sub-period
   * @param end the last day of the sub-period
   * @param days the calendar days
   * @param yearFraction the fraction of a year
   * @param principal the amount outstanding
   * @param percent the annual rate in percent
   * @param interest the exact interest
   */
  public InterestPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(yearFraction, "yearFraction");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(interest, "interest");
  }
}
