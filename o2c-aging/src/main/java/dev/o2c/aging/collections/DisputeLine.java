package dev.o2c.aging.collections;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * The amount disputed on one item of a dispute case.
 *
 * @param item the item disputed (an invoice or debit memo)
 * @param amount the amount disputed on it, positive, in the item's currency
 */
public record DisputeLine(DocumentNumber item, Money amount) {

  /**
   * Validates the line.
   *
   * @param item the item disputed
   * @param amount the amount disputed on it, positive
   * @throws IllegalArgumentException if the amount is not positive
   */
  public DisputeLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Disputed amount " + amount + " on " + item + " is not positive");
    }
  }

  /**
   * A line.
   *
   * @param item the item disputed
   * @param amount the amount disputed on it, positive
   * @return the line
   * @throws IllegalArgumentException if the amount is not positive
   */
  public static DisputeLine of(DocumentNumber item, Money amount) {
    return new DisputeLine(item, amount);
  }
}
