package dev.o2c.matching.statement;

/**
 * The kind of a reported account balance.
 *
 * <p>camt codes map as follows: {@code OPBD}/{@code PRCD} to {@link #OPENING_BOOKED} (PRCD, the
 * previous closing, is what camt.052 reports instead), {@code CLBD} to {@link #CLOSING_BOOKED},
 * {@code OPAV} to {@link #OPENING_AVAILABLE}, {@code CLAV} to {@link #CLOSING_AVAILABLE},
 * {@code FWAV} to {@link #FORWARD_AVAILABLE}, {@code ITBD} to {@link #INTERIM_BOOKED},
 * {@code ITAV} to {@link #INTERIM_AVAILABLE}; anything else to {@link #OTHER} with the original
 * code kept in {@link Balance#code()}. MT940 :60F:/:62F:/:64:/:65: and BAI2 type codes map the
 * same way.
 */
public enum BalanceType {
  /** Booked balance at the start of the statement period. */
  OPENING_BOOKED,
  /** Booked balance at the end of the statement period. */
  CLOSING_BOOKED,
  /** Available (value-dated) balance at the start of the period. */
  OPENING_AVAILABLE,
  /** Available (value-dated) balance at the end of the period. */
  CLOSING_AVAILABLE,
  /** Balance available on a future date (MT940 :65:, camt FWAV). */
  FORWARD_AVAILABLE,
  /** Booked balance during the period (camt ITBD, MT940 :60M:/:62M: intermediate balances). */
  INTERIM_BOOKED,
  /** Available balance during the period (camt ITAV). */
  INTERIM_AVAILABLE,
  /** Any other balance; see {@link Balance#code()} for the bank's code. */
  OTHER
}
