package dev.o2c.aging;

import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * One line of an {@link AgingReport}: the open items of one group (a customer, or a host's key) in one
 * currency, per aging bucket, with debits and credits kept apart.
 *
 * <ul>
 *   <li>{@link #debits(int)}: invoices and debit memos still open, positive;</li>
 *   <li>{@link #credits(int)}: credit memos not yet used, negative;</li>
 *   <li>{@link #net(int)}: the two together, what the CLI contract's aging columns show.</li>
 * </ul>
 * Money held for the customer but not applied to any item ({@link #unappliedCash()}, {@link
 * #onAccount()}) is shown beside the buckets, never netted into them; {@link #netOfCash()} is the
 * balance after it.
 *
 * <pre>{@code
 * row.net(0);          // EUR 900.00: current, net of a 100.00 credit memo
 * row.debits(0);       // EUR 1000.00
 * row.credits(0);      // EUR -100.00
 * row.unappliedCash(); // EUR 50.00, not in any bucket
 * row.netOfCash();     // EUR 850.00
 * }</pre>
 *
 * <p>This instance is immutable.
 *
 * @param <K> the group key's type, e.g. {@link dev.o2c.core.id.CustomerId}
 */
public final class AgingRow<K> {

  private final K key;
  private final CurrencyUnit currency;
  private final int buckets;
  /**
   * Debits per bucket at {@code debits[debitsAt + b]}, credits at {@code credits[creditsAt + b]}, in
   * minor units. A row of a columnar pass reads the pass's arrays (owned by its report, never changed)
   * instead of copying them.
   */
  private final long[] debits;
  private final int debitsAt;
  private final long[] credits;
  private final int creditsAt;
  private final long count;
  private final long unapplied;
  private final long onAccount;

  /** A row from unified cells: debits per bucket, credits per bucket, count, unapplied, on account. */
  AgingRow(K key, CurrencyUnit currency, int buckets, long[] cells) {
    this(key, currency, buckets, cells, 0, cells, buckets, cells[countCell(buckets)], cells[unappliedCell(buckets)],
        cells[onAccountCell(buckets)]);
  }

  AgingRow(K key, CurrencyUnit currency, int buckets, long[] debits, int debitsAt, long[] credits, int creditsAt,
      long count, long unapplied, long onAccount) {
    this.key = key;
    this.currency = currency;
    this.buckets = buckets;
    this.debits = debits;
    this.debitsAt = debitsAt;
    this.credits = credits;
    this.creditsAt = creditsAt;
    this.count = count;
    this.unapplied = unapplied;
    this.onAccount = onAccount;
  }

  private long debit(int bucket) {
    return debits[debitsAt + bucket];
  }

  private long credit(int bucket) {
    return credits[creditsAt + bucket];
  }

  static int width(int buckets) {
    return 2 * buckets + 3;
  }

  static int countCell(int buckets) {
    return 2 * buckets;
  }

  static int unappliedCell(int buckets) {
    return 2 * buckets + 1;
  }

  static int onAccountCell(int buckets) {
    return 2 * buckets + 2;
  }

  /** {@return a new array of the unified cells: debits per bucket, credits per bucket, count, unapplied, on account} */
  long[] cells() {
    long[] cells = new long[width(buckets)];
    System.arraycopy(debits, debitsAt, cells, 0, buckets);
    System.arraycopy(credits, creditsAt, cells, buckets, buckets);
    cells[countCell(buckets)] = count;
    cells[unappliedCell(buckets)] = unapplied;
    cells[onAccountCell(buckets)] = onAccount;
    return cells;
  }

  /** {@return the group this row is about: a customer id, or the host's key} */
  public K key() {
    return key;
  }

  /** {@return the currency of every amount in this row} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return the number of buckets} */
  public int bucketCount() {
    return buckets;
  }

  /**
   * Open invoices and debit memos in one bucket.
   *
   * @param bucket the bucket's index, from 0
   * @return the sum of their open amounts, zero or positive
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public Money debits(int bucket) {
    return Money.ofMinor(currency, debit(Objects.checkIndex(bucket, buckets)));
  }

  /**
   * Unused credit memos in one bucket.
   *
   * @param bucket the bucket's index, from 0
   * @return the sum of their open amounts, zero or negative
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public Money credits(int bucket) {
    return Money.ofMinor(currency, credit(Objects.checkIndex(bucket, buckets)));
  }

  /**
   * Everything open in one bucket: debits plus (negative) credits.
   *
   * @param bucket the bucket's index, from 0
   * @return the signed sum of the open amounts
   * @throws IndexOutOfBoundsException if there is no such bucket
   * @throws ArithmeticException if the sum does not fit in a {@code long} of minor units
   */
  public Money net(int bucket) {
    Objects.checkIndex(bucket, buckets);
    return Money.ofMinor(currency, Math.addExact(debit(bucket), credit(bucket)));
  }

  /** {@return the open invoices and debit memos per bucket, in bucket order} */
  public List<Money> debits() {
    List<Money> list = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      list.add(debits(b));
    }
    return List.copyOf(list);
  }

  /** {@return the unused credit memos per bucket (zero or negative), in bucket order} */
  public List<Money> credits() {
    List<Money> list = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      list.add(credits(b));
    }
    return List.copyOf(list);
  }

  /** {@return the signed open amount per bucket, in bucket order} */
  public List<Money> net() {
    List<Money> list = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      list.add(net(b));
    }
    return List.copyOf(list);
  }

  /** {@return the open invoices and debit memos over all buckets} */
  public Money totalDebits() {
    return Money.ofMinor(currency, sumDebits());
  }

  /** {@return the unused credit memos over all buckets, zero or negative} */
  public Money totalCredits() {
    return Money.ofMinor(currency, sumCredits());
  }

  /** {@return the signed open amount over all buckets: what the group owes on items} */
  public Money total() {
    return Money.ofMinor(currency, Math.addExact(sumDebits(), sumCredits()));
  }

  /** {@return the number of open items counted in this row (invoices, debit and credit memos)} */
  public long itemCount() {
    return count;
  }

  /** {@return money received from the customer and not yet applied (money on account excluded)} */
  public Money unappliedCash() {
    return Money.ofMinor(currency, unapplied);
  }

  /** {@return money the customer paid on account, not meant for a particular item} */
  public Money onAccount() {
    return Money.ofMinor(currency, onAccount);
  }

  /**
   * The balance once held money is taken into account: {@link #total()} minus {@link
   * #unappliedCash()} minus {@link #onAccount()}.
   *
   * @return the net balance, negative when the customer has paid more than is open
   * @throws ArithmeticException if it does not fit in a {@code long} of minor units
   */
  public Money netOfCash() {
    return Money.ofMinor(currency, Math.subtractExact(Math.subtractExact(Math.addExact(sumDebits(), sumCredits()),
        unapplied), onAccount));
  }

  private long sumDebits() {
    long total = 0;
    for (int b = 0; b < buckets; b++) {
      total = Math.addExact(total, debit(b));
    }
    return total;
  }

  private long sumCredits() {
    long total = 0;
    for (int b = 0; b < buckets; b++) {
      total = Math.addExact(total, credit(b));
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AgingRow)) {
      return false;
    }
    AgingRow<?> other = (AgingRow<?>) o;
    return key.equals(other.key) && currency.equals(other.currency) && buckets == other.buckets
        && Arrays.equals(cells(), other.cells());
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, currency, Arrays.hashCode(cells()));
  }

  /** {@return e.g. {@code C-42 EUR net [900.00, 0.00, ...] items 3 unapplied 50.00 on account 0.00}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(key).append(' ').append(currency.getCurrencyCode()).append(" net [");
    for (int b = 0; b < buckets; b++) {
      text.append(b == 0 ? "" : ", ").append(net(b).amount().toPlainString());
    }
    return text.append("] debits ").append(totalDebits().amount().toPlainString()).append(" credits ")
        .append(totalCredits().amount().toPlainString()).append(" items ").append(itemCount())
        .append(" unapplied ").append(unappliedCash().amount().toPlainString()).append(" on account ")
        .append(onAccount().amount().toPlainString()).toString();
  }
}
