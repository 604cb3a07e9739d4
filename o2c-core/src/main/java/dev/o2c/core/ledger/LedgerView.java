package dev.o2c.core.ledger;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's books at one moment: {@link ReceivablesLedger#now()} or {@link
 * ReceivablesLedger#asOf(LocalDate)} (the end of a day). Every method returns a copy, never a live
 * view. {@code now()} reads the ledger's current state when called; {@code asOf} is computed from the
 * journal, so it answers for any day, also one in the past.
 *
 * <p>Amounts are in each item's or payment's sign: open items are positive for what customers owe,
 * negative for credit memos not yet used; cash balances are positive for money held.
 */
public interface LedgerView {

  /** {@return the day this view shows the end of; empty for {@link ReceivablesLedger#now()}} */
  Optional<LocalDate> asOf();

  /**
   * A customer's open items, with their open amounts, in posting order; items dated after the view's
   * day are left out.
   *
   * @param customer the customer
   * @return the open items; empty for an unknown customer
   */
  List<OpenItem> openItems(CustomerId customer);

  /**
   * What a customer owes on open items, per currency (credit memos reduce it). Unapplied cash,
   * money on account and deductions are not netted; see {@link #customerBalance(CustomerId)}.
   *
   * @param customer the customer
   * @return the sum of the open amounts
   */
  MoneyTotals balance(CustomerId customer);

  /**
   * A customer's position side by side: open items, open deductions, unapplied cash and money on
   * account, and the net of them.
   *
   * @param customer the customer
   * @return the balance; all zero for an unknown customer
   */
  CustomerBalance customerBalance(CustomerId customer);

  /**
   * A customer's unapplied cash (money on account excluded).
   *
   * @param customer the customer
   * @return the unapplied cash per currency
   */
  MoneyTotals unappliedCash(CustomerId customer);

  /**
   * A customer's money on account.
   *
   * @param customer the customer
   * @return the money on account per currency
   */
  MoneyTotals onAccount(CustomerId customer);

  /** {@return all money in suspense (payer unknown), per currency} */
  MoneyTotals suspense();

  /** {@return all money unapplied, of every customer, per currency} */
  MoneyTotals unappliedCash();

  /** {@return what all customers owe on open items, per currency} */
  MoneyTotals receivables();

  /**
   * A customer's deductions that are open or in review, with the status they had then.
   *
   * @param customer the customer
   * @return the deductions, in creation order
   */
  List<Deduction> openDeductions(CustomerId customer);
}
