package dev.o2c.aging.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Small ledgers for the collections tests: one customer, invoices, payments applied to them. */
final class CollectionsBooks {

  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CustomerId ACME = CustomerId.of("C-42");
  static final CustomerId OTHER = CustomerId.of("C-77");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private CollectionsBooks() {}

  static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  static DocumentNumber doc(String number) {
    return DocumentNumber.of(number);
  }

  /** A ledger with ACME and OTHER registered on {@link #DAY}. */
  static ReceivablesLedger ledger() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(DAY,
        Customer.builder().id(ACME).name("Acme GmbH").currency(EUR).build(),
        Customer.builder().id(OTHER).name("Other AG").currency(EUR).build()));
    return ledger;
  }

  static OpenItem invoice(String number, CustomerId customer, Money amount, LocalDate date) {
    return OpenItem.builder().documentNumber(doc(number)).customerId(customer).kind(ItemKind.INVOICE)
        .documentDate(date).dueDate(date.plusDays(30)).originalAmount(amount).build();
  }

  static OpenItem post(ReceivablesLedger ledger, String number, Money amount) {
    OpenItem item = invoice(number, ACME, amount, DAY);
    ledger.post(PostItem.of(item));
    return item;
  }

  /** Receives a payment from ACME and applies it to an item. */
  static Application pay(ReceivablesLedger ledger, String reference, String item, Money amount, LocalDate date) {
    Payment payment = Payment.builder().bankReference(BankReference.of(reference)).amount(amount).valueDate(date)
        .customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    return ledger.post(ApplyPayment.of(payment.id(), doc(item), amount, date)).application();
  }

  /** The journal balances per currency: debits equal credits. */
  static void assertBalanced(ReceivablesLedger ledger) {
    Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
    for (JournalLine line : ledger.journal()) {
      sums.merge(line.amount().currency(), line.signedAmount().amount(), BigDecimal::add);
    }
    sums.values().forEach(sum -> assertThat(sum.signum()).as("journal balance").isZero());
  }
}
