package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money received on a debt on a day. Interest accrues on it up to and including that day and stops
 * after it, as it stops for the whole debt on the payment day.
 *
 * @param date the day the money was received (its value date)
 * @param amount the amount, positive, in the debt's currency
 */
public record PartialPayment(LocalDate date, Money amount) {

  /**
   * Checks the payment.
   *
   * @param date the day the money was received
   * @param amount the amount
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public PartialPayment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment of " + amount + " on " + date + ": the amount must be positive");
    }
  }

  /**
   * A payment.
   *
   * @param date the day the money was received
   * @param amount the amount, positive
   * @return the payment
   */
  public static PartialPayment of(LocalDate date, Money amount) {
    return new PartialPayment(date, amount);
  }
}
