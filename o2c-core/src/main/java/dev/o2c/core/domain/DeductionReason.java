package dev.o2c.core.domain;

/** Why a customer paid less than an item's open amount (a deduction) or disputes it. */
public enum DeductionReason {
  /** The customer paid a different price than invoiced. */
  PRICING,
  /** Fewer goods arrived than invoiced. */
  SHORTAGE,
  /** Goods arrived damaged. */
  DAMAGE,
  /** A promotion, rebate or trade allowance the customer claims. */
  PROMOTION,
  /** The customer says the item was billed twice. */
  DUPLICATE_BILLING,
  /** A late-delivery or compliance penalty the customer charged back. */
  CHARGEBACK,
  /** Any other reason; describe it in the deduction's note. */
  OTHER
}
