package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Simple interest over a period, split into sub-periods at every rate change and every partial
 * payment ({@link SimpleInterest}). Each sub-period's interest is exact; the total is rounded once,
 * explicitly, to the currency's minor unit ({@link #interest(RoundingMode)}).
 *
 * <pre>{@code
 * InterestAccrual accrual = SimpleInterest.accrue(Money.of("EUR", "10000.00"),
 *     LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31), rate, DayCounts.ACT_365F, List.of());
 * accrual.periods();      // one per rate, each with days, principal, rate and exact interest
 * accrual.interest();     // the total, rounded half-up to the cent
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class InterestAccrual {

  private final CurrencyUnit currency;
  private final LocalDate start;
  private final LocalDate end;
  private final DayCount dayCount;
  private final List<InterestPeriod> periods;

  private InterestAccrual(CurrencyUnit currency, LocalDate start, LocalDate end, DayCount dayCount,
      List<InterestPeriod> periods) {
    this.currency = currency;
    this.start = start;
    this.end = end;
    this.dayCount = dayCount;
    this.periods = periods;
  }

  /**
   * An accrual from its sub-periods.
   *
   * @param currency the currency of the principal and the interest
   * @param start the last day before the period (the due date)
   * @param end the last day of the period, not before {@code start}
   * @param dayCount the day count the year fractions were taken with
   * @param periods the sub-periods, earliest first, each in {@code currency}
   * @return the accrual
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or a sub-period lies
   *     outside the period, overlaps the previous one or is in another currency
   */
  public static InterestAccrual of(CurrencyUnit currency, LocalDate start, LocalDate end, DayCount dayCount,
      List<InterestPeriod> periods) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(dayCount, "dayCount");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
    LocalDate previous = start;
    for (InterestPeriod period : periods) {
      if (period.start().isBefore(previous) || period.end().isAfter(end)) {
        throw new IllegalArgumentException("sub-period " + period.start() + ".." + period.end() + " is not inside "
            + start + ".." + end + " after the one before");
      }
      if (!period.principal().currency().getCurrencyCode().equals(currency.getCurrencyCode())) {
        throw new IllegalArgumentException("sub-period " + period.start() + ".." + period.end() + " is in "
            + period.principal().currency().getCurrencyCode() + ", not " + currency.getCurrencyCode());
      }
      previous = period.end();
    }
    return new InterestAccrual(currency, start, end, dayCount, List.copyOf(periods));
  }

  /** {@return the currency of the principal and the interest} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return the last day before the period: interest accrues from the day after} */
  public LocalDate start() {
    return start;
  }

  /** {@return the last day of the period, on which interest still accrues} */
  public LocalDate end() {
    return end;
  }

  /** {@return the day count the year fractions were taken with} */
  public DayCount dayCount() {
    return dayCount;
  }

  /** {@return the sub-periods, earliest first; empty for a period of zero days} */
  public List<InterestPeriod> periods() {
    return periods;
  }

  /** {@return the calendar days of the period, {@code end − start}} */
  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /** {@return the total interest, exact, in major units of the currency; zero for zero days} */
  public Ratio exactInterest() {
    Ratio total = Ratio.of(BigDecimal.ZERO);
    for (InterestPeriod period : periods) {
      total = total.plus(period.interest());
    }
    return total;
  }

  /**
   * The total interest rounded once to the currency's minor unit.
   *
   * @param rounding how to round the exact total
   * @return the interest
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the total
   *     is not a whole number of minor units
   */
  public Money interest(RoundingMode rounding) {
    return Money.of(currency, exactInterest().rounded(currency.getDefaultFractionDigits(),
        Objects.requireNonNull(rounding, "rounding")));
  }

  /** {@return the total interest rounded half-up to the currency's minor unit} */
  public Money interest() {
    return interest(RoundingMode.HALF_UP);
  }

  /**
   * The annual rate weighted by the calendar days of each sub-period: the rate itself when one rate
   * applied throughout.
   *
   * @return {@code Σ percent × days / Σ days}, exact; empty for a period of zero days
   */
  public Optional<Ratio> meanPercent() {
    long days = 0;
    BigDecimal weighted = BigDecimal.ZERO;
    for (InterestPeriod period : periods) {
      days += period.days();
      weighted = weighted.add(period.percent().multiply(BigDecimal.valueOf(period.days())));
    }
    return days == 0 ? Optional.empty() : Optional.of(Ratio.of(weighted, BigDecimal.valueOf(days)));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InterestAccrual)) {
      return false;
    }
    InterestAccrual other = (InterestAccrual) o;
    return currency.getCurrencyCode().equals(other.currency.getCurrencyCode()) && start.equals(other.start)
        && end.equals(other.end) && dayCount.equals(other.dayCount) && periods.equals(other.periods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency.getCurrencyCode(), start, end, periods);
  }

  /** {@return a summary, e.g. {@code InterestAccrual{2024-05-31..2024-08-31 ACT/365F, 2 periods, EUR 309.12}}} */
  @Override
  public String toString() {
    return "InterestAccrual{" + start + ".." + end + " " + dayCount.name() + ", " + periods.size()
        + (periods.size() == 1 ? " period, " : " periods, ") + interest() + "}";
  }
}
