package dev.o2c.aging.collections;

/** What a collector's task is about, beside the customers on the worklist. */
public enum TaskKind {
  /** Money received from a known customer and not applied: ask for the remittance advice. */
  UNAPPLIED_PAYMENT,
  /** A short payment recorded as an open deduction: decide it (credit, reject, write off) or send it to review. */
  SHORT_PAYMENT,
  /** A dispute case whose target date has passed: chase it. */
  DISPUTE_PAST_TARGET,
  /** A promised payment falls due soon: check that it arrives. */
  PROMISE_DUE
}
