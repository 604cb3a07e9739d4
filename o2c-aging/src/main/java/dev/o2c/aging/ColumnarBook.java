package dev.o2c.aging;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;

/**
 * The open-item book of one currency as primitive arrays, for {@link ColumnarAging}: item {@code i} has
 * the signed open amount {@code openMinorUnits[i]} (minor units of the currency), the basis date
 * {@code basisEpochDays[i]} (days since 1970-01-01 of its due, document or promised date) and belongs
 * to the group {@code keys.get(groupIndex[i])} (a customer, or a host's key).
 *
 * <pre>{@code
 * // three items of two customers, by due date
 * ColumnarBook<CustomerId> book = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE,
 *     new long[] {119000, -35700, 5000},                        // 1190.00, -357.00, 50.00
 *     new int[] {20513, 20520, 20540},                          // due dates as epoch days
 *     new int[] {0, 0, 1},
 *     List.of(CustomerId.of("C-1"), CustomerId.of("C-2")));
 * }</pre>
 *
 * <p>{@link #wrap} takes the arrays as they are, without copying them (a book of ten million items
 * holds 160 MB): the caller must not change them while the book is in use. A book in several
 * currencies is one {@code ColumnarBook} per currency, whose reports {@linkplain AgingReport#merge merge}.
 *
 * @param <K> the group key's type
 */
public final class ColumnarBook<K> {

  private final CurrencyUnit currency;
  private final AgingBasis basis;
  private final long[] openMinorUnits;
  private final int[] basisEpochDays;
  private final int[] groupIndex;
  private final List<K> keys;
  private final long largestAmount;
  private final int earliestDay;
  private final int latestDay;

  private ColumnarBook(CurrencyUnit currency, AgingBasis basis, long[] openMinorUnits, int[] basisEpochDays,
      int[] groupIndex, List<K> keys, long largestAmount, int earliestDay, int latestDay) {
    this.earliestDay = earliestDay;
    this.latestDay = latestDay;
    this.currency = currency;
    this.basis = basis;
    this.openMinorUnits = openMinorUnits;
    this.basisEpochDays = basisEpochDays;
    this.groupIndex = groupIndex;
    this.keys = keys;
    this.largestAmount = largestAmount;
  }

  /**
   * A book over the caller's arrays, not copied. One pass checks them.
   *
   * @param <K> the group key's type
   * @param currency the currency of every amount
   * @param basis what the dates are: due, document or promised dates
   * @param openMinorUnits each item's signed open amount in minor units (credit memos negative; a
   *     zero amount is a cleared item and is not counted)
   * @param basisEpochDays each item's basis date as {@link LocalDate#toEpochDay()}
   * @param groupIndex each item's group, an index into {@code keys}
   * @param keys the groups, distinct
   * @return the book
   * @throws IllegalArgumentException if the arrays differ in length, a group index is outside
   *     {@code keys}, the keys are not distinct, or an amount is {@link Long#MIN_VALUE}
   */
  public static <K> ColumnarBook<K> wrap(CurrencyUnit currency, AgingBasis basis, long[] openMinorUnits,
      int[] basisEpochDays, int[] groupIndex, List<K> keys) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(openMinorUnits, "openMinorUnits");
    Objects.requireNonNull(basisEpochDays, "basisEpochDays");
    Objects.requireNonNull(groupIndex, "groupIndex");
    List<K> groups = List.copyOf(keys);
    int n = openMinorUnits.length;
    if (basisEpochDays.length != n || groupIndex.length != n) {
      throw new IllegalArgumentException("columns differ in length: " + n + " amounts, " + basisEpochDays.length
          + " dates, " + groupIndex.length + " group indexes");
    }
    if (new HashSet<>(groups).size() != groups.size()) {
      throw new IllegalArgumentException("group keys are not distinct");
    }
    long largest = 0;
    int earliest = Integer.MAX_VALUE;
    int latest = Integer.MIN_VALUE;
    int count = groups.size();
    for (int i = 0; i < n; i++) {
      earliest = Math.min(earliest, basisEpochDays[i]);
      latest = Math.max(latest, basisEpochDays[i]);
      long amount = openMinorUnits[i];
      if (amount == Long.MIN_VALUE) {
        throw new IllegalArgumentException("item " + i + ": amount " + amount + " is out of range");
      }
      largest = Math.max(largest, Math.abs(amount));
      if (groupIndex[i] < 0 || groupIndex[i] >= count) {
        throw new IllegalArgumentException("item " + i + ": group index " + groupIndex[i] + " is outside [0, "
            + count + ")");
      }
    }
    return new ColumnarBook<>(currency, basis, openMinorUnits, basisEpochDays, groupIndex, groups, largest, earliest,
        latest);
  }

  /**
   * A book of open items in one currency, with each item's basis date as an aging gives it.
   *
   * @param <K> the group key's type
   * @param items the items, all in {@code currency}
   * @param currency the currency
   * @param aging gives the basis and each item's basis date ({@link Aging#basisDate})
   * @param asOf the as-of day the basis dates are for (it matters only for promised dates)
   * @param key the group of an item
   * @return the book, with groups in order of first appearance
   * @throws IllegalArgumentException if an item is in another currency or its basis date does not fit
   *     an {@code int} of epoch days
   */
  public static <K> ColumnarBook<K> of(Iterable<OpenItem> items, CurrencyUnit currency, Aging aging, LocalDate asOf,
      Function<? super OpenItem, ? extends K> key) {
    Objects.requireNonNull(currency, "currency");
    Map<K, Integer> index = new LinkedHashMap<>();
    List<OpenItem> list = new ArrayList<>();
    items.forEach(list::add);
    long[] amounts = new long[list.size()];
    int[] days = new int[list.size()];
    int[] groups = new int[list.size()];
    for (int i = 0; i < list.size(); i++) {
      OpenItem item = list.get(i);
      Money open = item.openAmount();
      if (!open.currency().equals(currency)) {
        throw new IllegalArgumentException("item " + item.documentNumber() + " is in " + open.currency() + ", not "
            + currency);
      }
      amounts[i] = open.minorUnits();
      long day = aging.basisDate(item, asOf).toEpochDay();
      if (day != (int) day) {
        throw new IllegalArgumentException("item " + item.documentNumber() + ": date out of range");
      }
      days[i] = (int) day;
      K k = Objects.requireNonNull(key.apply(item), "key");
      groups[i] = index.computeIfAbsent(k, x -> index.size());
    }
    return wrap(currency, aging.basis(), amounts, days, groups, new ArrayList<>(index.keySet()));
  }

  /** {@return the currency of every amount} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return what the dates are} */
  public AgingBasis basis() {
    return basis;
  }

  /** {@return the number of items} */
  public int size() {
    return openMinorUnits.length;
  }

  /** {@return the groups, in index order} */
  public List<K> keys() {
    return keys;
  }

  long[] amounts() {
    return openMinorUnits;
  }

  int[] days() {
    return basisEpochDays;
  }

  int[] groups() {
    return groupIndex;
  }

  /** {@return the earliest basis date as an epoch day; {@code Integer.MAX_VALUE} for an empty book} */
  int earliestDay() {
    return earliestDay;
  }

  /** {@return the latest basis date as an epoch day; {@code Integer.MIN_VALUE} for an empty book} */
  int latestDay() {
    return latestDay;
  }

  /** {@return the largest absolute amount, to tell when sums cannot overflow} */
  long largestAmount() {
    return largestAmount;
  }
}
