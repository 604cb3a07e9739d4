package dev.o2c.aging.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the KPI summaries: the mergeable ones merge like the sums they are (any split, any
 * grouping, any order gives the statistics of the whole), and the two DSO methods agree where they
 * must. Each example is built from a seed, so QuickTheories' reported seed reproduces it.
 */
class KpiPropertiesTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final YearMonth FIRST = YearMonth.of(2025, 1);

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  @Test
  void test_paymentStatistics_mergeOfParts_equalsTheWhole_inAnyGroupingAndOrder() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<ClearedItem> items = clearedItems(random);
      List<List<ClearedItem>> parts = split(items, 3, random);
      PaymentStatistics a = PaymentStatistics.of(parts.get(0));
      PaymentStatistics b = PaymentStatistics.of(parts.get(1));
      PaymentStatistics c = PaymentStatistics.of(parts.get(2));
      PaymentStatistics whole = PaymentStatistics.of(items);
      assertThat(a.merge(b).merge(c)).isEqualTo(whole);
      assertThat(a.merge(b.merge(c))).isEqualTo(whole);
      assertThat(c.merge(a).merge(b)).isEqualTo(whole);
      assertThat(a.merge(PaymentStatistics.empty())).isEqualTo(a);
      assertThat(PaymentStatistics.empty().merge(a)).isEqualTo(a);
      // the per-customer statistics merge back into the portfolio's
      PaymentStatistics byCustomer = PaymentStatistics.byCustomer(items).values().stream()
          .reduce(PaymentStatistics.empty(), PaymentStatistics::merge);
      assertThat(byCustomer).isEqualTo(whole);
      // and the averages are those of the whole, computed directly
      if (!items.isEmpty()) {
        long days = items.stream().mapToLong(ClearedItem::daysToPay).sum();
        long weighted = items.stream().mapToLong(i -> i.amount().minorUnits() * i.daysToPay()).sum();
        long amount = items.stream().mapToLong(i -> i.amount().minorUnits()).sum();
        assertThat(whole.averageDaysToPay()).contains(Ratio.of(BigDecimal.valueOf(days), BigDecimal.valueOf(items.size())));
        assertThat(whole.weightedAverageDaysToPay())
            .contains(Ratio.of(BigDecimal.valueOf(weighted), BigDecimal.valueOf(amount)));
      }
    });
  }

  @Test
  void test_portfolioFigures_mergeOfCustomers_equalsMonthlySums_inAnyOrder() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      int customers = random.nextInt(1, 6);
      List<PortfolioFigures> parts = new ArrayList<>();
      Map<YearMonth, BigDecimal[]> oracle = new TreeMap<>();
      for (int c = 0; c < customers; c++) {
        List<PeriodFigures> months = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
          if (random.nextInt(4) == 0) {
            continue;   // the customer had nothing that month
          }
          YearMonth month = FIRST.plusMonths(m);
          BigDecimal sales = BigDecimal.valueOf(random.nextLong(0, 1_000_000_00), 2);
          BigDecimal receivables = BigDecimal.valueOf(random.nextLong(-1000_00, 2_000_000_00), 2);
          BigDecimal current = BigDecimal.valueOf(random.nextLong(-1000_00, 1_000_000_00), 2);
          months.add(PeriodFigures.of(month, sales, receivables, current));
          BigDecimal[] sums = oracle.computeIfAbsent(month,
              k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
          sums[0] = sums[0].add(sales);
          sums[1] = sums[1].add(receivables);
          sums[2] = sums[2].add(current);
        }
        parts.add(PortfolioFigures.of(months));
      }
      List<PeriodFigures> expected = new ArrayList<>();
      oracle.forEach((month, sums) -> expected.add(PeriodFigures.of(month, sums[0], sums[1], sums[2])));

      PortfolioFigures leftToRight = parts.stream().reduce(PortfolioFigures.empty(), PortfolioFigures::merge);
      List<PortfolioFigures> shuffled = new ArrayList<>(parts);
      Collections.shuffle(shuffled, new Random(seed));
      PortfolioFigures rightNested = PortfolioFigures.empty();
      for (PortfolioFigures part : shuffled) {
        rightNested = part.merge(rightNested);
      }
      assertThat(leftToRight.months()).isEqualTo(expected);
      assertThat(rightNested).isEqualTo(leftToRight);
    });
  }

  @Test
  void test_countback_equalsPeriodDso_whenSalesAreConstant_andMonthsThirtyDays() {
    // With the same sales s every month and 30-day months, exhausting R takes R / s months of 30 days,
    // which is exactly the period method's R × 30N / (N s).
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      BigDecimal sales = BigDecimal.valueOf(random.nextLong(1, 10_000_000_00L), 2);
      BigDecimal receivables = BigDecimal.valueOf(random.nextLong(0, 11 * sales.unscaledValue().longValue()), 2);
      int window = random.nextInt(1, 13);
      List<PeriodFigures> months = new ArrayList<>();
      for (int m = 0; m < 12; m++) {
        months.add(PeriodFigures.of(FIRST.plusMonths(m), sales, m == 11 ? receivables : sales));
      }
      PeriodKpis last = KpiSeries.at(months, 11, window, MonthDays.THIRTY);
      assertThat(last.dsoCountback()).isPresent();
      assertThat(last.dsoCountback()).isEqualTo(last.dso());
    });
  }

  @Test
  void test_countback_isEmptyExactlyWhenReceivablesExceedAllSales() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<PeriodFigures> months = new ArrayList<>();
      long totalSales = 0;
      int count = random.nextInt(1, 8);
      for (int m = 0; m < count; m++) {
        long sales = random.nextLong(1, 100_000);
        totalSales += sales;
        long receivables = m == count - 1 ? random.nextLong(0, 2 * totalSales) : 0;
        months.add(PeriodFigures.of(FIRST.plusMonths(m), BigDecimal.valueOf(sales), BigDecimal.valueOf(receivables)));
      }
      long receivables = months.get(count - 1).endingReceivables().longValueExact();
      var countback = ReceivablesKpis.countbackDso(months, count - 1, MonthDays.CALENDAR);
      // the rest never drops below zero, so the walk runs out exactly when R is at least all sales
      assertThat(countback.isEmpty()).isEqualTo(receivables >= totalSales);
      int allDays = 0;
      for (PeriodFigures month : months) {
        allDays += month.month().lengthOfMonth();
      }
      int days = allDays;
      countback.ifPresent(dso -> assertThat(dso.signum()).isNotNegative());
      countback.ifPresent(dso -> assertThat(dso.compareTo(Ratio.of(BigDecimal.valueOf(days)))).isNegative());
    });
  }

  /**
   * Every KPI of every row against the contract's text computed the obvious way (decimal division at
   * 50 digits, the window and the countback walk written out again), on random series.
   */
  @Test
  void test_kpiSeries_agreesWithTheContractsFormulas_writtenOutNaively() {
    MathContext digits = new MathContext(50);
    BigDecimal tolerance = new BigDecimal("1e-40");
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      int count = random.nextInt(1, 16);
      int window = random.nextInt(1, 7);
      MonthDays monthDays = random.nextBoolean() ? MonthDays.CALENDAR : MonthDays.THIRTY;
      YearMonth start = FIRST.plusMonths(random.nextInt(0, 48));
      List<PeriodFigures> months = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        BigDecimal sales = random.nextInt(8) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextLong(0, 500_000_00), 2);
        BigDecimal receivables = BigDecimal.valueOf(random.nextLong(-10_000_00, 1_500_000_00), 2);
        months.add(random.nextInt(5) == 0 ? PeriodFigures.of(start.plusMonths(m), sales, receivables)
            : PeriodFigures.of(start.plusMonths(m), sales, receivables,
                BigDecimal.valueOf(random.nextLong(-10_000_00, 1_000_000_00), 2)));
      }
      List<PeriodKpis> rows = KpiSeries.of(months, window, monthDays);
      assertThat(rows).hasSize(Math.max(0, count - window + 1));
      for (PeriodKpis row : rows) {
        int i = months.indexOf(months.stream().filter(p -> p.month().equals(row.month())).findFirst().orElseThrow());
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        for (int j = i - window + 1; j <= i; j++) {
          s = s.add(months.get(j).creditSales());
          d = d.add(BigDecimal.valueOf(monthDays == MonthDays.THIRTY ? 30 : months.get(j).month().lengthOfMonth()));
        }
        BigDecimal r = months.get(i).endingReceivables();
        BigDecimal c = months.get(i).endingCurrent().orElse(null);
        BigDecimal b = i - window >= 0 ? months.get(i - window).endingReceivables() : null;
        BigDecimal n = BigDecimal.valueOf(window);
        BigDecimal dso = s.signum() == 0 ? null : r.multiply(d).divide(s, digits);
        BigDecimal bpdso = s.signum() == 0 || c == null ? null : c.multiply(d).divide(s, digits);
        BigDecimal add = dso == null || bpdso == null ? null : dso.subtract(bpdso);
        BigDecimal ceiDenominator = b == null || c == null ? null : b.add(s.divide(n, digits)).subtract(c);
        BigDecimal cei = ceiDenominator == null || ceiDenominator.abs().compareTo(tolerance) < 0 ? null
            : b.add(s.divide(n, digits)).subtract(r).divide(ceiDenominator, digits).multiply(BigDecimal.valueOf(100));
        BigDecimal percentCurrent = c == null || r.signum() == 0 ? null
            : c.divide(r, digits).multiply(BigDecimal.valueOf(100));
        BigDecimal turnover = r.signum() == 0 ? null
            : s.multiply(BigDecimal.valueOf(365).divide(d, digits)).divide(r, digits);
        // countback, word for word: "while the rest is at least the month's sales, subtract them and count the
        // month's days; then add rest / sales × days of the first month whose sales exceed the rest"
        BigDecimal countback = null;
        BigDecimal rest = r;
        BigDecimal counted = BigDecimal.ZERO;
        for (int j = i; j >= 0; j--) {
          BigDecimal sales = months.get(j).creditSales();
          BigDecimal days = BigDecimal.valueOf(monthDays.days(months.get(j).month()));
          if (rest.compareTo(sales) >= 0) {
            rest = rest.subtract(sales);
            counted = counted.add(days);
          } else {
            countback = sales.signum() == 0 ? null : counted.add(rest.divide(sales, digits).multiply(days));
            break;
          }
        }
        assertClose(row.dso(), dso, tolerance);
        assertClose(row.bestPossibleDso(), bpdso, tolerance);
        assertClose(row.averageDaysDelinquent(), add, tolerance);
        assertClose(row.collectionEffectivenessIndex(), cei, tolerance);
        assertClose(row.percentCurrent(), percentCurrent, tolerance);
        assertClose(row.turnover(), turnover, tolerance);
        assertClose(row.dsoCountback(), countback, tolerance);
      }
    });
  }

  private static void assertClose(Optional<Ratio> actual, BigDecimal expected, BigDecimal tolerance) {
    if (expected == null) {
      assertThat(actual).isEmpty();
    } else {
      assertThat(actual).isPresent();
      BigDecimal value = actual.get().toBigDecimal(new MathContext(60));
      // relative to the size of the value: both sides are exact to about 50 significant digits
      BigDecimal scale = expected.abs().max(BigDecimal.ONE);
      assertThat(value.subtract(expected).abs()).isLessThanOrEqualTo(tolerance.multiply(scale));
    }
  }

  private static List<ClearedItem> clearedItems(SplittableRandom random) {
    int n = random.nextInt(0, 40);
    List<ClearedItem> items = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      LocalDate document = start.plusDays(random.nextInt(0, 700));
      LocalDate due = document.plusDays(random.nextInt(0, 91));
      LocalDate paid = document.plusDays(random.nextInt(0, 200));
      Money amount = Money.ofMinor(EUR, random.nextLong(1, 1_000_000_000L));
      items.add(new ClearedItem(CustomerId.of("C-" + random.nextInt(5)), amount, document, due, paid));
    }
    return items;
  }

  private static <T> List<List<T>> split(List<T> items, int parts, SplittableRandom random) {
    List<List<T>> result = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      result.add(new ArrayList<>());
    }
    items.forEach(item -> result.get(random.nextInt(parts)).add(item));
    return result;
  }
}
