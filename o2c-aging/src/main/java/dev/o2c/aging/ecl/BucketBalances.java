package dev.o2c.aging.ecl;

import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * An aged book as expected-credit-loss provisioning needs it: the gross open amount per aging
 * bucket, youngest bucket first, in one currency. An aging report of any bucket set turns into one
 * by listing its bucket labels with their amounts. This instance is immutable.
 *
 * <pre>{@code
 * BucketBalances book = BucketBalances.of(List.of(
 *     new BucketBalance("current", Money.of("EUR", "50000.00")),
 *     new BucketBalance("1-30", Money.of("EUR", "12000.00")),
 *     new BucketBalance("31-60", Money.of("EUR", "3000.00"))));
 * }</pre>
 *
 * @see ProvisionMatrix
 * @see RollRates
 */
public final class BucketBalances {

  private final CurrencyUnit currency;
  private final List<BucketBalance> buckets;

  private BucketBalances(CurrencyUnit currency, List<BucketBalance> buckets) {
    this.currency = currency;
    this.buckets = buckets;
  }

  /**
   * The balances of the buckets.
   *
   * @param buckets one row per bucket, youngest first, at least one
   * @return the balances
   * @throws IllegalArgumentException if there are no buckets or a label appears twice
   * @throws CurrencyMismatchException if the amounts are in different currencies
   */
  public static BucketBalances of(List<BucketBalance> buckets) {
    List<BucketBalance> copy = List.copyOf(buckets);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no buckets");
    }
    CurrencyUnit currency = copy.get(0).gross().currency();
    Set<String> labels = new HashSet<>();
    for (BucketBalance bucket : copy) {
      if (!bucket.gross().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, bucket.gross().currency());
      }
      if (!labels.add(bucket.label())) {
        throw new IllegalArgumentException("bucket " + bucket.label() + " appears twice");
      }
    }
    return new BucketBalances(currency, copy);
  }

  /**
   * The balances from labels and amounts side by side.
   *
   * @param labels the bucket labels, youngest first
   * @param grossAmounts the amount of each bucket, in label order
   * @return the balances
   * @throws IllegalArgumentException if the lists differ in length, are empty, or a label repeats
   * @throws CurrencyMismatchException if the amounts are in different currencies
   */
  public static BucketBalances of(List<String> labels, List<Money> grossAmounts) {
    if (labels.size() != grossAmounts.size()) {
      throw new IllegalArgumentException(labels.size() + " bucket labels but " + grossAmounts.size() + " amounts");
    }
    List<BucketBalance> rows = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      rows.add(new BucketBalance(labels.get(i), grossAmounts.get(i)));
    }
    return of(rows);
  }

  /** {@return the currency of every amount} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return the buckets, youngest first} */
  public List<BucketBalance> buckets() {
    return buckets;
  }

  /** {@return the bucket labels, youngest first} */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(buckets.size());
    buckets.forEach(b -> labels.add(b.label()));
    return labels;
  }

  /** {@return the number of buckets} */
  public int size() {
    return buckets.size();
  }

  /**
   * The gross amount of a bucket by position.
   *
   * @param index the bucket's position, 0 for the youngest
   * @return its amount
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public Money gross(int index) {
    return buckets.get(index).gross();
  }

  /** {@return the sum of all buckets} */
  public Money total() {
    Money total = Money.zero(currency);
    for (BucketBalance bucket : buckets) {
      total = total.plus(bucket.gross());
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BucketBalances && buckets.equals(((BucketBalances) o).buckets);
  }

  @Override
  public int hashCode() {
    return buckets.hashCode();
  }

  @Override
  public String toString() {
    return "BucketBalances" + buckets;
  }
}
