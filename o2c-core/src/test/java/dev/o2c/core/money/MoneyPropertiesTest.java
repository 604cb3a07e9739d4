package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Cross-checks the long-minor-unit arithmetic against a BigDecimal / BigInteger oracle. */
class MoneyPropertiesTest {
  private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("JPY"),
      Monetary.getCurrency("EUR"), Monetary.getCurrency("KWD"));

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  private static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** Minor units: everyday sizes, the whole long range, and values near its ends. */
  private static Gen<Long> minors() {
    Gen<Long> small = longs().between(-1_000_000, 1_000_000);
    Gen<Long> nearMax = longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE);
    Gen<Long> nearMin = longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1000);
    return small.mix(longs().all(), 40).mix(nearMax.mix(nearMin), 10);
  }

  private static Gen<Long> factors() {
    return longs().between(-1000, 1000).mix(longs().all(), 20);
  }

  private static Gen<BigDecimal> decimals() {
    return longs().between(-10_000_000, 10_000_000).zip(integers().between(0, 6),
        BigDecimal::valueOf);
  }

  private static Gen<RoundingMode> roundings() {
    return Generate.enumValues(RoundingMode.class);
  }

  /**
   * Asserts that {@code actual} equals the oracle's decimal result in {@code currency}, or throws
   * ArithmeticException when the oracle does (inexact) or its result does not fit a long of minor
   * units (overflow).
   */
  private static void assertAgrees(CurrencyUnit currency, Supplier<Money> actual,
      Supplier<BigDecimal> oracle) {
    BigDecimal expected;
    try {
      expected = oracle.get();
    } catch (ArithmeticException inexact) {
      assertThatThrownBy(actual::get).isInstanceOf(ArithmeticException.class);
      return;
    }
    BigInteger unscaled = expected
        .setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY).unscaledValue();
    if (unscaled.bitLength() > 63) {
      assertThatThrownBy(actual::get).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(actual.get()).isEqualTo(Money.ofMinor(currency, unscaled.longValueExact()));
    }
  }

  @Test
  void test_plusMinus_agreeWithBigDecimal() {
    qt0().forAll(currencies(), minors(), minors()).checkAssert((c, a, b) -> {
      Money x = Money.ofMinor(c, a);
      Money y = Money.ofMinor(c, b);
      assertAgrees(c, () -> x.plus(y), () -> x.amount().add(y.amount()));
      assertAgrees(c, () -> x.minus(y), () -> x.amount().subtract(y.amount()));
      assertAgrees(c, () -> x.add(y.toMonetaryAmount()), () -> x.amount().add(y.amount()));
      assertAgrees(c, () -> x.subtract(y.toMonetaryAmount()),
          () -> x.amount().subtract(y.amount()));
    });
  }

  @Test
  void test_compare_agreesWithBigDecimal() {
    qt0().forAll(currencies(), minors(), minors()).checkAssert((c, a, b) -> {
      Money x = Money.ofMinor(c, a);
      Money y = Money.ofMinor(c, b);
      int expected = Integer.signum(x.amount().compareTo(y.amount()));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
      assertThat(Integer.signum(x.compareTo(y.toMonetaryAmount()))).isEqualTo(expected);
      assertThat(x.isEqualTo(y.toMonetaryAmount())).isEqualTo(expected == 0);
      assertThat(x.equals(y)).isEqualTo(expected == 0);
      assertThat(x.min(y).amount()).isEqualTo(x.amount().min(y.amount()));
      assertThat(x.max(y).amount()).isEqualTo(x.amount().max(y.amount()));
    });
  }

  @Test
  void test_multipliedBy_agreesWithBigDecimal() {
    qt0().forAll(currencies(), minors(), factors()).checkAssert((c, a, f) -> {
      Money x = Money.ofMinor(c, a);
      assertAgrees(c, () -> x.multipliedBy(f), () -> x.amount().multiply(BigDecimal.valueOf(f)));
      assertAgrees(c, () -> x.multiply(f), () -> x.amount().multiply(BigDecimal.valueOf(f)));
    });
  }

  @Test
  void test_multipliedByDecimal_agreesWithBigDecimal() {
    qt0().forAll(currencies(), minors(), decimals(), roundings()).checkAssert((c, a, f, mode) -> {
      Money x = Money.ofMinor(c, a);
      int scale = x.scale();
      assertAgrees(c, () -> x.multipliedBy(f, mode),
          () -> x.amount().multiply(f).setScale(scale, mode));
      assertAgrees(c, () -> x.multiply(f),
          () -> x.amount().multiply(f).setScale(scale, RoundingMode.UNNECESSARY));
    });
  }

  @Test
  void test_dividedBy_agreesWithBigDecimal() {
    Gen<Long> divisors = longs().between(-1000, 1000).mix(longs().all(), 30)
        .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L, 2L, -2L)), 10)
        .assuming(d -> d != 0);
    qt0().forAll(currencies(), minors(), divisors, roundings()).checkAssert((c, a, d, mode) -> {
      Money x = Money.ofMinor(c, a);
      int scale = x.scale();
      BigDecimal divisor = BigDecimal.valueOf(d);
      assertAgrees(c, () -> x.dividedBy(d, mode), () -> x.amount().divide(divisor, scale, mode));
      assertAgrees(c, () -> x.dividedBy(divisor, mode),
          () -> x.amount().divide(divisor, scale, mode));
      assertAgrees(c, () -> x.divide(d),
          () -> x.amount().divide(divisor, scale, RoundingMode.UNNECESSARY));
      assertAgrees(c, () -> x.remainder(d), () -> x.amount().remainder(divisor));
      assertAgrees(c, () -> x.divideToIntegralValue(d),
          () -> x.amount().divideToIntegralValue(divisor));
    });
  }

  @Test
  void test_parse_roundTripsToString() {
    qt0().forAll(currencies(), minors()).checkAssert((c, a) -> {
      Money x = Money.ofMinor(c, a);
      assertThat(Money.parse(x.toString())).isEqualTo(x);
      assertThat(x.toString()).isEqualTo(c.getCurrencyCode() + " " + x.amount().toPlainString());
    });
  }

  @Test
  void test_monetaConversion_isIdentity() {
    qt0().forAll(currencies(), minors()).checkAssert((c, a) -> {
      Money x = Money.ofMinor(c, a);
      assertThat(Money.of(x.toMonetaryAmount())).isEqualTo(x);
      assertThat(x.toMonetaryAmount().getNumber().numberValue(BigDecimal.class))
          .isEqualByComparingTo(x.amount());
      assertThat(x.getFactory().create()).isEqualTo(x);
      assertThat(x.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(x.amount());
    });
  }

  private static Gen<List<Long>> ratioLists() {
    Gen<Long> ratio = longs().between(0, 10).mix(longs().between(0, 1_000_000), 30)
        .mix(longs().between(0, Long.MAX_VALUE / 8), 20);
    return lists().of(ratio).ofSizeBetween(1, 7).assuming(r -> r.stream().anyMatch(x -> x > 0));
  }

  /**
   * The specification, computed slowly: floor of each exact share of |amount|, leftover units to
   * the largest remainders, earliest index first, then the sign of the amount.
   */
  private static List<BigInteger> oracleAllocation(long minor, List<Long> ratios) {
    BigInteger amount = BigInteger.valueOf(minor).abs();
    BigInteger total = ratios.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO,
        BigInteger::add);
    List<BigInteger> shares = new ArrayList<>();
    List<BigInteger> remainders = new ArrayList<>();
    BigInteger left = amount;
    for (long r : ratios) {
      BigInteger[] qr = amount.multiply(BigInteger.valueOf(r)).divideAndRemainder(total);
      shares.add(qr[0]);
      remainders.add(qr[1]);
      left = left.subtract(qr[0]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ratios.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < left.intValueExact(); k++) {
      int i = order.get(k);
      shares.set(i, shares.get(i).add(BigInteger.ONE));
    }
    shares.replaceAll(s -> minor < 0 ? s.negate() : s);
    return shares;
  }

  @Test
  void test_allocate_sumsExactlyWithinOneUnitOfShare() {
    qt0().forAll(currencies(), minors(), ratioLists()).checkAssert((c, a, ratioList) -> {
      Money x = Money.ofMinor(c, a);
      long[] ratios = ratioList.stream().mapToLong(Long::longValue).toArray();
      List<Money> parts = x.allocate(ratios);

      assertThat(parts).hasSize(ratios.length);
      BigInteger sum = parts.stream().map(p -> BigInteger.valueOf(p.minorUnits()))
          .reduce(BigInteger.ZERO, BigInteger::add);
      assertThat(sum).isEqualTo(BigInteger.valueOf(a));
      assertThat(Money.total(c, parts)).isEqualTo(x);

      BigInteger total = ratioList.stream().map(BigInteger::valueOf)
          .reduce(BigInteger.ZERO, BigInteger::add);
      for (int i = 0; i < ratios.length; i++) {
        Money part = parts.get(i);
        assertThat(part.currency()).isEqualTo(c);
        // |part - amount * r / T| < 1 minor unit, i.e. |part * T - amount * r| < T.
        BigInteger error = BigInteger.valueOf(part.minorUnits()).multiply(total)
            .subtract(BigInteger.valueOf(a).multiply(BigInteger.valueOf(ratios[i])));
        assertThat(error.abs()).isLessThan(total);
        if (ratios[i] == 0) {
          assertThat(part.isZero()).isTrue();
        }
        if (!part.isZero()) {
          assertThat(part.signum()).isEqualTo(Long.signum(a));
        }
      }
      assertThat(parts).map(p -> BigInteger.valueOf(p.minorUnits()))
          .isEqualTo(oracleAllocation(a, ratioList));
      if (a != Long.MIN_VALUE) {
        List<Money> negatedParts = x.negated().allocate(ratios);
        assertThat(negatedParts).isEqualTo(parts.stream().map(Money::negated).toList());
      }
    });
  }

  @Test
  void test_allocateDecimal_agreesWithLongRatios() {
    qt0().forAll(currencies(), minors(), ratioLists(), integers().between(0, 4))
        .checkAssert((c, a, ratioList, scale) -> {
          Money x = Money.ofMinor(c, a);
          long[] ratios = ratioList.stream().mapToLong(Long::longValue).toArray();
          BigDecimal[] decimalRatios = ratioList.stream().map(r -> BigDecimal.valueOf(r, scale))
              .toArray(BigDecimal[]::new);
          assertThat(x.allocate(decimalRatios)).isEqualTo(x.allocate(ratios));
        });
  }

  @Test
  void test_allocateEvenly_partsDifferByAtMostOneUnit() {
    qt0().forAll(currencies(), minors(), integers().between(1, 50)).checkAssert((c, a, n) -> {
      List<Money> parts = Money.ofMinor(c, a).allocateEvenly(n);
      assertThat(Money.total(c, parts).minorUnits()).isEqualTo(a);
      long lo = parts.stream().mapToLong(Money::minorUnits).min().orElseThrow();
      long hi = parts.stream().mapToLong(Money::minorUnits).max().orElseThrow();
      assertThat(hi - lo).isBetween(0L, 1L);
      // The larger magnitudes come first.
      for (int i = 1; i < parts.size(); i++) {
        assertThat(Math.abs((double) parts.get(i - 1).minorUnits()))
            .isGreaterThanOrEqualTo(Math.abs((double) parts.get(i).minorUnits()));
      }
    });
  }

  @Test
  void test_scaleByPowerOfTen_agreesWithBigDecimal() {
    qt0().forAll(currencies(), minors(), integers().between(-22, 22)).checkAssert((c, a, p) -> {
      Money x = Money.ofMinor(c, a);
      int scale = x.scale();
      assertAgrees(c, () -> x.scaleByPowerOfTen(p),
          () -> x.amount().scaleByPowerOfTen(p).setScale(scale, RoundingMode.UNNECESSARY));
    });
  }
}
