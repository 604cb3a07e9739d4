package dev.o2c.aging.ecl;

import static dev.o2c.aging.ecl.ProvisionMatrixTest.d;
import static dev.o2c.aging.ecl.ProvisionMatrixTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Roll rates and chained loss rates against a worked example computed by hand. */
class RollRatesTest {

  private static final List<String> LABELS = List.of("current", "1-30", "31+");

  /*            current  1-30  31+    written off during the following month
   *   month 0    1000    400  100    50
   *   month 1    1200    300  160    80
   *   month 2    1100    500  150
   */
  private static final List<BucketBalances> SNAPSHOTS = List.of(
      BucketBalances.of(LABELS, List.of(eur("1000.00"), eur("400.00"), eur("100.00"))),
      BucketBalances.of(LABELS, List.of(eur("1200.00"), eur("300.00"), eur("160.00"))),
      BucketBalances.of(LABELS, List.of(eur("1100.00"), eur("500.00"), eur("150.00"))));

  @Test
  void test_rollRates_andChainedLossRates() {
    RollRates rates = RollRates.estimate(SNAPSHOTS, List.of(eur("50.00"), eur("80.00")));
    // current -> 1-30: (300 + 500) / (1000 + 1200) = 800 / 2200 = 4/11
    // 1-30 -> 31+:     (160 + 150) / (400 + 300)  = 310 / 700  = 31/70
    // 31+ -> loss:     (50 + 80)   / (100 + 160)  = 130 / 260  = 1/2
    assertThat(rates.rollRates()).containsExactly(Optional.of(fraction(4, 11)), Optional.of(fraction(31, 70)),
        Optional.of(new BigDecimal("0.5")));
    // loss(31+) = 1/2; loss(1-30) = 31/70 × 1/2 = 31/140 = 0.2214...; loss(current) = 4/11 × 31/140 = 124/1540 = 0.0805...
    List<BigDecimal> loss = rates.lossRates().stream().map(Optional::orElseThrow).toList();
    assertThat(loss.get(2)).isEqualByComparingTo("0.5");
    assertThat(loss.get(1).round(new MathContext(30))).isEqualByComparingTo(fraction(31, 140).round(new MathContext(30)));
    assertThat(loss.get(0).round(new MathContext(30))).isEqualByComparingTo(fraction(124, 1540).round(new MathContext(30)));
    // the matrix from them, on 1,000.00 current, 1,000.00 1-30, 1,000.00 31+:
    // 80.52 (80.519...) + 221.43 (221.428...) + 500.00 = 801.95
    Allowance allowance = rates.provisionMatrix()
        .apply(BucketBalances.of(LABELS, List.of(eur("1000.00"), eur("1000.00"), eur("1000.00"))));
    assertThat(allowance.rows()).extracting(AllowanceRow::allowance)
        .containsExactly(eur("80.52"), eur("221.43"), eur("500.00"));
    assertThat(allowance.total()).isEqualTo(eur("801.95"));
  }

  @Test
  void test_rollRatesAboveOne_areCapped_andEmptyBuckets_haveNoRate() {
    List<BucketBalances> snapshots = List.of(
        BucketBalances.of(LABELS, List.of(eur("100.00"), eur("0.00"), eur("0.00"))),
        BucketBalances.of(LABELS, List.of(eur("100.00"), eur("250.00"), eur("0.00"))));
    RollRates rates = RollRates.estimate(snapshots, List.of(eur("0.00")));
    // current -> 1-30: 250 / 100 = 2.5, capped at 1; 1-30 and 31+ never held anything: no rate
    assertThat(rates.rollRates()).containsExactly(Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty());
    assertThat(rates.lossRates()).containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    assertThatThrownBy(rates::provisionMatrix).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bucket current has no loss rate");
  }

  @Test
  void test_givenRollRates_chain() {
    RollRates rates = RollRates.of(LABELS, List.of(d("0.2"), d("0.5"), d("0.4")));
    // 0.4; 0.5 × 0.4 = 0.2; 0.2 × 0.2 = 0.04
    assertThat(rates.provisionMatrix()).isEqualTo(ProvisionMatrix.of(LABELS, List.of(d("0.04"), d("0.2"), d("0.4"))));
  }

  @Test
  void test_badHistory_isRefused() {
    assertThatThrownBy(() -> RollRates.estimate(SNAPSHOTS.subList(0, 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> RollRates.estimate(SNAPSHOTS, List.of(eur("1.00"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 2 write-offs");
    assertThatThrownBy(() -> RollRates.estimate(SNAPSHOTS, List.of(eur("1.00"), eur("-1.00"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    List<BucketBalances> otherBuckets = List.of(SNAPSHOTS.get(0),
        BucketBalances.of(List.of("a", "b", "c"), List.of(eur("1.00"), eur("1.00"), eur("1.00"))));
    assertThatThrownBy(() -> RollRates.estimate(otherBuckets, List.of(eur("1.00"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshot 1 has buckets [a, b, c]");
  }

  private static BigDecimal fraction(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RollRates.PRECISION);
  }
}
