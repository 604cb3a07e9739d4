package dev.o2c.aging.ecl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of the allowance and of roll-rate chains, on seeded random books and histories. */
class EclPropertiesTest {

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(Monetary.getCurrency("JPY"), Monetary.getCurrency("EUR"), Monetary.getCurrency("KWD"));

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  @Test
  void test_allowanceTotal_isTheSumOfRows_eachRowWithinHalfAMinorUnitOfTheExactProduct() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      int buckets = random.nextInt(1, 9);
      List<String> labels = new ArrayList<>();
      List<Money> gross = new ArrayList<>();
      List<BigDecimal> rates = new ArrayList<>();
      for (int i = 0; i < buckets; i++) {
        labels.add("b" + i);
        gross.add(Money.ofMinor(currency, random.nextLong(-1_000_000_00L, 10_000_000_000_00L)));
        rates.add(BigDecimal.valueOf(random.nextLong(0, 1_000_001), random.nextInt(6, 9)).min(BigDecimal.ONE));
      }
      Allowance allowance = ProvisionMatrix.of(labels, rates).apply(BucketBalances.of(labels, gross));
      Money sum = Money.zero(currency);
      BigDecimal halfMinor = BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits()).divide(BigDecimal.valueOf(2));
      for (int i = 0; i < buckets; i++) {
        AllowanceRow row = allowance.rows().get(i);
        sum = sum.plus(row.allowance());
        BigDecimal exact = gross.get(i).amount().multiply(rates.get(i));
        assertThat(row.allowance().amount().subtract(exact).abs()).isLessThanOrEqualTo(halfMinor);
        assertThat(row.allowance().amount()).isEqualByComparingTo(
            exact.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP));
      }
      assertThat(allowance.total()).isEqualTo(sum);
      assertThat(allowance.grossTotal()).isEqualTo(Money.total(currency, gross));
      // and the adjusting entry brings any existing balance to the total
      Money existing = Money.ofMinor(currency, random.nextLong(-1_000_000_00L, 1_000_000_00L));
      assertThat(allowance.adjustment(existing).adjustedBalance()).isEqualTo(allowance.total());
    });
  }

  @Test
  void test_lossRates_chainRollRates_inZeroToOne_growingWithAge() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      int buckets = random.nextInt(1, 8);
      int months = random.nextInt(2, 14);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < buckets; i++) {
        labels.add("b" + i);
      }
      List<BucketBalances> snapshots = new ArrayList<>();
      List<Money> writeOffs = new ArrayList<>();
      for (int t = 0; t < months; t++) {
        List<Money> gross = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
          // mostly positive balances, sometimes empty or net credit buckets
          long minor = random.nextInt(10) == 0 ? random.nextLong(-5_000, 1) : random.nextLong(0, 5_000_000);
          gross.add(Money.ofMinor(currency, minor));
        }
        snapshots.add(BucketBalances.of(labels, gross));
        if (t > 0) {
          writeOffs.add(Money.ofMinor(currency, random.nextLong(0, 2_000_000)));
        }
      }
      RollRates rates = RollRates.estimate(snapshots, writeOffs);
      List<Optional<BigDecimal>> roll = rates.rollRates();
      List<Optional<BigDecimal>> loss = rates.lossRates();
      for (int i = 0; i < buckets; i++) {
        roll.get(i).ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        loss.get(i).ifPresent(l -> assertThat(l).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        // the chain: loss(i) = roll(i) × loss(i + 1), loss(oldest) = roll(oldest), exactly
        Optional<BigDecimal> older = i + 1 < buckets ? loss.get(i + 1) : Optional.of(BigDecimal.ONE);
        Optional<BigDecimal> chained = roll.get(i).flatMap(r -> older.map(r::multiply));
        assertThat(loss.get(i).map(BigDecimal::stripTrailingZeros)).isEqualTo(chained.map(BigDecimal::stripTrailingZeros));
        // an older bucket never expects to lose a smaller share than a younger one
        if (i + 1 < buckets && loss.get(i).isPresent()) {
          assertThat(loss.get(i).get()).isLessThanOrEqualTo(loss.get(i + 1).orElseThrow());
        }
      }
    });
  }

  @Test
  void test_estimate_recoversTheRollRatesThatMadeTheHistory() {
    // A history where every bucket rolls exactly r(i) of its balance into the next each month, and the oldest
    // bucket r(last) into write-off: the estimate gives back exactly those rates.
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      CurrencyUnit eur = Monetary.getCurrency("EUR");
      int buckets = random.nextInt(1, 7);
      int months = random.nextInt(2, 10);
      long[] percent = new long[buckets];
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < buckets; i++) {
        percent[i] = random.nextLong(0, 101);
        labels.add("b" + i);
      }
      // fresh balances in multiples of 100^buckets cents, so that every roll of r(i) percent stays exact in cents
      long unit = BigDecimal.TEN.pow(2 * buckets).longValueExact();
      long[][] gross = new long[months][buckets];
      List<BucketBalances> snapshots = new ArrayList<>();
      List<Money> writeOffs = new ArrayList<>();
      for (int t = 0; t < months; t++) {
        for (int i = 0; i < buckets; i++) {
          gross[t][i] = i == 0 || t == 0 ? random.nextLong(1, 1000) * unit : gross[t - 1][i - 1] * percent[i - 1] / 100;
        }
        List<Money> row = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
          row.add(Money.ofMinor(eur, gross[t][i]));
        }
        snapshots.add(BucketBalances.of(labels, row));
        if (t > 0) {
          writeOffs.add(Money.ofMinor(eur, gross[t - 1][buckets - 1] * percent[buckets - 1] / 100));
        }
      }
      RollRates rates = RollRates.estimate(snapshots, writeOffs);
      for (int i = 0; i < buckets; i++) {
        BigDecimal expected = BigDecimal.valueOf(percent[i], 2);
        boolean everHeld = false;
        for (int t = 0; t + 1 < months; t++) {
          everHeld |= gross[t][i] > 0;
        }
        if (everHeld) {
          assertThat(rates.rollRates().get(i).orElseThrow()).isEqualByComparingTo(expected);
        } else {
          assertThat(rates.rollRates().get(i)).isEmpty();
        }
      }
    });
  }
}
