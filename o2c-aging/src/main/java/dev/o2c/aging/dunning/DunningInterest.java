package dev.o2c.aging.dunning;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.time.LocalDate;

/**
 * The late-payment interest a reminder claims on one item: "interest due on this item as of a day".
 * A hook for the host's interest calculator (statutory or contractual); dunning adds what it returns
 * to the item's line and never computes interest itself.
 *
 * <pre>{@code
 * DunningInterest interest = (item, dunned, asOf) -> calculator.interestOn(dunned, item.dueDate(), asOf);
 * DunningPolicy policy = LevelDunningPolicy.builder().levels(...).interest(interest).build();
 * }</pre>
 */
@FunctionalInterface
public interface DunningInterest {

  /** No interest on any item: what a policy charges unless told otherwise. */
  DunningInterest NONE = (item, dunnedAmount, asOf) -> Money.zero(dunnedAmount.currency());

  /**
   * The interest due on an item as of a day.
   *
   * @param item the item, with its open amount as of {@code asOf}
   * @param dunnedAmount the part of the open amount being dunned (the undisputed part), positive, in the
   *     item's currency
   * @param asOf the day of the dunning run
   * @return the interest in the item's currency, zero or positive
   */
  Money interest(OpenItem item, Money dunnedAmount, LocalDate asOf);
}
