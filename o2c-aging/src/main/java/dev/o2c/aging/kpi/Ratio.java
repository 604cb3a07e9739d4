package dev.o2c.aging.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals, as the KPIs produce them: DSO is {@code R × D / S}, CEI a
 * quotient times 100. Keeping numerator and denominator apart means a KPI is rounded once, when it
 * is shown, and never carries an error from an intermediate division.
 *
 * <pre>{@code
 * Ratio dso = Ratio.of(new BigDecimal("1000").multiply(BigDecimal.valueOf(90)), new BigDecimal("2700"));
 * dso.rounded(2, RoundingMode.HALF_UP);   // 33.33
 * }</pre>
 *
 * <p>Two ratios are equal when they denote the same number ({@code 1/2} equals {@code 2/4}). This
 * instance is immutable.
 */
public final class Ratio implements Comparable<Ratio> {

  private static final MathContext HASH_PRECISION = MathContext.DECIMAL32;

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The quotient {@code numerator / denominator}.
   *
   * @param numerator the dividend
   * @param denominator the divisor, not zero
   * @return the ratio
   * @throws ArithmeticException if the denominator is zero
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("ratio " + numerator.toPlainString() + " / 0: zero denominator");
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * A whole decimal as a ratio.
   *
   * @param value the value
   * @return {@code value / 1}
   */
  public static Ratio of(BigDecimal value) {
    return new Ratio(Objects.requireNonNull(value, "value"), BigDecimal.ONE);
  }

  /** {@return the dividend, as given} */
  public BigDecimal numerator() {
    return numerator;
  }

  /** {@return the divisor, as given; never zero} */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * This ratio plus another, exactly.
   *
   * @param other the other ratio
   * @return the sum; this instance is unaffected
   */
  public Ratio plus(Ratio other) {
    if (denominator.compareTo(other.denominator) == 0) {
      return new Ratio(numerator.add(other.numerator), denominator);
    }
    return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * This ratio minus another, exactly.
   *
   * @param other the other ratio
   * @return the difference; this instance is unaffected
   */
  public Ratio minus(Ratio other) {
    return plus(other.negated());
  }

  /** {@return this ratio with the opposite sign} */
  public Ratio negated() {
    return new Ratio(numerator.negate(), denominator);
  }

  /**
   * This ratio times a decimal, exactly.
   *
   * @param factor the factor
   * @return the product; this instance is unaffected
   */
  public Ratio multipliedBy(BigDecimal factor) {
    return new Ratio(numerator.multiply(factor), denominator);
  }

  /**
   * The value with a fixed number of decimals: the only place a KPI is rounded.
   *
   * @param scale the number of decimals
   * @param rounding how to round the exact quotient
   * @return the rounded value, with exactly {@code scale} decimals
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     quotient does not fit the scale
   */
  public BigDecimal rounded(int scale, RoundingMode rounding) {
    return numerator.divide(denominator, scale, rounding);
  }

  /**
   * The value to a number of significant digits, for further calculation.
   *
   * @param context the precision and rounding
   * @return the rounded value
   */
  public BigDecimal toBigDecimal(MathContext context) {
    return numerator.divide(denominator, context);
  }

  /** {@return -1, 0 or 1 as the ratio is negative, zero or positive} */
  public int signum() {
    return numerator.signum() * denominator.signum();
  }

  @Override
  public int compareTo(Ratio other) {
    // a/b ? c/d  <=>  a*d*sign(b*d) ? c*b*sign(b*d)
    int sign = denominator.signum() * other.denominator.signum();
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) * sign;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio && compareTo((Ratio) o) == 0;
  }

  @Override
  public int hashCode() {
    // Correctly rounded division is a function of the number alone, so equal ratios hash alike.
    return numerator.divide(denominator, HASH_PRECISION).stripTrailingZeros().hashCode();
  }

  /** {@return the value to 34 significant digits, e.g. {@code 33.33333333333333333333333333333333}} */
  @Override
  public String toString() {
    return toBigDecimal(MathContext.DECIMAL128).stripTrailingZeros().toPlainString();
  }
}
