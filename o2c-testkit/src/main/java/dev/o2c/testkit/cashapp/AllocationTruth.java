package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * How one benchmark bank line truly settles one item: the payment money put on it and what else
 * takes the item down. All amounts are in the item's (and the line's) currency.
 *
 * <p>What the allocation takes off the item, {@link #cleared()}, is {@code applied + discount +
 * deduction + fee + fxDifference + writeOff}; for an item the line settles completely it equals the
 * item's amount. The payment side is {@link #applied()} alone: a line's applied amounts plus its
 * unapplied remainder are its amount (see {@link LineTruth}).
 *
 * <pre>{@code
 * // INV-2026-000123 over 1000.00 under 2/10 NET 30, paid 980.00 inside the discount window:
 * applied 980.00, discount 20.00, everything else 0.00; cleared() = 1000.00
 * }</pre>
 *
 * @param documentNumber the item settled
 * @param customerId the customer the item is billed to
 * @param applied the payment money put on the item; negative for a credit memo netted in the payment
 * @param discount the cash discount earned under the item's terms, zero or positive
 * @param deduction what the payer kept back and must be worked as a deduction (short pay, unearned
 *     discount), zero or positive
 * @param deductionReason why the payer kept it back; present exactly when the deduction is positive
 * @param fee bank fees taken out of the payment on its way, zero or positive
 * @param fxDifference the exchange difference of a payment made in another currency: positive when
 *     less arrived than the item, negative when more arrived (then {@code applied} exceeds the item)
 * @param writeOff a small difference written off, signed; zero in generated worlds, kept for engines
 *     whose outcomes are compared field by field
 */
public record AllocationTruth(DocumentNumber documentNumber, CustomerId customerId, Money applied, Money discount,
    Money deduction, Optional<DeductionReason> deductionReason, Money fee, Money fxDifference, Money writeOff) {

  /**
   * Checks signs and currencies.
   *
   * @param documentNumber the item settled
   * @param customerId the customer the item is billed to
   * @param applied the payment money put on the item; negative for a credit memo netted in the payment
   * @param discount the cash discount earned under the item's terms, zero or positive
   * @param deduction what the payer kept back and must be worked as a deduction (short pay, unearned
   *     discount), zero or positive
   * @param deductionReason why the payer kept it back; present exactly when the deduction is positive
   * @param fee bank fees taken out of the payment on its way, zero or positive
   * @param fxDifference the exchange difference of a payment made in another currency: positive when less
   *     arrived than the item, negative when more arrived (then {@code applied} exceeds the item)
   * @param writeOff a small difference written off, signed; zero in generated worlds, kept for engines whose
   *     outcomes are compared field by field
   * @throws IllegalArgumentException if amounts mix currencies, a discount, deduction or fee is
   *     negative, or the reason does not go with the deduction
   */
  public AllocationTruth {
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(deduction, "deduction");
    Objects.requireNonNull(deductionReason, "deductionReason");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(fxDifference, "fxDifference");
    Objects.requireNonNull(writeOff, "writeOff");
    var c = applied.currency();
    if (!c.equals(discount.currency()) || !c.equals(deduction.currency()) || !c.equals(fee.currency())
        || !c.equals(fxDifference.currency()) || !c.equals(writeOff.currency())) {
      throw new IllegalArgumentException("allocation to " + documentNumber + " mixes currencies");
    }
    if (discount.isNegative() || deduction.isNegative() || fee.isNegative()) {
      throw new IllegalArgumentException(
          "allocation to " + documentNumber + " has a negative discount, deduction or fee");
    }
    if (deduction.isPositive() != deductionReason.isPresent()) {
      throw new IllegalArgumentException(
          "allocation to " + documentNumber + ": a deduction reason goes with a positive deduction, and only then");
    }
  }

  /**
   * An allocation that settles with payment money only.
   *
   * @param documentNumber the item
   * @param customerId the item's customer
   * @param applied the payment money put on it
   * @return the allocation, every other amount zero
   */
  public static AllocationTruth applied(DocumentNumber documentNumber, CustomerId customerId, Money applied) {
    Money zero = Money.zero(applied.currency());
    return new AllocationTruth(documentNumber, customerId, applied, zero, zero, Optional.empty(), zero, zero, zero);
  }

  /**
   * {@return what the allocation takes off the item: applied + discount + deduction + fee + fxDifference + writeOff}
   */
  public Money cleared() {
    return applied.plus(discount).plus(deduction).plus(fee).plus(fxDifference).plus(writeOff);
  }

  /**
   * {@return the small differences that close the item without payment money and without a person's
   * work: fee + fxDifference + writeOff. Scoring compares these as one amount, since an engine may
   * book a bank fee or an exchange difference as a write-off}
   */
  public Money smallDifference() {
    return fee.plus(fxDifference).plus(writeOff);
  }
}
