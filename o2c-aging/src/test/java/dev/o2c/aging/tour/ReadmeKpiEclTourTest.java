package dev.o2c.aging.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.ecl.Allowance;
import dev.o2c.aging.ecl.BucketBalances;
import dev.o2c.aging.ecl.ProvisionMatrix;
import dev.o2c.aging.ecl.RollRates;
import dev.o2c.aging.kpi.ClearedItems;
import dev.o2c.aging.kpi.KpiSeries;
import dev.o2c.aging.kpi.LedgerPeriodFigures;
import dev.o2c.aging.kpi.MonthDays;
import dev.o2c.aging.kpi.PaymentStatistics;
import dev.o2c.aging.kpi.PeriodFigures;
import dev.o2c.aging.kpi.PeriodKpis;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The "KPIs and expected credit loss" snippet of README.md, kept compiling and true. Change both together. */
class ReadmeKpiEclTourTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  @Test
  void test_readmeTour() {
    ReceivablesLedger ledger = ledger();
    List<BucketBalances> monthEndBooks = List.of(
        BucketBalances.of(List.of("current", "1-30", "31-60"), List.of(eur("1000.00"), eur("400.00"), eur("100.00"))),
        BucketBalances.of(List.of("current", "1-30", "31-60"), List.of(eur("1200.00"), eur("300.00"), eur("160.00"))));
    List<Money> writeOffs = List.of(eur("50.00"));

    // --- README: KPIs and expected credit loss
    List<PeriodFigures> months = LedgerPeriodFigures.portfolio(ledger, EUR, YearMonth.of(2026, 1), YearMonth.of(2026, 6));
    List<PeriodKpis> trend = KpiSeries.of(months, 3, MonthDays.CALENDAR);  // 3-month window, calendar days
    BigDecimal dso = trend.get(0).dso().get().rounded(2, RoundingMode.HALF_UP); // exact until rounded, once
    PaymentStatistics paid = PaymentStatistics.of(ClearedItems.of(ledger)); // days to pay (weighted), days late

    BucketBalances book = BucketBalances.of(List.of("current", "1-30", "31-60"),
        List.of(Money.of("EUR", "50000.00"), Money.of("EUR", "12000.00"), Money.of("EUR", "3000.00")));
    ProvisionMatrix matrix = ProvisionMatrix.of(book.labels(),
        List.of(new BigDecimal("0.005"), new BigDecimal("0.02"), new BigDecimal("0.10")));
    Allowance allowance = matrix.apply(book);                        // 250.00 + 240.00 + 300.00 = EUR 790.00
    Money expense = allowance.adjustment(Money.of("EUR", "600.00")).expense(); // EUR 190.00 to book
    RollRates history = RollRates.estimate(monthEndBooks, writeOffs); // or estimate rates from history
    ProvisionMatrix estimated = history.provisionMatrix().adjustedBy(new BigDecimal("1.10")); // +10 % outlook
    // --- end

    // March (window Jan-Mar, 31 + 28 + 31 = 90 days): R 600.00, S 1,000.00 + 700.00 = 1,700.00: 600 × 90 / 1,700 = 31.76
    assertThat(trend).hasSize(4);
    assertThat(dso).isEqualByComparingTo("31.76");
    // INV-1 invoiced 10 Jan, paid 15 Feb: 36 days to pay, 6 days late (due 9 Feb)
    assertThat(paid.count()).isEqualTo(1);
    assertThat(paid.averageDaysToPay().orElseThrow().rounded(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("36");
    assertThat(paid.averageDaysLate().orElseThrow().rounded(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("6");
    assertThat(allowance.total()).isEqualTo(eur("790.00"));
    assertThat(expense).isEqualTo(eur("190.00"));
    // roll rates 300/1000 = 0.3, 160/400 = 0.4, 50/100 = 0.5; loss 0.06, 0.2, 0.5; × 1.1 = 0.066, 0.22, 0.55
    assertThat(estimated).isEqualTo(ProvisionMatrix.of(book.labels(),
        List.of(new BigDecimal("0.066"), new BigDecimal("0.22"), new BigDecimal("0.55"))));
  }

  /** The LedgerPeriodFiguresTest books: INV-1 (Jan, paid in Feb), INV-2, a credit memo and INV-3 in February. */
  private static ReceivablesLedger ledger() {
    CustomerId acme = CustomerId.of("C-1");
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 1, 1), Customer.builder().id(acme).name("Acme").currency(EUR).build()));
    ledger.post(item(acme, "INV-1", ItemKind.INVOICE, "2026-01-10", "2026-02-09", "1000.00"));
    ledger.post(item(acme, "INV-2", ItemKind.INVOICE, "2026-02-05", "2026-03-07", "500.00"));
    Payment payment = Payment.builder().bankReference(BankReference.of("P-1"))
        .receivingAccount("DE89370400440532013000").amount(eur("1000.00"))
        .valueDate(LocalDate.of(2026, 2, 15)).customerId(acme).build();
    ledger.post(ReceivePayment.of(payment));
    ledger.post(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-1"), eur("1000.00"), LocalDate.of(2026, 2, 15)));
    ledger.post(item(acme, "CM-1", ItemKind.CREDIT_MEMO, "2026-02-20", "2026-02-20", "-100.00"));
    ledger.post(item(acme, "INV-3", ItemKind.INVOICE, "2026-02-28", "2026-02-28", "200.00"));
    return ledger;
  }

  private static PostItem item(CustomerId customer, String number, ItemKind kind, String documentDate, String dueDate,
      String amount) {
    return PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(customer).kind(kind)
        .documentDate(LocalDate.parse(documentDate)).dueDate(LocalDate.parse(dueDate))
        .originalAmount(eur(amount)).build());
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }
}
