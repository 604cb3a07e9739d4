package dev.o2c.core.ledger;

/** What a {@link Posting} did. */
public enum Operation {
  /** An invoice, credit memo or debit memo was posted. */
  POST_ITEM,
  /** A payment was received. */
  RECEIVE_PAYMENT,
  /** The payer of a payment in suspense was identified. */
  IDENTIFY_PAYER,
  /** Payment money was applied to an item. */
  APPLY,
  /** An application was reversed. */
  UNAPPLY,
  /** Payment money moved between unapplied, on-account and suspense. */
  MOVE,
  /** Payment money was paid back to the customer. */
  REFUND,
  /** The bank returned or reversed a payment. */
  RETURN_PAYMENT,
  /** A credit memo was offset against an invoice or debit memo. */
  CREDIT_MEMO_OFFSET,
  /** An item was written off as bad debt. */
  WRITE_OFF,
  /** A deduction was created from an item. */
  CREATE_DEDUCTION,
  /** A deduction went into review. */
  REVIEW_DEDUCTION,
  /** A deduction was resolved. */
  RESOLVE_DEDUCTION
}
