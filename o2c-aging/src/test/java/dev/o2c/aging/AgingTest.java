package dev.o2c.aging;

import static dev.o2c.aging.TestBooks.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Worked examples, every age and bucket computed by hand in the comments. */
class AgingTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);
  static final CustomerId C1 = CustomerId.of("C-1");
  static final CustomerId C2 = CustomerId.of("C-2");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");

  static OpenItem item(String number, CustomerId customer, ItemKind kind, String document, String due, String amount,
      CurrencyUnit currency) {
    Money original = Money.of(currency.getCurrencyCode(), amount);
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(customer).kind(kind)
        .documentDate(LocalDate.parse(document)).dueDate(LocalDate.parse(due)).originalAmount(original).build();
  }

  static OpenItem invoice(String number, CustomerId customer, String document, String due, String amount) {
    return item(number, customer, ItemKind.INVOICE, document, due, amount, EUR);
  }

  /**
   * As of 2026-04-30 (April has 30 days, March 31, February 28 in 2026, January 31):
   * <pre>
   * INV-1 C-1 due 04-30   age 0                          -> current   1000.00
   * INV-2 C-1 due 04-29   age 1                          -> 1-30       200.00
   * INV-3 C-1 due 03-31   age 30 (Mar 31 -> Apr 30)      -> 1-30       300.00
   * INV-4 C-1 due 03-30   age 31                         -> 31-60      400.00
   * CM-5  C-1 due 04-10   age 20                         -> 1-30      -150.00 (credit)
   * INV-6 C-2 due 01-30   age 1+28+31+30 = 90            -> 61-90       60.00
   * INV-7 C-2 due 01-29   age 91                         -> 91-120      70.00
   * INV-8 C-2 due 12-31-2025 age 31+28+31+30 = 120       -> 91-120      80.00
   * INV-9 C-2 due 12-30-2025 age 121                     -> 121+        90.00
   * INV-10 C-2 USD due 05-15 age -15                     -> current     10.00 (USD row)
   * </pre>
   * C-1 EUR: current 1000.00; 1-30 200.00 + 300.00 - 150.00 = 350.00 (debits 500.00, credits -150.00);
   * 31-60 400.00; total 1000 + 350 + 400 = 1750.00; 5 items.
   * C-2 EUR: 61-90 60.00; 91-120 70.00 + 80.00 = 150.00; 121+ 90.00; total 300.00; 4 items.
   */
  static List<OpenItem> book() {
    return List.of(
        invoice("INV-1", C1, "2026-03-31", "2026-04-30", "1000.00"),
        invoice("INV-2", C1, "2026-03-30", "2026-04-29", "200.00"),
        invoice("INV-3", C1, "2026-03-01", "2026-03-31", "300.00"),
        invoice("INV-4", C1, "2026-02-28", "2026-03-30", "400.00"),
        item("CM-5", C1, ItemKind.CREDIT_MEMO, "2026-04-10", "2026-04-10", "-150.00", EUR),
        invoice("INV-6", C2, "2025-12-31", "2026-01-30", "60.00"),
        invoice("INV-7", C2, "2025-12-30", "2026-01-29", "70.00"),
        invoice("INV-8", C2, "2025-12-01", "2025-12-31", "80.00"),
        invoice("INV-9", C2, "2025-11-30", "2025-12-30", "90.00"),
        item("INV-10", C2, ItemKind.INVOICE, "2026-04-15", "2026-05-15", "10.00", USD));
  }

  static List<Money> eur(String... amounts) {
    return java.util.Arrays.stream(amounts).map(a -> Money.of("EUR", a)).toList();
  }

  @Test
  void test_byCustomer_dueDate_standardBuckets_workedExample() {
    AgingReport<CustomerId> report = Aging.standard().byCustomer(book(), AS_OF);

    assertThat(report.buckets().labels()).containsExactly("current", "1-30", "31-60", "61-90", "91-120", "121+");
    AgingRow<CustomerId> c1 = report.row(C1, EUR).orElseThrow();
    assertThat(c1.net()).isEqualTo(eur("1000.00", "350.00", "400.00", "0.00", "0.00", "0.00"));
    assertThat(c1.debits()).isEqualTo(eur("1000.00", "500.00", "400.00", "0.00", "0.00", "0.00"));
    assertThat(c1.credits()).isEqualTo(eur("0.00", "-150.00", "0.00", "0.00", "0.00", "0.00"));
    assertThat(c1.total()).isEqualTo(Money.of("EUR", "1750.00"));
    assertThat(c1.totalDebits()).isEqualTo(Money.of("EUR", "1900.00")); // 1000 + 200 + 300 + 400
    assertThat(c1.totalCredits()).isEqualTo(Money.of("EUR", "-150.00"));
    assertThat(c1.itemCount()).isEqualTo(5);

    AgingRow<CustomerId> c2 = report.row(C2, EUR).orElseThrow();
    assertThat(c2.net()).isEqualTo(eur("0.00", "0.00", "0.00", "60.00", "150.00", "90.00"));
    assertThat(c2.total()).isEqualTo(Money.of("EUR", "300.00"));
    AgingRow<CustomerId> usd = report.row(C2, USD).orElseThrow();
    assertThat(usd.net(0)).isEqualTo(Money.of("USD", "10.00"));

    // Rows by customer id, then currency code; the portfolio per bucket: C-1 + C-2 in EUR.
    assertThat(report.rows()).extracting(r -> r.key() + " " + r.currency())
        .containsExactly("C-1 EUR", "C-2 EUR", "C-2 USD");
    assertThat(report.openAmountsByBucket(EUR)).isEqualTo(eur("1000.00", "350.00", "400.00", "60.00", "150.00",
        "90.00"));
    assertThat(report.total(EUR)).isEqualTo(Money.of("EUR", "2050.00")); // 1750 + 300
    assertThat(report.creditsByBucket(EUR).get(1)).isEqualTo(Money.of("EUR", "-150.00"));
    assertThat(report.itemCount()).isEqualTo(10);
  }

  /**
   * By document date, buckets 0-30, 31-60, 61-90, 91-120, 121+:
   * <pre>
   * INV-1 03-31 age 30 -> 0-30    1000.00     INV-6 2025-12-31 age 120 -> 91-120  60.00
   * INV-2 03-30 age 31 -> 31-60    200.00     INV-7 2025-12-30 age 121 -> 121+    70.00
   * INV-3 03-01 age 60 -> 31-60    300.00     INV-8 2025-12-01 age 150 -> 121+    80.00
   * INV-4 02-28 age 61 -> 61-90    400.00     INV-9 2025-11-30 age 151 -> 121+    90.00
   * CM-5  04-10 age 20 -> 0-30    -150.00
   * </pre>
   * C-1: 0-30 1000 - 150 = 850.00, 31-60 200 + 300 = 500.00, 61-90 400.00.
   * C-2: 91-120 60.00, 121+ 70 + 80 + 90 = 240.00.
   */
  @Test
  void test_byCustomer_documentDate_workedExample() {
    Aging aging = Aging.of(AgingBasis.DOCUMENT_DATE, AgingBuckets.forBasis(AgingBasis.DOCUMENT_DATE, 30, 60, 90, 120));
    AgingReport<CustomerId> report = aging.byCustomer(book(), AS_OF);

    assertThat(report.buckets().labels()).containsExactly("0-30", "31-60", "61-90", "91-120", "121+");
    assertThat(report.row(C1, EUR).orElseThrow().net()).isEqualTo(eur("850.00", "500.00", "400.00", "0.00", "0.00"));
    assertThat(report.row(C2, EUR).orElseThrow().net()).isEqualTo(eur("0.00", "0.00", "0.00", "60.00", "240.00"));
  }

  /**
   * Buckets 15, 45: current, 1-15, 16-45, 46+. C-1: INV-2 age 1 and CM-5 age 20 ... worked:
   * INV-1 age 0 current 1000; INV-2 age 1 -> 1-15 200; INV-3 age 30 -> 16-45 300; INV-4 age 31 -> 16-45
   * 400; CM-5 age 20 -> 16-45 -150. So [1000.00, 200.00, 550.00, 0.00].
   */
  @Test
  void test_configurableBoundaries() {
    AgingReport<CustomerId> report = Aging.of(AgingBasis.DUE_DATE, AgingBuckets.pastDue(15, 45)).byCustomer(book(),
        AS_OF);
    assertThat(report.buckets().labels()).containsExactly("current", "1-15", "16-45", "46+");
    assertThat(report.row(C1, EUR).orElseThrow().net()).isEqualTo(eur("1000.00", "200.00", "550.00", "0.00"));
  }

  /**
   * A promise made 04-20 to pay INV-4 (due 03-30, age 31) by 05-10 and 05-20: by promised date INV-4
   * ages from 05-20, age -20 -> current. A promise made after the as-of day (05-01) for INV-3 and a
   * broken one for INV-2 do not count: they age by due date. C-1: current 1000 + 400 = 1400.00,
   * 1-30 200 + 300 - 150 = 350.00.
   */
  @Test
  void test_promisedDate_openPromiseMadeByAsOf() {
    PromiseToPay kept = promise("P-1", "INV-4", "2026-04-20", PromiseStatus.OPEN, "2026-05-10", "2026-05-20");
    PromiseToPay later = promise("P-2", "INV-3", "2026-05-01", PromiseStatus.OPEN, "2026-05-05");
    PromiseToPay broken = promise("P-3", "INV-2", "2026-04-01", PromiseStatus.BROKEN, "2026-04-05");
    Aging aging = Aging.of(AgingBasis.PROMISED_DATE, AgingBuckets.STANDARD).withPromises(List.of(kept, later, broken));

    AgingRow<CustomerId> c1 = aging.byCustomer(book(), AS_OF).row(C1, EUR).orElseThrow();
    assertThat(c1.net()).isEqualTo(eur("1400.00", "350.00", "0.00", "0.00", "0.00", "0.00"));
    assertThat(aging.basisDate(book().get(3), AS_OF)).isEqualTo(LocalDate.of(2026, 5, 20));
  }

  private static PromiseToPay promise(String id, String item, String madeOn, PromiseStatus status, String... dates) {
    PromiseToPay.Builder builder = PromiseToPay.builder().id(PromiseId.of(id)).customerId(C1)
        .addDocumentNumbers(DocumentNumber.of(item)).madeOn(LocalDate.parse(madeOn)).status(status);
    for (String date : dates) {
      builder.addPayments(PromisedPayment.of(LocalDate.parse(date), Money.of("EUR", "100.00")));
    }
    return builder.build();
  }

  @Test
  void test_hostKey_and_byCurrency() {
    Map<CustomerId, String> region = Map.of(C1, "North", C2, "South");
    AgingReport<String> byRegion = Aging.standard().by(book(), AS_OF, item -> region.get(item.customerId()));
    assertThat(byRegion.row("North", EUR).orElseThrow().total()).isEqualTo(Money.of("EUR", "1750.00"));
    assertThat(byRegion.row("South", EUR).orElseThrow().total()).isEqualTo(Money.of("EUR", "300.00"));

    AgingReport<CurrencyUnit> byCurrency = Aging.standard().byCurrency(book(), AS_OF);
    assertThat(byCurrency.rows()).hasSize(2);
    assertThat(byCurrency.row(EUR, EUR).orElseThrow().net()).isEqualTo(eur("1000.00", "350.00", "400.00", "60.00",
        "150.00", "90.00"));
  }

  /** A cleared item (open 0) is left out: no row, no count. */
  @Test
  void test_clearedItem_leftOut() {
    OpenItem cleared = invoice("INV-X", CustomerId.of("C-9"), "2026-01-01", "2026-01-31", "10.00")
        .withOpenAmount(Money.of("EUR", "0.00"));
    assertThat(Aging.standard().byCustomer(List.of(cleared), AS_OF).rows()).isEmpty();
  }

  @Test
  void test_merge_refusesDifferentDaysOrBuckets() {
    AgingReport<CustomerId> a = Aging.standard().byCustomer(book(), AS_OF);
    AgingReport<CustomerId> b = Aging.standard().byCustomer(book(), AS_OF.plusDays(1));
    AgingReport<CustomerId> c = Aging.of(AgingBasis.DUE_DATE, AgingBuckets.pastDue(30)).byCustomer(book(), AS_OF);
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as of 2026-04-30 and 2026-05-01");
    assertThatThrownBy(() -> a.merge(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buckets");
    // The book in two halves, merged: equal to the whole; each amount counted once.
    AgingReport<CustomerId> first = Aging.standard().byCustomer(book().subList(0, 4), AS_OF);
    AgingReport<CustomerId> second = Aging.standard().byCustomer(book().subList(4, 10), AS_OF);
    assertThat(first.merge(second)).isEqualTo(a);
    assertThat(a.merge(AgingReport.empty(AS_OF, AgingBasis.DUE_DATE, AgingBuckets.STANDARD))).isEqualTo(a);
  }
}
