package dev.o2c.aging.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void test_equalRatios_areEqual_withEqualHashes() {
    Ratio half = Ratio.of(new BigDecimal("1"), new BigDecimal("2"));
    Ratio alsoHalf = Ratio.of(new BigDecimal("-2.50"), new BigDecimal("-5"));
    assertThat(half).isEqualTo(alsoHalf).hasSameHashCodeAs(alsoHalf);
    assertThat(half.compareTo(Ratio.of(new BigDecimal("1"), new BigDecimal("3")))).isPositive();
    assertThat(Ratio.of(new BigDecimal("1"), new BigDecimal("-3")).compareTo(Ratio.of(BigDecimal.ZERO))).isNegative();
  }

  @Test
  void test_roundedOnce_halfUp() {
    // 0.125 exactly: half-up to two decimals is 0.13 (half-even would give 0.12)
    assertThat(Ratio.of(new BigDecimal("1"), new BigDecimal("8")).rounded(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.13");
    assertThat(Ratio.of(new BigDecimal("2"), new BigDecimal("3")).toString()).startsWith("0.6666666666");
  }

  @Test
  void test_arithmetic_isExact() {
    Ratio third = Ratio.of(BigDecimal.ONE, new BigDecimal("3"));
    assertThat(third.plus(third).plus(third)).isEqualTo(Ratio.of(BigDecimal.ONE));
    assertThat(third.minus(third).signum()).isZero();
    assertThat(third.multipliedBy(new BigDecimal("6"))).isEqualTo(Ratio.of(new BigDecimal("2")));
  }

  @Test
  void test_zeroDenominator_throws() {
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, new BigDecimal("0.00"))).isInstanceOf(ArithmeticException.class);
  }
}
