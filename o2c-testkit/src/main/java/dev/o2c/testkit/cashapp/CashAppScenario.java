package dev.o2c.testkit.cashapp;

/**
 * The fourteen kinds of bank line of the cash-application benchmark (spec section 2, "Scenario mix"):
 * what a line really is, recorded in its {@link LineTruth}. The number is the spec's row number.
 *
 * <pre>{@code
 * CashAppScenario.CASH_DISCOUNT.number();   // 7
 * }</pre>
 */
public enum CashAppScenario {
  /** #1: pays one invoice in full and carries a usable reference. */
  SINGLE_WITH_REFERENCE(1),
  /** #2: pays one invoice in full with no or an unusable reference: only amount and payer tell. */
  SINGLE_WITHOUT_REFERENCE(2),
  /** #3: pays several items (possibly netting a credit memo) and lists them (sometimes only some). */
  MULTI_WITH_REMITTANCE(3),
  /** #4: pays several items without saying which: the oldest open ones, or any set. */
  MULTI_WITHOUT_REMITTANCE(4),
  /** #5: pays 30-90 % of one invoice, or an instalment of it; the rest stays open. */
  PARTIAL(5),
  /** #6: pays one invoice short; the difference is a deduction, with a reason code on half of them. */
  SHORT_PAY_DEDUCTION(6),
  /** #7: pays one invoice less the cash discount of its terms, earned in time or taken late (unearned). */
  CASH_DISCOUNT(7),
  /** #8: pays one invoice in full, but banks on the way took their fees out of it. */
  BANK_FEE(8),
  /** #9: pays more than the items: rounded up, an item counted twice, or a deposit on top. */
  OVERPAYMENT(9),
  /** #10: repeats an earlier line's reference and amount; the invoice is already paid. */
  DUPLICATE(10),
  /** #11: a parent company or a third party pays a customer's items, from its own account and name. */
  THIRD_PARTY_PAYER(11),
  /** #12: cannot or must not be applied: an unknown payer, not our money, or a payment on account. */
  UNIDENTIFIABLE(12),
  /** #13: a debit line returning (reversing) an earlier credit of the statement. */
  RETURN(13),
  /** #14: the payer paid in another currency; the amount credited differs by 0.2-2 % from the invoice. */
  OTHER_CURRENCY(14);

  private final int number;

  CashAppScenario(int number) {
    this.number = number;
  }

  /** {@return the row number of the scenario in the benchmark spec, 1 to 14} */
  public int number() {
    return number;
  }

  /** {@return a short label for reports, e.g. {@code "#7 CASH_DISCOUNT"}} */
  public String label() {
    return "#" + number + " " + name();
  }
}
