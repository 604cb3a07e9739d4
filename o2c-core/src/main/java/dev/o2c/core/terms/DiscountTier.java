package dev.o2c.core.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cash-discount tier of {@link PaymentTerms}: the percent taken off when paying within a number
 * of days. {@code 2/10} is 2 percent for payment within 10 days, counted from the terms'
 * {@link DueBasis}, deadline day included.
 *
 * <p>The percent is kept without trailing zeros, so {@code 2.0} and {@code 2} give equal tiers.
 * This class is immutable.
 */
public final class DiscountTier {
  private final BigDecimal percent;
  private final int days;

  private DiscountTier(BigDecimal percent, int days) {
    this.percent = percent;
    this.days = days;
  }

  /**
   * Returns a tier.
   *
   * @param percent the discount in percent, strictly between 0 and 100, for example {@code 2} or
   *     {@code 1.5}
   * @param days the days within which payment earns the discount, 0 to {@link PaymentTerms#MAX_DAYS}
   * @return the tier
   * @throws NullPointerException if percent is null
   * @throws IllegalArgumentException listing every problem if percent or days are out of range
   */
  public static DiscountTier of(BigDecimal percent, int days) {
    Objects.requireNonNull(percent, "percent");
    StringBuilder problems = new StringBuilder();
    if (percent.signum() <= 0 || percent.compareTo(Percent.HUNDRED) >= 0) {
      problems.append("; discount percent ").append(percent.toPlainString())
          .append(" is not strictly between 0 and 100");
    }
    if (days < 0 || days > PaymentTerms.MAX_DAYS) {
      problems.append("; discount days ").append(days).append(" are not between 0 and ")
          .append(PaymentTerms.MAX_DAYS);
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid discount tier: " + problems.substring(2));
    }
    return new DiscountTier(Percent.normalize(percent), days);
  }

  /**
   * Returns a tier from a decimal text percent, for example {@code of("2", 10)}.
   *
   * @param percent the discount in percent as a plain decimal, strictly between 0 and 100
   * @param days the days within which payment earns the discount
   * @return the tier
   * @throws NumberFormatException if percent is not a decimal number
   * @throws IllegalArgumentException if percent or days are out of range
   */
  public static DiscountTier of(String percent, int days) {
    return of(new BigDecimal(Objects.requireNonNull(percent, "percent")), days);
  }

  /**
   * Returns the discount in percent, for example {@code 2} for 2 percent.
   *
   * @return the percent, strictly between 0 and 100, without trailing zeros
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * Returns the days within which payment earns this discount, counted from the terms' basis.
   *
   * @return the days, 0 or more
   */
  public int days() {
    return days;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiscountTier
        && ((DiscountTier) o).days == days
        && ((DiscountTier) o).percent.equals(percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode() * 31 + days;
  }

  /** Returns the tier in payment-terms notation, for example {@code 2/10} or {@code 1.5/20}. */
  @Override
  public String toString() {
    return percent.toPlainString() + "/" + days;
  }
}
