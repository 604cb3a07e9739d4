package dev.o2c.core.money;

import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Thrown when two amounts in different currencies meet in one operation without an explicit rate.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit first;
  private final transient CurrencyUnit second;

  /**
   * Creates the exception for the two currencies that met.
   *
   * @param first the currency of the receiver
   * @param second the currency of the other amount
   */
  public CurrencyMismatchException(CurrencyUnit first, CurrencyUnit second) {
    super("Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode()
        + " and " + Objects.requireNonNull(second, "second").getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the receiver (the left-hand amount).
   *
   * @return the first currency
   */
  public CurrencyUnit firstCurrency() {
    return first;
  }

  /**
   * Returns the currency of the other (right-hand) amount.
   *
   * @return the second currency
   */
  public CurrencyUnit secondCurrency() {
    return second;
  }
}
