package dev.o2c.aging;

import static dev.o2c.aging.TestBooks.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the columnar pass, its exact sums near the limits of a long, and its checks. */
class ColumnarAgingTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);
  static final int DAY = (int) AS_OF.toEpochDay();

  /**
   * Group A: 100.00 due today (age 0, current), -30.00 due 10 days ago (1-30, credit), 0.00 (cleared,
   * not counted); group B: 5.00 due 200 days ago (121+). So A: current 100.00, 1-30 -30.00, 2 items;
   * B: 121+ 5.00, 1 item.
   */
  @Test
  void test_workedExample() {
    ColumnarBook<String> book = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE,
        new long[] {10_000, -3_000, 0, 500}, new int[] {DAY, DAY - 10, DAY - 50, DAY - 200}, new int[] {0, 0, 0, 1},
        List.of("A", "B"));
    AgingReport<String> report = ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD, 2, 1);
    AgingRow<String> a = report.row("A", EUR).orElseThrow();
    assertThat(a.net(0)).isEqualTo(Money.of("EUR", "100.00"));
    assertThat(a.credits(1)).isEqualTo(Money.of("EUR", "-30.00"));
    assertThat(a.itemCount()).isEqualTo(2);
    assertThat(report.row("B", EUR).orElseThrow().net(5)).isEqualTo(Money.of("EUR", "5.00"));
    assertThat(report.itemCount()).isEqualTo(3);
  }

  /** Amounts so big that their count times the largest could overflow: every sum is checked, exact when it fits. */
  @Test
  void test_hugeAmounts_exactWhenTheyFit_arithmeticExceptionWhenNot() {
    long big = Long.MAX_VALUE / 2;
    ColumnarBook<String> fits = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[] {big, -big, big},
        new int[] {DAY, DAY, DAY - 40}, new int[] {0, 0, 0}, List.of("A"));
    AgingRow<String> row = ColumnarAging.age(fits, AS_OF, AgingBuckets.STANDARD).row("A", EUR).orElseThrow();
    assertThat(row.debits(0).minorUnits()).isEqualTo(big);
    assertThat(row.credits(0).minorUnits()).isEqualTo(-big);
    assertThat(row.debits(2).minorUnits()).isEqualTo(big);

    ColumnarBook<String> overflows = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[] {big, big, big},
        new int[] {DAY, DAY, DAY}, new int[] {0, 0, 0}, List.of("A"));
    assertThatThrownBy(() -> ColumnarAging.age(overflows, AS_OF, AgingBuckets.STANDARD, 1, 1))
        .isInstanceOf(ArithmeticException.class);
  }

  /** Dates so far apart that an age does not fit an int: the checked pass still ages them right. */
  @Test
  void test_extremeDates_agedByTheCheckedPass() {
    ColumnarBook<String> book = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[] {1, 2},
        new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, new int[] {0, 0}, List.of("A"));
    AgingRow<String> row = ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD).row("A", EUR).orElseThrow();
    assertThat(row.net(5).minorUnits()).isEqualTo(1); // due long ago: 121+
    assertThat(row.net(0).minorUnits()).isEqualTo(2); // due far ahead: current
  }

  /** 100,000 customers, sums of several megabytes, two workers: the same report as the object API. */
  @Test
  void test_manyGroups_partitionedPass_equalsObjectApi() {
    List<dev.o2c.core.domain.OpenItem> items = TestBooks.items(11, 200_000, 100_000, List.of(EUR), AS_OF);
    Aging aging = Aging.standard();
    ColumnarBook<dev.o2c.core.id.CustomerId> book = ColumnarBook.of(items, EUR, aging, AS_OF,
        dev.o2c.core.domain.OpenItem::customerId);
    assertThat(ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD)).isEqualTo(aging.byCustomer(items, AS_OF));
  }

  @Test
  void test_wrap_refusesInconsistentColumns() {
    assertThatThrownBy(() -> ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[] {1}, new int[0], new int[] {0},
        List.of("A"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    assertThatThrownBy(() -> ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[] {1}, new int[] {DAY},
        new int[] {1}, List.of("A"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group index 1");
    assertThatThrownBy(() -> ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[0], new int[0], new int[0],
        List.of("A", "A"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not distinct");
    assertThat(ColumnarAging.age(ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, new long[0], new int[0], new int[0],
        List.of("A")), AS_OF, AgingBuckets.STANDARD).rows()).isEmpty();
  }
}
