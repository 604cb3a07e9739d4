package dev.o2c.aging.collections;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The default {@link PrioritisationStrategy}: six factors, each with explicit points per unit and a
 * cap, added up. Every contribution is computed exactly and rounded once to 2 decimals (half up); the
 * total is the sum of the rounded contributions.
 *
 * <table>
 * <caption>The factors and the {@link #STANDARD} weights (they add up to at most 100)</caption>
 * <tr><th>factor</th><th>points</th><th>cap</th></tr>
 * <tr><td>{@link PriorityFactor#AMOUNT_OVERDUE}</td><td>1 per 1,000 major units overdue (per currency, so
 *     1 per EUR 1,000.00), summed over currencies</td><td>30</td></tr>
 * <tr><td>{@link PriorityFactor#DAYS_OVERDUE}</td><td>0.25 per day the oldest item is overdue</td><td>25</td></tr>
 * <tr><td>{@link PriorityFactor#BROKEN_PROMISES}</td><td>7.5 per broken promise</td><td>15</td></tr>
 * <tr><td>{@link PriorityFactor#RISK_CLASS}</td><td>LOW 0, MEDIUM 3, HIGH 6, VERY_HIGH 10; unrated 0</td><td>10</td></tr>
 * <tr><td>{@link PriorityFactor#CREDIT_UTILISATION}</td><td>20 × (utilisation − 0.5), none below half the
 *     limit used, none without a limit</td><td>10 (limit fully used)</td></tr>
 * <tr><td>{@link PriorityFactor#LAST_CONTACT}</td><td>0.25 per day since the last contact; the cap when never
 *     contacted</td><td>10</td></tr>
 * </table>
 *
 * <p>Worked example, as of 2026-12-15: EUR 12,400.00 overdue, the oldest item 64 days, one broken
 * promise, not rated, no credit limit, last contact 21 days ago: 12.40 + 16.00 + 7.50 + 0 + 0 + 5.25
 * = 41.15, with the reason {@code "EUR 12,400.00 overdue up to 64 days; promise of 2026-11-20 broken;
 * last contact 21 days ago"}.
 *
 * <p>Every factor is non-decreasing in what it measures, so more overdue money, older items, more
 * broken promises, a higher risk class, more of the limit used or a longer silence never lower the
 * score. The amount unit is per currency: set {@link Builder#amountPerPoint} for currencies with small
 * units (JPY, HUF, KRW), where 1,000 major units is little money. This instance is immutable.
 */
public final class PriorityScoring implements PrioritisationStrategy {

  /** The standard weights of the table above. */
  public static final PriorityScoring STANDARD = builder().build();

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<CurrencyUnit, Money> amountPerPoint;
  private final BigDecimal maxAmountPoints;
  private final BigDecimal pointsPerDayOverdue;
  private final BigDecimal maxDaysOverduePoints;
  private final BigDecimal pointsPerBrokenPromise;
  private final BigDecimal maxBrokenPromisePoints;
  private final Map<PriorityRisk, BigDecimal> riskPoints;
  private final BigDecimal utilisationFrom;
  private final BigDecimal pointsPerUtilisation;
  private final BigDecimal maxUtilisationPoints;
  private final BigDecimal pointsPerDaySinceContact;
  private final BigDecimal maxContactPoints;

  private PriorityScoring(Builder b) {
    this.amountPerPoint = Map.copyOf(b.amountPerPoint);
    this.maxAmountPoints = b.maxAmountPoints;
    this.pointsPerDayOverdue = b.pointsPerDayOverdue;
    this.maxDaysOverduePoints = b.maxDaysOverduePoints;
    this.pointsPerBrokenPromise = b.pointsPerBrokenPromise;
    this.maxBrokenPromisePoints = b.maxBrokenPromisePoints;
    this.riskPoints = new EnumMap<>(b.riskPoints);
    this.utilisationFrom = b.utilisationFrom;
    this.pointsPerUtilisation = b.pointsPerUtilisation;
    this.maxUtilisationPoints = b.maxUtilisationPoints;
    this.pointsPerDaySinceContact = b.pointsPerDaySinceContact;
    this.maxContactPoints = b.maxContactPoints;
  }

  /** {@return a builder starting from the standard weights} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The amount that earns one point in a currency: as configured, else 1,000 major units.
   *
   * @param currency the currency
   * @return the amount per point
   */
  public Money amountPerPoint(CurrencyUnit currency) {
    Money configured = amountPerPoint.get(currency);
    return configured != null ? configured : Money.ofMajor(currency, 1000);
  }

  /**
   * Scores a customer by the six factors (see the class description).
   *
   * @param facts what is known about the customer
   * @return the score with all six contributions, in {@link PriorityFactor} order, and the reason
   */
  @Override
  public PriorityScore score(PriorityFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<PriorityContribution> contributions = new ArrayList<>(6);
    List<String> reasons = new ArrayList<>();

    Ratio amount = Ratio.of(BigDecimal.ZERO);
    List<String> amounts = new ArrayList<>();
    for (Money overdue : facts.overdue().amounts()) {
      amount = amount.plus(Ratio.of(overdue.amount(), amountPerPoint(overdue.currency()).amount()));
      amounts.add(WorklistText.money(overdue));
    }
    contributions.add(contribution(PriorityFactor.AMOUNT_OVERDUE, amount, maxAmountPoints));
    reasons.add(amounts.isEmpty() ? "nothing overdue"
        : String.join(" and ", amounts) + " overdue up to " + days(facts.oldestDaysOverdue()));

    contributions.add(contribution(PriorityFactor.DAYS_OVERDUE,
        Ratio.of(pointsPerDayOverdue.multiply(BigDecimal.valueOf(facts.oldestDaysOverdue()))), maxDaysOverduePoints));

    List<PromiseToPay> broken = facts.brokenPromises();
    contributions.add(contribution(PriorityFactor.BROKEN_PROMISES,
        Ratio.of(pointsPerBrokenPromise.multiply(BigDecimal.valueOf(broken.size()))), maxBrokenPromisePoints));
    if (broken.size() == 1) {
      reasons.add("promise of " + firstDate(broken.get(0)) + " broken");
    } else if (broken.size() > 1) {
      reasons.add(broken.size() + " promises broken, latest of " + firstDate(broken.get(broken.size() - 1)));
    }

    BigDecimal risk = facts.riskClass().map(riskPoints::get).orElse(BigDecimal.ZERO);
    contributions.add(contribution(PriorityFactor.RISK_CLASS, Ratio.of(risk), null));
    if (risk.signum() != 0) {
      reasons.add("risk class " + facts.riskClass().get());
    }

    Optional<Ratio> utilisation = facts.creditUtilisation();
    Ratio utilisationPoints = utilisation.map(u -> u.minus(Ratio.of(utilisationFrom)).multipliedBy(pointsPerUtilisation))
        .filter(p -> p.signum() > 0).orElse(Ratio.of(BigDecimal.ZERO));
    PriorityContribution credit = contribution(PriorityFactor.CREDIT_UTILISATION, utilisationPoints,
        maxUtilisationPoints);
    contributions.add(credit);
    if (credit.points().signum() != 0) {
      reasons.add("credit limit " + utilisation.get().multipliedBy(HUNDRED).rounded(0, RoundingMode.HALF_UP)
          .toPlainString() + "% used");
    }

    Optional<Long> silence = facts.daysSinceLastContact();
    Ratio contactPoints = silence.map(d -> Ratio.of(pointsPerDaySinceContact.multiply(BigDecimal.valueOf(d))))
        .orElse(Ratio.of(maxContactPoints));
    contributions.add(contribution(PriorityFactor.LAST_CONTACT, contactPoints, maxContactPoints));
    reasons.add(silence.map(d -> d == 0 ? "last contact today" : "last contact " + days(d) + " ago")
        .orElse("no contact yet"));

    return PriorityScore.of(facts.customerId(), contributions, String.join("; ", reasons));
  }

  private static PriorityContribution contribution(PriorityFactor factor, Ratio points, BigDecimal cap) {
    Ratio capped = cap != null && points.compareTo(Ratio.of(cap)) > 0 ? Ratio.of(cap) : points;
    return new PriorityContribution(factor, capped.rounded(2, RoundingMode.HALF_UP));
  }

  private static LocalDate firstDate(PromiseToPay promise) {
    return promise.payments().get(0).date();
  }

  private static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }

  @Override
  public String toString() {
    return "PriorityScoring[amount 1 per " + amountPerPoint + " (else 1,000 major units) cap " + maxAmountPoints
        + ", days " + pointsPerDayOverdue + " cap " + maxDaysOverduePoints + ", broken " + pointsPerBrokenPromise
        + " cap " + maxBrokenPromisePoints + ", risk " + riskPoints + ", utilisation " + pointsPerUtilisation
        + " × (u − " + utilisationFrom + ") cap " + maxUtilisationPoints + ", contact " + pointsPerDaySinceContact
        + " cap " + maxContactPoints + "]";
  }

  /**
   * Builds a {@link PriorityScoring}, starting from the {@link #STANDARD} weights; set only what differs.
   * Points and caps must not be negative.
   */
  public static final class Builder {
    private final Map<CurrencyUnit, Money> amountPerPoint = new HashMap<>();
    private BigDecimal maxAmountPoints = BigDecimal.valueOf(30);
    private BigDecimal pointsPerDayOverdue = new BigDecimal("0.25");
    private BigDecimal maxDaysOverduePoints = BigDecimal.valueOf(25);
    private BigDecimal pointsPerBrokenPromise = new BigDecimal("7.5");
    private BigDecimal maxBrokenPromisePoints = BigDecimal.valueOf(15);
    private final Map<PriorityRisk, BigDecimal> riskPoints = new EnumMap<>(Map.of(PriorityRisk.LOW, BigDecimal.ZERO,
        PriorityRisk.MEDIUM, BigDecimal.valueOf(3), PriorityRisk.HIGH, BigDecimal.valueOf(6),
        PriorityRisk.VERY_HIGH, BigDecimal.TEN));
    private BigDecimal utilisationFrom = new BigDecimal("0.5");
    private BigDecimal pointsPerUtilisation = BigDecimal.valueOf(20);
    private BigDecimal maxUtilisationPoints = BigDecimal.TEN;
    private BigDecimal pointsPerDaySinceContact = new BigDecimal("0.25");
    private BigDecimal maxContactPoints = BigDecimal.TEN;

    private Builder() {}

    /**
     * The overdue amount that earns one point in its currency (default 1,000 major units).
     *
     * @param amount the amount, positive; its currency is the one configured
     * @return this builder
     * @throws IllegalArgumentException if the amount is not positive
     */
    public Builder amountPerPoint(Money amount) {
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("amountPerPoint " + amount + " is not positive");
      }
      amountPerPoint.put(amount.currency(), amount);
      return this;
    }

    /**
     * The cap of the amount factor (default 30).
     *
     * @param points the cap, not negative
     * @return this builder
     */
    public Builder maxAmountPoints(BigDecimal points) {
      maxAmountPoints = nonNegative(points, "maxAmountPoints");
      return this;
    }

    /**
     * Points per day the oldest item is overdue (default 0.25) and their cap (default 25).
     *
     * @param perDay points per day, not negative
     * @param cap the cap, not negative
     * @return this builder
     */
    public Builder daysOverdue(BigDecimal perDay, BigDecimal cap) {
      pointsPerDayOverdue = nonNegative(perDay, "pointsPerDayOverdue");
      maxDaysOverduePoints = nonNegative(cap, "maxDaysOverduePoints");
      return this;
    }

    /**
     * Points per broken promise (default 7.5) and their cap (default 15).
     *
     * @param perPromise points per broken promise, not negative
     * @param cap the cap, not negative
     * @return this builder
     */
    public Builder brokenPromises(BigDecimal perPromise, BigDecimal cap) {
      pointsPerBrokenPromise = nonNegative(perPromise, "pointsPerBrokenPromise");
      maxBrokenPromisePoints = nonNegative(cap, "maxBrokenPromisePoints");
      return this;
    }

    /**
     * The points of a risk class (defaults LOW 0, MEDIUM 3, HIGH 6, VERY_HIGH 10). Keep them
     * non-decreasing from LOW to VERY_HIGH, or a riskier customer ranks lower.
     *
     * @param risk the class
     * @param points its points, not negative
     * @return this builder
     */
    public Builder riskPoints(PriorityRisk risk, BigDecimal points) {
      riskPoints.put(Objects.requireNonNull(risk, "risk"), nonNegative(points, "riskPoints of " + risk));
      return this;
    }

    /**
     * Credit utilisation points: {@code perUnit × (utilisation − from)} above {@code from} (defaults
     * 0.5 and 20), capped (default 10).
     *
     * @param from the utilisation from which points start, not negative (0.5 = half the limit used)
     * @param perUnit points per whole limit used beyond it, not negative
     * @param cap the cap, not negative
     * @return this builder
     */
    public Builder creditUtilisation(BigDecimal from, BigDecimal perUnit, BigDecimal cap) {
      utilisationFrom = nonNegative(from, "utilisationFrom");
      pointsPerUtilisation = nonNegative(perUnit, "pointsPerUtilisation");
      maxUtilisationPoints = nonNegative(cap, "maxUtilisationPoints");
      return this;
    }

    /**
     * Points per day since the last contact (default 0.25) and their cap (default 10), which is also
     * what a customer never contacted gets.
     *
     * @param perDay points per day, not negative
     * @param cap the cap, not negative
     * @return this builder
     */
    public Builder lastContact(BigDecimal perDay, BigDecimal cap) {
      pointsPerDaySinceContact = nonNegative(perDay, "pointsPerDaySinceContact");
      maxContactPoints = nonNegative(cap, "maxContactPoints");
      return this;
    }

    /** {@return the scoring} */
    public PriorityScoring build() {
      return new PriorityScoring(this);
    }

    private static BigDecimal nonNegative(BigDecimal value, String what) {
      Objects.requireNonNull(value, what);
      if (value.signum() < 0) {
        throw new IllegalArgumentException(what + " " + value.toPlainString() + " is negative");
      }
      return value;
    }
  }
}
