package dev.o2c.examples.demo;

/** What the demo's cash-application script does at one step; each maps to one ledger operation. */
public enum CashAction {
  /** Apply payment money to an invoice or debit memo, with optional discount and write-off. */
  APPLY,
  /** Move the unpaid part of an item into a deduction with a reason. */
  DEDUCT,
  /** Attribute a payment in suspense to the customer who sent it. */
  IDENTIFY,
  /** The bank returned the payment: its applications are reversed and the money leaves cash. */
  RETURN,
  /** Offset a credit memo against an invoice or debit memo. */
  OFFSET
}
