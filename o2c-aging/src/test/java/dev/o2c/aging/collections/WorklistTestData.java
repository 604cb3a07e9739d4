package dev.o2c.aging.collections;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReviewDeduction;
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
import java.time.LocalTime;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Small builders for the worklist tests: customers, items, promises and activities in few words. */
final class WorklistTestData {

  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CollectorId ANNA = CollectorId.of("anna");
  static final CollectorId BEN = CollectorId.of("ben");

  private WorklistTestData() {}

  static Customer customer(String id) {
    return Customer.builder().id(CustomerId.of(id)).name("Customer " + id).currency(EUR).build();
  }

  static Customer customer(String id, String creditLimit) {
    return Customer.builder().id(CustomerId.of(id)).name("Customer " + id).currency(EUR)
        .creditLimit(Money.of("EUR", creditLimit)).build();
  }

  static OpenItem invoice(String number, String customer, LocalDate due, String amount) {
    return invoice(number, customer, due, Money.of("EUR", amount));
  }

  static OpenItem invoice(String number, String customer, LocalDate due, Money amount) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CustomerId.of(customer))
        .kind(ItemKind.INVOICE).documentDate(due.minusDays(30)).dueDate(due).originalAmount(amount).build();
  }

  static OpenItem creditMemo(String number, String customer, LocalDate date, String amount) {
    Money money = Money.of("EUR", amount);
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(CustomerId.of(customer))
        .kind(ItemKind.CREDIT_MEMO).documentDate(date).dueDate(date).originalAmount(money.negated()).build();
  }

  static PromiseToPay promise(String id, String customer, LocalDate madeOn, PromiseStatus status, LocalDate date,
      String amount) {
    return PromiseToPay.builder().id(PromiseId.of(id)).customerId(CustomerId.of(customer)).madeOn(madeOn)
        .addPayments(PromisedPayment.of(date, Money.of("EUR", amount))).status(status).build();
  }

  /** An activity builder with the usual parts set: customer, collector, day, channel, direction, outcome. */
  static Activity.Builder activity(String customer, CollectorId collector, LocalDate date, ActivityType type,
      ActivityDirection direction, ActivityOutcome outcome) {
    Activity.Builder b = Activity.builder();
    b.customerId(CustomerId.of(customer)).collector(collector).date(date).type(type).direction(direction)
        .outcome(outcome);
    return b;
  }

  /**
   * A small ledger, everything in EUR, to be read as of 28 Nov 2026:
   * <ul>
   *   <li>C-1 (limit 5,000.00): INV-1 3,000.00 due 15 Oct; PAY-1 300.00 of 25 Nov unapplied.
   *   <li>C-2: INV-2 500.00 due 10 Nov, paid 450.00 by PAY-2 on 20 Nov with DED-1 50.00 (DAMAGE, OPEN);
   *       INV-5 1,200.00 due 20 Nov with DED-2 100.00 (PRICING, IN_REVIEW since 22 Nov).
   *   <li>C-3: INV-3 8,000.00 due 30 Sep; PAY-3 250.00 of 10 Nov unapplied.
   *   <li>C-4: INV-4 100.00 due 20 Dec; PAY-4 80.00 of 2 Dec (after the day) unapplied.
   * </ul>
   */
  static ReceivablesLedger sampleLedger() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    LocalDate opened = LocalDate.of(2026, 9, 1);
    ledger.post(RegisterCustomers.of(opened, customer("C-1", "5000.00"), customer("C-2"), customer("C-3"),
        customer("C-4")));
    ledger.post(PostItem.of(invoice("INV-1", "C-1", LocalDate.of(2026, 10, 15), "3000.00")));
    ledger.post(PostItem.of(invoice("INV-2", "C-2", LocalDate.of(2026, 11, 10), "500.00")));
    ledger.post(PostItem.of(invoice("INV-3", "C-3", LocalDate.of(2026, 9, 30), "8000.00")));
    ledger.post(PostItem.of(invoice("INV-4", "C-4", LocalDate.of(2026, 12, 20), "100.00")));
    ledger.post(PostItem.of(invoice("INV-5", "C-2", LocalDate.of(2026, 11, 20), "1200.00")));
    Payment pay1 = payment("PAY-1", "C-1", "300.00", LocalDate.of(2026, 11, 25));
    Payment pay2 = payment("PAY-2", "C-2", "450.00", LocalDate.of(2026, 11, 20));
    Payment pay3 = payment("PAY-3", "C-3", "250.00", LocalDate.of(2026, 11, 10));
    Payment pay4 = payment("PAY-4", "C-4", "80.00", LocalDate.of(2026, 12, 2));
    ledger.post(ReceivePayment.of(pay3));
    ledger.post(ReceivePayment.of(pay2));
    ledger.post(ApplyPayment.of(pay2.id(), DocumentNumber.of("INV-2"), Money.of("EUR", "450.00"), pay2.valueDate()));
    ledger.post(OpenDeduction.builder().deduction(DeductionId.of("DED-1")).item(DocumentNumber.of("INV-2"))
        .amount(Money.of("EUR", "50.00")).reason(DeductionReason.DAMAGE).date(pay2.valueDate()).payment(pay2.id())
        .build());
    ledger.post(OpenDeduction.of(DeductionId.of("DED-2"), DocumentNumber.of("INV-5"), Money.of("EUR", "100.00"),
        DeductionReason.PRICING, LocalDate.of(2026, 11, 21)));
    ledger.post(ReviewDeduction.of(DeductionId.of("DED-2"), LocalDate.of(2026, 11, 22)));
    ledger.post(ReceivePayment.of(pay1));
    ledger.post(ReceivePayment.of(pay4));
    return ledger;
  }

  static Payment payment(String reference, String customer, String amount, LocalDate valueDate) {
    return Payment.builder().bankReference(BankReference.of(reference)).receivingAccount("DE89370400440532013000")
        .amount(Money.of("EUR", amount)).valueDate(valueDate).customerId(CustomerId.of(customer)).build();
  }

  static Activity call(String customer, LocalDate date, LocalTime time, ActivityOutcome outcome) {
    return activity(customer, ANNA, date, ActivityType.CALL, ActivityDirection.OUTBOUND, outcome).time(time).build();
  }
}
