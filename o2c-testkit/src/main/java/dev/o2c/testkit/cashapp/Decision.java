package dev.o2c.testkit.cashapp;

/** What a cash-application engine decided for a bank line, as the CLI contract's {@code decision} column. */
public enum Decision {
  /** Applied without a person. */
  AUTO,
  /** A proposal a person must confirm. */
  SUGGESTED,
  /** Money not applied (on account, suspense or left for review). */
  UNAPPLIED
}
