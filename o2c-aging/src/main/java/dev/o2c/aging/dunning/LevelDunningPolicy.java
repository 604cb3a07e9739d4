package dev.o2c.aging.dunning;

import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * The default dunning policy: a ladder of levels with their thresholds, fees and letter tones, and the
 * settings of {@link DunningPolicy} as values. Built with {@link #builder()}; validated on {@code build()}.
 * This instance is immutable.
 *
 * <pre>{@code
 * DunningPolicy policy = LevelDunningPolicy.builder()
 *     .level(-3, DunningFee.NONE, "pre-due", 3)                            // 3 days before the due date
 *     .level(7, DunningFee.NONE, "reminder", 10)
 *     .level(21, DunningFee.parse("2% max 25.00"), "final-demand", 7)
 *     .minDaysBetweenNotices(14).graceDays(3)
 *     .minimumItemAmount(Money.of("EUR", "5.00")).minimumCustomerAmount(Money.of("EUR", "25.00"))
 *     .build();
 * }</pre>
 */
public final class LevelDunningPolicy implements DunningPolicy {
  private final List<DunningLevel> levels;
  private final int minDaysBetweenNotices;
  private final int graceDays;
  private final Map<String, Money> minimumItem;
  private final Map<String, Money> minimumCustomer;
  private final DunningGrouping grouping;
  private final boolean stepByStep;
  private final DunningInterest interest;

  private LevelDunningPolicy(Builder b) {
    this.levels = List.copyOf(b.levels);
    this.minDaysBetweenNotices = b.minDaysBetweenNotices;
    this.graceDays = b.graceDays;
    this.minimumItem = Map.copyOf(b.minimumItem);
    this.minimumCustomer = Map.copyOf(b.minimumCustomer);
    this.grouping = b.grouping;
    this.stepByStep = b.stepByStep;
    this.interest = b.interest;
  }

  /** {@return a builder with no levels, 14 days between notices, no grace, no minimums, per customer, step by step, no interest} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<DunningLevel> levels() {
    return levels;
  }

  @Override
  public int minDaysBetweenNotices() {
    return minDaysBetweenNotices;
  }

  @Override
  public int graceDays() {
    return graceDays;
  }

  @Override
  public Optional<Money> minimumItemAmount(CurrencyUnit currency) {
    return Optional.ofNullable(minimumItem.get(currency.getCurrencyCode()));
  }

  @Override
  public Optional<Money> minimumCustomerAmount(CurrencyUnit currency) {
    return Optional.ofNullable(minimumCustomer.get(currency.getCurrencyCode()));
  }

  @Override
  public DunningGrouping grouping() {
    return grouping;
  }

  @Override
  public boolean stepByStep() {
    return stepByStep;
  }

  @Override
  public DunningInterest interest() {
    return interest;
  }

  /**
   * A copy of this policy with another interest hook, e.g. the host's statutory calculator.
   *
   * @param newInterest the interest on dunned items
   * @return the copy; this instance is unaffected
   */
  public LevelDunningPolicy withInterest(DunningInterest newInterest) {
    Builder b = toBuilder();
    b.interest = Objects.requireNonNull(newInterest, "newInterest");
    return new LevelDunningPolicy(b);
  }

  /** {@return a builder holding this policy's settings, to change some of them} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.levels.addAll(levels);
    b.minDaysBetweenNotices = minDaysBetweenNotices;
    b.graceDays = graceDays;
    b.minimumItem.putAll(minimumItem);
    b.minimumCustomer.putAll(minimumCustomer);
    b.grouping = grouping;
    b.stepByStep = stepByStep;
    b.interest = interest;
    return b;
  }

  @Override
  public String toString() {
    return "LevelDunningPolicy" + levels + ", " + minDaysBetweenNotices + " days between notices, grace "
        + graceDays + ", minimum per item " + minimumItem.values() + ", per customer " + minimumCustomer.values()
        + ", " + grouping + (stepByStep ? ", step by step" : ", highest level reached");
  }

  /** Builds a {@link LevelDunningPolicy}. Not thread-safe. */
  public static final class Builder {
    private final List<DunningLevel> levels = new ArrayList<>();
    private int minDaysBetweenNotices = 14;
    private int graceDays;
    private final Map<String, Money> minimumItem = new TreeMap<>();
    private final Map<String, Money> minimumCustomer = new TreeMap<>();
    private DunningGrouping grouping = DunningGrouping.PER_CUSTOMER;
    private boolean stepByStep = true;
    private DunningInterest interest = DunningInterest.NONE;

    private Builder() {}

    /**
     * Adds the next level of the ladder, numbered after the ones added before.
     *
     * @param daysOverdue the threshold in days past due; zero or negative for a pre-due reminder; higher
     *     than the previous level's
     * @param fee the fee per item
     * @param textKey the key of the letter's wording
     * @param payWithinDays the days the letter gives to pay
     * @return this builder
     */
    public Builder level(int daysOverdue, DunningFee fee, String textKey, int payWithinDays) {
      levels.add(new DunningLevel(levels.size() + 1, daysOverdue, fee, textKey, payWithinDays));
      return this;
    }

    /**
     * Sets the fewest days between two notices on one item.
     *
     * @param days at least 1
     * @return this builder
     */
    public Builder minDaysBetweenNotices(int days) {
      this.minDaysBetweenNotices = days;
      return this;
    }

    /**
     * Sets the grace days added to every past-due threshold.
     *
     * @param days zero or more
     * @return this builder
     */
    public Builder graceDays(int days) {
      this.graceDays = days;
      return this;
    }

    /**
     * Sets the minimum amount dunned on one item in the amount's currency (call once per currency).
     *
     * @param minimum the minimum, zero or positive
     * @return this builder
     * @throws IllegalArgumentException if the minimum is negative
     */
    public Builder minimumItemAmount(Money minimum) {
      minimumItem.put(currencyCode(minimum), minimum);
      return this;
    }

    /**
     * Sets the minimum total a customer is dunned for in the amount's currency (call once per currency).
     *
     * @param minimum the minimum, zero or positive
     * @return this builder
     * @throws IllegalArgumentException if the minimum is negative
     */
    public Builder minimumCustomerAmount(Money minimum) {
      minimumCustomer.put(currencyCode(minimum), minimum);
      return this;
    }

    private static String currencyCode(Money minimum) {
      Objects.requireNonNull(minimum, "minimum");
      if (minimum.isNegative()) {
        throw new IllegalArgumentException("minimum amount " + minimum + " is negative");
      }
      return minimum.currency().getCurrencyCode();
    }

    /**
     * Sets how items are grouped into notices.
     *
     * @param newGrouping per customer or per item
     * @return this builder
     */
    public Builder grouping(DunningGrouping newGrouping) {
      this.grouping = Objects.requireNonNull(newGrouping, "grouping");
      return this;
    }

    /**
     * Sets whether items climb the ladder one level per notice (true) or jump to the highest level
     * reached (false).
     *
     * @param oneLevelAtATime the choice
     * @return this builder
     */
    public Builder stepByStep(boolean oneLevelAtATime) {
      this.stepByStep = oneLevelAtATime;
      return this;
    }

    /**
     * Sets the interest claimed on dunned items.
     *
     * @param newInterest the hook
     * @return this builder
     */
    public Builder interest(DunningInterest newInterest) {
      this.interest = Objects.requireNonNull(newInterest, "interest");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException listing every problem: no levels, thresholds not increasing, fewer
     *     than 1 day between notices, negative grace days
     */
    public LevelDunningPolicy build() {
      LevelDunningPolicy policy = new LevelDunningPolicy(this);
      policy.validate();
      return policy;
    }
  }
}
