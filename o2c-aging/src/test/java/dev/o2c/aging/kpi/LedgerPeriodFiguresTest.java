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
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Monthly figures taken from a ledger, worked out by hand. */
class LedgerPeriodFiguresTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CustomerId ACME = CustomerId.of("C-1");
  private static final CustomerId GLOBEX = CustomerId.of("C-2");
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth MAR = YearMonth.of(2026, 3);

  /*
   * Acme:  INV-1 2026-01-10 due 02-09  1000.00, paid and applied 2026-02-15
   *        INV-2 2026-02-05 due 03-07   500.00
   *        CM-1  2026-02-20 due 02-20  -100.00
   *        INV-3 2026-02-28 due 02-28   200.00
   * Globex: nothing.
   */
  private static ReceivablesLedger ledger() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 1, 1),
        Customer.builder().id(ACME).name("Acme").currency(EUR).build(),
        Customer.builder().id(GLOBEX).name("Globex").currency(EUR).build()));
    ledger.post(item("INV-1", ItemKind.INVOICE, "2026-01-10", "2026-02-09", "1000.00"));
    ledger.post(item("INV-2", ItemKind.INVOICE, "2026-02-05", "2026-03-07", "500.00"));
    Payment payment = Payment.builder().bankReference(BankReference.of("P-1"))
        .receivingAccount("DE89370400440532013000").amount(Money.of("EUR", "1000.00"))
        .valueDate(LocalDate.of(2026, 2, 15)).customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    ledger.post(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-1"), Money.of("EUR", "1000.00"),
        LocalDate.of(2026, 2, 15)));
    ledger.post(item("CM-1", ItemKind.CREDIT_MEMO, "2026-02-20", "2026-02-20", "-100.00"));
    ledger.post(item("INV-3", ItemKind.INVOICE, "2026-02-28", "2026-02-28", "200.00"));
    return ledger;
  }

  @Test
  void test_perCustomer_salesReceivablesAndCurrent_asOfEachMonthEnd() {
    Map<CustomerId, List<PeriodFigures>> figures = LedgerPeriodFigures.byCustomer(ledger(), EUR, JAN, MAR);
    assertThat(figures.keySet()).containsExactly(ACME, GLOBEX);
    assertThat(figures.get(ACME)).containsExactly(
        // Jan: sales INV-1 1000; at Jan 31 INV-1 is open (the payment comes in February) and due Feb 9: current
        figures(JAN, "1000.00", "1000.00", "1000.00"),
        // Feb: sales INV-2 + INV-3 = 700 (the credit memo is no negative sale); at Feb 28 INV-1 is paid;
        //      R = 500 − 100 + 200 = 600; current: INV-2 (due Mar 7) + INV-3 (due Feb 28, age 0) = 700
        figures(YearMonth.of(2026, 2), "700.00", "600.00", "700.00"),
        // Mar: no sales; R = 600, all overdue at Mar 31
        figures(MAR, "0.00", "600.00", "0.00"));
    assertThat(figures.get(GLOBEX)).containsExactly(figures(JAN, "0.00", "0.00", "0.00"),
        figures(YearMonth.of(2026, 2), "0.00", "0.00", "0.00"), figures(MAR, "0.00", "0.00", "0.00"));
  }

  @Test
  void test_portfolio_sumsCustomers_andFeedsTheKpis() {
    List<PeriodFigures> portfolio = LedgerPeriodFigures.portfolio(ledger(), EUR, JAN, MAR);
    assertThat(portfolio).hasSize(3);
    // February with a one-month window: DSO = 600 × 28 / 700 = 24.00; percent current 700 / 600 = 116.67 (the credit
    // memo is overdue and reduces R below C)
    PeriodKpis february = KpiSeries.of(portfolio, 1, MonthDays.CALENDAR).get(1);
    assertThat(ReceivablesKpisTest.twoDecimals(february.dso())).isEqualByComparingTo("24.00");
    assertThat(ReceivablesKpisTest.twoDecimals(february.percentCurrent())).isEqualByComparingTo("116.67");
    assertThatThrownBy(() -> LedgerPeriodFigures.portfolio(ledger(), EUR, MAR, JAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PeriodFigures figures(YearMonth month, String sales, String receivables, String current) {
    return PeriodFigures.of(month, Money.of("EUR", sales), Money.of("EUR", receivables),
        Optional.of(Money.of("EUR", current)));
  }

  private static PostItem item(String number, ItemKind kind, String documentDate, String dueDate, String amount) {
    return PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(ACME).kind(kind)
        .documentDate(LocalDate.parse(documentDate)).dueDate(LocalDate.parse(dueDate))
        .originalAmount(Money.of("EUR", amount)).build());
  }

  @Test
  void test_figuresFromAmounts_rememberTheirCurrency() {
    assertThat(figures(JAN, "1.00", "2.00", "0.00").currency()).contains(EUR);
    assertThat(figures(JAN, "1.00", "2.00", "0.00").creditSales()).isEqualByComparingTo(BigDecimal.ONE);
  }
}
