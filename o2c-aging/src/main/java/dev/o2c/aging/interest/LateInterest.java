package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment interest on an open item as of a day, given the partial payments already received:
 * the function a dunning run calls per item. Each payment after the due date is first split by a
 * {@link PaymentAllocation} (by default §367 BGB: costs, then interest accrued to its day, then
 * principal), so interest keeps accruing on the principal a payment did not reach.
 *
 * <pre>{@code
 * LateInterest late = LateInterest.of(LatePaymentRegime.germanyB2b(baseRates));
 * ItemInterest position = late.onItem(Money.of("EUR", "10000.00"), LocalDate.of(2024, 5, 31),
 *     List.of(PartialPayment.of(LocalDate.of(2024, 7, 15), Money.of("EUR", "4000.00"))), LocalDate.of(2024, 8, 31));
 * position.interestOpen();   // interest to put on the reminder
 * position.totalOpen();      // principal, interest and costs still owed
 * }</pre>
 *
 * <p>Money is exact: the interest charged is the exact interest of every sub-period added up and
 * rounded once (as the regime says); at a payment, the interest owed is that rounded total to the
 * payment's day less the interest already paid. A payment on or before the due date goes to the
 * principal alone; an item paid in full by its due date is never late. The fixed compensation is
 * charged once the item is late (as of a day after its due date, with principal still open then)
 * and counts as costs. This instance is immutable.
 */
public final class LateInterest {

  private final LatePaymentRegime regime;
  private final PaymentAllocation allocation;

  private LateInterest(LatePaymentRegime regime, PaymentAllocation allocation) {
    this.regime = Objects.requireNonNull(regime, "regime");
    this.allocation = Objects.requireNonNull(allocation, "allocation");
  }

  /**
   * Late interest under a regime, payments split by §367 BGB (costs, interest, principal).
   *
   * @param regime the late-payment rules
   * @return the calculator
   */
  public static LateInterest of(LatePaymentRegime regime) {
    return new LateInterest(regime, PaymentAllocation.COSTS_INTEREST_PRINCIPAL);
  }

  /**
   * This calculator with another order of splitting payments.
   *
   * @param allocation how a payment is split
   * @return the changed copy
   */
  public LateInterest withAllocation(PaymentAllocation allocation) {
    return new LateInterest(regime, allocation);
  }

  /** {@return the late-payment rules} */
  public LatePaymentRegime regime() {
    return regime;
  }

  /** {@return how a payment is split across costs, interest and principal} */
  public PaymentAllocation allocation() {
    return allocation;
  }

  /**
   * The position of an item as of a day, without other fees.
   *
   * @param amount the item's amount due on its due date
   * @param dueDate its due date; interest runs from the day after
   * @param payments payments received on the item, any order; those after {@code asOf} are left out
   * @param asOf the day to compute to, inclusive
   * @return interest, costs and principal charged and open
   * @see #onItem(Money, LocalDate, List, LocalDate, Money)
   */
  public ItemInterest onItem(Money amount, LocalDate dueDate, List<PartialPayment> payments, LocalDate asOf) {
    return onItem(amount, dueDate, payments, asOf, Money.zero(amount.currency()));
  }

  /**
   * The position of an item as of a day.
   *
   * @param amount the item's amount due on its due date, zero or positive
   * @param dueDate its due date; interest runs from the day after
   * @param payments payments received on the item, any order; those after {@code asOf} are left out
   * @param asOf the day to compute to, inclusive; interest and costs are zero if it is not after
   *     {@code dueDate}
   * @param fees other recovery costs owed beside the fixed compensation (dunning fees), zero or positive;
   *     charged only once the item is late
   * @return interest, costs and principal charged and open
   * @throws IllegalArgumentException if {@code amount} or {@code fees} is negative, or the regime's
   *     fixed compensation has no sum for the item's currency
   * @throws MissingRateException if the regime's rate table does not cover a day it needs
   * @throws dev.o2c.core.money.CurrencyMismatchException if a payment or the fees are in another currency
   */
  public ItemInterest onItem(Money amount, LocalDate dueDate, List<PartialPayment> payments, LocalDate asOf,
      Money fees) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(fees, "fees");
    if (amount.isNegative() || fees.isNegative()) {
      throw new IllegalArgumentException("amount " + amount + " and fees " + fees + " must not be negative");
    }
    Money zero = Money.zero(amount.currency());
    List<PartialPayment> sorted = new ArrayList<>(payments);
    sorted.sort(Comparator.comparing(PartialPayment::date));
    // paid in full by the due date: never late, whatever the day
    Money paidInTime = Money.total(amount.currency(), sorted.stream()
        .filter(p -> !p.date().isAfter(dueDate) && !p.date().isAfter(asOf)).map(PartialPayment::amount).toList());
    boolean late = asOf.isAfter(dueDate) && paidInTime.isLessThan(amount);
    Money costs = late ? regime.compensation().forDebt(amount).plus(fees) : zero;
    AnnualRate rate = late ? regime.rateRule().forDebtDueOn(dueDate) : null;

    List<InterestPeriod> periods = new ArrayList<>();
    Ratio accrued = Ratio.of(BigDecimal.ZERO);
    Money interestPaid = zero;
    Money costsPaid = zero;
    Money principalOpen = amount;
    Money surplus = zero;
    LocalDate accruedTo = dueDate;
    int scale = amount.currency().getDefaultFractionDigits();
    for (PartialPayment payment : sorted) {
      if (payment.date().isAfter(asOf)) {
        break;
      }
      Allocation split;
      if (late && payment.date().isAfter(dueDate)) {
        InterestAccrual step = SimpleInterest.accrue(principalOpen, accruedTo, payment.date(), rate,
            regime.dayCount(), List.of());
        periods.addAll(step.periods());
        accrued = accrued.plus(step.exactInterest());
        accruedTo = payment.date();
        Money interestDue = Money.of(amount.currency(), accrued.rounded(scale, regime.rounding())).minus(interestPaid);
        split = allocation.allocate(payment.amount(), costs.minus(costsPaid), interestDue, principalOpen);
      } else {
        split = allocation.allocate(payment.amount(), zero, zero, principalOpen);
      }
      costsPaid = costsPaid.plus(split.costs());
      interestPaid = interestPaid.plus(split.interest());
      principalOpen = principalOpen.minus(split.principal());
      surplus = surplus.plus(split.surplus());
    }
    if (late && asOf.isAfter(accruedTo)) {
      InterestAccrual step = SimpleInterest.accrue(principalOpen, accruedTo, asOf, rate, regime.dayCount(), List.of());
      periods.addAll(step.periods());
      accrued = accrued.plus(step.exactInterest());
    }
    Money interest = Money.of(amount.currency(), accrued.rounded(scale, regime.rounding()));
    InterestAccrual accrual = InterestAccrual.of(amount.currency(), dueDate, late ? asOf : dueDate,
        regime.dayCount(), periods);
    return new ItemInterest(asOf, accrual, interest, interest.minus(interestPaid), costs,
        costs.minus(costsPaid), principalOpen, surplus);
  }

  @Override
  public String toString() {
    return "LateInterest{" + regime + "}";
  }
}
