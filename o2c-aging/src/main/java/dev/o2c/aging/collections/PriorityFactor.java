package dev.o2c.aging.collections;

/** A factor of a customer's collection priority, as {@link PriorityScoring} weighs them. */
public enum PriorityFactor {
  /** The amount past due. */
  AMOUNT_OVERDUE,
  /** Days the oldest past-due item is overdue. */
  DAYS_OVERDUE,
  /** Promises to pay the customer broke. */
  BROKEN_PROMISES,
  /** The host's risk class of the customer. */
  RISK_CLASS,
  /** The open balance against the credit limit. */
  CREDIT_UTILISATION,
  /** Days since the last contact, or no contact at all. */
  LAST_CONTACT,
  /** A factor of a host's own strategy. */
  OTHER
}
