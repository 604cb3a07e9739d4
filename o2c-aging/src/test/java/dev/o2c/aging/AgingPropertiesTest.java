package dev.o2c.aging;

import static dev.o2c.aging.TestBooks.AS_OF;
import static dev.o2c.aging.TestBooks.CURRENCIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Properties of aging on random books: it agrees with a brute-force aging written from the CLI
 * contract's words, bucket totals equal the book total, the order of items does not matter, merging
 * the reports of any partition equals aging the whole (associatively and commutatively), and the
 * columnar pass gives exactly the object API's report. Set {@code -Do2c.qt.examples=N} for more.
 */
class AgingPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000) / 4;

  /** A random bucket set: 1 to 5 boundaries, strictly increasing, from 1 to about 400 days. */
  static int[] boundaries(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] bounds = new int[1 + random.nextInt(5)];
    int last = 0;
    for (int i = 0; i < bounds.length; i++) {
      last += 1 + random.nextInt(80);
      bounds[i] = last;
    }
    return bounds;
  }

  static AgingBasis basis(long seed) {
    return new SplittableRandom(seed ^ 0x5DEECE66DL).nextBoolean() ? AgingBasis.DUE_DATE : AgingBasis.DOCUMENT_DATE;
  }

  static LocalDate asOf(long seed) {
    return AS_OF.plusDays(new SplittableRandom(seed * 31).nextInt(-200, 200));
  }

  static Aging aging(long seed) {
    AgingBasis basis = basis(seed);
    return Aging.of(basis, AgingBuckets.forBasis(basis, boundaries(seed)));
  }

  @Test
  void test_agreesWithBruteForce_andBucketTotalsEqualTheBookTotal() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, size) -> {
      List<OpenItem> items = TestBooks.items(seed, size, 1 + (int) Math.floorMod(seed, 12L), CURRENCIES, AS_OF);
      Aging aging = aging(seed);
      LocalDate asOf = asOf(seed);
      AgingReport<CustomerId> report = aging.byCustomer(items, asOf);

      assertThat(TestBooks.cells(report))
          .isEqualTo(TestBooks.bruteForce(items, asOf, aging.basis(), aging.buckets().boundaries()));
      for (CurrencyUnit currency : CURRENCIES) {
        BigDecimal book = items.stream().filter(i -> i.openAmount().currency().equals(currency))
            .map(i -> i.openAmount().amount()).reduce(Money.zero(currency).amount(), BigDecimal::add);
        BigDecimal buckets = report.openAmountsByBucket(currency).stream().map(Money::amount)
            .reduce(Money.zero(currency).amount(), BigDecimal::add);
        assertThat(buckets).isEqualTo(book);
        assertThat(report.total(currency).amount()).isEqualTo(book);
        BigDecimal rows = report.rows().stream().filter(r -> r.currency().equals(currency))
            .map(r -> r.total().amount()).reduce(Money.zero(currency).amount(), BigDecimal::add);
        assertThat(rows).isEqualTo(book);
      }
    });
  }

  @Test
  void test_invariantToItemOrder() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, size) -> {
      List<OpenItem> items = TestBooks.items(seed, size, 5, CURRENCIES, AS_OF);
      List<OpenItem> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, new Random(seed));
      Aging aging = aging(seed);
      assertThat(aging.byCustomer(shuffled, asOf(seed))).isEqualTo(aging.byCustomer(items, asOf(seed)));
    });
  }

  /**
   * Any partition of the book into up to five parts, aged part by part and merged in a random order
   * and grouping, gives the report of the whole; merge is commutative and associative.
   */
  @Test
  void test_mergeOfPartitions_equalsAgingTheWhole_associativeAndCommutative() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 200), integers().between(1, 5))
        .checkAssert((seed, size, parts) -> {
          List<OpenItem> items = TestBooks.items(seed, size, 7, CURRENCIES, AS_OF);
          Aging aging = aging(seed);
          LocalDate asOf = asOf(seed);
          SplittableRandom random = new SplittableRandom(seed + 1);
          List<List<OpenItem>> partition = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            partition.add(new ArrayList<>());
          }
          items.forEach(item -> partition.get(random.nextInt(parts)).add(item));
          List<AgingReport<CustomerId>> reports = new ArrayList<>();
          partition.forEach(part -> reports.add(aging.byCustomer(part, asOf)));
          Collections.shuffle(reports, new Random(seed));

          AgingReport<CustomerId> whole = aging.byCustomer(items, asOf);
          AgingReport<CustomerId> leftFold = AgingReport.empty(asOf, aging.basis(), aging.buckets());
          for (AgingReport<CustomerId> r : reports) {
            leftFold = leftFold.merge(r);
          }
          AgingReport<CustomerId> rightFold = AgingReport.empty(asOf, aging.basis(), aging.buckets());
          for (int i = reports.size() - 1; i >= 0; i--) {
            rightFold = reports.get(i).merge(rightFold);
          }
          assertThat(leftFold).isEqualTo(whole);
          assertThat(rightFold).isEqualTo(whole);
          AgingReport<CustomerId> a = reports.get(0);
          AgingReport<CustomerId> b = reports.get(reports.size() / 2);
          AgingReport<CustomerId> c = reports.get(reports.size() - 1);
          assertThat(a.merge(b)).isEqualTo(b.merge(a));
          assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
        });
  }

  /**
   * The columnar pass, on 1 to 4 workers cutting the book into chunks of 1 to 40 items, gives exactly
   * the object API's report: same rows, sums and counts. One book per currency, merged.
   */
  @Test
  void test_columnar_equalsObjectApi() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 300), integers().between(1, 4),
        integers().between(1, 40)).checkAssert((seed, size, workers, chunk) -> {
          List<OpenItem> items = TestBooks.items(seed, size, 1 + (int) Math.floorMod(seed, 20L), CURRENCIES, AS_OF);
          Aging aging = aging(seed);
          LocalDate asOf = asOf(seed);
          AgingReport<CustomerId> columnar = AgingReport.empty(asOf, aging.basis(), aging.buckets());
          for (CurrencyUnit currency : CURRENCIES) {
            List<OpenItem> ofCurrency = items.stream().filter(i -> i.openAmount().currency().equals(currency)).toList();
            ColumnarBook<CustomerId> book = ColumnarBook.of(ofCurrency, currency, aging, asOf, OpenItem::customerId);
            columnar = columnar.merge(ColumnarAging.age(book, asOf, aging.buckets(), workers, chunk));
          }
          assertThat(columnar).isEqualTo(aging.byCustomer(items, asOf));
        });
  }

  /** The net-only columnar pass gives, per customer and bucket, the net of the object API's rows. */
  @Test
  void test_columnarNetSums_equalObjectApiNets() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 300), integers().between(1, 4))
        .checkAssert((seed, size, workers) -> {
          CurrencyUnit currency = CURRENCIES.get(0);
          List<OpenItem> items = TestBooks.items(seed, size, 1 + (int) Math.floorMod(seed, 20L), List.of(currency), AS_OF);
          Aging aging = aging(seed);
          LocalDate asOf = asOf(seed);
          ColumnarBook<CustomerId> book = ColumnarBook.of(items, currency, aging, asOf, OpenItem::customerId);
          long[] net = ColumnarAging.netSums(book, asOf, aging.buckets(), workers);
          AgingReport<CustomerId> report = aging.byCustomer(items, asOf);
          int n = aging.buckets().size();
          for (int g = 0; g < book.keys().size(); g++) {
            CustomerId customer = book.keys().get(g);
            for (int b = 0; b < n; b++) {
              int bucket = b;
              long expected = report.row(customer, currency).map(r -> r.net(bucket).minorUnits()).orElse(0L);
              assertThat(net[g * n + b]).as("%s bucket %d", customer, b).isEqualTo(expected);
            }
          }
        });
  }
}
