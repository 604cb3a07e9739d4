package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import java.util.Objects;

/**
 * A customer's position in the receivables, nothing hidden: open items, amounts held in open
 * deductions (still owed until resolved), and money received but not applied.
 *
 * @param customer the customer
 * @param openItems the sum of the open items (credit memos reduce it)
 * @param openDeductions the sum of deductions open or in review
 * @param unappliedCash money received from the customer and not yet applied
 * @param onAccount money the customer left on account
 */
public record CustomerBalance(
    CustomerId customer,
    MoneyTotals openItems,
    MoneyTotals openDeductions,
    MoneyTotals unappliedCash,
    MoneyTotals onAccount) {

  /**
   * Validates that nothing is null.
   *
   * @param customer the customer
   * @param openItems the sum of the open items (credit memos reduce it)
   * @param openDeductions the sum of deductions open or in review
   * @param unappliedCash money received from the customer and not yet applied
   * @param onAccount money the customer left on account
   */
  public CustomerBalance {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(openItems, "openItems");
    Objects.requireNonNull(openDeductions, "openDeductions");
    Objects.requireNonNull(unappliedCash, "unappliedCash");
    Objects.requireNonNull(onAccount, "onAccount");
  }

  /** {@return what the customer owes net: open items plus open deductions, less unapplied cash and money on account} */
  public MoneyTotals net() {
    return openItems.plus(openDeductions).minus(unappliedCash).minus(onAccount);
  }
}
