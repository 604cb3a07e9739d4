package dev.o2c.aging.collections;

/**
 * A customer's credit-risk class as the host rates it (from a scorecard, a credit agency, a
 * collector's judgement), from the lowest risk to the highest. o2c does not compute it.
 */
public enum PriorityRisk {
  /** Low risk: a good payer. */
  LOW,
  /** Medium risk. */
  MEDIUM,
  /** High risk. */
  HIGH,
  /** Very high risk: insolvency signs, legal action considered. */
  VERY_HIGH
}
