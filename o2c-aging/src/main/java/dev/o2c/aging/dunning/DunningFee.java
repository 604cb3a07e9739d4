package dev.o2c.aging.dunning;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The fee a dunning level charges on each item it dunns, in the item's currency: none, a fixed
 * amount, or a percentage of the amount dunned with an optional cap.
 *
 * <p>Amounts are plain numbers taken in the item's currency ({@code 5} is EUR 5.00 on a euro item and
 * JPY 5 on a yen item). Rounding never charges more than stated: a fixed amount or a cap with more
 * decimals than the currency has is rounded down to its minor unit; a percentage fee is rounded half-up
 * to the minor unit and then held to the cap. This instance is immutable.
 *
 * <pre>{@code
 * DunningFee.fixed(new BigDecimal("5.00")).on(Money.of("EUR", "800.00"));        // EUR 5.00
 * DunningFee.percentage(new BigDecimal("2"), new BigDecimal("25")).on(Money.of("EUR", "800.00"));  // EUR 16.00
 * DunningFee.percentage(new BigDecimal("2"), new BigDecimal("25")).on(Money.of("EUR", "3000.00")); // EUR 25.00
 * DunningFee.parse("2% max 25.00");   // the same fee, as policy files write it
 * }</pre>
 */
public final class DunningFee {

  /** No fee. */
  public static final DunningFee NONE = new DunningFee(null, null, null);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fixed;
  private final BigDecimal percent;
  private final BigDecimal cap;

  private DunningFee(BigDecimal fixed, BigDecimal percent, BigDecimal cap) {
    this.fixed = fixed;
    this.percent = percent;
    this.cap = cap;
  }

  /**
   * A fixed fee per item.
   *
   * @param amount the fee in the item's currency, zero or positive
   * @return the fee
   * @throws IllegalArgumentException if the amount is negative
   */
  public static DunningFee fixed(BigDecimal amount) {
    return new DunningFee(nonNegative(amount, "fixed fee"), null, null);
  }

  /**
   * A percentage of the amount dunned, without a cap.
   *
   * @param percent the percentage, e.g. {@code 2} for 2 %; zero or positive
   * @return the fee
   * @throws IllegalArgumentException if the percentage is negative
   */
  public static DunningFee percentage(BigDecimal percent) {
    return new DunningFee(null, nonNegative(percent, "fee percentage"), null);
  }

  /**
   * A percentage of the amount dunned, at most a cap.
   *
   * @param percent the percentage, e.g. {@code 2} for 2 %; zero or positive
   * @param cap the most the fee may be on one item, in the item's currency; zero or positive
   * @return the fee
   * @throws IllegalArgumentException if the percentage or the cap is negative
   */
  public static DunningFee percentage(BigDecimal percent, BigDecimal cap) {
    return new DunningFee(null, nonNegative(percent, "fee percentage"), nonNegative(cap, "fee cap"));
  }

  /**
   * Reads a fee as {@link #toString()} writes it: {@code none}, a fixed amount ({@code 5.00}), a
   * percentage ({@code 2%}) or a percentage with a cap ({@code 2% max 25.00}); spaces are free, case is
   * ignored.
   *
   * @param text the fee
   * @return the fee
   * @throws IllegalArgumentException if the text is none of these, naming it
   */
  public static DunningFee parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString().strip().toLowerCase(Locale.ROOT);
    try {
      if (s.equals("none") || s.isEmpty()) {
        return NONE;
      }
      int max = s.indexOf("max");
      String rate = (max < 0 ? s : s.substring(0, max)).strip();
      if (rate.endsWith("%")) {
        BigDecimal percent = decimal(rate.substring(0, rate.length() - 1).strip());
        return max < 0 ? percentage(percent) : percentage(percent, decimal(s.substring(max + 3).strip()));
      }
      if (max < 0) {
        return fixed(decimal(s));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fee \"" + text.toString().strip() + "\": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("fee \"" + text.toString().strip() + "\" is not none, an amount (5.00), a percentage (2%) or "
        + "a percentage with a cap (2% max 25.00)");
  }

  private static BigDecimal decimal(String s) {
    if (!s.matches("\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("\"" + s + "\" is not a plain decimal");
    }
    return new BigDecimal(s);
  }

  private static BigDecimal nonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " " + value.toPlainString() + " is negative");
    }
    return value;
  }

  /**
   * The fee on one item.
   *
   * @param dunnedAmount the amount dunned on the item; its currency is the fee's
   * @return the fee, zero or positive, never above the cap
   */
  public Money on(Money dunnedAmount) {
    Objects.requireNonNull(dunnedAmount, "dunnedAmount");
    if (fixed != null) {
      return Money.of(dunnedAmount.currency(), fixed, RoundingMode.DOWN);
    }
    if (percent == null) {
      return Money.zero(dunnedAmount.currency());
    }
    Money fee = dunnedAmount.abs().multipliedBy(percent.divide(HUNDRED), RoundingMode.HALF_UP);
    return cap == null ? fee : fee.min(Money.of(dunnedAmount.currency(), cap, RoundingMode.DOWN));
  }

  /** {@return the fixed amount, for a fixed fee} */
  public Optional<BigDecimal> fixedAmount() {
    return Optional.ofNullable(fixed);
  }

  /** {@return the percentage, for a percentage fee} */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /**
   * The most this fee can be on one item: the fixed amount, the cap, zero for no fee; empty for an
   * uncapped percentage.
   *
   * @return the maximum, in the item's currency
   */
  public Optional<BigDecimal> maximum() {
    if (fixed != null) {
      return Optional.of(fixed);
    }
    if (percent == null) {
      return Optional.of(BigDecimal.ZERO);
    }
    return Optional.ofNullable(cap);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DunningFee && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** {@return the fee as {@link #parse} reads it: {@code none}, {@code 5.00}, {@code 2%} or {@code 2% max 25.00}} */
  @Override
  public String toString() {
    if (fixed != null) {
      return fixed.toPlainString();
    }
    if (percent == null) {
      return "none";
    }
    return percent.toPlainString() + "%" + (cap == null ? "" : " max " + cap.toPlainString());
  }
}
