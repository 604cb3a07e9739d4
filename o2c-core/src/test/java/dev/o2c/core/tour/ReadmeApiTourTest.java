package dev.o2c.core.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;


import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.LedgerProblem;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.PostOpeningCash;
import dev.o2c.core.ledger.PostOpeningItem;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
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
    CustomerId acme = CustomerId.of("C-42");
    ledger.post(RegisterCustomers.of(invoiced, Customer.builder()
        .id(acme).name("Acme GmbH").currency(Monetary.getCurrency("EUR")).build()));
    ledger.post(PostItem.of(OpenItem.builder()
        .documentNumber(DocumentNumber.of("INV-1001")).customerId(acme).kind(ItemKind.INVOICE)
        .documentDate(invoiced).dueDate(due).originalAmount(gross).terms(terms).build()));
    Payment payment = Payment.builder()
        .bankReference(BankReference.of("2026031200042")).receivingAccount("DE89370400440532013000")
        .amount(Money.of("EUR", "1166.20")).valueDate(LocalDate.of(2026, 3, 12)).customerId(acme)
        .remittance(Remittance.ofText("INV-1001 less 2% skonto")).build();
    ledger.post(ReceivePayment.of(payment));
    ApplyPayment apply = ApplyPayment.of(payment.id(), DocumentNumber.of("INV-1001"),
        Money.of("EUR", "1166.20"), LocalDate.of(2026, 3, 12));      // no discount given: the terms grant 23.80
    List<LedgerProblem> problems = ledger.check(apply);               // the dry run: [] means post will accept it
    Posting posting = ledger.post(apply);
    posting.lines().forEach(System.out::println);   // DR UNAPPLIED_CASH 1166.20 / CR RECEIVABLES ..., DR DISCOUNT 23.80 ...
    ledger.now().openItems(acme);                   // [] : the invoice is cleared
    ledger.asOf(LocalDate.of(2026, 3, 11)).balance(acme); // EUR 1190.00: what Acme owed the day before
    // --- end of README tour

    // --- README tour: cut-over
    ReceivablesLedger books = ReceivablesLedger.create();
    LocalDate cutOver = LocalDate.of(2026, 1, 1);
    CustomerId group = CustomerId.of("G-1");
    books.postAll(List.of(
        RegisterCustomers.of(cutOver,                                  // children before parents is fine
            Customer.builder().id(acme).name("Acme GmbH").parentId(group).currency(Monetary.getCurrency("EUR")).build(),
            Customer.builder().id(group).name("Acme Group").currency(Monetary.getCurrency("EUR")).build()),
        PostOpeningItem.of(OpenItem.builder()                          // a part-paid invoice: 1190.00, 400.00 open
            .documentNumber(DocumentNumber.of("INV-0917")).customerId(acme).kind(ItemKind.INVOICE)
            .documentDate(LocalDate.of(2025, 11, 20)).dueDate(LocalDate.of(2025, 12, 20))
            .originalAmount(gross).openAmount(Money.of("EUR", "400.00")).build(), cutOver),
        PostOpeningCash.of(Payment.builder().bankReference(BankReference.of("OLD-77"))
            .amount(Money.of("EUR", "50.00")).valueDate(LocalDate.of(2025, 12, 30)).customerId(acme).build(),
            CashBucket.UNAPPLIED, cutOver)));
    books.asOf(cutOver).customerBalance(acme);      // open items 400.00, unapplied 50.00, net 350.00
    // --- end of cut-over tour

    assertThat(gross).isEqualTo(Money.of("EUR", "1190.00"));
    assertThat(parts).containsExactly(Money.of("EUR", "33.34"), Money.of("EUR", "33.33"), Money.of("EUR", "33.33"));
    assertThat(due).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(discount).isEqualTo(Money.of("EUR", "23.80"));
    assertThat(problems).isEmpty();
    assertThat(posting.lines()).hasSize(4);
    assertThat(posting.application().discount()).isEqualTo(Money.of("EUR", "23.80"));
    assertThat(ledger.now().openItems(acme)).isEmpty();
    assertThat(ledger.asOf(LocalDate.of(2026, 3, 11)).balance(acme)).isEqualTo(MoneyTotals.of(gross));
    CustomerBalance opening = books.asOf(cutOver).customerBalance(acme);
    assertThat(opening.openItems()).isEqualTo(MoneyTotals.of(Money.of("EUR", "400.00")));
    assertThat(opening.unappliedCash()).isEqualTo(MoneyTotals.of(Money.of("EUR", "50.00")));
    assertThat(opening.net()).isEqualTo(MoneyTotals.of(Money.of("EUR", "350.00")));
    assertThat(books.asOf(cutOver.minusDays(1)).balance(acme).isZero()).isTrue();
    assertThat(books.item(DocumentNumber.of("INV-0917")).orElseThrow().settledBeforeCutOver())
        .isEqualTo(Money.of("EUR", "790.00"));
  }
}
