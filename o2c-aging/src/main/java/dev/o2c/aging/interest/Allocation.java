package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * How one payment was split across the parts of a late debt. The four amounts add up exactly to the
 * payment; {@code surplus} is what is left when every part is paid (money to refund or hold on
 * account).
 *
 * @param costs the part that paid costs
 * @param interest the part that paid interest
 * @param principal the part that paid the debt itself
 * @param surplus the rest, not needed for the debt
 */
public record Allocation(Money costs, Money interest, Money principal, Money surplus) {

  /**
   * Checks the parts.
   *
   * @param costs the part that paid costs
   * @param interest the part that paid interest
   * @param principal the part that paid the debt
   * @param surplus the rest
   * @throws IllegalArgumentException if a part is negative
   * @throws dev.o2c.core.money.CurrencyMismatchException if the parts are in different currencies
   */
  public Allocation {
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(surplus, "surplus");
    Money.total(costs, interest, principal, surplus);
    if (costs.isNegative() || interest.isNegative() || principal.isNegative() || surplus.isNegative()) {
      throw new IllegalArgumentException("allocation parts must not be negative: costs " + costs + ", interest "
          + interest + ", principal " + principal + ", surplus " + surplus);
    }
  }

  /**
   * The part that went to one claim part.
   *
   * @param part the claim part
   * @return its amount
   */
  public Money part(ClaimPart part) {
    switch (Objects.requireNonNull(part, "part")) {
      case COSTS:
        return costs;
      case INTEREST:
        return interest;
      default:
        return principal;
    }
  }

  /** {@return the payment: the four parts added up} */
  public Money total() {
    return Money.total(costs, interest, principal, surplus);
  }
}
