package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a payment does to one open item: the money applied, and the cash discount, small difference
 * and deduction that settle the rest. All amounts are in the item's currency and signed like the
 * item: for a credit memo netted in a payment, {@code applied} is negative (the credit reduces what
 * the payment had to carry) and the other parts are zero.
 *
 * <p>{@link #cleared()} is what the allocation takes off the item: {@code applied + discount +
 * writeOff + deduction}. For a fully settled item it equals the item's open amount.
 *
 * @param item the open item's document number
 * @param applied the payment money applied to the item; never zero
 * @param discount the cash discount granted under the item's terms; zero or positive
 * @param writeOff the small difference written off (bank charges, rounding); zero or positive
 * @param deduction the shortfall opened as a deduction; zero or positive
 * @param deductionReason why the customer deducted; present exactly when {@code deduction} is positive
 */
public record Allocation(DocumentNumber item, Money applied, Money discount, Money writeOff, Money deduction,
    Optional<DeductionReason> deductionReason) {

  /**
   * Checks the allocation.
   *
   * @param item the open item's document number
   * @param applied the payment money applied; never zero
   * @param discount the cash discount; zero or positive
   * @param writeOff the small difference; zero or positive
   * @param deduction the shortfall opened as a deduction; zero or positive
   * @param deductionReason present exactly when {@code deduction} is positive
   * @throws IllegalArgumentException if a part has the wrong sign or currency, or a credit allocation
   *     carries a discount, write-off or deduction
   */
  public Allocation {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(deductionReason, "deductionReason");
    var currency = applied.currency();
    if (!discount.currency().equals(currency) || !writeOff.currency().equals(currency)
        || !deduction.currency().equals(currency)) {
      throw new IllegalArgumentException("Allocation to " + item + " mixes currencies");
    }
    if (applied.isZero() || discount.isNegative() || writeOff.isNegative() || deduction.isNegative()) {
      throw new IllegalArgumentException("Allocation to " + item + ": applied " + applied
          + " must not be zero, discount " + discount + ", write-off " + writeOff + " and deduction "
          + deduction + " must not be negative");
    }
    if (applied.isNegative() && !(discount.isZero() && writeOff.isZero() && deduction.isZero())) {
      throw new IllegalArgumentException("Credit allocation to " + item + " carries a discount, write-off or deduction");
    }
    if (deduction.isPositive() != deductionReason.isPresent()) {
      throw new IllegalArgumentException("Allocation to " + item + ": a deduction reason is given exactly when "
          + "there is a deduction (deduction " + deduction + ")");
    }
  }

  /**
   * An allocation that applies money and nothing else.
   *
   * @param item the item
   * @param applied the money applied, signed like the item
   * @return the allocation
   */
  public static Allocation of(DocumentNumber item, Money applied) {
    Money zero = Money.zero(applied.currency());
    return new Allocation(item, applied, zero, zero, zero, Optional.empty());
  }

  /** {@return what the allocation takes off the item: applied + discount + write-off + deduction} */
  public Money cleared() {
    return applied.plus(discount).plus(writeOff).plus(deduction);
  }
}
