package dev.o2c.aging.dunning;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a statement of account: what changed the customer's balance on a day.
 *
 * @param date the day
 * @param reference the document it concerns (e.g. {@code INV-1001})
 * @param kind what it is
 * @param amount the change, positive when it raises what the customer owes (a debit), negative when it
 *     lowers it (a credit)
 * @param balance the balance after this line
 */
public record StatementMovement(LocalDate date, String reference, MovementKind kind, Money amount, Money balance) {

  /**
   * Checks that nothing is null and both amounts share a currency.
   *
   * @param date the day
   * @param reference the document
   * @param kind what it is
   * @param amount the signed change
   * @param balance the balance after it
   * @throws IllegalArgumentException if the amounts are in different currencies
   */
  public StatementMovement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balance, "balance");
    if (!amount.currency().equals(balance.currency())) {
      throw new IllegalArgumentException("statement movement " + reference + ": " + amount + " and balance " + balance
          + " differ in currency");
    }
  }

  /** {@return the amount as a debit (positive), or zero for a credit} */
  public Money debit() {
    return amount.isPositive() ? amount : Money.zero(amount.currency());
  }

  /** {@return the amount as a credit (positive), or zero for a debit} */
  public Money credit() {
    return amount.isNegative() ? amount.negated() : Money.zero(amount.currency());
  }
}
