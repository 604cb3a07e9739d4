package dev.o2c.core.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of instalment {@link PaymentTerms}: a share of the gross amount, in percent, due a number
 * of days after the terms' {@link DueBasis}. Written {@code 50%/30} in the notation.
 *
 * <p>The share is kept without trailing zeros, so {@code 50.0} and {@code 50} give equal parts.
 * This class is immutable.
 */
public final class Instalment {
  private final BigDecimal sharePercent;
  private final int days;

  private Instalment(BigDecimal sharePercent, int days) {
    this.sharePercent = sharePercent;
    this.days = days;
  }

  /**
   * Returns an instalment part.
   *
   * @param sharePercent the share of the gross amount in percent, strictly between 0 and 100
   * @param days the days after the basis date on which this part is due, 0 to
   *     {@link PaymentTerms#MAX_DAYS}
   * @return the part
   * @throws NullPointerException if sharePercent is null
   * @throws IllegalArgumentException listing every problem if share or days are out of range
   */
  public static Instalment of(BigDecimal sharePercent, int days) {
    Objects.requireNonNull(sharePercent, "sharePercent");
    StringBuilder problems = new StringBuilder();
    if (sharePercent.signum() <= 0 || sharePercent.compareTo(Percent.HUNDRED) >= 0) {
      problems.append("; instalment share ").append(sharePercent.toPlainString())
          .append("% is not strictly between 0 and 100");
    }
    if (days < 0 || days > PaymentTerms.MAX_DAYS) {
      problems.append("; instalment days ").append(days).append(" are not between 0 and ")
          .append(PaymentTerms.MAX_DAYS);
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid instalment: " + problems.substring(2));
    }
    return new Instalment(Percent.normalize(sharePercent), days);
  }

  /**
   * Returns an instalment part from a decimal text share, for example {@code of("50", 30)}.
   *
   * @param sharePercent the share in percent as a plain decimal, strictly between 0 and 100
   * @param days the days after the basis date on which this part is due
   * @return the part
   * @throws NumberFormatException if sharePercent is not a decimal number
   * @throws IllegalArgumentException if share or days are out of range
   */
  public static Instalment of(String sharePercent, int days) {
    return of(new BigDecimal(Objects.requireNonNull(sharePercent, "sharePercent")), days);
  }

  /**
   * Returns the share of the gross amount due with this part, in percent.
   *
   * @return the share, strictly between 0 and 100, without trailing zeros
   */
  public BigDecimal sharePercent() {
    return sharePercent;
  }

  /**
   * Returns the days after the terms' basis date on which this part is due.
   *
   * @return the days, 0 or more
   */
  public int days() {
    return days;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Instalment
        && ((Instalment) o).days == days
        && ((Instalment) o).sharePercent.equals(sharePercent);
  }

  @Override
  public int hashCode() {
    return sharePercent.hashCode() * 31 + days;
  }

  /** Returns the part in payment-terms notation, for example {@code 50%/30}. */
  @Override
  public String toString() {
    return sharePercent.toPlainString() + "%/" + days;
  }
}
