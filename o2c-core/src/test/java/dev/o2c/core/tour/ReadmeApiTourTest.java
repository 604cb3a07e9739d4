package dev.o2c.core.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The API tour of README.md, kept compiling and true. Change both together. */
class ReadmeApiTourTest {

  @Test
  void test_readmeTour() {
    // --- README tour: money
    Money net = Money.of("EUR", "1000.00");
    Money gross = net.multipliedBy(new java.math.BigDecimal("1.19"), java.math.RoundingMode.HALF_UP); // EUR 1190.00
    List<Money> parts = Money.of("EUR", "100.00").allocate(1, 1, 1);     // 33.34, 33.33, 33.33
    // Money.of("EUR", "0.005") throws ArithmeticException: EUR has 2 decimals

    // --- README tour: terms
    PaymentTerms terms = PaymentTerms.parse("2/10 NET 30");
    LocalDate invoiced = LocalDate.of(2026, 3, 2);
    LocalDate due = terms.dueDate(invoiced);                                // 2026-04-01
    Money discount = terms.discountFor(gross, invoiced, LocalDate.of(2026, 3, 12)); // EUR 23.80

    // --- README tour: ledger
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.addCustomer(Customer.builder()
        .id("C-42").name("Acme GmbH").currency(Monetary.getCurrency("EUR")).build());
    ledger.postItem(OpenItem.builder()
        .documentNumber("INV-1001").customerId("C-42").kind(ItemKind.INVOICE)
        .documentDate(invoiced).dueDate(due).originalAmount(gross).terms(terms).build());
    ledger.receivePayment(Payment.builder()
        .bankReference("2026031200042").amount(Money.of("EUR", "1166.20"))
        .valueDate(LocalDate.of(2026, 3, 12)).customerId("C-42")
        .remittance(Remittance.ofText("INV-1001 less 2% skonto")).build());
    Posting posting = ledger.apply("2026031200042", "INV-1001",
        Money.of("EUR", "1166.20"), discount, Money.zero(net.currency()), LocalDate.of(2026, 3, 12), "2/10 skonto");
    posting.lines().forEach(System.out::println);   // DR UNAPPLIED_CASH 1166.20 / CR RECEIVABLES ..., DR DISCOUNT 23.80 ...
    ledger.openItems("C-42");                       // [] : the invoice is cleared
    // --- end of README tour

    assertThat(gross).isEqualTo(Money.of("EUR", "1190.00"));
    assertThat(parts).containsExactly(Money.of("EUR", "33.34"), Money.of("EUR", "33.33"), Money.of("EUR", "33.33"));
    assertThat(due).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(discount).isEqualTo(Money.of("EUR", "23.80"));
    assertThat(posting.lines()).hasSize(4);
    assertThat(ledger.openItems("C-42")).isEmpty();
  }
}
