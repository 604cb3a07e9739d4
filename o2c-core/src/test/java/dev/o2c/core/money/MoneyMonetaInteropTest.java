package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryOperator;
import javax.money.MonetaryQuery;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Money agrees with Moneta's {@code org.javamoney.moneta.Money} wherever both are exact. */
class MoneyMonetaInteropTest {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("JPY"), EUR,
      Monetary.getCurrency("KWD"));

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  private static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  private static Gen<Long> minors() {
    return longs().between(-10_000_000, 10_000_000).mix(longs().all(), 30);
  }

  private static MonetaryAmount moneta(Money m) {
    return org.javamoney.moneta.Money.of(m.amount(), m.currency());
  }

  /** Either both throw ArithmeticException, or Money equals Moneta's result converted exactly. */
  private static void assertAgrees(Supplier<Money> ours, Supplier<MonetaryAmount> theirs) {
    MonetaryAmount expected;
    Money expectedMoney;
    try {
      expected = theirs.get();
      expectedMoney = Money.of(expected);
    } catch (ArithmeticException notRepresentable) {
      assertThatThrownBy(ours::get).isInstanceOf(ArithmeticException.class);
      return;
    }
    Money actual = ours.get();
    assertThat(actual).isEqualTo(expectedMoney);
    assertThat(actual.isEqualTo(expected)).isTrue();
  }

  @Test
  void test_exactOperations_agreeWithMoneta() {
    qt0().forAll(currencies(), minors(), minors(), longs().between(-1000, 1000))
        .checkAssert((c, a, b, k) -> {
          Money x = Money.ofMinor(c, a);
          Money y = Money.ofMinor(c, b);
          MonetaryAmount mx = moneta(x);
          MonetaryAmount my = moneta(y);
          assertAgrees(() -> x.add(y), () -> mx.add(my));
          assertAgrees(() -> x.subtract(my), () -> mx.subtract(my));
          assertAgrees(() -> x.multiply(k), () -> mx.multiply(k));
          assertAgrees(() -> x.negate(), mx::negate);
          assertAgrees(() -> x.abs(), mx::abs);
          assertThat(Integer.signum(x.compareTo(my))).isEqualTo(Integer.signum(mx.compareTo(my)));
          assertThat(x.isGreaterThan(my)).isEqualTo(mx.isGreaterThan(my));
          assertThat(x.isLessThanOrEqualTo(my)).isEqualTo(mx.isLessThanOrEqualTo(my));
          assertThat(x.signum()).isEqualTo(mx.signum());
          assertThat(x.isZero()).isEqualTo(mx.isZero());
        });
  }

  @Test
  void test_division_agreesWithMonetaWhenExact() {
    Gen<Long> divisors = longs().between(-200, 200).assuming(d -> d != 0);
    qt0().forAll(currencies(), minors(), divisors).checkAssert((c, a, d) -> {
      Money x = Money.ofMinor(c, a);
      MonetaryAmount mx = moneta(x);
      // Moneta rounds non-terminating quotients at its precision; compare where ours is exact.
      if (a % d == 0) {
        assertThat(x.divide(d)).isEqualTo(Money.of(mx.divide(d)));
      } else {
        assertThatThrownBy(() -> x.divide(d)).isInstanceOf(ArithmeticException.class);
      }
      assertAgrees(() -> x.divideToIntegralValue(d), () -> mx.divideToIntegralValue(d));
      assertAgrees(() -> x.remainder(d), () -> mx.remainder(d));
      assertThat(x.divideAndRemainder(d))
          .containsExactly(x.divideToIntegralValue(d), x.remainder(d));
      // Moneta 1.4.5 short-cuts divideAndRemainder(1) to {this, 0}, unlike BigDecimal for
      // fractional amounts (EUR 0.01 gives {0.00, 0.01}); Money follows BigDecimal.
      if (d != 1) {
        MonetaryAmount[] theirs = mx.divideAndRemainder(d);
        assertThat(x.divideAndRemainder(d))
            .containsExactly(Money.of(theirs[0]), Money.of(theirs[1]));
      }
    });
  }

  @Test
  void test_scaleByPowerOfTen_agreesWithMoneta() {
    qt0().forAll(currencies(), minors(), integers().between(-6, 6)).checkAssert((c, a, p) -> {
      Money x = Money.ofMinor(c, a);
      assertAgrees(() -> x.scaleByPowerOfTen(p), () -> moneta(x).scaleByPowerOfTen(p));
    });
  }

  @Test
  void test_getContext_describesMoney() {
    MonetaryContext ctx = Money.of("KWD", "1.250").getContext();
    assertThat(ctx.getAmountType()).isEqualTo(Money.class);
    assertThat(ctx.getPrecision()).isEqualTo(19);
    assertThat(ctx.isFixedScale()).isTrue();
    assertThat(ctx.getMaxScale()).isEqualTo(3);
    assertThat(Money.of("JPY", "5").getContext().getMaxScale()).isZero();
  }

  @Test
  void test_getFactory_createsExactMoney() {
    MonetaryAmountFactory<Money> f = Money.of("EUR", "1.00").getFactory();
    assertThat(f.getAmountType()).isEqualTo(Money.class);
    assertThat(f.create()).isEqualTo(Money.of("EUR", "1.00"));
    assertThat(f.setCurrency("KWD").setNumber(new BigDecimal("2.5")).create())
        .isEqualTo(Money.of("KWD", "2.500"));
    assertThat(f.setCurrency(EUR).setNumber(7L).create()).isEqualTo(Money.of("EUR", "7"));
    assertThat(f.setNumber(0.1).create()).isEqualTo(Money.of("EUR", "0.10"));
    assertThat(f.setAmount(org.javamoney.moneta.Money.of(3, "JPY")).create())
        .isEqualTo(Money.of("JPY", "3"));
    assertThat(f.getMaxNumber().longValueExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(f.getMinNumber().longValueExact()).isEqualTo(Long.MIN_VALUE);
    MonetaryAmountFactory<Money> g = Money.of("EUR", "1.00").getFactory();
    assertThatThrownBy(() -> g.setNumber(new BigDecimal("1.005")).create())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_withOperator_returnsExactMoney() {
    MonetaryOperator doubleIt = amount -> amount.multiply(2);
    assertThat(Money.of("EUR", "1.25").with(doubleIt)).isEqualTo(Money.of("EUR", "2.50"));
    MonetaryOperator toMonetaHalf = amount -> org.javamoney.moneta.Money.of(
        amount.getNumber().numberValue(BigDecimal.class).divide(BigDecimal.valueOf(2)),
        amount.getCurrency());
    assertThat(Money.of("EUR", "1.00").with(toMonetaHalf)).isEqualTo(Money.of("EUR", "0.50"));
    assertThatThrownBy(() -> Money.of("EUR", "0.01").with(toMonetaHalf))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(EUR, new BigDecimal("1.005"), java.math.RoundingMode.DOWN)
        .with(Monetary.getDefaultRounding())).isEqualTo(Money.of("EUR", "1.00"));
  }

  @Test
  void test_query_appliesQuery() {
    MonetaryQuery<String> code = a -> a.getCurrency().getCurrencyCode();
    MonetaryQuery<Long> minorUnits = a -> Money.of(a).minorUnits();
    assertThat(Money.of("EUR", "12.34").query(code)).isEqualTo("EUR");
    assertThat(Money.of("EUR", "12.34").query(minorUnits)).isEqualTo(1234L);
  }

  @Test
  void test_fromFastMoney_isExact() {
    MonetaryAmount fast = org.javamoney.moneta.FastMoney.of(new BigDecimal("12.3"), "EUR");
    assertThat(Money.from(fast)).isEqualTo(Money.of("EUR", "12.30"));
    assertThat(Money.of("EUR", "12.30").isEqualTo(fast)).isTrue();
    MonetaryAmount fine = org.javamoney.moneta.FastMoney.of(new BigDecimal("12.301"), "EUR");
    assertThatThrownBy(() -> Money.from(fine)).isInstanceOf(ArithmeticException.class);
  }
}
