package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an incoming payment on a late debt is split across costs, interest and principal, when the
 * debtor did not say (§366, §367 BGB). Each part takes at most what is owed on it; the parts and
 * the surplus add up exactly to the payment.
 *
 * <pre>{@code
 * Allocation a = PaymentAllocation.COSTS_INTEREST_PRINCIPAL.allocate(Money.of("EUR", "500.00"),
 *     Money.of("EUR", "40.00"), Money.of("EUR", "120.50"), Money.of("EUR", "1000.00"));
 * // costs 40.00, interest 120.50, principal 339.50, surplus 0.00
 * }</pre>
 */
@FunctionalInterface
public interface PaymentAllocation {

  /** The statutory order of §367(1) BGB: costs first, then interest, then the principal. */
  PaymentAllocation COSTS_INTEREST_PRINCIPAL = inOrder(ClaimPart.COSTS, ClaimPart.INTEREST, ClaimPart.PRINCIPAL);

  /**
   * Principal first, then interest, then costs: the order a creditor may agree to, and the one that
   * stops interest soonest.
   */
  PaymentAllocation PRINCIPAL_FIRST = inOrder(ClaimPart.PRINCIPAL, ClaimPart.INTEREST, ClaimPart.COSTS);

  /**
   * Splits a payment.
   *
   * @param payment the payment, zero or positive
   * @param costs the costs owed, zero or positive
   * @param interest the interest owed, zero or positive
   * @param principal the principal owed, zero or positive
   * @return the split; its parts add up to {@code payment}
   * @throws IllegalArgumentException if an amount is negative
   * @throws dev.o2c.core.money.CurrencyMismatchException if the amounts are in different currencies
   */
  Allocation allocate(Money payment, Money costs, Money interest, Money principal);

  /**
   * The parts paid one after the other in an order, each in full before the next.
   *
   * @param order every claim part exactly once
   * @return the allocation
   * @throws IllegalArgumentException if a part is missing or repeated
   */
  static PaymentAllocation inOrder(ClaimPart... order) {
    List<ClaimPart> parts = List.of(order);
    if (parts.size() != ClaimPart.values().length || parts.stream().distinct().count() != parts.size()) {
      throw new IllegalArgumentException("give each of COSTS, INTEREST, PRINCIPAL once, not " + parts);
    }
    return (payment, costs, interest, principal) -> {
      Map<ClaimPart, Money> owed = new EnumMap<>(ClaimPart.class);
      owed.put(ClaimPart.COSTS, Objects.requireNonNull(costs, "costs"));
      owed.put(ClaimPart.INTEREST, Objects.requireNonNull(interest, "interest"));
      owed.put(ClaimPart.PRINCIPAL, Objects.requireNonNull(principal, "principal"));
      Money.total(payment, costs, interest, principal);
      if (payment.isNegative()) {
        throw new IllegalArgumentException("payment " + payment + " is negative");
      }
      owed.forEach((part, amount) -> {
        if (amount.isNegative()) {
          throw new IllegalArgumentException(part + " owed " + amount + " is negative");
        }
      });
      Map<ClaimPart, Money> paid = new EnumMap<>(ClaimPart.class);
      Money rest = payment;
      for (ClaimPart part : parts) {
        Money share = rest.min(owed.get(part));
        paid.put(part, share);
        rest = rest.minus(share);
      }
      return new Allocation(paid.get(ClaimPart.COSTS), paid.get(ClaimPart.INTEREST), paid.get(ClaimPart.PRINCIPAL),
          rest);
    };
  }
}
