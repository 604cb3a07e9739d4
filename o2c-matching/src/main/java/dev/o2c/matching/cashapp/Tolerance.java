package dev.o2c.matching.cashapp;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * How far a payment may differ from what it settles before the difference stops being a small
 * difference to write off (bank charges, rounding) and becomes a short payment: an absolute amount
 * and a percentage of the payment, the lower wins.
 *
 * <p>Example: {@code Tolerance.of(Money.of("EUR", "10.00"), new BigDecimal("0.5"))} allows EUR 5.00 on a
 * EUR 1,000.00 payment and EUR 10.00 on a EUR 5,000.00 payment. The percentage part is rounded down
 * to the currency's minor unit. This instance is immutable.
 *
 * @param absolute the most that may be written off per payment, in the tolerance's currency; zero or positive
 * @param percent the most that may be written off as a percentage of the payment, e.g. {@code 0.5}; zero or positive
 */
public record Tolerance(Money absolute, BigDecimal percent) {

  /**
   * Checks the tolerance.
   *
   * @param absolute the absolute limit; zero or positive
   * @param percent the percentage limit; zero or positive
   * @throws IllegalArgumentException if a limit is negative
   */
  public Tolerance {
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(percent, "percent");
    if (absolute.isNegative() || percent.signum() < 0) {
      throw new IllegalArgumentException("Tolerance " + absolute + " / " + percent + "% must not be negative");
    }
  }

  /**
   * A tolerance.
   *
   * @param absolute the absolute limit
   * @param percent the percentage limit, e.g. {@code 0.5} for half a percent
   * @return the tolerance
   */
  public static Tolerance of(Money absolute, BigDecimal percent) {
    return new Tolerance(absolute, percent);
  }

  /**
   * No tolerance: only exact amounts fit.
   *
   * @param currency the currency
   * @return a zero tolerance
   */
  public static Tolerance none(CurrencyUnit currency) {
    return new Tolerance(Money.zero(currency), BigDecimal.ZERO);
  }

  /** {@return the tolerance's currency} */
  public CurrencyUnit currency() {
    return absolute.currency();
  }

  /**
   * The most that may be written off on a payment.
   *
   * @param paymentMinor the payment amount in minor units of the tolerance's currency
   * @return the lower of the absolute limit and the percentage of the payment, in minor units
   */
  public long limitMinor(long paymentMinor) {
    long byPercent = BigDecimal.valueOf(Math.abs(paymentMinor)).multiply(percent)
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
    return Math.min(absolute.minorUnits(), byPercent);
  }
}
