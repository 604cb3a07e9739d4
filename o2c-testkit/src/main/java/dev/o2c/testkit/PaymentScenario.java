package dev.o2c.testkit;

/**
 * How a payment in a generated {@link ArWorld} relates to the open items: the kind of case a cash
 * application engine has to solve. The {@link PaymentTruth} of each payment records the answer.
 *
 * <pre>{@code
 * Map<PaymentScenario, Long> perScenario = world.truths().stream()
 *     .collect(Collectors.groupingBy(PaymentTruth::scenario, Collectors.counting()));
 * }</pre>
 */
public enum PaymentScenario {
  /** Pays one invoice or debit memo exactly. */
  EXACT,
  /** Pays one invoice short; the shortfall is a deduction with a reason. */
  SHORT,
  /** Pays several items of one customer at once, possibly netting credit memos. */
  MULTIPLE,
  /** Pays one invoice within its discount window, less the cash discount of its terms. */
  DISCOUNT,
  /** A known customer pays an amount that settles no item (an advance or payment on account). */
  ON_ACCOUNT,
  /** Nobody can tell who paid or what for: no customer, unknown account, garbled remittance. */
  UNIDENTIFIABLE
}
