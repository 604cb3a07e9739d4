package dev.o2c.matching.cashapp;

/** What the engine decided for a payment. */
public enum DecisionKind {
  /** Applied without a person: the evidence makes a wrong answer very unlikely. */
  AUTO,
  /** A proposal a person must confirm or correct, with ranked alternatives. */
  SUGGESTED,
  /** Nothing applied: the money stays unapplied (payer known) or in suspense (payer unknown). */
  UNAPPLIED
}
