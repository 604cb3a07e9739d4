package dev.o2c.aging.dunning;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * One item on a proposed dunning notice, at its own level.
 *
 * @param item the item, with its open amount as of the run
 * @param level the level the item is dunned at now
 * @param previousLevel the level of the item's last notice, 0 if it was never dunned
 * @param daysOverdue the days past its due date on the run's day (negative for a pre-due reminder)
 * @param disputedAmount the part of the open amount in dispute, left out of the amount dunned (zero if none)
 * @param dunnedAmount what the notice asks for on the item: the open amount less the disputed part
 * @param fee the level's fee on the item
 * @param interest the interest claimed on the item
 */
public record DunningLine(
    OpenItem item,
    DunningLevel level,
    int previousLevel,
    long daysOverdue,
    Money disputedAmount,
    Money dunnedAmount,
    Money fee,
    Money interest) {

  /**
   * Checks that nothing is null and the amounts are in the item's currency.
   *
   * @param item the item
   * @param level the level
   * @param previousLevel the last notice's level, 0 if none
   * @param daysOverdue days past due
   * @param disputedAmount the disputed part
   * @param dunnedAmount the amount dunned
   * @param fee the fee
   * @param interest the interest
   * @throws IllegalArgumentException if an amount is in another currency than the item
   */
  public DunningLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(level, "level");
    for (Money m : new Money[] {
        Objects.requireNonNull(disputedAmount, "disputedAmount"), Objects.requireNonNull(dunnedAmount, "dunnedAmount"),
        Objects.requireNonNull(fee, "fee"), Objects.requireNonNull(interest, "interest")}) {
      if (!m.currency().equals(item.openAmount().currency())) {
        throw new IllegalArgumentException("dunning line " + item.documentNumber() + ": " + m + " is not in "
            + item.openAmount().currency());
      }
    }
  }

  /** {@return the item's open amount on the run's day} */
  public Money openAmount() {
    return item.openAmount();
  }

  /** {@return what the customer is asked to pay on this item: amount dunned + fee + interest} */
  public Money total() {
    return dunnedAmount.plus(fee).plus(interest);
  }
}
