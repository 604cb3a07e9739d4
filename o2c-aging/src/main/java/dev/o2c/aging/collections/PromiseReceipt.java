package dev.o2c.aging.collections;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received on a day from a customer, for one of its items or against its balance: what a
 * promise to pay is graded against ({@link PromiseEvaluator}).
 *
 * <p>A receipt for an item counts toward promises covering that item and toward the customer's
 * promises against the balance; a receipt without an item (money on account, unapplied cash) counts
 * only toward promises against the balance. Build receipts from the ledger's applications with
 * {@link #ofApplication(Application, CustomerId)} (leave out applications that were reversed), or from
 * the host's own cash records.
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
}
