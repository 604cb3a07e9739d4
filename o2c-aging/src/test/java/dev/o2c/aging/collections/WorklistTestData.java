package dev.o2c.aging.collections;

import dev.o2c.core.domain.Customer;
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

  static Activity call(String customer, LocalDate date, LocalTime time, ActivityOutcome outcome) {
    return activity(customer, ANNA, date, ActivityType.CALL, ActivityDirection.OUTBOUND, outcome).time(time).build();
  }
}
