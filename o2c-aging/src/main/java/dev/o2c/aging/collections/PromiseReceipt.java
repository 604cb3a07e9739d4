package dev.o2c.aging.collections;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received on a day from a customer, for one of its items or against its balance: what a
 * promise to pay is graded against ({@link PromiseEvaluator}).
 *
 * <p>A receipt for an item counts toward promises covering that item and toward the customer's
 * promises against the balance; a receipt without an item (money on account, unapplied cash) counts
 * only toward promises against the balance. Take them from a ledger with {@link
 * #ofLedger(ReceivablesLedger)}, from single applications with {@link #ofApplication(Application,
 * CustomerId)}, or from the host's own cash records.
 *
 * <pre>{@code
 * PromiseReceipt.forItem(CustomerId.of("C-42"), DocumentNumber.of("INV-1001"),
 *     LocalDate.of(2026, 4, 10), Money.of("EUR", "500.00"));
 * }</pre>
 *
 * @param customerId the customer the money came from
 * @param item the item the money was applied to; empty for money against the balance
 * @param date the day the money arrived (the value date, or the application's date)
 * @param amount the amount received; zero or positive
 */
public record PromiseReceipt(CustomerId customerId, Optional<DocumentNumber> item, LocalDate date, Money amount) {

  /**
   * Validates the receipt.
   *
   * @param customerId the customer the money came from
   * @param item the item the money was applied to; empty for money against the balance
   * @param date the day the money arrived
   * @param amount the amount received; zero or positive
   * @throws IllegalArgumentException if the amount is negative
   */
  public PromiseReceipt {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Receipt from " + customerId + " on " + date + " has a negative amount "
          + amount);
    }
  }

  /**
   * Money received for an item.
   *
   * @param customerId the customer
   * @param item the item the money went to
   * @param date the day it arrived
   * @param amount the amount; zero or positive
   * @return the receipt
   * @throws IllegalArgumentException if the amount is negative
   */
  public static PromiseReceipt forItem(CustomerId customerId, DocumentNumber item, LocalDate date, Money amount) {
    return new PromiseReceipt(customerId, Optional.of(item), date, amount);
  }

  /**
   * Money received from a customer without naming an item (on account, or not yet applied).
   *
   * @param customerId the customer
   * @param date the day it arrived
   * @param amount the amount; zero or positive
   * @return the receipt
   * @throws IllegalArgumentException if the amount is negative
   */
  public static PromiseReceipt forCustomer(CustomerId customerId, LocalDate date, Money amount) {
    return new PromiseReceipt(customerId, Optional.empty(), date, amount);
  }

  /**
   * The payment money of a ledger application, on the application's date. Cash discount and small
   * differences are not money received, so only {@link Application#applied()} counts.
   *
   * @param application the application
   * @param customerId the customer owning the application's item
   * @return the receipt; its amount may be zero (an application of discount only)
   */
  public static PromiseReceipt ofApplication(Application application, CustomerId customerId) {
    return forItem(customerId, application.documentNumber(), application.date(), application.applied());
  }

  /**
   * The money a ledger's customers paid, as the ledger holds it now: per standing application (not
   * unapplied or returned), the payment money applied to the item; per payment of a known customer, the
   * money still held unapplied or on account, as a receipt without item. Each is dated by the payment's
   * value date, the day the customer paid, however much later it was applied.
   *
   * @param ledger the ledger; read, not changed
   * @return the receipts, applications first in posting order, then held money in the order received
   */
  public static List<PromiseReceipt> ofLedger(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    List<PromiseReceipt> result = new ArrayList<>();
    for (Application application : ledger.applications()) {
      if (!application.applied().isPositive()) {
        continue;
      }
      Optional<ItemState> item = ledger.item(application.documentNumber());
      Optional<PaymentState> payment = ledger.payment(application.payment());
      if (item.isPresent() && payment.isPresent()) {
        result.add(forItem(item.get().item().customerId(), application.documentNumber(),
            payment.get().payment().valueDate(), application.applied()));
      }
    }
    for (PaymentState payment : ledger.payments()) {
      Money held = payment.unapplied().plus(payment.onAccount());
      if (held.isPositive() && payment.payment().customerId().isPresent()) {
        result.add(forCustomer(payment.payment().customerId().get(), payment.payment().valueDate(), held));
      }
    }
    return result;
  }
}
