package dev.o2c.aging.collections;

import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a payment plan and where its odd minor units go; turns an amount into an instalment
 * promise to pay.
 *
 * <p>The amount is split exactly: every instalment gets the amount divided by the number of
 * instalments, rounded down to the minor unit, and the minor units left over (fewer than the number of
 * instalments) all go to the {@linkplain PaymentPlanRemainder#FIRST first} instalment (the default)
 * or the {@linkplain PaymentPlanRemainder#LAST last}. So all instalments but one are equal, and they
 * sum to the amount to the cent. (Unlike {@link Money#allocateEvenly(int)}, which spreads the
 * leftover one unit each over the first instalments.)
 *
 * <p>Dates step from the first date by a period, each counted from the first date rather than from
 * the one before, so a monthly plan starting on 31 January falls on 28 (or 29) February and 31 March.
 *
 * <pre>{@code
 * PromiseToPay plan = PaymentPlanSchedule.monthly(3, LocalDate.of(2026, 1, 31))
 *     .withRemainderOn(PaymentPlanRemainder.LAST)
 *     .promise(PromiseId.of("PP-1"), CustomerId.of("C-42"), List.of(DocumentNumber.of("INV-1001")),
 *         LocalDate.of(2026, 1, 15), Money.of("EUR", "1000.00"));
 * // 2026-01-31 EUR 333.33, 2026-02-28 EUR 333.33, 2026-03-31 EUR 333.34
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class PaymentPlanSchedule {

  private final List<LocalDate> dates;
  private final PaymentPlanRemainder remainderOn;

  private PaymentPlanSchedule(List<LocalDate> dates, PaymentPlanRemainder remainderOn) {
    this.dates = List.copyOf(dates);
    this.remainderOn = remainderOn;
  }

  /**
   * A plan of instalments a fixed period apart.
   *
   * @param instalments the number of instalments, at least 1
   * @param firstDate the first promised date
   * @param every the period between instalments: no negative part, not zero, e.g. {@code P1M} or {@code P14D}
   * @return the schedule, remainder on the first instalment
   * @throws IllegalArgumentException if {@code instalments} is below 1 or the period is negative or zero
   */
  public static PaymentPlanSchedule every(int instalments, LocalDate firstDate, Period every) {
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(every, "every");
    if (instalments < 1) {
      throw new IllegalArgumentException("Payment plan: " + instalments + " instalments; need at least 1");
    }
    if (every.isZero() || every.getYears() < 0 || every.getMonths() < 0 || every.getDays() < 0) {
      throw new IllegalArgumentException("Payment plan: period " + every + " between instalments must be positive");
    }
    List<LocalDate> dates = new ArrayList<>(instalments);
    for (int i = 0; i < instalments; i++) {
      dates.add(firstDate.plus(every.multipliedBy(i)));
    }
    return new PaymentPlanSchedule(dates, PaymentPlanRemainder.FIRST);
  }

  /**
   * A plan of monthly instalments.
   *
   * @param instalments the number of instalments, at least 1
   * @param firstDate the first promised date; later ones fall on the same day of later months, or
   *     their last day
   * @return the schedule, remainder on the first instalment
   * @throws IllegalArgumentException if {@code instalments} is below 1
   */
  public static PaymentPlanSchedule monthly(int instalments, LocalDate firstDate) {
    return every(instalments, firstDate, Period.ofMonths(1));
  }

  /**
   * A plan on given dates.
   *
   * @param dates the promised dates, at least one, strictly increasing
   * @return the schedule, remainder on the first instalment
   * @throws IllegalArgumentException if there is no date or the dates are not strictly increasing
   */
  public static PaymentPlanSchedule ofDates(List<LocalDate> dates) {
    Objects.requireNonNull(dates, "dates");
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("Payment plan: no dates");
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException("Payment plan: date " + dates.get(i) + " does not follow "
            + dates.get(i - 1));
      }
    }
    return new PaymentPlanSchedule(dates, PaymentPlanRemainder.FIRST);
  }

  /**
   * A copy with the left-over minor units on another instalment.
   *
   * @param remainder the first or the last instalment
   * @return the copy; this instance is unaffected
   */
  public PaymentPlanSchedule withRemainderOn(PaymentPlanRemainder remainder) {
    return new PaymentPlanSchedule(dates, Objects.requireNonNull(remainder, "remainder"));
  }

  /** {@return the promised dates, strictly increasing} */
  public List<LocalDate> dates() {
    return dates;
  }

  /** {@return which instalment takes the left-over minor units} */
  public PaymentPlanRemainder remainderOn() {
    return remainderOn;
  }

  /**
   * The instalments of an amount on this schedule's dates.
   *
   * @param amount the plan's total, positive
   * @return one promised payment per date, summing exactly to the amount
   * @throws IllegalArgumentException if the amount is not positive or has fewer minor units than there
   *     are instalments (an instalment would be zero)
   */
  public List<PromisedPayment> instalments(Money amount) {
    Objects.requireNonNull(amount, "amount");
    int n = dates.size();
    if (!amount.isPositive() || amount.minorUnits() < n) {
      throw new IllegalArgumentException("Payment plan: " + amount + " cannot be split into " + n
          + " positive instalments");
    }
    long base = amount.minorUnits() / n;
    long left = amount.minorUnits() % n;
    int larger = remainderOn == PaymentPlanRemainder.FIRST ? 0 : n - 1;
    List<PromisedPayment> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(PromisedPayment.of(dates.get(i), amount.withMinorUnits(i == larger ? base + left : base)));
    }
    return result;
  }

  /**
   * An instalment promise to pay of an amount on this schedule.
   *
   * @param id the promise's id
   * @param customer the customer
   * @param items the items the plan covers; empty for a plan against the balance
   * @param madeOn the day the plan was agreed, not after the first date
   * @param amount the plan's total, positive
   * @return the promise, status OPEN
   * @throws IllegalArgumentException as {@link #instalments(Money)}, or if {@code madeOn} is after the
   *     first date
   */
  public PromiseToPay promise(PromiseId id, CustomerId customer, List<DocumentNumber> items, LocalDate madeOn,
      Money amount) {
    return PromiseToPay.builder().id(id).customerId(customer).addAllDocumentNumbers(items).madeOn(madeOn)
        .addAllPayments(instalments(amount)).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaymentPlanSchedule s && s.dates.equals(dates) && s.remainderOn == remainderOn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dates, remainderOn);
  }

  @Override
  public String toString() {
    return "PaymentPlanSchedule[" + dates + ", remainder on " + remainderOn + "]";
  }
}
