package dev.o2c.core.ledger;

/**
 * The general-ledger accounts the receivables journal posts to, by role. A host maps each role to
 * its own chart of accounts.
 */
public enum AccountRole {
  /** Trade receivables: what customers owe on open items. */
  RECEIVABLES,
  /** The revenue side of invoices and credit memos (sales, with tax, as the host splits it). */
  SALES,
  /** The bank account money arrives in and leaves from. */
  CASH,
  /** Received money not yet applied to items, belonging to a known customer. */
  UNAPPLIED_CASH,
  /** Money a known customer left with us deliberately, to be used later (payment on account). */
  ON_ACCOUNT,
  /** Received money whose payer is not known yet. */
  SUSPENSE,
  /** Cash discounts granted for early payment. */
  DISCOUNT,
  /** Small differences (tolerances, bank charges) written off when applying payments, and deductions written off. */
  SMALL_DIFFERENCES,
  /** Items written off as uncollectible. */
  BAD_DEBT,
  /** Bad debt reinstated because the customer paid after all: income of its own, not less expense. */
  BAD_DEBT_RECOVERED,
  /** Amounts customers deducted, held until the deduction is resolved. */
  DEDUCTIONS,
  /**
   * The counter-account of books loaded at cut-over: opening items and cash are posted against it,
   * so the journal balances from the first day. The host clears it against its opening balances.
   */
  OPENING_BALANCE
}
