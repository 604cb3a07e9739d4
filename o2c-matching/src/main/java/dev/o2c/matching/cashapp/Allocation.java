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
 * <p>A negative {@code writeOff} is a gain: a payment converted from another currency brought more
 * than the item's open amount, {@code applied} exceeds what it clears, and the item is settled
 * (the ledger books the gain only then; see {@link dev.o2c.core.ledger.ApplyPayment}).
 *
 * @param item the open item's document number
 * @param applied the payment money applied to the item; never zero
 * @param discount the cash discount granted under the item's terms; zero or positive
 * @param writeOff the small difference written off (bank charges, rounding, an exchange loss), or
 *     negative, an exchange gain
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
   * @param writeOff the small difference written off, or negative, a gain
   * @param deduction the shortfall opened as a deduction; zero or positive
   * @param deductionReason present exactly when {@code deduction} is positive
   * @throws IllegalArgumentException if a part has the wrong sign or currency, a credit allocation
   *     carries a discount, write-off or deduction, or a gain comes with a deduction or leaves nothing
   *     cleared
   */
  public Allocation {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(deductionReason, "deductionReason");
    var currency = applied.currency();
    if (!discount.currency().equals(currency) || !writeOff.currency().equals(currency)
        || !deduction.currency().equals(currency)) {
      throw new IllegalArgumentException("Allocation to " + item + " mixes currencies");
    }
    if (applied.isZero() || discount.isNegative() || deduction.isNegative()) {
      throw new IllegalArgumentException("Allocation to " + item + ": applied " + applied
          + " must not be zero, discount " + discount + " and deduction " + deduction + " must not be negative");
    }
    if (writeOff.isNegative() && (deduction.isPositive()
        || applied.minorUnits() + writeOff.minorUnits() + discount.minorUnits() <= 0)) {
      throw new IllegalArgumentException("Allocation to " + item + ": a gain of " + writeOff.negated()
          + " goes with no deduction and must leave something cleared of applied " + applied);
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
