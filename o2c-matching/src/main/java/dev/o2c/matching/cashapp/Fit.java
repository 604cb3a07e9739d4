package dev.o2c.matching.cashapp;

/** How a payment amount fits the items of a proposal, best first. */
enum Fit {
  /** The payment equals the items' open amounts. */
  EXACT(0.97, "amount equals the open amount"),
  /** The payment equals the open amounts less the cash discount their terms earn on the value date. */
  DISCOUNT(0.97, "amount equals the open amount less the cash discount earned"),
  /** The payment and the charges the bank reports deducted on the way equal the open amounts (less earned discounts). */
  BANK_CHARGES(0.97, "amount and the bank charges reported equal the open amount"),
  /**
   * The payment was converted from another currency (the bank reports it) and differs by an exchange
   * difference within the policy's limit: a loss written off, or a gain booked.
   */
  EXCHANGE_DIFFERENCE(0.9, "amount converted from another currency, off by an exchange difference"),
  /** The payment falls short of the open amounts (less earned discounts) by no more than the tolerance. */
  SMALL_DIFFERENCE(0.85, "amount within tolerance of the open amount"),
  /** The payment exceeds the open amounts; the rest stays unapplied. */
  OVERPAID(0.5, "amount exceeds the open amount"),
  /** The payment is short and the remittance says why: the shortfall is a deduction. */
  SHORT_WITH_REASON(0.75, "amount is short and the remittance gives a reason"),
  /** The payment is short by a cash discount whose deadline had passed: the unearned discount is a deduction. */
  LATE_DISCOUNT(0.75, "amount is short by a cash discount taken after its deadline"),
  /** The payment is short without a reason by a small share of one item (the policy's limit): a deduction to clear up. */
  UNEXPLAINED_SHORT(0.7, "amount is short without a reason, by a small share of the item"),
  /** The payment pays a clear part of one item (an instalment, or well under the open amount); the rest stays open. */
  PARTIAL(0.7, "amount pays part of the open amount"),
  /** The payment is short without a reason: a deduction to clear up, or a part payment. */
  SHORT(0.4, "amount is less than the open amount");

  final double evidence;
  final String text;

  Fit(double evidence, String text) {
    this.evidence = evidence;
    this.text = text;
  }

  /** Whether the amount settles the items completely, with nothing left open or unexplained. */
  boolean settles() {
    return this == EXACT || this == DISCOUNT || this == BANK_CHARGES || this == EXCHANGE_DIFFERENCE
        || this == SMALL_DIFFERENCE;
  }
}
