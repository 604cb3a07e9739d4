package dev.o2c.aging.dunning;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One item on a dunning notice that was sent: the dunning history a run reads, and what a run returns
 * for the host to record once it has sent the letters.
 *
 * @param customer the customer dunned
 * @param item the item dunned
 * @param level the number of the level it was dunned at, at least 1
 * @param date the day of the notice
 * @param amount the amount dunned on the item (its open amount less any disputed part), positive
 */
public record DunningNotice(CustomerId customer, DocumentNumber item, int level, LocalDate date, Money amount) {

  /**
   * Checks the notice.
   *
   * @param customer the customer dunned
   * @param item the item dunned
   * @param level the level, at least 1
   * @param date the day of the notice
   * @param amount the amount dunned, positive
   * @throws IllegalArgumentException if the level is below 1 or the amount not positive
   */
  public DunningNotice {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (level < 1) {
      throw new IllegalArgumentException("notice on " + item + ": level " + level + " is below 1");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("notice on " + item + ": amount " + amount + " is not positive");
    }
  }
}
