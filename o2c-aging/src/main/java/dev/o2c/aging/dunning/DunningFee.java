package dev.o2c.aging.dunning;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The fee a dunning level charges on each item it dunns: none, a fixed amount, or a percentage of the
 * amount dunned with an optional cap.
 *
 * <p>A fixed fee and a cap are amounts of money, one per currency the host charges in: {@code EUR
 * 5.00} is no reason to charge JPY 5 or KWD 5. A fee {@linkplain #covers covers} the currencies it
 * names (no fee and an uncapped percentage cover all); a dunning run does not dun an item in a currency
 * its level's fee does not cover, and says so ({@link SkipReason#FEE_NOT_IN_CURRENCY}).
 *
 * <p>Rounding never charges more than stated: an amount with more decimals than its currency has is
 * rounded down to its minor unit; a percentage fee is rounded half-up to the minor unit and then held
 * to the cap. This instance is immutable.
 *
 * <pre>{@code
 * DunningFee.fixed(Money.of("EUR", "5.00"), Money.of("JPY", "700")).on(Money.of("JPY", "80000")); // JPY 700
 * DunningFee.percentage(new BigDecimal("2"), Money.of("EUR", "25.00")).on(Money.of("EUR", "800.00"));  // EUR 16.00
 * DunningFee.percentage(new BigDecimal("2"), Money.of("EUR", "25.00")).on(Money.of("EUR", "3000.00")); // EUR 25.00
 * DunningFee.parse("2% max EUR 25.00");            // the same fee, as policy files write it
 * DunningFee.parse("EUR 5.00 / JPY 700");          // a fixed fee in two currencies
 * }</pre>
 */
public final class DunningFee {

  /** No fee. */
  public static final DunningFee NONE = new DunningFee(Map.of(), null, Map.of());

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String SEPARATOR = " / ";
  private static final Pattern MAX = Pattern.compile("\\bmax\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT = Pattern.compile("[A-Za-z]{3} [+-]?[0-9]+(\\.[0-9]+)?");

  /** The fixed amounts by currency code; empty unless this is a fixed fee. */
  private final Map<String, Money> fixed;
  private final BigDecimal percent;
  /** The caps by currency code; empty for no fee, a fixed fee or an uncapped percentage. */
  private final Map<String, Money> caps;

  private DunningFee(Map<String, Money> fixed, BigDecimal percent, Map<String, Money> caps) {
    this.fixed = fixed;
    this.percent = percent;
    this.caps = caps;
  }

  /**
   * A fixed fee per item, in each currency given.
   *
   * @param amounts the fee, one amount per currency, each zero or positive; rounded down to the minor unit
   * @return the fee
   * @throws IllegalArgumentException if no amount is given, one is negative, or a currency comes twice
   */
  public static DunningFee fixed(MonetaryAmount... amounts) {
    return new DunningFee(perCurrency(amounts, "fixed fee"), null, Map.of());
  }

  /**
   * A percentage of the amount dunned, without a cap, in any currency.
   *
   * @param percent the percentage, e.g. {@code 2} for 2 %; zero or positive
   * @return the fee
   * @throws IllegalArgumentException if the percentage is negative
   */
  public static DunningFee percentage(BigDecimal percent) {
    return new DunningFee(Map.of(), nonNegative(percent, "fee percentage"), Map.of());
  }

  /**
   * A percentage of the amount dunned, at most a cap; charged only in the currencies of the caps.
   *
   * @param percent the percentage, e.g. {@code 2} for 2 %; zero or positive
   * @param caps the most the fee may be on one item, one amount per currency, each zero or positive;
   *     rounded down to the minor unit
   * @return the fee
   * @throws IllegalArgumentException if the percentage or a cap is negative, no cap is given, or a
   *     currency comes twice
   */
  public static DunningFee percentage(BigDecimal percent, MonetaryAmount... caps) {
    return new DunningFee(Map.of(), nonNegative(percent, "fee percentage"), perCurrency(caps, "fee cap"));
  }

  /**
   * Reads a fee as {@link #toString()} writes it: {@code none}; a fixed amount per currency
   * ({@code EUR 5.00}, several as {@code EUR 5.00 / JPY 700}); a percentage ({@code 2%}); or a
   * percentage with a cap per currency ({@code 2% max EUR 25.00 / JPY 3000}). Case and the spaces
   * around the parts are free.
   *
   * @param text the fee
   * @return the fee
   * @throws IllegalArgumentException if the text is none of these, or names an amount without its
   *     currency, naming the text
   */
  public static DunningFee parse(CharSequence text) {
    String written = Objects.requireNonNull(text, "text").toString().strip();
    try {
      if (written.equalsIgnoreCase("none") || written.isEmpty()) {
        return NONE;
      }
      Matcher max = MAX.matcher(written);
      boolean capped = max.find();
      String rate = (capped ? written.substring(0, max.start()) : written).strip();
      if (rate.endsWith("%")) {
        BigDecimal percent = decimal(rate.substring(0, rate.length() - 1).strip());
        return capped ? percentage(percent, amounts(written.substring(max.end()))) : percentage(percent);
      }
      if (!capped) {
        return fixed(amounts(written));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("fee \"" + written + "\": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("fee \"" + written + "\" is not none, an amount (EUR 5.00), a percentage (2%) "
        + "or a percentage with a cap (2% max EUR 25.00)");
  }

  private static Money[] amounts(String list) {
    String[] parts = list.split("/");
    Money[] amounts = new Money[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip().replaceAll("\\s+", " ");
      if (part.matches("[+-]?[0-9.]+")) {
        throw new IllegalArgumentException("the amount " + part + " names no currency: write it as EUR " + part
            + " (several as EUR 5.00 / JPY 700)");
      }
      if (!AMOUNT.matcher(part).matches()) {
        throw new IllegalArgumentException("\"" + part + "\" is not an amount such as EUR 5.00");
      }
      amounts[i] = Money.parse(part.toUpperCase(Locale.ROOT));
    }
    return amounts;
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

  private static Map<String, Money> perCurrency(MonetaryAmount[] amounts, String what) {
    Objects.requireNonNull(amounts, what);
    if (amounts.length == 0) {
      throw new IllegalArgumentException(what + ": give at least one amount");
    }
    Map<String, Money> byCode = new TreeMap<>();
    for (MonetaryAmount amount : amounts) {
      Money money = Money.of(Objects.requireNonNull(amount, what), RoundingMode.DOWN);
      if (money.isNegative()) {
        throw new IllegalArgumentException(what + " " + money + " is negative");
      }
      if (byCode.put(money.currency().getCurrencyCode(), money) != null) {
        throw new IllegalArgumentException(what + " names " + money.currency().getCurrencyCode() + " twice");
      }
    }
    return Collections.unmodifiableMap(byCode);
  }

  /**
   * Whether the fee can be charged on an item in a currency: always for no fee and an uncapped
   * percentage, else when the fee names an amount in it.
   *
   * @param currency the item's currency
   * @return true when {@link #on} gives a fee for amounts in it
   */
  public boolean covers(CurrencyUnit currency) {
    String code = currency.getCurrencyCode();
    if (!fixed.isEmpty()) {
      return fixed.containsKey(code);
    }
    return caps.isEmpty() || caps.containsKey(code);
  }

  /**
   * The fee on one item.
   *
   * @param dunnedAmount the amount dunned on the item; the fee is in its currency
   * @return the fee, zero or positive, never above the cap
   * @throws IllegalArgumentException if the fee does not {@linkplain #covers cover} the currency, naming both
   */
  public Money on(Money dunnedAmount) {
    Objects.requireNonNull(dunnedAmount, "dunnedAmount");
    CurrencyUnit currency = dunnedAmount.currency();
    if (!covers(currency)) {
      throw new IllegalArgumentException("fee " + this + " names no amount in " + currency.getCurrencyCode());
    }
    if (!fixed.isEmpty()) {
      return fixed.get(currency.getCurrencyCode());
    }
    if (percent == null) {
      return Money.zero(currency);
    }
    Money fee = dunnedAmount.abs().multipliedBy(percent.divide(HUNDRED), RoundingMode.HALF_UP);
    Money cap = caps.get(currency.getCurrencyCode());
    return cap == null ? fee : fee.min(cap);
  }

  /** {@return the fixed amounts by currency, for a fixed fee; empty otherwise} */
  public Map<CurrencyUnit, Money> fixedAmounts() {
    return byCurrency(fixed);
  }

  /** {@return the percentage, for a percentage fee} */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /** {@return the caps by currency, for a capped percentage; empty otherwise} */
  public Map<CurrencyUnit, Money> caps() {
    return byCurrency(caps);
  }

  private static Map<CurrencyUnit, Money> byCurrency(Map<String, Money> byCode) {
    return byCode.values().stream().collect(Collectors.toUnmodifiableMap(Money::currency, m -> m));
  }

  /**
   * The most this fee can be on one item in a currency: the fixed amount, the cap, zero for no fee.
   *
   * @param currency the item's currency
   * @return the maximum; empty for an uncapped percentage and for a currency the fee does not cover
   */
  public Optional<Money> maximum(CurrencyUnit currency) {
    String code = currency.getCurrencyCode();
    if (!fixed.isEmpty()) {
      return Optional.ofNullable(fixed.get(code));
    }
    if (percent == null) {
      return Optional.of(Money.zero(currency));
    }
    return Optional.ofNullable(caps.get(code));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DunningFee && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * {@return the fee as {@link #parse} reads it: {@code none}, {@code EUR 5.00 / JPY 700}, {@code 2%}
   * or {@code 2% max EUR 25.00}; currencies in the order of their codes}
   */
  @Override
  public String toString() {
    if (!fixed.isEmpty()) {
      return list(fixed);
    }
    if (percent == null) {
      return "none";
    }
    return percent.toPlainString() + "%" + (caps.isEmpty() ? "" : " max " + list(caps));
  }

  private static String list(Map<String, Money> byCode) {
    return byCode.values().stream().map(Money::toString).collect(Collectors.joining(SEPARATOR));
  }
}
