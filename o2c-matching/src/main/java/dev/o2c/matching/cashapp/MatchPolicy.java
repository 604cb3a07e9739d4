package dev.o2c.matching.cashapp;

import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The rules a cash-application run follows: when a decision is automatic, what counts as a small
 * difference, where overpayments go, and how far amount-only matching may go without a reference.
 * {@link #DEFAULT} is conservative: a wrong automatic posting costs more than a review.
 *
 * <p>This instance is immutable; {@link #toBuilder()} derives a changed copy.
 */
public final class MatchPolicy {

  /**
   * The default policy: AUTO from confidence 0.95, suggestions from 0.30, small differences up to 1
   * major unit of the payment's currency and at most 0.1 % of the payment (the lower wins: a shortfall
   * beyond that, without a reason, is suggested as a deduction for a person to clear up), overpayments
   * left unapplied, deductions opened automatically when the remittance gives a reason, amount-only
   * answers automatic only when proven unique: one item to the cent among any number, at most 5 items
   * among at most 20 open items. A referenced item paid short without a reason is a deduction to
   * clear up when less than 10 % of it is missing and the bank reports that the payment arrived as
   * sent (no charges taken, no conversion), and a part payment when 20 % or more is missing by an
   * amount with cents (a shortfall in whole currency units may be bank charges or a fixed deduction);
   * anything else is for a person. A payment the bank reports converted from another currency may
   * differ from the item by up to 3 % as an exchange difference: a shortfall is written off, an excess
   * booked as a gain that settles the item.
   */
  public static final MatchPolicy DEFAULT = builder().build();

  private final double autoConfidence;
  private final double suggestConfidence;
  private final Map<CurrencyUnit, Tolerance> tolerances;
  private final BigDecimal defaultToleranceMajor;
  private final BigDecimal defaultTolerancePercent;
  private final CashBucket overpayments;
  private final boolean autoDeductions;
  private final int amountOnlyMaxOpenItems;
  private final int amountOnlyMaxItems;
  private final BigDecimal deductionBelowPercent;
  private final BigDecimal partialFromPercent;
  private final BigDecimal exchangeDifferencePercent;

  private MatchPolicy(Builder b) {
    this.autoConfidence = b.autoConfidence;
    this.suggestConfidence = b.suggestConfidence;
    this.tolerances = Map.copyOf(b.tolerances);
    this.defaultToleranceMajor = b.defaultToleranceMajor;
    this.defaultTolerancePercent = b.defaultTolerancePercent;
    this.overpayments = b.overpayments;
    this.autoDeductions = b.autoDeductions;
    this.amountOnlyMaxOpenItems = b.amountOnlyMaxOpenItems;
    this.amountOnlyMaxItems = b.amountOnlyMaxItems;
    this.deductionBelowPercent = b.deductionBelowPercent;
    this.partialFromPercent = b.partialFromPercent;
    this.exchangeDifferencePercent = b.exchangeDifferencePercent;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.autoConfidence = autoConfidence;
    b.suggestConfidence = suggestConfidence;
    b.tolerances.putAll(tolerances);
    b.defaultToleranceMajor = defaultToleranceMajor;
    b.defaultTolerancePercent = defaultTolerancePercent;
    b.overpayments = overpayments;
    b.autoDeductions = autoDeductions;
    b.amountOnlyMaxOpenItems = amountOnlyMaxOpenItems;
    b.amountOnlyMaxItems = amountOnlyMaxItems;
    b.deductionBelowPercent = deductionBelowPercent;
    b.partialFromPercent = partialFromPercent;
    b.exchangeDifferencePercent = exchangeDifferencePercent;
    return b;
  }

  /** {@return the confidence from which a proposal is applied automatically, in (0, 1]} */
  public double autoConfidence() {
    return autoConfidence;
  }

  /** {@return the confidence from which a proposal is suggested rather than the payment left unapplied} */
  public double suggestConfidence() {
    return suggestConfidence;
  }

  /**
   * The small-difference tolerance for a currency: the one set for it, else the default limits in
   * that currency's major units.
   *
   * @param currency the payment's currency
   * @return the tolerance
   */
  public Tolerance tolerance(CurrencyUnit currency) {
    Tolerance set = tolerances.get(currency);
    if (set != null) {
      return set;
    }
    return Tolerance.of(Money.of(currency, defaultToleranceMajor), defaultTolerancePercent);
  }

  /** {@return where an overpayment's remainder goes when the payer is known: UNAPPLIED or ON_ACCOUNT} */
  public CashBucket overpayments() {
    return overpayments;
  }

  /** {@return whether a short payment with a reason in its remittance opens a deduction automatically} */
  public boolean autoDeductions() {
    return autoDeductions;
  }

  /**
   * {@return the share of an item, in percent, below which a shortfall without a reason is taken as a
   * deduction to clear up (reason {@code OTHER}); zero when such shortfalls are never deductions}
   */
  public BigDecimal deductionBelowPercent() {
    return deductionBelowPercent;
  }

  /**
   * {@return the share of an item, in percent, from which a shortfall without a reason is taken as a
   * part payment that leaves the rest open}
   */
  public BigDecimal partialFromPercent() {
    return partialFromPercent;
  }

  /**
   * {@return the largest exchange difference, in percent of the items, settled with them when the bank
   * reports the payment was converted from another currency: a shortfall written off, an excess booked
   * as a gain}
   */
  public BigDecimal exchangeDifferencePercent() {
    return exchangeDifferencePercent;
  }

  /**
   * Whether an amount-only combination (no reference) may be applied automatically, given it is the
   * only solution: only where spurious hits are rare (see the identifiability measurements in the
   * project's cash-application benchmark specification).
   *
   * @param openItems how many open items the payer had to choose from
   * @param items how many items the solution has
   * @return true if the combination may be automatic
   */
  public boolean amountOnlyMayBeAuto(int openItems, int items) {
    // Beyond the small pool a search proves uniqueness among few items only (a wide pool is searched
    // for up to three), so a larger true combination may go unseen: only single items are safe there.
    return items == 1 || (openItems <= amountOnlyMaxOpenItems && items <= amountOnlyMaxItems);
  }

  /** Builds a {@link MatchPolicy}. */
  public static final class Builder {
    private double autoConfidence = 0.95;
    private double suggestConfidence = 0.30;
    private final Map<CurrencyUnit, Tolerance> tolerances = new HashMap<>();
    private BigDecimal defaultToleranceMajor = BigDecimal.ONE;
    private BigDecimal defaultTolerancePercent = new BigDecimal("0.1");
    private CashBucket overpayments = CashBucket.UNAPPLIED;
    private boolean autoDeductions = true;
    private int amountOnlyMaxOpenItems = 20;
    private int amountOnlyMaxItems = 5;
    private BigDecimal deductionBelowPercent = BigDecimal.TEN;
    private BigDecimal partialFromPercent = new BigDecimal(20);
    private BigDecimal exchangeDifferencePercent = new BigDecimal(3);

    private Builder() {}

    /**
     * Sets the confidence thresholds.
     *
     * @param auto from this confidence a proposal is applied automatically, in (0, 1]
     * @param suggest from this confidence a proposal is suggested, in [0, auto]
     * @return this builder
     * @throws IllegalArgumentException if the thresholds are out of range or out of order
     */
    public Builder confidence(double auto, double suggest) {
      if (!(auto > 0 && auto <= 1 && suggest >= 0 && suggest <= auto)) {
        throw new IllegalArgumentException("Confidence thresholds auto " + auto + ", suggest " + suggest
            + " must satisfy 0 <= suggest <= auto <= 1 and auto > 0");
      }
      this.autoConfidence = auto;
      this.suggestConfidence = suggest;
      return this;
    }

    /**
     * Sets the small-difference tolerance of one currency.
     *
     * @param tolerance the tolerance, in its currency
     * @return this builder
     */
    public Builder tolerance(Tolerance tolerance) {
      tolerances.put(tolerance.currency(), Objects.requireNonNull(tolerance, "tolerance"));
      return this;
    }

    /**
     * Sets the tolerance of currencies without their own.
     *
     * @param majorUnits the absolute limit in each currency's major units, e.g. {@code 10}
     * @param percent the percentage limit, e.g. {@code 1}
     * @return this builder
     * @throws IllegalArgumentException if a limit is negative
     */
    public Builder defaultTolerance(BigDecimal majorUnits, BigDecimal percent) {
      if (majorUnits.signum() < 0 || percent.signum() < 0) {
        throw new IllegalArgumentException("Default tolerance must not be negative");
      }
      this.defaultToleranceMajor = majorUnits;
      this.defaultTolerancePercent = percent;
      return this;
    }

    /**
     * Sets where an overpayment's remainder goes when the payer is known.
     *
     * @param bucket {@link CashBucket#UNAPPLIED} or {@link CashBucket#ON_ACCOUNT}
     * @return this builder
     * @throws IllegalArgumentException for {@link CashBucket#SUSPENSE}
     */
    public Builder overpayments(CashBucket bucket) {
      if (bucket == CashBucket.SUSPENSE) {
        throw new IllegalArgumentException("Overpayments of a known payer cannot go to suspense");
      }
      this.overpayments = Objects.requireNonNull(bucket, "bucket");
      return this;
    }

    /**
     * Sets whether short payments with a reason open deductions automatically.
     *
     * @param auto true to open them automatically, false to suggest them
     * @return this builder
     */
    public Builder autoDeductions(boolean auto) {
      this.autoDeductions = auto;
      return this;
    }

    /**
     * Sets how far amount-only combinations may be automatic.
     *
     * @param maxOpenItems at most this many open items of the payer (single items: any number)
     * @param maxItems at most this many items in the solution
     * @return this builder
     */
    public Builder amountOnlyAuto(int maxOpenItems, int maxItems) {
      this.amountOnlyMaxOpenItems = maxOpenItems;
      this.amountOnlyMaxItems = maxItems;
      return this;
    }

    /**
     * Sets how a referenced item paid short without a reason is read. A deduction needs the bank to
     * report that the payment arrived as sent; a part payment needs a shortfall with cents (one in
     * whole units may be bank charges or a fixed deduction).
     *
     * @param deductionBelowPercent below this share of the item, in percent, the shortfall is a
     *     deduction to clear up; {@code 0} never
     * @param partialFromPercent from this share on, the payment is a part payment and the rest stays
     *     open; above 100 never (the words "partial" or "instalment" in the remittance still count)
     * @return this builder
     * @throws IllegalArgumentException if a share is negative or the deduction share exceeds the part
     *     payment share
     */
    public Builder shortPayments(BigDecimal deductionBelowPercent, BigDecimal partialFromPercent) {
      if (deductionBelowPercent.signum() < 0 || partialFromPercent.signum() < 0
          || deductionBelowPercent.compareTo(partialFromPercent) > 0) {
        throw new IllegalArgumentException("Short payment shares " + deductionBelowPercent + " % and "
            + partialFromPercent + " % must satisfy 0 <= deduction <= part payment");
      }
      this.deductionBelowPercent = deductionBelowPercent;
      this.partialFromPercent = partialFromPercent;
      return this;
    }

    /**
     * Sets the largest exchange difference settled on a payment the bank reports converted from
     * another currency (its instructed amount is in that currency): a shortfall written off, an excess
     * booked as a gain.
     *
     * @param percent the limit in percent of the items' open amount; {@code 0} to leave every such
     *     difference to a person
     * @return this builder
     * @throws IllegalArgumentException if the limit is negative
     */
    public Builder exchangeDifference(BigDecimal percent) {
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("Exchange difference limit " + percent + " % is negative");
      }
      this.exchangeDifferencePercent = percent;
      return this;
    }

    /** {@return the policy} */
    public MatchPolicy build() {
      return new MatchPolicy(this);
    }
  }

  @Override
  public String toString() {
    return "MatchPolicy[auto " + autoConfidence + ", suggest " + suggestConfidence + ", tolerance "
        + Optional.of(tolerances).filter(t -> !t.isEmpty()).map(Object::toString).orElse(
            defaultToleranceMajor + " major / " + defaultTolerancePercent + "%") + ", overpayments " + overpayments + "]";
  }
}
