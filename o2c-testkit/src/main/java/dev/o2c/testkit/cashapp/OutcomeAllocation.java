package dev.o2c.testkit.cashapp;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * One item an engine applies a line to, in the scorer's neutral terms: the CLI contract's {@code
 * item_id}, {@code applied_amount}, {@code discount_amount} and {@code writeoff_amount}, plus the
 * amount the engine opens as a deduction on the item. All amounts in the item's currency.
 *
 * @param documentNumber the item
 * @param applied the payment money put on the item; negative for a credit memo netted in the payment
 * @param discount the cash discount granted, zero or positive
 * @param writeOff the small difference written off (bank fees and exchange differences included), signed
 * @param deduction the amount opened as a deduction (short pay to be worked), zero or positive
 */
public record OutcomeAllocation(DocumentNumber documentNumber, Money applied, Money discount, Money writeOff,
    Money deduction) {

  /**
   * Checks that no value is null.
   *
   * @param documentNumber the item
   * @param applied the payment money put on the item; negative for a credit memo netted in the payment
   * @param discount the cash discount granted, zero or positive
   * @param writeOff the small difference written off (bank fees and exchange differences included), signed
   * @param deduction the amount opened as a deduction (short pay to be worked), zero or positive
   */
  public OutcomeAllocation {
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(writeOff, "writeOff");
    Objects.requireNonNull(deduction, "deduction");
  }

  /**
   * An allocation of payment money only.
   *
   * @param documentNumber the item
   * @param applied the payment money put on it
   * @return the allocation, discount, write-off and deduction zero
   */
  public static OutcomeAllocation of(DocumentNumber documentNumber, Money applied) {
    Money zero = Money.zero(applied.currency());
    return new OutcomeAllocation(documentNumber, applied, zero, zero, zero);
  }
}
