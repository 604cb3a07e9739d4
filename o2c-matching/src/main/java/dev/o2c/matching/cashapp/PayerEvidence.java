package dev.o2c.matching.cashapp;

/** What a {@link PayerHypothesis} rests on, strongest first. */
public enum PayerEvidence {
  /** The payment already names its customer (set by the host or an earlier identification). */
  STATED,
  /** The payer's bank account is one of the customer's accounts. */
  BANK_ACCOUNT,
  /** A person confirmed this bank account for the customer before (learned alias). */
  LEARNED_ACCOUNT,
  /** A person confirmed this payer name for the customer before (learned alias). */
  LEARNED_NAME,
  /** The payer name is close to the customer's name after normalisation. */
  NAME
}
