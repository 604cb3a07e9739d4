package dev.o2c.aging.dunning;

/**
 * Why a dunning run did not dun an open item. Each {@link SkippedItem} carries one, with a sentence
 * for the collector.
 */
public enum SkipReason {
  /** The host blocked the customer from dunning (a key account, insolvency, legal hold). */
  CUSTOMER_BLOCKED,
  /** A credit memo: counted as credit against the customer's items, never dunned itself. */
  CREDIT_MEMO,
  /** The whole open amount is in dispute. */
  DISPUTED,
  /** An open promise to pay covers the item, by name or through the customer's balance. */
  PROMISED,
  /** Unapplied cash, money on account or unused credit memos of the customer cover the item. */
  COVERED_BY_CREDIT,
  /** The item has not reached the first level yet (not overdue enough, or past a pre-due reminder's window). */
  NOT_DUE,
  /** The item was dunned less than the policy's minimum days ago. */
  TOO_SOON,
  /** The item was dunned at the level it has reached, and has not reached a higher one. */
  AT_LEVEL,
  /** The amount dunned on the item is below the policy's minimum per item. */
  BELOW_ITEM_MINIMUM,
  /** The customer's total in the item's currency is below the policy's minimum per customer. */
  BELOW_CUSTOMER_MINIMUM,
  /**
   * The fee of the level the item reached names no amount in the item's currency: the policy is
   * completed before such items are dunned, rather than charging a fee nobody set.
   */
  FEE_NOT_IN_CURRENCY
}
