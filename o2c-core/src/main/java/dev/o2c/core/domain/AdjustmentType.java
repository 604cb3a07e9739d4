package dev.o2c.core.domain;

/** What changed an item's open amount other than payment money. */
public enum AdjustmentType {
  /** The item, or part of it, was written off as a bad debt. */
  BAD_DEBT_WRITE_OFF,
  /** A bad-debt write-off was reinstated (the customer paid after all); negative, the item reopens. */
  BAD_DEBT_REINSTATED,
  /** A credit memo was offset against the item (on both items). */
  CREDIT_MEMO_OFFSET,
  /** A credit-memo offset was reversed (on both items); the opposite sign of the offset. */
  CREDIT_MEMO_OFFSET_REVERSED,
  /** Part of the item moved into a deduction awaiting resolution. */
  DEDUCTION,
  /** A rejected deduction put the amount back on the item. */
  DEDUCTION_REJECTED
}
