package dev.o2c.core.domain;

/**
 * Whether money came into the account (credit) or left it (debit), from the account owner's
 * point of view, as the bank reports it.
 */
public enum Direction {
  /** Money received: the account balance goes up. */
  CREDIT,
  /** Money paid out: the account balance goes down. */
  DEBIT;

  /**
   * The sign this direction gives to an amount on the account.
   *
   * @return {@code +1} for {@link #CREDIT}, {@code -1} for {@link #DEBIT}
   */
  public int sign() {
    return this == CREDIT ? 1 : -1;
  }

  /**
   * The opposite direction; a reversal of a credit is booked as a debit and vice versa.
   *
   * @return {@link #DEBIT} for {@link #CREDIT} and the other way round
   */
  public Direction opposite() {
    return this == CREDIT ? DEBIT : CREDIT;
  }
}
