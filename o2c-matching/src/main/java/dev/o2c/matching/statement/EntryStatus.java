package dev.o2c.matching.statement;

/** How final a statement entry is, as reported by the bank. */
public enum EntryStatus {
  /** Booked on the account; part of the booked balance. */
  BOOKED,
  /** Announced but not yet booked (camt {@code PDNG}); may still change or disappear. */
  PENDING,
  /** Information only (camt {@code INFO}, e.g. a forecast); never booked as such. */
  INFO
}
