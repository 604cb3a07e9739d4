package dev.o2c.aging.dunning;

/** What a movement on a statement of account is, in the words a customer reads. */
public enum MovementKind {
  /** An invoice posted. */
  INVOICE,
  /** A debit memo posted. */
  DEBIT_MEMO,
  /** A credit memo posted. */
  CREDIT_MEMO,
  /** An item carried over from the books taken over at cut-over. */
  OPENING_ITEM,
  /** A payment applied (or, as a debit, an application reversed or a payment returned). */
  PAYMENT,
  /** A cash discount granted. */
  DISCOUNT,
  /** A credit memo set off against an item. */
  CREDIT_OFFSET,
  /** An amount the customer deducted, moved into a deduction. */
  DEDUCTION,
  /** An item written off as bad debt, or reinstated. */
  WRITE_OFF,
  /** A small difference written off. */
  ADJUSTMENT,
  /** Anything else. */
  OTHER
}
