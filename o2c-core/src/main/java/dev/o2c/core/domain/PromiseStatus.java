package dev.o2c.core.domain;

/** Where a promise to pay stands. */
public enum PromiseStatus {
  /** Made, and not all promised dates have passed. */
  OPEN,
  /** Every promised amount arrived by its date. */
  KEPT,
  /** Some but not all of the promised money arrived by the last promised date. */
  PARTIALLY_KEPT,
  /** Nothing arrived by the first promised date, or the customer withdrew it. */
  BROKEN,
  /** Withdrawn by the collector, for example after a dispute. */
  CANCELLED
}
