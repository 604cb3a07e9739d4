package dev.o2c.benchmarks;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The ledger scale workload, generated deterministically per cycle so that nothing but the ledger
 * holds the values it keeps: cycle {@code i} is invoice {@code INV-i} of customer {@code i mod
 * customers}, paid in full by payment {@code PAY-i} 20-39 days after its date and applied on the
 * payment's value date. Amounts come from a fixed-seed mix of the cycle number.
 */
final class LedgerWorkload {
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final LocalDate START = LocalDate.of(2025, 1, 1);

  final int cycles;
  final int customers;
  private final CustomerId[] customerIds;

  LedgerWorkload(int cycles, int customers) {
    this.cycles = cycles;
    this.customers = customers;
    this.customerIds = new CustomerId[customers];
    for (int c = 0; c < customers; c++) {
      customerIds[c] = CustomerId.of("C" + c);
    }
  }

  CustomerId customer(int cycle) {
    return customerIds[cycle % customers];
  }

  /** Minor units of cycle {@code i}'s invoice: 1.00 to 10,000.00, from a fixed mix of i. */
  static long amount(int cycle) {
    long z = (cycle + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
    return 100 + Math.floorMod(z ^ (z >>> 29), 999_901L);
  }

  /** Two thousand invoices a day over the whole run. */
  LocalDate invoiceDate(int cycle) {
    return START.plusDays(cycle / 2000);
  }

  LocalDate payDate(int cycle) {
    return invoiceDate(cycle).plusDays(20 + cycle % 20);
  }

  /** The last value date of the workload. */
  LocalDate lastDate() {
    LocalDate last = START;
    for (int i = Math.max(0, cycles - 40 * 2000); i < cycles; i++) {
      LocalDate d = payDate(i);
      if (d.isAfter(last)) {
        last = d;
      }
    }
    return last;
  }

  List<RegisterCustomers> registrations(int batch) {
    List<RegisterCustomers> result = new ArrayList<>();
    for (int from = 0; from < customers; from += batch) {
      RegisterCustomers.Builder b = RegisterCustomers.builder().date(START.minusDays(1));
      for (int c = from; c < Math.min(customers, from + batch); c++) {
        b.addCustomers(Customer.builder().id(customerIds[c]).name("Customer " + c).currency(EUR).build());
      }
      result.add(b.build());
    }
    return result;
  }

  static DocumentNumber document(int cycle) {
    return DocumentNumber.of("INV-" + cycle);
  }

  static BankReference reference(int cycle) {
    return BankReference.of("PAY-" + cycle);
  }

  OpenItem invoice(int cycle) {
    LocalDate date = invoiceDate(cycle);
    return OpenItem.builder()
        .documentNumber(document(cycle))
        .customerId(customer(cycle))
        .kind(ItemKind.INVOICE)
        .documentDate(date)
        .dueDate(date.plusDays(30))
        .originalAmount(Money.ofMinor(EUR, amount(cycle)))
        .build();
  }

  PostItem postItem(int cycle) {
    return PostItem.of(invoice(cycle));
  }

  Payment payment(int cycle) {
    return Payment.builder()
        .bankReference(reference(cycle))
        .amount(Money.ofMinor(EUR, amount(cycle)))
        .valueDate(payDate(cycle))
        .customerId(customer(cycle))
        .build();
  }

  ReceivePayment receivePayment(int cycle) {
    return ReceivePayment.of(payment(cycle));
  }

  ApplyPayment applyPayment(int cycle) {
    return ApplyPayment.of(dev.o2c.core.id.PaymentId.of(reference(cycle).toString()), document(cycle),
        Money.ofMinor(EUR, amount(cycle)), payDate(cycle));
  }
}
