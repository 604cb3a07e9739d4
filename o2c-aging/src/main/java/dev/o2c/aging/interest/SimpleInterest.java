package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Simple (never compound) interest on a debt over a period, with partial payments: the period is
 * split at every change of the annual rate and after every partial payment, and each sub-period
 * earns {@code principal × percent / 100 × yearFraction} on what was outstanding in it.
 *
 * <p>The period is the days after {@code start} (the due date) up to and including {@code end} (the
 * payment day, or the day interest is computed to): {@code end − start} days. A partial payment
 * still earns interest on its own day and stops after it. A payment on or before {@code start}
 * lowers the principal for the whole period; one after {@code end} does not matter here.
 *
 * <pre>{@code
 * // EUR 10,000 due 31 May 2024, 12.62 % to 30 June and 12.37 % after; EUR 4,000 paid on 15 July
 * InterestAccrual accrual = SimpleInterest.accrue(Money.of("EUR", "10000.00"), LocalDate.of(2024, 5, 31),
 *     LocalDate.of(2024, 8, 31), AnnualRate.following(base, new BigDecimal("9")), DayCounts.ACT_365F,
 *     List.of(PartialPayment.of(LocalDate.of(2024, 7, 15), Money.of("EUR", "4000.00"))));
 * // three sub-periods: 30 days on 10,000 at 12.62, 15 days on 10,000 at 12.37, 47 days on 6,000 at 12.37
 * }</pre>
 */
public final class SimpleInterest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SimpleInterest() {}

  /**
   * The interest on a debt over a period.
   *
   * @param principal the debt outstanding after {@code start}, before any partial payment
   * @param start the last day before the period (the due date)
   * @param end the last day of the period (the payment day), not before {@code start}
   * @param rate how the annual rate is found for each day
   * @param dayCount how days become a fraction of a year
   * @param payments partial payments, in the principal's currency, in any order; they lower the
   *     principal, none of them goes to interest or costs (see {@link LateInterest} for that)
   * @return the sub-periods and the exact total
   * @throws IllegalArgumentException if {@code end} is before {@code start}, the principal is
   *     negative, or the payments up to a day exceed the principal
   * @throws MissingRateException if the rule's rate table does not cover a day of the period
   * @throws dev.o2c.core.money.CurrencyMismatchException if a payment is in another currency
   */
  public static InterestAccrual accrue(Money principal, LocalDate start, LocalDate end, AnnualRate rate,
      DayCount dayCount, List<PartialPayment> payments) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(dayCount, "dayCount");
    Objects.requireNonNull(payments, "payments");
    if (principal.isNegative()) {
      throw new IllegalArgumentException("principal " + principal + " is negative");
    }
    List<RatePeriod> rates = rate.periods(start, end);
    List<PartialPayment> sorted = new ArrayList<>(payments);
    sorted.sort(Comparator.comparing(PartialPayment::date));

    TreeSet<LocalDate> cuts = new TreeSet<>();
    cuts.add(start);
    cuts.add(end);
    rates.forEach(r -> cuts.add(r.end()));
    for (PartialPayment payment : sorted) {
      if (payment.date().isAfter(start) && payment.date().isBefore(end)) {
        cuts.add(payment.date());
      }
    }
    List<InterestPeriod> periods = new ArrayList<>();
    LocalDate from = null;
    int rateIndex = 0;
    for (LocalDate to : cuts) {
      if (from != null) {
        while (rates.get(rateIndex).end().isBefore(to)) {
          rateIndex++;
        }
        Money outstanding = outstanding(principal, sorted, from);
        BigDecimal percent = rates.get(rateIndex).percent();
        Ratio fraction = dayCount.yearFraction(from, to);
        Ratio interest = Ratio.of(outstanding.amount().multiply(percent).multiply(fraction.numerator()),
            fraction.denominator().multiply(HUNDRED));
        periods.add(new InterestPeriod(from, to, ChronoUnit.DAYS.between(from, to), fraction, outstanding, percent,
            interest));
      }
      from = to;
    }
    return InterestAccrual.of(principal.currency(), start, end, dayCount, periods);
  }

  /** The principal less the payments received up to and including a day. */
  private static Money outstanding(Money principal, List<PartialPayment> sorted, LocalDate day) {
    Money outstanding = principal;
    for (PartialPayment payment : sorted) {
      if (payment.date().isAfter(day)) {
        break;
      }
      outstanding = outstanding.minus(payment.amount());
    }
    if (outstanding.isNegative()) {
      throw new IllegalArgumentException("payments up to " + day + " exceed the principal " + principal + " by "
          + outstanding.negated());
    }
    return outstanding;
  }
}
