package dev.o2c.aging.ecl;

import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The allowance for credit losses a {@link ProvisionMatrix} gives for an aged book: one row per
 * bucket and the total, which is the sum of the rows as rounded (never a separately rounded
 * product). This instance is immutable.
 *
 * <pre>{@code
 * Allowance allowance = matrix.apply(book);
 * allowance.total();                                   // what the allowance account should hold
 * allowance.adjustment(Money.of("EUR", "1200.00"));   // the entry that brings it there
 * }</pre>
 */
public final class Allowance {

  private final CurrencyUnit currency;
  private final List<AllowanceRow> rows;
  private final Money total;
  private final Money grossTotal;

  Allowance(CurrencyUnit currency, List<AllowanceRow> rows) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.rows = List.copyOf(rows);
    Money sum = Money.zero(currency);
    Money gross = Money.zero(currency);
    for (AllowanceRow row : this.rows) {
      sum = sum.plus(row.allowance());
      gross = gross.plus(row.gross());
    }
    this.total = sum;
    this.grossTotal = gross;
  }

  /** {@return the currency} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return one row per bucket, youngest first} */
  public List<AllowanceRow> rows() {
    return rows;
  }

  /** {@return the allowance required: the sum of the rows' rounded allowances} */
  public Money total() {
    return total;
  }

  /** {@return the gross open amount of all buckets} */
  public Money grossTotal() {
    return grossTotal;
  }

  /**
   * The adjusting entry that brings the allowance account from its unadjusted balance to {@link
   * #total()}.
   *
   * @param existingBalance the allowance account's balance before the adjustment: positive for
   *     the usual credit balance, negative for a debit balance (write-offs exceeded the allowance)
   * @return the adjustment: bad-debt expense {@code total − existingBalance}
   * @throws CurrencyMismatchException if the balance is in another currency
   * @throws ArithmeticException if the balance has more decimals than the currency allows
   */
  public AllowanceAdjustment adjustment(MonetaryAmount existingBalance) {
    Money existing = Money.of(existingBalance);
    if (!existing.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, existing.currency());
    }
    return new AllowanceAdjustment(total, existing);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Allowance && rows.equals(((Allowance) o).rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "Allowance[" + rows + ", total " + total + "]";
  }
}
