package dev.o2c.aging.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of simple interest and of payment allocation. Each example is built from a seed, so
 * QuickTheories' reported seed reproduces it.
 */
class InterestPropertiesTest {

  private static final DayCount[] DAY_COUNTS = {DayCounts.ACT_365F, DayCounts.ACT_360, DayCounts.THIRTY_E_360,
      DayCounts.ACT_ACT_ISDA};
  private static final String[] CURRENCIES = {"EUR", "JPY", "KWD", "GBP"};
  private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  /** A base-rate table with a few changes from 2019 on, some rates negative (as the German one was). */
  private static RateTable table(SplittableRandom random) {
    TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
    LocalDate day = EPOCH;
    for (int i = random.nextInt(1, 8); i > 0; i--) {
      rates.put(day, BigDecimal.valueOf(random.nextInt(-90, 600), 2));
      day = day.plusDays(random.nextInt(1, 400));
    }
    return RateTable.of(rates);
  }

  private static AnnualRate rate(SplittableRandom random) {
    RateTable table = table(random);
    switch (random.nextInt(3)) {
      case 0:
        return AnnualRate.fixed(BigDecimal.valueOf(random.nextInt(0, 2000), 2));
      case 1:
        return AnnualRate.following(table, new BigDecimal("9"));
      default:
        return AnnualRate.halfYearly(table, new BigDecimal("8"));
    }
  }

  private static LocalDate day(SplittableRandom random) {
    return EPOCH.plusDays(random.nextInt(0, 2500));
  }

  @Test
  void test_dayCounts_areAdditiveOverAdjacentPeriods() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate[] days = {day(random), day(random), day(random)};
      java.util.Arrays.sort(days);
      for (DayCount count : DAY_COUNTS) {
        assertThat(count.yearFraction(days[0], days[1]).plus(count.yearFraction(days[1], days[2])))
            .isEqualTo(count.yearFraction(days[0], days[2]));
        assertThat(count.days(days[0], days[1]) + count.days(days[1], days[2])).isEqualTo(count.days(days[0], days[2]));
      }
    });
  }

  @Test
  void test_interest_isAdditiveOverAdjacentPeriods_beforeRounding_andZeroDaysGiveZero() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate[] days = {day(random), day(random), day(random)};
      java.util.Arrays.sort(days);
      AnnualRate rate = rate(random);
      DayCount count = DAY_COUNTS[random.nextInt(DAY_COUNTS.length)];
      Money principal = Money.ofMinor(javax.money.Monetary.getCurrency(CURRENCIES[random.nextInt(CURRENCIES.length)]),
          random.nextLong(0, 10_000_000_000L));
      Ratio whole = SimpleInterest.accrue(principal, days[0], days[2], rate, count, List.of()).exactInterest();
      Ratio first = SimpleInterest.accrue(principal, days[0], days[1], rate, count, List.of()).exactInterest();
      Ratio second = SimpleInterest.accrue(principal, days[1], days[2], rate, count, List.of()).exactInterest();
      assertThat(first.plus(second)).isEqualTo(whole);
      InterestAccrual none = SimpleInterest.accrue(principal, days[1], days[1], rate, count, List.of());
      assertThat(none.exactInterest().signum()).isZero();
      assertThat(none.interest().isZero()).isTrue();
    });
  }

  @Test
  void test_morePrincipal_neverGivesLessInterest() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate start = day(random);
      LocalDate end = start.plusDays(random.nextInt(0, 800));
      AnnualRate rate = rate(random);
      DayCount count = DAY_COUNTS[random.nextInt(DAY_COUNTS.length)];
      Money smaller = Money.ofMinor(javax.money.Monetary.getCurrency("EUR"), random.nextLong(0, 1_000_000_000L));
      Money larger = smaller.plus(Money.ofMinor(smaller.currency(), random.nextLong(0, 1_000_000_000L)));
      List<PartialPayment> payments = new ArrayList<>();
      long left = smaller.minorUnits();
      for (int i = random.nextInt(0, 4); i > 0 && left > 0; i--) {
        long amount = random.nextLong(1, left + 1);
        payments.add(PartialPayment.of(start.plusDays(random.nextInt(-5, 900)), Money.ofMinor(smaller.currency(), amount)));
        left -= amount;
      }
      InterestAccrual less = SimpleInterest.accrue(smaller, start, end, rate, count, payments);
      InterestAccrual more = SimpleInterest.accrue(larger, start, end, rate, count, payments);
      assertThat(more.exactInterest()).isGreaterThanOrEqualTo(less.exactInterest());
      assertThat(more.interest().isGreaterThanOrEqualTo(less.interest())).isTrue();
      // and the sub-periods cover the period day by day
      assertThat(less.periods().stream().mapToLong(InterestPeriod::days).sum()).isEqualTo(less.days());
    });
  }

  @Test
  void test_allocation_partsAddUpToThePayment_andNoPartExceedsWhatIsOwed() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      javax.money.CurrencyUnit currency = javax.money.Monetary.getCurrency(CURRENCIES[random.nextInt(CURRENCIES.length)]);
      Money payment = Money.ofMinor(currency, random.nextLong(0, 1_000_000L));
      Money costs = Money.ofMinor(currency, random.nextLong(0, 10_000L));
      Money interest = Money.ofMinor(currency, random.nextLong(0, 100_000L));
      Money principal = Money.ofMinor(currency, random.nextLong(0, 1_000_000L));
      ClaimPart[] order = ClaimPart.values().clone();
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        ClaimPart swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (PaymentAllocation allocation : new PaymentAllocation[] {PaymentAllocation.COSTS_INTEREST_PRINCIPAL,
          PaymentAllocation.PRINCIPAL_FIRST, PaymentAllocation.inOrder(order)}) {
        Allocation split = allocation.allocate(payment, costs, interest, principal);
        assertThat(split.total()).isEqualTo(payment);
        assertThat(split.costs().isLessThanOrEqualTo(costs)).isTrue();
        assertThat(split.interest().isLessThanOrEqualTo(interest)).isTrue();
        assertThat(split.principal().isLessThanOrEqualTo(principal)).isTrue();
        // a surplus only once everything owed is paid
        if (split.surplus().isPositive()) {
          assertThat(Money.total(split.costs(), split.interest(), split.principal()))
              .isEqualTo(Money.total(costs, interest, principal));
        }
      }
    });
  }

  @Test
  void test_lateInterest_everyPaymentIsAccountedFor_andInterestChargedIsNeverNegative() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate due = day(random);
      LocalDate asOf = due.plusDays(random.nextInt(-10, 700));
      Money amount = Money.ofMinor(javax.money.Monetary.getCurrency("EUR"), random.nextLong(0, 10_000_000L));
      List<PartialPayment> payments = new ArrayList<>();
      for (int i = random.nextInt(0, 5); i > 0; i--) {
        payments.add(PartialPayment.of(due.plusDays(random.nextInt(-20, 700)),
            Money.ofMinor(amount.currency(), random.nextLong(1, 5_000_000L))));
      }
      LateInterest late = LateInterest.of(LatePaymentRegime.contract(BigDecimal.valueOf(random.nextInt(0, 2000), 2)));
      if (random.nextBoolean()) {
        late = late.withAllocation(PaymentAllocation.PRINCIPAL_FIRST);
      }
      ItemInterest position = late.onItem(amount, due, payments, asOf);
      Money received = Money.total(amount.currency(), payments.stream().filter(p -> !p.date().isAfter(asOf))
          .map(PartialPayment::amount).toList());
      // what was charged less what is open is what was paid; payments pay that, or are surplus
      Money charged = Money.total(amount, position.interest(), position.costs());
      assertThat(charged.minus(position.totalOpen()).plus(position.surplus())).isEqualTo(received);
      assertThat(position.interestOpen().isNegative()).isFalse();
      assertThat(position.principalOpen().isNegative()).isFalse();
    });
  }
}
