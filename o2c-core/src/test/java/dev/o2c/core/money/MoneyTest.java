package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @ParameterizedTest
  @CsvSource({
      "EUR, 12.30,   1230, 2, EUR 12.30",
      "EUR, 12.3,    1230, 2, EUR 12.30",
      "EUR, 12.300,  1230, 2, EUR 12.30",
      "EUR, -0.05,   -5,   2, EUR -0.05",
      "EUR, 0,       0,    2, EUR 0.00",
      "JPY, 1200,    1200, 0, JPY 1200",
      "JPY, 1200.00, 1200, 0, JPY 1200",
      "JPY, -7,      -7,   0, JPY -7",
      "KWD, 1.25,    1250, 3, KWD 1.250",
      "KWD, -0.001,  -1,   3, KWD -0.001",
      "BHD, 0.5,     500,  3, BHD 0.500",
  })
  void test_of_exactAmountsAtCurrencyScale(String code, String amount, long minor, int scale,
      String text) {
    Money m = Money.of(code, amount);
    assertThat(m.minorUnits()).isEqualTo(minor);
    assertThat(m.scale()).isEqualTo(scale);
    assertThat(m.amount().scale()).isEqualTo(scale);
    assertThat(m.amount()).isEqualByComparingTo(amount);
    assertThat(m.currency().getCurrencyCode()).isEqualTo(code);
    assertThat(m.getCurrency()).isSameAs(m.currency());
    assertThat(m.toString()).isEqualTo(text);
    assertThat(Money.parse(text)).isEqualTo(m);
    assertThat(Money.ofMinor(Monetary.getCurrency(code), minor)).isEqualTo(m);
  }

  @ParameterizedTest
  @CsvSource({"EUR, 1.005", "EUR, 0.001", "JPY, 0.5", "KWD, 1.0001"})
  void test_of_inexactAmountThrows(String code, String amount) {
    CurrencyUnit c = Monetary.getCurrency(code);
    assertThatThrownBy(() -> Money.of(code, amount)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(c, new BigDecimal(amount)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.zero(c).withAmount(new BigDecimal(amount)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.parse(code + " " + amount))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @CsvSource({
      "1.005, HALF_UP,   1.01",
      "1.005, HALF_EVEN, 1.00",
      "1.005, HALF_DOWN, 1.00",
      "1.001, UP,        1.01",
      "1.009, DOWN,      1.00",
      "-1.001, FLOOR,    -1.01",
      "-1.009, CEILING,  -1.00",
  })
  void test_of_withRounding(String amount, RoundingMode mode, String expected) {
    assertThat(Money.of(EUR, new BigDecimal(amount), mode)).isEqualTo(eur(expected));
    assertThat(Money.of(org.javamoney.moneta.Money.of(new BigDecimal(amount), EUR), mode))
        .isEqualTo(eur(expected));
    assertThat(eur("5").withAmount(new BigDecimal(amount), mode)).isEqualTo(eur(expected));
  }

  @Test
  void test_ofMajor_and_zero() {
    assertThat(Money.ofMajor(EUR, 12)).isEqualTo(eur("12.00"));
    assertThat(Money.ofMajor(KWD, -3)).isEqualTo(Money.ofMinor(KWD, -3000));
    assertThat(Money.zero(JPY).isZero()).isTrue();
    assertThatThrownBy(() -> Money.ofMajor(EUR, Long.MAX_VALUE / 10))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XAU", "XXX", "XDR"})
  void test_of_currencyWithoutMinorUnitIsRejected(String code) {
    CurrencyUnit c = Monetary.getCurrency(code);
    assertThat(c.getDefaultFractionDigits()).isEqualTo(-1);
    assertThatThrownBy(() -> Money.zero(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(code);
    assertThatThrownBy(() -> Money.parse(code + " 1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_of_overflowThrows() {
    BigDecimal tooBig = BigDecimal.valueOf(Long.MAX_VALUE, 2).add(new BigDecimal("0.01"));
    assertThatThrownBy(() -> Money.of(EUR, tooBig)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(EUR, new BigDecimal("1E+30")))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(EUR, BigDecimal.valueOf(Long.MAX_VALUE, 2)).minorUnits())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Money.of(EUR, BigDecimal.valueOf(Long.MIN_VALUE, 2)).minorUnits())
        .isEqualTo(Long.MIN_VALUE);
  }

  @ParameterizedTest
  @CsvSource({
      "1E-999999999, UP,        0.01",
      "-1E-999999999, UP,       -0.01",
      "1E-999999999, CEILING,   0.01",
      "1E-999999999, FLOOR,     0.00",
      "-1E-999999999, FLOOR,    -0.01",
      "1E-999999999, HALF_UP,   0.00",
      "0.0009, HALF_UP,         0.00",
      "0.0009, UP,              0.01",
      "0E+999999999, UNNECESSARY, 0.00",
      "0E-999999999, UNNECESSARY, 0.00",
  })
  void test_of_extremeExponentsRoundQuickly(String amount, RoundingMode mode, String expected) {
    assertThat(Money.of(EUR, new BigDecimal(amount), mode)).isEqualTo(eur(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+999999999", "-1E+999999999", "1E-999999999"})
  void test_of_extremeExponentsThrowQuickly(String amount) {
    assertThatThrownBy(() -> Money.of(EUR, new BigDecimal(amount)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").multipliedBy(new BigDecimal(amount),
        RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_arithmetic_overflowThrows() {
    Money max = Money.ofMinor(EUR, Long.MAX_VALUE);
    Money min = Money.ofMinor(EUR, Long.MIN_VALUE);
    Money cent = eur("0.01");
    assertThatThrownBy(() -> max.plus(cent)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(cent)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::negated).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::abs).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(new BigDecimal("1.5"), RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.dividedBy(-1, RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.scaleByPowerOfTen(1)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.total(max, cent)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.parse("EUR 92233720368547758.08"))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.parse("EUR -92233720368547758.08")).isEqualTo(min);
    assertThat(Money.parse(max.toString())).isEqualTo(max);
  }

  static Stream<Arguments> mismatches() {
    Money e = Money.of("EUR", "1.00");
    Money u = Money.of("USD", "1.00");
    MonetaryAmount uMoneta = org.javamoney.moneta.Money.of(1, "USD");
    List<Arguments> ops = new ArrayList<>();
    ops.add(Arguments.of("plus", (Runnable) () -> e.plus(u)));
    ops.add(Arguments.of("minus", (Runnable) () -> e.minus(u)));
    ops.add(Arguments.of("plusMoneta", (Runnable) () -> e.plus(uMoneta)));
    ops.add(Arguments.of("add", (Runnable) () -> e.add(uMoneta)));
    ops.add(Arguments.of("subtract", (Runnable) () -> e.subtract(uMoneta)));
    ops.add(Arguments.of("compareTo", (Runnable) () -> e.compareTo(u)));
    ops.add(Arguments.of("compareToMoneta", (Runnable) () -> e.compareTo(uMoneta)));
    ops.add(Arguments.of("isEqualTo", (Runnable) () -> e.isEqualTo(uMoneta)));
    ops.add(Arguments.of("isGreaterThan", (Runnable) () -> e.isGreaterThan(u)));
    ops.add(Arguments.of("min", (Runnable) () -> e.min(u)));
    ops.add(Arguments.of("max", (Runnable) () -> e.max(u)));
    ops.add(Arguments.of("total", (Runnable) () -> Money.total(e, u)));
    ops.add(Arguments.of("totalIn", (Runnable) () -> Money.total(Monetary.getCurrency("EUR"), u)));
    return ops.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mismatches")
  void test_twoCurrencyOperation_throwsCurrencyMismatch(String name, Runnable op) {
    assertThatThrownBy(op::run).isInstanceOf(CurrencyMismatchException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR").hasMessageContaining("USD");
  }

  @Test
  void test_currencyMismatch_namesBothCurrencies() {
    CurrencyMismatchException e = new CurrencyMismatchException(EUR, USD);
    assertThat(e.firstCurrency()).isEqualTo(EUR);
    assertThat(e.secondCurrency()).isEqualTo(USD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EUR", "EUR ", " 1.00", "EUR  1.00", "EUR 1,00", "EUR 1.", "EUR .5",
      "EUR 1e3", "EUR 1.00 ", "EUR --1", "EUR +", "EUR 1.0.0", "QQQ 1.00"})
  void test_parse_malformedThrows(String text) {
    assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"EUR +1.5, EUR 1.50", "EUR 007, EUR 7.00", "KWD 0.1000, KWD 0.100", "JPY -0, JPY 0"})
  void test_parse_lenientForms(String text, String canonical) {
    assertThat(Money.parse(text).toString()).isEqualTo(canonical);
  }

  @Test
  void test_total() {
    assertThat(Money.total(eur("1.10"), eur("2.25"), eur("-0.35"))).isEqualTo(eur("3.00"));
    assertThat(Money.total(List.of(eur("0.01")))).isEqualTo(eur("0.01"));
    assertThat(Money.total(EUR)).isEqualTo(Money.zero(EUR));
    assertThat(Money.total(EUR, List.of(eur("1"), eur("2")))).isEqualTo(eur("3"));
    assertThatThrownBy(() -> Money.total(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Money::total).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_plusMinus_exact() {
    assertThat(eur("1.10").plus(eur("2.25"))).isEqualTo(eur("3.35"));
    assertThat(eur("1.10").minus(eur("2.25"))).isEqualTo(eur("-1.15"));
    assertThat(eur("1.10").plus(org.javamoney.moneta.Money.of(new BigDecimal("0.2"), "EUR")))
        .isEqualTo(eur("1.30"));
    assertThatThrownBy(
        () -> eur("1.10").plus(org.javamoney.moneta.Money.of(new BigDecimal("0.005"), "EUR")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_signTests() {
    Money neg = eur("-0.01");
    Money zero = Money.zero(EUR);
    Money pos = eur("0.01");
    assertThat(List.of(neg.signum(), zero.signum(), pos.signum())).containsExactly(-1, 0, 1);
    assertThat(neg.isNegative() && neg.isNegativeOrZero() && !neg.isPositiveOrZero()).isTrue();
    assertThat(zero.isZero() && zero.isNegativeOrZero() && zero.isPositiveOrZero()).isTrue();
    assertThat(pos.isPositive() && pos.isPositiveOrZero() && !pos.isNegativeOrZero()).isTrue();
    assertThat(neg.abs()).isEqualTo(pos);
    assertThat(pos.abs()).isSameAs(pos);
    assertThat(neg.negated()).isEqualTo(pos);
    assertThat(neg.negate()).isEqualTo(pos);
  }

  @Test
  void test_minMaxAndComparisons() {
    Money a = eur("1.00");
    Money b = eur("2.00");
    assertThat(a.min(b)).isSameAs(a);
    assertThat(a.max(b)).isSameAs(b);
    assertThat(a.min(eur("1.00"))).isSameAs(a);
    assertThat(a.isLessThan(b) && a.isLessThanOrEqualTo(b) && !a.isGreaterThan(b)).isTrue();
    assertThat(b.isGreaterThan(a) && b.isGreaterThanOrEqualTo(a)).isTrue();
    List<Money> sorted = new ArrayList<>(List.of(b, eur("-3"), a));
    sorted.sort(null);
    assertThat(sorted).containsExactly(eur("-3"), a, b);
  }

  @ParameterizedTest
  @CsvSource({
      "10.00, 3, HALF_UP,   3.33",
      "10.00, 3, UP,        3.34",
      "-10.00, 3, UP,       -3.34",
      "-10.00, 3, FLOOR,    -3.34",
      "-10.00, 3, CEILING,  -3.33",
      "0.05, 2, HALF_EVEN,  0.02",
      "0.07, 2, HALF_EVEN,  0.04",
      "0.05, 2, HALF_UP,    0.03",
      "0.05, 2, HALF_DOWN,  0.02",
      "-0.05, -2, HALF_UP,  0.03",
      "0.05, -2, HALF_DOWN, -0.02",
      "10.00, 4, UNNECESSARY, 2.50",
  })
  void test_dividedBy_rounds(String amount, long divisor, RoundingMode mode, String expected) {
    assertThat(eur(amount).dividedBy(divisor, mode)).isEqualTo(eur(expected));
    assertThat(eur(amount).dividedBy(BigDecimal.valueOf(divisor), mode)).isEqualTo(eur(expected));
  }

  @Test
  void test_divide_exactOrThrows() {
    assertThat(eur("10.00").divide(4)).isEqualTo(eur("2.50"));
    assertThat(eur("10.00").divide(0.5)).isEqualTo(eur("20.00"));
    assertThat(eur("10.00").divide(new BigDecimal("0.8"))).isEqualTo(eur("12.50"));
    assertThatThrownBy(() -> eur("10.00").divide(3)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").divide(8)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").divide(Integer.valueOf(3)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").divide(0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").divide(0.0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").divide(Double.NaN))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").dividedBy(0, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").dividedBy(3, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_multiply_exactOrThrows() {
    assertThat(eur("12.30").multipliedBy(3)).isEqualTo(eur("36.90"));
    assertThat(eur("12.30").multiply(3)).isEqualTo(eur("36.90"));
    assertThat(eur("10.00").multiply(0.1)).isEqualTo(eur("1.00"));
    assertThat(eur("10.00").multiply(Float.valueOf(0.25f))).isEqualTo(eur("2.50"));
    assertThat(eur("10.00").multiply(new BigDecimal("0.19"))).isEqualTo(eur("1.90"));
    assertThat(eur("10.00").multiply(java.math.BigInteger.TEN)).isEqualTo(eur("100.00"));
    assertThatThrownBy(() -> eur("0.05").multiply(0.5)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("1.00").multiply(Double.POSITIVE_INFINITY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(eur("0.05").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(eur("0.02"));
    assertThat(eur("0.05").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(eur("0.03"));
  }

  @ParameterizedTest
  @CsvSource({
      "10.00, 3,     3.00, 1.00",
      "-10.00, 3,    -3.00, -1.00",
      "10.00, -3,    -3.00, 1.00",
      "10.00, 0.25,  40.00, 0.00",
      "10.05, 0.1,   100.00, 0.05",
  })
  void test_divideAndRemainder_likeBigDecimal(String amount, String divisor, String quotient,
      String remainder) {
    BigDecimal d = new BigDecimal(divisor);
    Money[] qr = eur(amount).divideAndRemainder(d);
    assertThat(qr).containsExactly(eur(quotient), eur(remainder));
    assertThat(eur(amount).divideToIntegralValue(d)).isEqualTo(eur(quotient));
    assertThat(eur(amount).remainder(d)).isEqualTo(eur(remainder));
    assertThat(eur(amount).remainder(d.doubleValue())).isEqualTo(eur(remainder));
    if (d.scale() <= 0) {
      assertThat(eur(amount).divideAndRemainder(d.longValueExact())).containsExactly(qr);
    }
  }

  @Test
  void test_remainder_notAtScaleThrows() {
    assertThatThrownBy(() -> eur("10.00").remainder(new BigDecimal("0.003")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eur("10.00").remainder(0)).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @CsvSource({"1.23, 2, 123.00", "1.20, -1, 0.12", "-5.00, -2, -0.05", "0.00, -30, 0.00",
      "1.23, 0, 1.23"})
  void test_scaleByPowerOfTen_exact(String amount, int power, String expected) {
    assertThat(eur(amount).scaleByPowerOfTen(power)).isEqualTo(eur(expected));
    assertThat(eur(amount).scaleByPowerOfTen(power).amount())
        .isEqualByComparingTo(new BigDecimal(amount).scaleByPowerOfTen(power));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -3, -19, 19, 30, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void test_scaleByPowerOfTen_inexactOrOverflowThrows(int power) {
    assertThatThrownBy(() -> eur("1.23").scaleByPowerOfTen(power))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_plusAndStripTrailingZeros_returnThis() {
    Money m = eur("1.20");
    assertThat(m.plus()).isSameAs(m);
    assertThat(m.stripTrailingZeros()).isSameAs(m);
  }

  static Stream<Arguments> allocations() {
    return Stream.of(
        Arguments.of("100.00", new long[] {1, 1, 1}, new String[] {"33.34", "33.33", "33.33"}),
        Arguments.of("-100.00", new long[] {1, 1, 1},
            new String[] {"-33.34", "-33.33", "-33.33"}),
        Arguments.of("0.05", new long[] {3, 7}, new String[] {"0.02", "0.03"}),
        Arguments.of("0.05", new long[] {1, 1}, new String[] {"0.03", "0.02"}),
        Arguments.of("0.01", new long[] {0, 1, 1}, new String[] {"0.00", "0.01", "0.00"}),
        Arguments.of("0.10", new long[] {1, 0, 0}, new String[] {"0.10", "0.00", "0.00"}),
        // Shares 3.333.., 6.666..: the larger remainder (second) gets the leftover cent.
        Arguments.of("0.10", new long[] {1, 2}, new String[] {"0.03", "0.07"}),
        Arguments.of("1.00", new long[] {50, 25, 25}, new String[] {"0.50", "0.25", "0.25"}),
        Arguments.of("0.00", new long[] {2, 5}, new String[] {"0.00", "0.00"}));
  }

  @ParameterizedTest
  @MethodSource("allocations")
  void test_allocate_largestRemainderEarliestIndexOnTies(String amount, long[] ratios,
      String[] expected) {
    List<Money> parts = eur(amount).allocate(ratios);
    assertThat(parts).containsExactly(Arrays.stream(expected).map(MoneyTest::eur)
        .toArray(Money[]::new));
    BigDecimal[] decimalRatios = Arrays.stream(ratios).mapToObj(r -> BigDecimal.valueOf(r, 2))
        .toArray(BigDecimal[]::new);
    assertThat(eur(amount).allocate(decimalRatios)).isEqualTo(parts);
  }

  @Test
  void test_allocateEvenly_extraUnitsGoFirst() {
    assertThat(eur("1.00").allocateEvenly(3)).containsExactly(eur("0.34"), eur("0.33"),
        eur("0.33"));
    assertThat(Money.ofMinor(JPY, 5).allocateEvenly(3))
        .containsExactly(Money.ofMinor(JPY, 2), Money.ofMinor(JPY, 2), Money.ofMinor(JPY, 1));
    assertThat(eur("1.00").allocateEvenly(1)).containsExactly(eur("1.00"));
    assertThatThrownBy(() -> eur("1.00").allocateEvenly(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_allocate_extremes() {
    Money min = Money.ofMinor(EUR, Long.MIN_VALUE);
    Money max = Money.ofMinor(EUR, Long.MAX_VALUE);
    assertThat(min.allocate(1)).containsExactly(min);
    assertThat(max.allocate(Long.MAX_VALUE, 0)).containsExactly(max, Money.zero(EUR));
    List<Money> halves = min.allocate(1, 1);
    assertThat(halves).containsExactly(Money.ofMinor(EUR, Long.MIN_VALUE / 2),
        Money.ofMinor(EUR, Long.MIN_VALUE / 2));
    assertThat(max.allocate(Long.MAX_VALUE - 1, 1)).hasSize(2);
    assertThat(Money.total(EUR, max.allocate(3, Long.MAX_VALUE / 2))).isEqualTo(max);
  }

  @Test
  void test_allocate_badRatiosThrow() {
    Money m = eur("1.00");
    assertThatThrownBy(() -> m.allocate(new long[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(new BigDecimal[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(BigDecimal.ZERO, new BigDecimal("0.00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(BigDecimal.ONE, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.allocate(Long.MAX_VALUE, 1))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_equalsAndHashCode_moneyOnly() {
    Money a = eur("1.00");
    assertThat(a).isEqualTo(Money.ofMinor(EUR, 100)).hasSameHashCodeAs(Money.ofMinor(EUR, 100));
    assertThat(a).isNotEqualTo(Money.ofMinor(USD, 100)).isNotEqualTo(eur("1.01"));
    MonetaryAmount moneta = org.javamoney.moneta.Money.of(1, "EUR");
    assertThat(a.equals(moneta)).isFalse();
    assertThat(a.isEqualTo(moneta)).isTrue();
    assertThat(a.isEqualTo(org.javamoney.moneta.Money.of(new BigDecimal("1.001"), "EUR")))
        .isFalse();
    assertThat(a.isLessThan(org.javamoney.moneta.Money.of(new BigDecimal("1.001"), "EUR")))
        .isTrue();
  }

  @Test
  void test_withAmountAndMinorUnits() {
    Money a = eur("1.00");
    assertThat(a.withAmount(new BigDecimal("2.5"))).isEqualTo(eur("2.50"));
    assertThat(a.withMinorUnits(7)).isEqualTo(eur("0.07"));
  }

  @Test
  void test_serialization_roundTrips() throws Exception {
    Money m = Money.of("KWD", "-1.250");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(m);
    }
  }
}
