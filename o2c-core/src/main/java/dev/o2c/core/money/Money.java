package dev.o2c.core.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryOperator;
import javax.money.MonetaryQuery;
import javax.money.NumberValue;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * An exact amount of money in one currency, held as a {@code long} count of minor units at the
 * currency's own scale (its default fraction digits: JPY 0, EUR 2, KWD 3).
 *
 * <p>Money is exact by default: every factory and operation whose result is not representable at
 * the currency's scale throws {@link ArithmeticException}, unless the caller passes an explicit
 * {@link RoundingMode}. Overflow of the {@code long} minor units also throws
 * {@link ArithmeticException}. Two amounts in different currencies never meet: such operations
 * throw {@link CurrencyMismatchException}. Addition, subtraction and comparison of two
 * {@code Money} values are pure {@code long} arithmetic.
 *
 * <pre>{@code
 * CurrencyUnit eur = Monetary.getCurrency("EUR");
 * Money price = Money.of(eur, new BigDecimal("12.30"));       // EUR 12.30
 * Money total = price.multipliedBy(3).plus(Money.parse("EUR 0.10")); // EUR 37.00
 * List<Money> parts = total.allocate(1, 1, 1);               // EUR 12.34, EUR 12.33, EUR 12.33
 * Money.of(eur, new BigDecimal("1.005"));                    // throws ArithmeticException
 * Money.of(eur, new BigDecimal("1.005"), RoundingMode.HALF_EVEN); // EUR 1.00
 * }</pre>
 *
 * <p>Supported currencies are those whose {@link CurrencyUnit#getDefaultFractionDigits() default
 * fraction digits} are between 0 and 18. Currencies without a minor unit (the JDK reports -1 for
 * XAU, XDR, XXX and similar) are rejected with {@link IllegalArgumentException} rather than guessed
 * at, because an amount of gold or of a test currency has no natural cent.
 *
 * <p>Two currencies are the same when their currency codes are equal, so amounts built from
 * different {@link CurrencyUnit} implementations of the same code mix freely.
 *
 * <p>This class implements {@link MonetaryAmount} for interoperation with JSR 354. Its
 * {@link #equals(Object)} is true only for another {@code Money} of the same currency and minor
 * units; equality with other {@code MonetaryAmount} types is therefore not symmetric, so compare
 * across types with {@link #isEqualTo(MonetaryAmount)}.
 *
 * <p>This instance is immutable and safe for use by multiple threads.
 */
public final class Money implements MonetaryAmount, Comparable<MonetaryAmount>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Largest supported scale: 10^18 is the largest power of ten a {@code long} holds. */
  private static final int MAX_SCALE = 18;

  /** Decimal digits of {@link Long#MAX_VALUE}, the precision of every {@code Money}. */
  private static final int PRECISION = 19;

  private static final long[] POWERS_OF_TEN = new long[MAX_SCALE + 1];

  private static final MonetaryContext[] CONTEXTS = new MonetaryContext[MAX_SCALE + 1];

  static final MonetaryContext DEFAULT_CONTEXT;

  static final MonetaryContext MAXIMAL_CONTEXT;

  static {
    for (int i = 0; i <= MAX_SCALE; i++) {
      POWERS_OF_TEN[i] = i == 0 ? 1 : POWERS_OF_TEN[i - 1] * 10;
      CONTEXTS[i] = MonetaryContextBuilder.of(Money.class)
          .setPrecision(PRECISION)
          .setMaxScale(i)
          .setFixedScale(true)
          .build();
    }
    DEFAULT_CONTEXT = MonetaryContextBuilder.of(Money.class)
        .setPrecision(PRECISION)
        .setFixedScale(true)
        .build();
    MAXIMAL_CONTEXT = MonetaryContextBuilder.of(Money.class)
        .setPrecision(PRECISION)
        .setMaxScale(MAX_SCALE)
        .setFixedScale(true)
        .build();
  }

  /** The currency; never serialized directly (see {@link #writeReplace()}). */
  private final CurrencyUnit currency;
  /** The amount in minor units of {@link #currency}. */
  private final long minor;
  /** The currency's default fraction digits, cached for the hot path. */
  private final int scale;

  private Money(CurrencyUnit currency, long minor, int scale) {
    this.currency = currency;
    this.minor = minor;
    this.scale = scale;
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns the amount with the given count of minor units, e.g. {@code ofMinor(EUR, 1230)} is
   * EUR 12.30 and {@code ofMinor(JPY, 1230)} is JPY 1230.
   *
   * @param currency the currency
   * @param minorUnits the amount in minor units of {@code currency} (cents for EUR)
   * @return the amount
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money ofMinor(CurrencyUnit currency, long minorUnits) {
    return new Money(Objects.requireNonNull(currency, "currency"), minorUnits, scaleOf(currency));
  }

  /**
   * Returns the amount with the given count of major units, e.g. {@code ofMajor(EUR, 12)} is
   * EUR 12.00.
   *
   * @param currency the currency
   * @param majorUnits the amount in whole units of {@code currency}
   * @return the amount
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   * @throws ArithmeticException if the amount in minor units does not fit a {@code long}
   */
  public static Money ofMajor(CurrencyUnit currency, long majorUnits) {
    int s = scaleOf(Objects.requireNonNull(currency, "currency"));
    return new Money(currency, Math.multiplyExact(majorUnits, POWERS_OF_TEN[s]), s);
  }

  /**
   * Returns the zero amount of a currency.
   *
   * @param currency the currency
   * @return zero in {@code currency}
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money zero(CurrencyUnit currency) {
    return ofMinor(currency, 0);
  }

  /**
   * Returns the exact amount, e.g. {@code of(EUR, new BigDecimal("12.3"))} is EUR 12.30. Trailing
   * zeros beyond the currency's scale are fine ({@code 12.300} is EUR 12.30); non-zero digits
   * there are not.
   *
   * @param currency the currency
   * @param amount the decimal amount in major units
   * @return the amount
   * @throws ArithmeticException if {@code amount} has non-zero digits beyond the currency's scale
   *     or does not fit a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money of(CurrencyUnit currency, BigDecimal amount) {
    return of(currency, amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns the amount rounded to the currency's scale, e.g.
   * {@code of(EUR, new BigDecimal("1.005"), HALF_UP)} is EUR 1.01.
   *
   * @param currency the currency
   * @param amount the decimal amount in major units
   * @param rounding how to round digits beyond the currency's scale
   * @return the amount
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed,
   *     or the result does not fit a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money of(CurrencyUnit currency, BigDecimal amount, RoundingMode rounding) {
    int s = scaleOf(Objects.requireNonNull(currency, "currency"));
    return new Money(currency, toMinor(Objects.requireNonNull(amount, "amount"), s,
        Objects.requireNonNull(rounding, "rounding")), s);
  }

  /**
   * Returns the exact amount from a currency code and a decimal string, e.g.
   * {@code of("EUR", "12.30")}.
   *
   * @param currencyCode the currency code, e.g. {@code "EUR"}, resolved by
   *     {@link Monetary#getCurrency(String, String...)}
   * @param amount the decimal amount in major units, in {@link BigDecimal#BigDecimal(String)} syntax
   * @return the amount
   * @throws UnknownCurrencyException if the currency code is unknown
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws ArithmeticException if {@code amount} is not representable exactly at the currency's
   *     scale in a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money of(String currencyCode, String amount) {
    return of(Currencies.of(Objects.requireNonNull(currencyCode, "currencyCode")),
        new BigDecimal(Objects.requireNonNull(amount, "amount")));
  }

  /**
   * Converts any JSR 354 amount exactly, e.g. a Moneta {@code Money} of EUR 12.3 becomes
   * EUR 12.30. A {@code Money} is returned as is.
   *
   * @param amount the amount to convert
   * @return the same amount as {@code Money}
   * @throws ArithmeticException if the amount has non-zero digits beyond its currency's scale or
   *     does not fit a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money of(MonetaryAmount amount) {
    return of(amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Converts any JSR 354 amount, rounding to the currency's scale, e.g. a Moneta amount of
   * EUR 1.005 with {@code HALF_EVEN} becomes EUR 1.00.
   *
   * @param amount the amount to convert
   * @param rounding how to round digits beyond the currency's scale
   * @return the amount as {@code Money}
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed,
   *     or the result does not fit a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money of(MonetaryAmount amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    if (amount instanceof Money) {
      return (Money) amount;
    }
    return of(amount.getCurrency(), amount.getNumber().numberValueExact(BigDecimal.class),
        rounding);
  }

  /**
   * Converts any JSR 354 amount exactly; the same as {@link #of(MonetaryAmount)}, named in the
   * {@code java.time} style.
   *
   * @param amount the amount to convert
   * @return the same amount as {@code Money}
   * @throws ArithmeticException if the amount is not representable exactly at its currency's scale
   *     in a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money from(MonetaryAmount amount) {
    return of(amount);
  }

  /**
   * Parses the form written by {@link #toString()}: a currency code, one space and a plain decimal
   * amount, e.g. {@code "EUR 12.30"}, {@code "JPY 1200"}, {@code "KWD 1.250"}, {@code "EUR -0.05"}.
   * A leading {@code +} or {@code -}, fewer fraction digits ({@code "EUR 12.3"}) and trailing zeros
   * beyond the scale ({@code "EUR 12.300"}) are accepted; exponents, grouping and other spaces are
   * not.
   *
   * @param text the text to parse
   * @return the amount; {@code parse(m.toString()).equals(m)} for every {@code Money m}
   * @throws IllegalArgumentException if the text is malformed, the currency code is unknown, or
   *     the currency's default fraction digits are not 0..18
   * @throws ArithmeticException if the amount has non-zero digits beyond the currency's scale or
   *     does not fit a {@code long} of minor units
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int len = text.length();
    int space = -1;
    for (int i = 0; i < len; i++) {
      if (text.charAt(i) == ' ') {
        space = i;
        break;
      }
    }
    if (space <= 0 || space == len - 1) {
      throw malformed(text);
    }
    CurrencyUnit currency;
    try {
      currency = Currencies.of(text.subSequence(0, space).toString());
    } catch (UnknownCurrencyException e) {
      throw new IllegalArgumentException("Unknown currency in money text: '" + text + "'", e);
    }
    int s = scaleOf(currency);
    int i = space + 1;
    boolean negative = false;
    char first = text.charAt(i);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    // Accumulate negatively so that Long.MIN_VALUE minor units parse.
    long acc = 0;
    int intDigits = 0;
    while (i < len && isDigit(text.charAt(i))) {
      acc = Math.subtractExact(Math.multiplyExact(acc, 10), text.charAt(i) - '0');
      intDigits++;
      i++;
    }
    if (intDigits == 0) {
      throw malformed(text);
    }
    int fracDigits = 0;
    if (i < len && text.charAt(i) == '.') {
      i++;
      while (i < len && isDigit(text.charAt(i))) {
        int digit = text.charAt(i) - '0';
        if (fracDigits < s) {
          acc = Math.subtractExact(Math.multiplyExact(acc, 10), digit);
        } else if (digit != 0) {
          throw new ArithmeticException("Amount has more than " + s + " fraction digits for "
              + currency.getCurrencyCode() + ": '" + text + "'");
        }
        fracDigits++;
        i++;
      }
      if (fracDigits == 0) {
        throw malformed(text);
      }
    }
    if (i != len) {
      throw malformed(text);
    }
    for (int f = Math.min(fracDigits, s); f < s; f++) {
      acc = Math.multiplyExact(acc, 10);
    }
    return new Money(currency, negative ? acc : Math.negateExact(acc), s);
  }

  /**
   * Returns the sum of one or more amounts of the same currency.
   *
   * @param amounts the amounts to add, at least one
   * @return their exact sum
   * @throws IllegalArgumentException if {@code amounts} is empty
   * @throws CurrencyMismatchException if the amounts are not all in one currency
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   */
  public static Money total(Money... amounts) {
    Objects.requireNonNull(amounts, "amounts");
    if (amounts.length == 0) {
      throw new IllegalArgumentException("Cannot total no amounts: the currency is unknown");
    }
    return total(Objects.requireNonNull(amounts[0], "amounts[0]").currency, Arrays.asList(amounts));
  }

  /**
   * Returns the sum of one or more amounts of the same currency.
   *
   * @param amounts the amounts to add, at least one
   * @return their exact sum
   * @throws IllegalArgumentException if {@code amounts} is empty
   * @throws CurrencyMismatchException if the amounts are not all in one currency
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   */
  public static Money total(Iterable<Money> amounts) {
    Iterator<Money> it = Objects.requireNonNull(amounts, "amounts").iterator();
    if (!it.hasNext()) {
      throw new IllegalArgumentException("Cannot total no amounts: the currency is unknown");
    }
    Money first = Objects.requireNonNull(it.next(), "amount");
    long sum = first.minor;
    while (it.hasNext()) {
      sum = Math.addExact(sum, first.checked(it.next()).minor);
    }
    return first.withMinor(sum);
  }

  /**
   * Returns the sum of zero or more amounts in the given currency; zero when there are none.
   *
   * @param currency the currency of the sum and of every amount
   * @param amounts the amounts to add, possibly none
   * @return their exact sum
   * @throws CurrencyMismatchException if an amount is not in {@code currency}
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money total(CurrencyUnit currency, Money... amounts) {
    return total(currency, Arrays.asList(Objects.requireNonNull(amounts, "amounts")));
  }

  /**
   * Returns the sum of zero or more amounts in the given currency; zero when there are none.
   *
   * @param currency the currency of the sum and of every amount
   * @param amounts the amounts to add, possibly none
   * @return their exact sum
   * @throws CurrencyMismatchException if an amount is not in {@code currency}
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   * @throws IllegalArgumentException if the currency's default fraction digits are not 0..18
   */
  public static Money total(CurrencyUnit currency, Iterable<Money> amounts) {
    Money zero = zero(currency);
    long sum = 0;
    for (Money m : Objects.requireNonNull(amounts, "amounts")) {
      sum = Math.addExact(sum, zero.checked(m).minor);
    }
    return zero.withMinor(sum);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the currency.
   *
   * @return the currency of this amount
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns the currency; the JSR 354 name of {@link #currency()}.
   *
   * @return the currency of this amount
   */
  @Override
  public CurrencyUnit getCurrency() {
    return currency;
  }

  /**
   * Returns the amount in minor units, e.g. 1230 for EUR 12.30 and 1250 for KWD 1.250.
   *
   * @return the amount as a count of the currency's minor units
   */
  public long minorUnits() {
    return minor;
  }

  /**
   * Returns the scale: the currency's default fraction digits (JPY 0, EUR 2, KWD 3).
   *
   * @return the number of decimal places of this amount
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the amount as a decimal in major units, at the currency's scale, e.g. {@code 12.30}.
   *
   * @return the decimal amount, with {@code scale() == amount().scale()}
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, scale);
  }

  /**
   * Returns the decimal amount as a JSR 354 number (Moneta's {@link DefaultNumberValue} of
   * {@link #amount()}). Its conversions report the value without trailing zeros; use
   * {@link #amount()} for the decimal at the currency's scale.
   *
   * @return the amount's number
   */
  @Override
  public NumberValue getNumber() {
    return new DefaultNumberValue(amount());
  }

  /**
   * Describes this type to JSR 354: amount type {@code Money}, precision 19 digits, fixed scale
   * equal to the currency's scale.
   *
   * @return the monetary context of this amount
   */
  @Override
  public MonetaryContext getContext() {
    return CONTEXTS[scale];
  }

  /**
   * Returns a new factory creating exact {@code Money} instances, initialised with this amount.
   * Its {@code create()} throws {@link ArithmeticException} when the number is not representable
   * at the currency's scale; the factory's context does not change that.
   *
   * @return a new factory; factories are mutable and not thread-safe
   */
  @Override
  public MonetaryAmountFactory<Money> getFactory() {
    MonetaryAmountFactory<Money> f = new MoneyAmountFactory();
    f.setCurrency(currency);
    f.setNumber(amount());
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // Sign tests

  /**
   * Tells whether the amount is zero.
   *
   * @return true if the amount is zero
   */
  @Override
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return true if the amount is positive
   */
  @Override
  public boolean isPositive() {
    return minor > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return true if the amount is negative
   */
  @Override
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * Tells whether the amount is zero or greater.
   *
   * @return true if the amount is not negative
   */
  @Override
  public boolean isPositiveOrZero() {
    return minor >= 0;
  }

  /**
   * Tells whether the amount is zero or less.
   *
   * @return true if the amount is not positive
   */
  @Override
  public boolean isNegativeOrZero() {
    return minor <= 0;
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1 as the amount is negative, zero or positive
   */
  @Override
  public int signum() {
    return Long.signum(minor);
  }

  // ---------------------------------------------------------------------------------------------
  // Copies

  /**
   * Returns an amount in this currency with the given exact decimal amount.
   *
   * @param amount the new decimal amount in major units
   * @return the amount in this currency
   * @throws ArithmeticException if {@code amount} is not representable exactly at the currency's
   *     scale in a {@code long} of minor units
   */
  public Money withAmount(BigDecimal amount) {
    return withAmount(amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns an amount in this currency with the given decimal amount rounded to the currency's
   * scale.
   *
   * @param amount the new decimal amount in major units
   * @param rounding how to round digits beyond the currency's scale
   * @return the amount in this currency
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed,
   *     or the result does not fit a {@code long} of minor units
   */
  public Money withAmount(BigDecimal amount, RoundingMode rounding) {
    return withMinor(toMinor(Objects.requireNonNull(amount, "amount"), scale,
        Objects.requireNonNull(rounding, "rounding")));
  }

  /**
   * Returns an amount in this currency with the given count of minor units.
   *
   * @param minorUnits the new amount in minor units
   * @return the amount in this currency
   */
  public Money withMinorUnits(long minorUnits) {
    return withMinor(minorUnits);
  }

  // ---------------------------------------------------------------------------------------------
  // Arithmetic, Joda-Money vocabulary

  /**
   * Adds an amount of the same currency. This instance is immutable and unaffected.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   */
  public Money plus(Money other) {
    return withMinor(Math.addExact(minor, checked(other).minor));
  }

  /**
   * Adds any JSR 354 amount of the same currency, converted exactly first.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if {@code other} is not representable at the currency's scale, or
   *     the sum overflows a {@code long} of minor units
   */
  public Money plus(MonetaryAmount other) {
    return plus(sameCurrencyMoney(other));
  }

  /**
   * Subtracts an amount of the same currency. This instance is immutable and unaffected.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the difference overflows a {@code long} of minor units
   */
  public Money minus(Money other) {
    return withMinor(Math.subtractExact(minor, checked(other).minor));
  }

  /**
   * Subtracts any JSR 354 amount of the same currency, converted exactly first.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if {@code other} is not representable at the currency's scale, or
   *     the difference overflows a {@code long} of minor units
   */
  public Money minus(MonetaryAmount other) {
    return minus(sameCurrencyMoney(other));
  }

  /**
   * Multiplies by a whole number, e.g. EUR 12.30 times 3 is EUR 36.90.
   *
   * @param multiplicand the factor
   * @return the exact product
   * @throws ArithmeticException if the product overflows a {@code long} of minor units
   */
  public Money multipliedBy(long multiplicand) {
    return withMinor(Math.multiplyExact(minor, multiplicand));
  }

  /**
   * Multiplies by a decimal factor and rounds to the currency's scale, e.g. EUR 10.00 times
   * 0.19 is EUR 1.90 and EUR 0.05 times 0.5 with {@code HALF_EVEN} is EUR 0.02.
   *
   * @param multiplicand the factor
   * @param rounding how to round the product to the currency's scale
   * @return the rounded product
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed,
   *     or the result overflows a {@code long} of minor units
   */
  public Money multipliedBy(BigDecimal multiplicand, RoundingMode rounding) {
    Objects.requireNonNull(multiplicand, "multiplicand");
    Objects.requireNonNull(rounding, "rounding");
    // minor × factor is the product in minor units; rounding it to scale 0 rounds the amount.
    return withMinor(toMinor(BigDecimal.valueOf(minor).multiply(multiplicand), 0, rounding));
  }

  /**
   * Divides by a whole number and rounds to the currency's scale, e.g. EUR 10.00 divided by 3
   * with {@code HALF_UP} is EUR 3.33. To split an amount without losing a cent use
   * {@link #allocate(long...)} or {@link #allocateEvenly(int)}.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient to the currency's scale
   * @return the rounded quotient
   * @throws ArithmeticException if {@code divisor} is zero, {@code rounding} is
   *     {@code UNNECESSARY} and rounding is needed, or the quotient overflows
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return withMinor(divideRounded(minor, divisor, rounding));
  }

  /**
   * Divides by a decimal divisor and rounds to the currency's scale.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient to the currency's scale
   * @return the rounded quotient
   * @throws ArithmeticException if {@code divisor} is zero, {@code rounding} is
   *     {@code UNNECESSARY} and rounding is needed, or the quotient overflows
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Division by zero");
    }
    // Dividing minor units gives the quotient in minor units; round that at scale 0.
    return withMinor(BigDecimal.valueOf(minor).divide(divisor, 0, rounding).longValueExact());
  }

  /**
   * Returns the amount with the opposite sign. This instance is immutable and unaffected.
   *
   * @return the negated amount
   * @throws ArithmeticException if the amount is the smallest {@code long} of minor units
   */
  public Money negated() {
    return withMinor(Math.negateExact(minor));
  }

  /**
   * Returns the absolute amount.
   *
   * @return this if not negative, else the negated amount
   * @throws ArithmeticException if the amount is the smallest {@code long} of minor units
   */
  @Override
  public Money abs() {
    return minor < 0 ? negated() : this;
  }

  /**
   * Returns the smaller of this and another amount of the same currency.
   *
   * @param other the other amount
   * @return the smaller amount; this if they are equal
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money min(Money other) {
    return checked(other).minor < minor ? other : this;
  }

  /**
   * Returns the larger of this and another amount of the same currency.
   *
   * @param other the other amount
   * @return the larger amount; this if they are equal
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money max(Money other) {
    return checked(other).minor > minor ? other : this;
  }

  // ---------------------------------------------------------------------------------------------
  // Allocation

  /**
   * Splits the amount into parts proportional to the ratios without losing a minor unit, e.g.
   * EUR 100.00 by {@code 1, 1, 1} is EUR 33.34, EUR 33.33, EUR 33.33 and EUR 0.05 by
   * {@code 3, 7} is EUR 0.02, EUR 0.03.
   *
   * <p>Largest-remainder method: each part first gets its exact share rounded toward zero; the
   * minor units left over then go, one each, to the parts with the largest discarded remainders,
   * ties going to the earliest index. So the parts sum exactly to this amount, each part is within
   * one minor unit of its exact share, a zero ratio always gets zero, and allocating the negated
   * amount gives the negated parts.
   *
   * @param ratios the non-negative ratios, at least one and at least one positive
   * @return the parts, one per ratio in order; an unmodifiable list
   * @throws IllegalArgumentException if {@code ratios} is empty, has a negative ratio, or is all
   *     zero
   * @throws ArithmeticException if the sum of the ratios overflows a {@code long}
   */
  public List<Money> allocate(long... ratios) {
    Objects.requireNonNull(ratios, "ratios");
    if (ratios.length == 0) {
      throw new IllegalArgumentException("No ratios to allocate by");
    }
    long total = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw new IllegalArgumentException(
            "Ratio " + i + " is negative: " + Arrays.toString(ratios));
      }
      total = Math.addExact(total, ratios[i]);
    }
    if (total == 0) {
      throw new IllegalArgumentException("All ratios are zero: " + Arrays.toString(ratios));
    }
    long[] parts = minor == Long.MIN_VALUE ? null : allocateLong(Math.abs(minor), ratios, total);
    if (parts == null) {
      BigInteger[] big = new BigInteger[ratios.length];
      for (int i = 0; i < ratios.length; i++) {
        big[i] = BigInteger.valueOf(ratios[i]);
      }
      parts = allocateBig(big, BigInteger.valueOf(total));
    } else if (minor < 0) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return toMoneyList(parts);
  }

  /**
   * Splits the amount into parts proportional to decimal ratios without losing a minor unit, with
   * the same largest-remainder method as {@link #allocate(long...)}, e.g. EUR 10.00 by
   * {@code 0.5, 0.25, 0.25} is EUR 5.00, EUR 2.50, EUR 2.50.
   *
   * @param ratios the non-negative ratios, at least one and at least one positive
   * @return the parts, one per ratio in order; an unmodifiable list
   * @throws IllegalArgumentException if {@code ratios} is empty, has a negative ratio, or is all
   *     zero
   */
  public List<Money> allocate(BigDecimal... ratios) {
    Objects.requireNonNull(ratios, "ratios");
    if (ratios.length == 0) {
      throw new IllegalArgumentException("No ratios to allocate by");
    }
    int maxScale = 0;
    for (int i = 0; i < ratios.length; i++) {
      BigDecimal r = Objects.requireNonNull(ratios[i], "ratios[" + i + "]");
      if (r.signum() < 0) {
        throw new IllegalArgumentException(
            "Ratio " + i + " is negative: " + Arrays.toString(ratios));
      }
      maxScale = Math.max(maxScale, r.scale());
    }
    // Bring every ratio to one scale so that their unscaled values are proportional integers.
    BigInteger[] big = new BigInteger[ratios.length];
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < ratios.length; i++) {
      big[i] = ratios[i].setScale(maxScale, RoundingMode.UNNECESSARY).unscaledValue();
      total = total.add(big[i]);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("All ratios are zero: " + Arrays.toString(ratios));
    }
    return toMoneyList(allocateBig(big, total));
  }

  /**
   * Splits the amount into equal parts without losing a minor unit; the leftover minor units go
   * one each to the first parts, e.g. EUR 1.00 in 3 parts is EUR 0.34, EUR 0.33, EUR 0.33.
   *
   * @param parts the number of parts, at least 1
   * @return the parts; an unmodifiable list
   * @throws IllegalArgumentException if {@code parts} is less than 1
   */
  public List<Money> allocateEvenly(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("Parts must be at least 1: " + parts);
    }
    long[] ratios = new long[parts];
    Arrays.fill(ratios, 1);
    return allocate(ratios);
  }

  // ---------------------------------------------------------------------------------------------
  // Comparison

  /**
   * Compares with an amount of the same currency by value, e.g. EUR 1.00 is less than a Moneta
   * EUR 1.005.
   *
   * @param other the other amount
   * @return negative, zero or positive as this is less than, equal to or greater than
   *     {@code other}
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(MonetaryAmount other) {
    Objects.requireNonNull(other, "other");
    if (other instanceof Money) {
      return Long.compare(minor, checked((Money) other).minor);
    }
    checkCurrency(other.getCurrency());
    return amount().compareTo(other.getNumber().numberValueExact(BigDecimal.class));
  }

  /**
   * Tells whether this is greater than an amount of the same currency.
   *
   * @param other the other amount
   * @return true if this is greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public boolean isGreaterThan(MonetaryAmount other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this is greater than or equal to an amount of the same currency.
   *
   * @param other the other amount
   * @return true if this is greater or equal
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public boolean isGreaterThanOrEqualTo(MonetaryAmount other) {
    return compareTo(other) >= 0;
  }

  /**
   * Tells whether this is less than an amount of the same currency.
   *
   * @param other the other amount
   * @return true if this is less
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public boolean isLessThan(MonetaryAmount other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether this is less than or equal to an amount of the same currency.
   *
   * @param other the other amount
   * @return true if this is less or equal
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public boolean isLessThanOrEqualTo(MonetaryAmount other) {
    return compareTo(other) <= 0;
  }

  /**
   * Tells whether this equals an amount of the same currency by value, whatever its type or
   * scale, e.g. EUR 1.00 is equal to a Moneta EUR 1.
   *
   * @param other the other amount
   * @return true if the values are equal
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public boolean isEqualTo(MonetaryAmount other) {
    return compareTo(other) == 0;
  }

  // ---------------------------------------------------------------------------------------------
  // javax.money.MonetaryAmount arithmetic: exact or ArithmeticException

  /**
   * JSR 354 addition; the same as {@link #plus(MonetaryAmount)}.
   *
   * @param amount the amount to add
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if {@code amount} is not representable at the currency's scale,
   *     or the sum overflows
   */
  @Override
  public Money add(MonetaryAmount amount) {
    return plus(amount);
  }

  /**
   * JSR 354 subtraction; the same as {@link #minus(MonetaryAmount)}.
   *
   * @param amount the amount to subtract
   * @return the exact difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if {@code amount} is not representable at the currency's scale,
   *     or the difference overflows
   */
  @Override
  public Money subtract(MonetaryAmount amount) {
    return minus(amount);
  }

  /**
   * JSR 354 multiplication; the same as {@link #multipliedBy(long)}.
   *
   * @param multiplicand the factor
   * @return the exact product
   * @throws ArithmeticException if the product overflows
   */
  @Override
  public Money multiply(long multiplicand) {
    return multipliedBy(multiplicand);
  }

  /**
   * JSR 354 multiplication by a {@code double}, read as its shortest decimal form
   * ({@link Double#toString(double)}, so {@code 0.1} is one tenth). Exact: use
   * {@link #multipliedBy(BigDecimal, RoundingMode)} to round.
   *
   * @param multiplicand the factor
   * @return the exact product
   * @throws ArithmeticException if the factor is NaN or infinite, the product is not representable
   *     at the currency's scale, or it overflows
   */
  @Override
  public Money multiply(double multiplicand) {
    return multiplyExactly(toBigDecimal(multiplicand));
  }

  /**
   * JSR 354 multiplication by any number, converted exactly to a decimal (floating-point values
   * by their shortest decimal form). Exact: use {@link #multipliedBy(BigDecimal, RoundingMode)}
   * to round.
   *
   * @param multiplicand the factor
   * @return the exact product
   * @throws ArithmeticException if the factor is NaN or infinite, the product is not representable
   *     at the currency's scale, or it overflows
   * @throws NumberFormatException if the number's type is unknown and its string form is not a
   *     decimal
   */
  @Override
  public Money multiply(Number multiplicand) {
    Objects.requireNonNull(multiplicand, "multiplicand");
    if (isIntegral(multiplicand)) {
      return multipliedBy(multiplicand.longValue());
    }
    return multiplyExactly(toBigDecimal(multiplicand));
  }

  /**
   * JSR 354 division by a whole number, exact: EUR 10.00 / 4 is EUR 2.50, EUR 10.00 / 3 throws.
   * Use {@link #dividedBy(long, RoundingMode)} to round or {@link #allocate(long...)} to split.
   *
   * @param divisor the divisor
   * @return the exact quotient
   * @throws ArithmeticException if {@code divisor} is zero or the quotient is not representable at
   *     the currency's scale
   */
  @Override
  public Money divide(long divisor) {
    return dividedBy(divisor, RoundingMode.UNNECESSARY);
  }

  /**
   * JSR 354 division by a {@code double}, read as its shortest decimal form; exact. Use
   * {@link #dividedBy(BigDecimal, RoundingMode)} to round.
   *
   * @param divisor the divisor
   * @return the exact quotient
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the quotient is not
   *     representable at the currency's scale
   */
  @Override
  public Money divide(double divisor) {
    return dividedBy(toBigDecimal(divisor), RoundingMode.UNNECESSARY);
  }

  /**
   * JSR 354 division by any number, converted exactly to a decimal; exact. Use
   * {@link #dividedBy(BigDecimal, RoundingMode)} to round.
   *
   * @param divisor the divisor
   * @return the exact quotient
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the quotient is not
   *     representable at the currency's scale
   * @throws NumberFormatException if the number's type is unknown and its string form is not a
   *     decimal
   */
  @Override
  public Money divide(Number divisor) {
    Objects.requireNonNull(divisor, "divisor");
    if (isIntegral(divisor)) {
      return divide(divisor.longValue());
    }
    return dividedBy(toBigDecimal(divisor), RoundingMode.UNNECESSARY);
  }

  /**
   * JSR 354 remainder, as {@link BigDecimal#remainder(BigDecimal)} on the decimal amount: EUR
   * 10.00 remainder 3 is EUR 1.00, EUR -10.00 remainder 3 is EUR -1.00.
   *
   * @param divisor the divisor
   * @return the remainder
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public Money remainder(long divisor) {
    return remainder(BigDecimal.valueOf(divisor));
  }

  /**
   * JSR 354 remainder by a {@code double}, read as its shortest decimal form, as
   * {@link BigDecimal#remainder(BigDecimal)} on the decimal amount.
   *
   * @param divisor the divisor
   * @return the remainder
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the remainder is
   *     not representable at the currency's scale
   */
  @Override
  public Money remainder(double divisor) {
    return remainder(toBigDecimal(divisor));
  }

  /**
   * JSR 354 remainder by any number, as {@link BigDecimal#remainder(BigDecimal)} on the decimal
   * amount, e.g. EUR 10.00 remainder 0.003 is 0.001 and throws.
   *
   * @param divisor the divisor
   * @return the remainder
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the remainder is
   *     not representable at the currency's scale
   * @throws NumberFormatException if the number's type is unknown and its string form is not a
   *     decimal
   */
  @Override
  public Money remainder(Number divisor) {
    return withMinor(toMinor(amount().remainder(toBigDecimal(divisor)), scale,
        RoundingMode.UNNECESSARY));
  }

  /**
   * JSR 354 integral quotient and remainder, as {@link BigDecimal#divideAndRemainder(BigDecimal)}
   * on the decimal amount: EUR 10.00 by 3 is EUR 3.00 and EUR 1.00.
   *
   * @param divisor the divisor
   * @return a two-element array: {@link #divideToIntegralValue(long)} and {@link #remainder(long)}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public Money[] divideAndRemainder(long divisor) {
    return divideAndRemainder(BigDecimal.valueOf(divisor));
  }

  /**
   * JSR 354 integral quotient and remainder by a {@code double}, read as its shortest decimal form.
   *
   * @param divisor the divisor
   * @return a two-element array: the integral quotient and the remainder
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or a result is not
   *     representable at the currency's scale
   */
  @Override
  public Money[] divideAndRemainder(double divisor) {
    return divideAndRemainder(toBigDecimal(divisor));
  }

  /**
   * JSR 354 integral quotient and remainder by any number, as
   * {@link BigDecimal#divideAndRemainder(BigDecimal)} on the decimal amount.
   *
   * @param divisor the divisor
   * @return a two-element array: the integral quotient and the remainder
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or a result is not
   *     representable at the currency's scale in a {@code long} of minor units
   * @throws NumberFormatException if the number's type is unknown and its string form is not a
   *     decimal
   */
  @Override
  public Money[] divideAndRemainder(Number divisor) {
    BigDecimal[] qr = amount().divideAndRemainder(toBigDecimal(divisor));
    return new Money[] {
        withMinor(toMinor(qr[0], scale, RoundingMode.UNNECESSARY)),
        withMinor(toMinor(qr[1], scale, RoundingMode.UNNECESSARY))
    };
  }

  /**
   * JSR 354 integral quotient, truncated toward zero, as
   * {@link BigDecimal#divideToIntegralValue(BigDecimal)}: EUR 10.00 by 3 is EUR 3.00.
   *
   * @param divisor the divisor
   * @return the integral quotient as an amount
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public Money divideToIntegralValue(long divisor) {
    return divideToIntegralValue(BigDecimal.valueOf(divisor));
  }

  /**
   * JSR 354 integral quotient by a {@code double}, read as its shortest decimal form.
   *
   * @param divisor the divisor
   * @return the integral quotient as an amount
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the quotient
   *     overflows a {@code long} of minor units
   */
  @Override
  public Money divideToIntegralValue(double divisor) {
    return divideToIntegralValue(toBigDecimal(divisor));
  }

  /**
   * JSR 354 integral quotient by any number, as
   * {@link BigDecimal#divideToIntegralValue(BigDecimal)} on the decimal amount.
   *
   * @param divisor the divisor
   * @return the integral quotient as an amount
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the quotient
   *     overflows a {@code long} of minor units
   * @throws NumberFormatException if the number's type is unknown and its string form is not a
   *     decimal
   */
  @Override
  public Money divideToIntegralValue(Number divisor) {
    return withMinor(toMinor(amount().divideToIntegralValue(toBigDecimal(divisor)), scale,
        RoundingMode.UNNECESSARY));
  }

  /**
   * JSR 354 multiplication by {@code 10^power}, exact: EUR 1.23 scaled by 2 is EUR 123.00, by -1
   * throws.
   *
   * @param power the power of ten, may be negative
   * @return the exact amount times {@code 10^power}
   * @throws ArithmeticException if the result is not representable at the currency's scale or
   *     overflows
   */
  @Override
  public Money scaleByPowerOfTen(int power) {
    if (minor == 0 || power == 0) {
      return this;
    }
    // Any non-zero long has at most 19 digits, so powers beyond 18 either way cannot be exact.
    if (power > 0) {
      if (power > MAX_SCALE) {
        throw new ArithmeticException("Overflow: " + this + " times 10^" + power);
      }
      return withMinor(Math.multiplyExact(minor, POWERS_OF_TEN[power]));
    }
    if (power < -MAX_SCALE || minor % POWERS_OF_TEN[-power] != 0) {
      throw new ArithmeticException("Rounding necessary: " + this + " times 10^" + power
          + " has more than " + scale + " fraction digits");
    }
    return withMinor(minor / POWERS_OF_TEN[-power]);
  }

  /**
   * JSR 354 negation; the same as {@link #negated()}.
   *
   * @return the negated amount
   * @throws ArithmeticException if the amount is the smallest {@code long} of minor units
   */
  @Override
  public Money negate() {
    return negated();
  }

  /**
   * JSR 354 unary plus.
   *
   * @return this amount
   */
  @Override
  public Money plus() {
    return this;
  }

  /**
   * JSR 354 trailing-zero stripping; the scale of {@code Money} is always its currency's, so there
   * is nothing to strip.
   *
   * @return this amount
   */
  @Override
  public Money stripTrailingZeros() {
    return this;
  }

  /**
   * Applies a JSR 354 operator and converts its result exactly to {@code Money}, e.g.
   * {@code m.with(Monetary.getDefaultRounding())}.
   *
   * @param operator the operator to apply to this amount
   * @return the operator's result as {@code Money}
   * @throws ArithmeticException if the result is not representable at its currency's scale
   */
  @Override
  public Money with(MonetaryOperator operator) {
    return of(Objects.requireNonNull(operator, "operator").apply(this));
  }

  /**
   * Applies a JSR 354 query to this amount.
   *
   * @param <R> the query's result type
   * @param query the query
   * @return the query's result
   */
  @Override
  public <R> R query(MonetaryQuery<R> query) {
    return Objects.requireNonNull(query, "query").queryFrom(this);
  }

  /**
   * Converts to a Moneta {@code org.javamoney.moneta.Money} with exactly this decimal amount (at
   * the currency's scale), whatever Moneta's configured default precision and rounding.
   *
   * @return the same amount as a Moneta amount
   */
  public MonetaryAmount toMonetaryAmount() {
    BigDecimal a = amount();
    org.javamoney.moneta.Money m = org.javamoney.moneta.Money.of(a, currency);
    if (m.getNumberStripped().compareTo(a) != 0) {
      // A host configured Moneta with too small a precision or scale: keep the value exact anyway.
      m = org.javamoney.moneta.Money.of(a, currency,
          MonetaryContextBuilder.of(org.javamoney.moneta.Money.class).setPrecision(0).build());
    }
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // Object

  /**
   * Tells whether another object is a {@code Money} with the same currency code and minor units.
   * Not true for other {@link MonetaryAmount} types; use {@link #isEqualTo(MonetaryAmount)} to
   * compare across types.
   *
   * @param obj the object to compare with
   * @return true if {@code obj} is an equal {@code Money}
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Money)) {
      return false;
    }
    Money other = (Money) obj;
    return minor == other.minor && sameCurrency(currency, other.currency);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of currency code and minor units
   */
  @Override
  public int hashCode() {
    return currency.getCurrencyCode().hashCode() * 31 + Long.hashCode(minor);
  }

  /**
   * Returns the currency code, a space and the plain decimal amount at the currency's scale, e.g.
   * {@code "EUR 12.30"}, {@code "JPY 1200"}, {@code "KWD 1.250"}, {@code "EUR -0.05"}; read back by
   * {@link #parse(CharSequence)}.
   *
   * @return the text form of this amount
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount().toPlainString();
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private Money withMinor(long newMinor) {
    return newMinor == minor ? this : new Money(currency, newMinor, scale);
  }

  private Money checked(Money other) {
    Objects.requireNonNull(other, "other");
    if (!sameCurrency(currency, other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  private void checkCurrency(CurrencyUnit other) {
    if (!sameCurrency(currency, other)) {
      throw new CurrencyMismatchException(currency, other);
    }
  }

  private Money sameCurrencyMoney(MonetaryAmount other) {
    Objects.requireNonNull(other, "other");
    if (other instanceof Money) {
      return (Money) other;
    }
    // Check the currency before converting, so a mismatch is reported as such.
    checkCurrency(other.getCurrency());
    return of(other);
  }

  private static boolean sameCurrency(CurrencyUnit a, CurrencyUnit b) {
    return a == b || a.getCurrencyCode().equals(b.getCurrencyCode());
  }

  private Money multiplyExactly(BigDecimal factor) {
    return withMinor(toMinor(amount().multiply(factor), scale, RoundingMode.UNNECESSARY));
  }

  private List<Money> toMoneyList(long[] parts) {
    List<Money> out = new ArrayList<>(parts.length);
    for (long p : parts) {
      out.add(new Money(currency, p, scale));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Largest remainder on a non-negative amount in long arithmetic; null when a product overflows,
   * so the caller takes the BigInteger path.
   */
  private static long[] allocateLong(long amount, long[] ratios, long total) {
    int n = ratios.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long left = amount;
    for (int i = 0; i < n; i++) {
      long product;
      try {
        product = Math.multiplyExact(amount, ratios[i]);
      } catch (ArithmeticException overflow) {
        return null;
      }
      parts[i] = product / total;
      remainders[i] = product % total;
      left -= parts[i];
    }
    for (int i : largestFirst(n, (int) left, (a, b) -> Long.compare(remainders[a], remainders[b]))) {
      parts[i]++;
    }
    return parts;
  }

  /** Largest remainder on this amount (any sign) in BigInteger arithmetic. */
  private long[] allocateBig(BigInteger[] ratios, BigInteger total) {
    BigInteger amount = BigInteger.valueOf(minor).abs();
    int n = ratios.length;
    BigInteger[] shares = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger left = amount;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = amount.multiply(ratios[i]).divideAndRemainder(total);
      shares[i] = qr[0];
      remainders[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    // The leftover is below the number of parts, so it fits an int.
    for (int i : largestFirst(n, left.intValueExact(),
        (a, b) -> remainders[a].compareTo(remainders[b]))) {
      shares[i] = shares[i].add(BigInteger.ONE);
    }
    long[] parts = new long[n];
    for (int i = 0; i < n; i++) {
      // Each share is at most |minor|, so it fits a long once the sign is applied.
      parts[i] = (minor < 0 ? shares[i].negate() : shares[i]).longValueExact();
    }
    return parts;
  }

  /** Compares two indices by the remainder at each. */
  private interface IndexComparator {
    int compare(int i, int j);
  }

  /**
   * Returns the {@code count} indices with the largest remainders, ties to the earliest index.
   * Since the leftover is the sum of the fractional shares, it is below the number of non-zero
   * remainders, so a zero remainder (and so a zero ratio) never gets a minor unit.
   */
  private static int[] largestFirst(int n, int count, IndexComparator byRemainder) {
    if (count == 0) {
      return new int[0];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = byRemainder.compare(b, a);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] top = new int[count];
    for (int k = 0; k < count; k++) {
      top[k] = order[k];
    }
    return top;
  }

  /** Integer division of minor units rounded by {@code rounding}, in long arithmetic. */
  private static long divideRounded(long dividend, long divisor, RoundingMode rounding) {
    if (divisor == 0) {
      throw new ArithmeticException("Division by zero");
    }
    if (divisor == -1) {
      return Math.negateExact(dividend);
    }
    long q = dividend / divisor;
    long r = dividend % divisor;
    if (r == 0) {
      return q;
    }
    int sign = (dividend ^ divisor) < 0 ? -1 : 1;
    // Compare |r| with |divisor| - |r| as unsigned values, so Long.MIN_VALUE needs no special case.
    long absR = Math.abs(r);
    long absD = Math.abs(divisor);
    int half = Long.compareUnsigned(absR, absD - absR);
    boolean away;
    switch (rounding) {
      case UP:
        away = true;
        break;
      case DOWN:
        away = false;
        break;
      case CEILING:
        away = sign > 0;
        break;
      case FLOOR:
        away = sign < 0;
        break;
      case HALF_UP:
        away = half >= 0;
        break;
      case HALF_DOWN:
        away = half > 0;
        break;
      case HALF_EVEN:
        away = half > 0 || (half == 0 && (q & 1) != 0);
        break;
      case UNNECESSARY:
      default:
        throw new ArithmeticException("Rounding necessary: " + dividend + " minor units / "
            + divisor + " is not a whole number of minor units");
    }
    return away ? q + sign : q;
  }

  static int scaleOf(CurrencyUnit currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || digits > MAX_SCALE) {
      throw new IllegalArgumentException("Currency " + currency.getCurrencyCode()
          + " has default fraction digits " + digits
          + "; Money supports currencies with 0 to " + MAX_SCALE + " fraction digits");
    }
    return digits;
  }

  private static long toMinor(BigDecimal amount, int scale, RoundingMode rounding) {
    BigDecimal a = amount;
    if (a.signum() != 0) {
      // Decide extreme exponents up front: setScale on 1E+999999999 or 1E-999999999 would build
      // a power of ten with a billion digits.
      long integerDigits = (long) a.precision() - a.scale();
      if (integerDigits > PRECISION) {
        throw new ArithmeticException("Amount overflows a long of minor units: " + amount);
      }
      if (integerDigits < -scale - 1) {
        // Below a tenth of a minor unit every rounding mode treats the amount like any other
        // such value of the same sign, e.g. a hundredth of a minor unit.
        a = BigDecimal.valueOf(a.signum(), scale + 2);
      }
    }
    BigDecimal scaled = a.setScale(scale, rounding);
    if (scaled.precision() > PRECISION) {
      throw new ArithmeticException("Amount overflows a long of minor units: " + amount);
    }
    return scaled.unscaledValue().longValueExact();
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n instanceof AtomicLong || n instanceof AtomicInteger;
  }

  private static BigDecimal toBigDecimal(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new ArithmeticException("Not a finite number: " + d);
    }
    return BigDecimal.valueOf(d);
  }

  static BigDecimal toBigDecimal(Number n) {
    Objects.requireNonNull(n, "number");
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (n instanceof Double) {
      return toBigDecimal(n.doubleValue());
    }
    if (n instanceof Float) {
      float f = n.floatValue();
      if (Float.isNaN(f) || Float.isInfinite(f)) {
        throw new ArithmeticException("Not a finite number: " + f);
      }
      return new BigDecimal(Float.toString(f));
    }
    if (n instanceof NumberValue) {
      return ((NumberValue) n).numberValue(BigDecimal.class);
    }
    return new BigDecimal(n.toString());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException malformed(CharSequence text) {
    return new IllegalArgumentException(
        "Money text must be a currency code, one space and a plain decimal, e.g. 'EUR 12.30': '"
            + text + "'");
  }

  /**
   * Serializes through a proxy holding the currency code and minor units, so that deserialization
   * goes through the validating factory.
   *
   * @return the serialization proxy
   */
  private Object writeReplace() {
    return new Ser(currency.getCurrencyCode(), minor);
  }

  /**
   * Rejects a stream that bypasses the proxy.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Money is serialized through its proxy");
  }

  /** Serialized form: the currency code, resolved on reading by {@link Monetary}, and minor units. */
  private static final class Ser implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String currencyCode;
    private final long minorUnits;

    Ser(String currencyCode, long minorUnits) {
      this.currencyCode = currencyCode;
      this.minorUnits = minorUnits;
    }

    private Object readResolve() {
      return ofMinor(Currencies.of(currencyCode), minorUnits);
    }
  }
}
