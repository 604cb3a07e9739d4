package dev.o2c.core.terms;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount due on a date: one instalment of a document under {@link PaymentTerms}, or the whole
 * amount for terms without instalments. This class is immutable.
 */
public final class DueAmount {
  private final LocalDate dueDate;
  private final Money amount;

  private DueAmount(LocalDate dueDate, Money amount) {
    this.dueDate = dueDate;
    this.amount = amount;
  }

  /**
   * Returns a due amount.
   *
   * @param dueDate the date the amount is due
   * @param amount the amount, of any sign (a credit note's instalments are negative)
   * @return the due amount
   * @throws NullPointerException if an argument is null
   */
  public static DueAmount of(LocalDate dueDate, Money amount) {
    return new DueAmount(
        Objects.requireNonNull(dueDate, "dueDate"), Objects.requireNonNull(amount, "amount"));
  }

  /**
   * Returns the date the amount is due.
   *
   * @return the due date
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the amount due.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueAmount
        && ((DueAmount) o).dueDate.equals(dueDate)
        && ((DueAmount) o).amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return dueDate.hashCode() * 31 + amount.hashCode();
  }

  /** Returns for example {@code EUR 50.00 due 2024-03-01}. */
  @Override
  public String toString() {
    return amount + " due " + dueDate;
  }
}
