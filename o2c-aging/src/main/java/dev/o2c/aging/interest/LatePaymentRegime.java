package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A set of late-payment rules: how the annual rate is found, the day count, the fixed compensation
 * per late invoice and how the interest is rounded. The statutory presets take the rate table from
 * the host; o2c never holds current rates.
 *
 * <ul>
 *   <li>{@link #eu(RateTable)}: Directive 2011/7/EU: the reference rate (ECB main refinancing rate)
 *       in force on the first day of each half-year, plus 8 points, for that half-year; EUR 40.
 *   <li>{@link #uk(RateTable)}: Late Payment of Commercial Debts (Interest) Act 1998: the Bank of
 *       England rate in force on the 30 June or 31 December before interest starts to run, plus 8
 *       points, for the whole delay; ACT/365; GBP 40 / 70 / 100 for debts under 1,000 / under
 *       10,000 / from 10,000.
 *   <li>{@link #germanyB2b(RateTable)}: BGB §288(2) and (5): the Basiszinssatz (§247) plus 9 points,
 *       the period split at every change of the base rate; EUR 40.
 *   <li>{@link #germanyConsumer(RateTable)}: BGB §288(1): the Basiszinssatz plus 5 points; no fixed
 *       sum (§288(5) excludes consumers).
 *   <li>{@link #contract(BigDecimal)}: a contractual fixed rate; no fixed sum.
 * </ul>
 *
 * <p>Choices where sources differ, each configurable: every preset counts ACT/365F by default (the
 * UK Act's daily rate is a year's interest / 365; German courts and calculators use 365 as often as
 * the exact ACT/ACT, and the Directive is silent), change it with {@link #withDayCount(DayCount)}.
 * The EUR and GBP fixed sums answer only for debts in their currency; give equivalents for other
 * currencies with {@link #withCompensation(FixedCompensation)} and {@link
 * FixedCompensation#or(FixedCompensation)}. The interest is rounded once, half-up to the minor unit,
 * by default ({@link #withRounding(RoundingMode)}).
 *
 * <pre>{@code
 * LatePaymentRegime de = LatePaymentRegime.germanyB2b(baseRates);
 * LateInterestClaim claim = de.claim(Money.of("EUR", "10000.00"), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31));
 * claim.interest();      // EUR 313.85 (base rate 3.62, then 3.37 from 1 July)
 * claim.compensation();  // EUR 40.00
 * }</pre>
 *
 * <p>This instance is immutable; the {@code with} methods return changed copies.
 */
public final class LatePaymentRegime {

  private static final BigDecimal EIGHT = new BigDecimal("8");
  private static final BigDecimal NINE = new BigDecimal("9");
  private static final BigDecimal FIVE = new BigDecimal("5");

  private final String name;
  private final RateRule rateRule;
  private final DayCount dayCount;
  private final FixedCompensation compensation;
  private final RoundingMode rounding;

  private LatePaymentRegime(String name, RateRule rateRule, DayCount dayCount, FixedCompensation compensation,
      RoundingMode rounding) {
    this.name = Objects.requireNonNull(name, "name");
    this.rateRule = Objects.requireNonNull(rateRule, "rateRule");
    this.dayCount = Objects.requireNonNull(dayCount, "dayCount");
    this.compensation = Objects.requireNonNull(compensation, "compensation");
    this.rounding = Objects.requireNonNull(rounding, "rounding");
  }

  /**
   * A regime of the host's own, with ACT/365F and half-up rounding (change them with the {@code with}
   * methods).
   *
   * @param name a short name, e.g. {@code at-b2b}
   * @param rateRule how a debt's annual rate is found
   * @param compensation the fixed sum per late debt
   * @return the regime
   */
  public static LatePaymentRegime of(String name, RateRule rateRule, FixedCompensation compensation) {
    return new LatePaymentRegime(name, rateRule, DayCounts.ACT_365F, compensation, RoundingMode.HALF_UP);
  }

  /**
   * Directive 2011/7/EU: reference rate plus 8 points, the rate of the first day of each half-year
   * for that half-year; EUR 40 per late invoice.
   *
   * @param referenceRates the reference rate (ECB main refinancing operations rate), by effective date
   * @return the regime
   */
  public static LatePaymentRegime eu(RateTable referenceRates) {
    return eu(referenceRates, EIGHT);
  }

  /**
   * Directive 2011/7/EU with a Member State's higher margin (the Directive sets at least 8 points).
   *
   * @param referenceRates the reference rate, by effective date
   * @param marginPoints the percentage points above the reference rate
   * @return the regime
   */
  public static LatePaymentRegime eu(RateTable referenceRates, BigDecimal marginPoints) {
    return of("eu", RateRule.always(AnnualRate.halfYearly(referenceRates, marginPoints)),
        FixedCompensation.flat(Money.of("EUR", "40.00")));
  }

  /**
   * UK Late Payment of Commercial Debts (Interest) Act 1998: the Bank of England rate in force on the
   * 30 June or 31 December before interest starts to run ({@link RateRule#ukReferenceDate}), plus 8
   * points, fixed for the whole delay; ACT/365; GBP 40 / 70 / 100 by the size of the debt.
   *
   * @param bankRates the Bank of England official rate, by effective date
   * @return the regime
   */
  public static LatePaymentRegime uk(RateTable bankRates) {
    return of("uk", RateRule.fixedAtReferenceDate(bankRates, EIGHT, RateRule::ukReferenceDate),
        FixedCompensation.ukScale());
  }

  /**
   * BGB §288(2) and (5), no consumer involved: base rate plus 9 points, the period split at every
   * change of the base rate; EUR 40 per late invoice.
   *
   * @param baseRates the Basiszinssatz of §247 BGB, by effective date (1 January and 1 July)
   * @return the regime
   */
  public static LatePaymentRegime germanyB2b(RateTable baseRates) {
    return of("de-b2b", RateRule.always(AnnualRate.following(baseRates, NINE)),
        FixedCompensation.flat(Money.of("EUR", "40.00")));
  }

  /**
   * BGB §288(1), a consumer involved: base rate plus 5 points, split at every change; no fixed sum.
   *
   * @param baseRates the Basiszinssatz of §247 BGB, by effective date
   * @return the regime
   */
  public static LatePaymentRegime germanyConsumer(RateTable baseRates) {
    return of("de-consumer", RateRule.always(AnnualRate.following(baseRates, FIVE)), FixedCompensation.NONE);
  }

  /**
   * A contractual fixed annual rate; no fixed sum.
   *
   * @param percent the annual rate in percent, not negative
   * @return the regime
   * @throws IllegalArgumentException if {@code percent} is negative
   */
  public static LatePaymentRegime contract(BigDecimal percent) {
    return of("contract", RateRule.always(AnnualRate.fixed(percent)), FixedCompensation.NONE);
  }

  /** {@return the regime's short name, e.g. {@code de-b2b}} */
  public String name() {
    return name;
  }

  /** {@return how a debt's annual rate is found} */
  public RateRule rateRule() {
    return rateRule;
  }

  /** {@return the day count} */
  public DayCount dayCount() {
    return dayCount;
  }

  /** {@return the fixed sum per late debt} */
  public FixedCompensation compensation() {
    return compensation;
  }

  /** {@return how the interest total is rounded to the minor unit} */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * This regime with another day count.
   *
   * @param dayCount the day count
   * @return the changed copy
   */
  public LatePaymentRegime withDayCount(DayCount dayCount) {
    return new LatePaymentRegime(name, rateRule, dayCount, compensation, rounding);
  }

  /**
   * This regime with another fixed compensation.
   *
   * @param compensation the fixed sum per late debt
   * @return the changed copy
   */
  public LatePaymentRegime withCompensation(FixedCompensation compensation) {
    return new LatePaymentRegime(name, rateRule, dayCount, compensation, rounding);
  }

  /**
   * This regime with another rounding of the interest total.
   *
   * @param rounding the rounding mode
   * @return the changed copy
   */
  public LatePaymentRegime withRounding(RoundingMode rounding) {
    return new LatePaymentRegime(name, rateRule, dayCount, compensation, rounding);
  }

  /**
   * The interest on a debt over a period, without the fixed sum.
   *
   * @param principal the debt outstanding after the due date
   * @param dueDate the due date; interest runs from the day after
   * @param end the last day interest runs (the payment day), not before {@code dueDate}
   * @param payments partial payments that lowered the principal
   * @return the sub-periods and the exact total
   * @throws MissingRateException if the rate table does not cover a day the rule needs
   * @throws IllegalArgumentException if {@code end} is before {@code dueDate} or the payments exceed
   *     the principal
   */
  public InterestAccrual accrue(Money principal, LocalDate dueDate, LocalDate end, List<PartialPayment> payments) {
    return SimpleInterest.accrue(principal, dueDate, end, rateRule.forDebtDueOn(dueDate), dayCount, payments);
  }

  /**
   * The claim for one debt paid late in one sum: interest from the day after the due date up to and
   * including the payment day, rounded once, and the fixed sum if the payment was late at all.
   *
   * @param debt the amount paid late
   * @param dueDate the due date
   * @param paidOn the payment day, not before {@code dueDate}
   * @return the interest, the fixed sum and their total
   * @throws MissingRateException if the rate table does not cover a day the rule needs
   * @throws IllegalArgumentException if {@code paidOn} is before {@code dueDate}, the debt is
   *     negative, or the fixed compensation has no sum for the debt's currency
   */
  public LateInterestClaim claim(Money debt, LocalDate dueDate, LocalDate paidOn) {
    InterestAccrual accrual = accrue(debt, dueDate, paidOn, List.of());
    Money fixed = paidOn.isAfter(dueDate) ? compensation.forDebt(debt) : Money.zero(debt.currency());
    return new LateInterestClaim(debt, accrual, accrual.interest(rounding), fixed);
  }

  @Override
  public String toString() {
    return "LatePaymentRegime{" + name + ", " + dayCount.name() + ", " + rounding + "}";
  }
}
