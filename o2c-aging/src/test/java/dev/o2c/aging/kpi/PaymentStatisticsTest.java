package dev.o2c.aging.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Payment-history KPIs against worked examples, and cleared items read from a ledger. */
class PaymentStatisticsTest {

  private static final CustomerId ACME = CustomerId.of("C-1");
  private static final CustomerId GLOBEX = CustomerId.of("C-2");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  /* A: 100.00, invoiced 1 Jan, due 31 Jan, paid 21 Jan: 20 days to pay, 0 late.
     B: 300.00, invoiced 1 Jan, due 31 Jan, paid 20 Feb: 50 days to pay, 20 late. */
  private static final ClearedItem A = new ClearedItem(ACME, Money.of("EUR", "100.00"), JAN_1, JAN_31,
      LocalDate.of(2026, 1, 21));
  private static final ClearedItem B = new ClearedItem(ACME, Money.of("EUR", "300.00"), JAN_1, JAN_31,
      LocalDate.of(2026, 2, 20));

  @Test
  void test_averages_workedExample() {
    PaymentStatistics stats = PaymentStatistics.of(List.of(A, B));
    assertThat(stats.count()).isEqualTo(2);
    assertThat(stats.lateCount()).isEqualTo(1);
    assertThat(stats.totalAmount()).contains(Money.of("EUR", "400.00"));
    // (20 + 50) / 2 = 35
    assertThat(stats.averageDaysToPay().orElseThrow().rounded(2, RoundingMode.HALF_UP)).isEqualByComparingTo("35");
    // (100 × 20 + 300 × 50) / 400 = 17,000 / 400 = 42.5 (in minor units: 10,000 × 20 + 30,000 × 50 over 40,000)
    assertThat(stats.weightedAverageDaysToPay().orElseThrow().rounded(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("42.5");
    // (0 + 20) / 2 = 10; weighted 300 × 20 / 400 = 15
    assertThat(stats.averageDaysLate().orElseThrow().rounded(2, RoundingMode.HALF_UP)).isEqualByComparingTo("10");
    assertThat(stats.weightedAverageDaysLate().orElseThrow().rounded(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("15");
  }

  @Test
  void test_noItems_emptyKpis() {
    PaymentStatistics none = PaymentStatistics.of(List.of());
    assertThat(none).isEqualTo(PaymentStatistics.empty());
    assertThat(none.averageDaysToPay()).isEmpty();
    assertThat(none.weightedAverageDaysToPay()).isEmpty();
    assertThat(none.averageDaysLate()).isEmpty();
    assertThat(none.totalAmount()).isEmpty();
  }

  @Test
  void test_perCustomer_andPerMonthPaid() {
    ClearedItem c = new ClearedItem(GLOBEX, Money.of("EUR", "50.00"), JAN_1, JAN_31, LocalDate.of(2026, 2, 10));
    Map<CustomerId, PaymentStatistics> byCustomer = PaymentStatistics.byCustomer(List.of(A, c, B));
    assertThat(byCustomer.keySet()).containsExactly(ACME, GLOBEX);
    assertThat(byCustomer.get(ACME)).isEqualTo(PaymentStatistics.of(List.of(A, B)));
    // Globex: 40 days to pay, 10 late
    assertThat(byCustomer.get(GLOBEX).averageDaysLate().orElseThrow().rounded(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("10");
    SortedMap<YearMonth, PaymentStatistics> byMonth = PaymentStatistics.byMonthPaid(List.of(B, c, A));
    assertThat(byMonth.keySet()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(byMonth.get(YearMonth.of(2026, 2))).isEqualTo(PaymentStatistics.of(List.of(B, c)));
  }

  @Test
  void test_currenciesNeverMix() {
    ClearedItem dollars = new ClearedItem(ACME, Money.of("USD", "10.00"), JAN_1, JAN_31, JAN_31);
    assertThatThrownBy(() -> PaymentStatistics.of(List.of(A, dollars))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void test_clearedItem_refusesDatesOutOfOrder() {
    assertThatThrownBy(() -> new ClearedItem(ACME, Money.of("EUR", "0.00"), JAN_31, JAN_1, JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount EUR 0.00 is not positive")
        .hasMessageContaining("dueDate 2026-01-01 is before documentDate 2026-01-31")
        .hasMessageContaining("paidDate 2026-01-01 is before documentDate 2026-01-31");
  }

  @Test
  void test_clearedItems_fromLedger() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(JAN_1,
        Customer.builder().id(ACME).name("Acme").currency(Monetary.getCurrency("EUR")).build()));
    ledger.postAll(List.of(invoice("INV-1", "100.00"), invoice("INV-2", "300.00"), invoice("INV-3", "80.00")));
    Payment first = payment("P-1", "100.00", LocalDate.of(2026, 1, 21));
    Payment second = payment("P-2", "300.00", LocalDate.of(2026, 2, 10));
    Payment third = payment("P-3", "80.00", LocalDate.of(2026, 2, 12));
    ledger.postAll(List.of(ReceivePayment.of(first), ReceivePayment.of(second), ReceivePayment.of(third)));
    // INV-1 paid 21 Jan; INV-2 first applied 10 Feb, unapplied, and applied again 20 Feb; INV-3 half paid.
    ledger.post(ApplyPayment.of(first.id(), DocumentNumber.of("INV-1"), Money.of("EUR", "100.00"),
        LocalDate.of(2026, 1, 21)));
    Posting wrong = ledger.post(ApplyPayment.of(second.id(), DocumentNumber.of("INV-2"), Money.of("EUR", "300.00"),
        LocalDate.of(2026, 2, 10)));
    ledger.post(Unapply.of(wrong.application().id(), LocalDate.of(2026, 2, 15)));
    ledger.post(ApplyPayment.of(second.id(), DocumentNumber.of("INV-2"), Money.of("EUR", "300.00"),
        LocalDate.of(2026, 2, 20)));
    ledger.post(ApplyPayment.of(third.id(), DocumentNumber.of("INV-3"), Money.of("EUR", "40.00"),
        LocalDate.of(2026, 2, 12)));

    List<ClearedItem> cleared = ClearedItems.of(ledger);
    // INV-3 is still half open; INV-2's paid date is that of the application that stands
    assertThat(cleared).containsExactly(A, B);
  }

  private static PostItem invoice(String number, String amount) {
    return PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(ACME)
        .kind(ItemKind.INVOICE).documentDate(JAN_1).dueDate(JAN_31).originalAmount(Money.of("EUR", amount)).build());
  }

  private static Payment payment(String reference, String amount, LocalDate valueDate) {
    return Payment.builder().bankReference(BankReference.of(reference)).receivingAccount("DE89370400440532013000")
        .amount(Money.of("EUR", amount)).valueDate(valueDate).customerId(ACME).build();
  }
}
