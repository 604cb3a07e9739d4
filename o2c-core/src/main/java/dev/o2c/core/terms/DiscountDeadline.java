package dev.o2c.core.terms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cash-discount tier together with the last date on which payment earns it, for one document.
 * Payment on the deadline itself still earns the discount. This class is immutable.
 */
public final class DiscountDeadline {
  private final DiscountTier tier;
  private final LocalDate deadline;

  private DiscountDeadline(DiscountTier tier, LocalDate deadline) {
    this.tier = tier;
    this.deadline = deadline;
  }

  /**
   * Returns a deadline.
   *
   * @param tier the discount tier
   * @param deadline the last date, included, on which payment earns the tier's discount
   * @return the deadline
   * @throws NullPointerException if an argument is null
   */
  public static DiscountDeadline of(DiscountTier tier, LocalDate deadline) {
    return new DiscountDeadline(
        Objects.requireNonNull(tier, "tier"), Objects.requireNonNull(deadline, "deadline"));
  }

  /**
   * Returns the discount tier.
   *
   * @return the tier
   */
  public DiscountTier tier() {
    return tier;
  }

  /**
   * Returns the last date, included, on which payment earns the discount.
   *
   * @return the deadline
   */
  public LocalDate deadline() {
    return deadline;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiscountDeadline
        && ((DiscountDeadline) o).tier.equals(tier)
        && ((DiscountDeadline) o).deadline.equals(deadline);
  }

  @Override
  public int hashCode() {
    return tier.hashCode() * 31 + deadline.hashCode();
  }

  /** Returns for example {@code 2/10 until 2024-03-11}. */
  @Override
  public String toString() {
    return tier + " until " + deadline;
  }
}
