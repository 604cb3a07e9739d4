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
  /** Small differences written off when applying payments. */
  WRITE_OFF,
  /** Items written off as uncollectible. */
  BAD_DEBT,
  /** Amounts customers deducted, held until the deduction is resolved. */
  DEDUCTIONS
}
