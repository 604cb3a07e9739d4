package dev.o2c.aging.kpi;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An item that was paid: what the payment-history KPIs ({@link PaymentStatistics}) are computed
 * from. Days are calendar days: days to pay count from the document date to the paid date, days
 * late from the due date to the paid date (a payment on the due date is 0 days late).
 *
 * @param customer the customer who paid it
 * @param amount the amount paid off (for weighting), positive
 * @param documentDate the document (invoice) date
 * @param dueDate the net due date, not before the document date
 * @param paidDate the day it was cleared (the value date of the last payment applied to it), not
 *     before the document date
 */
public record ClearedItem(CustomerId customer, Money amount, LocalDate documentDate, LocalDate dueDate,
    LocalDate paidDate) {

  /**
   * Checks the item.
   *
   * @param customer the customer who paid it
   * @param amount the amount paid off, positive
   * @param documentDate the document date
   * @param dueDate the net due date, not before the document date
   * @param paidDate the day it was cleared, not before the document date
   * @throws IllegalArgumentException if the amount is not positive or a date is out of order
   */
  public ClearedItem {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paidDate, "paidDate");
    StringBuilder problems = new StringBuilder();
    if (!amount.isPositive()) {
      problems.append("; amount ").append(amount).append(" is not positive");
    }
    if (dueDate.isBefore(documentDate)) {
      problems.append("; dueDate ").append(dueDate).append(" is before documentDate ").append(documentDate);
    }
    if (paidDate.isBefore(documentDate)) {
      problems.append("; paidDate ").append(paidDate).append(" is before documentDate ").append(documentDate);
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("cleared item of " + customer + ": " + problems.substring(2));
    }
  }

  /** {@return calendar days from the document date to the paid date} */
  public long daysToPay() {
    return ChronoUnit.DAYS.between(documentDate, paidDate);
  }

  /** {@return calendar days from the due date to the paid date, 0 if paid on or before the due date} */
  public long daysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, paidDate));
  }
}
