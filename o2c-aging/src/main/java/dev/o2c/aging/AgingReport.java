package dev.o2c.aging;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;

/**
 * The open-item book aged as of one day: one {@link AgingRow} per group (customer or host key) and
 * currency, each with its open amounts per bucket of an {@link AgingBuckets} set.
 *
 * <p>Reports are <b>mergeable</b>: a report over one part of the book {@linkplain #merge merges} with a
 * report over another part into the report of both, associatively and commutatively, so the book can be
 * aged partition by partition (by customer, by thread, on a distributed engine) and combined in any
 * order. Amounts in different currencies never meet: a group with items in two currencies has two
 * rows, until {@link #convertTo} brings them into one reporting currency with an explicit rounding.
 *
 * <pre>{@code
 * AgingReport<CustomerId> report = Aging.of(AgingBasis.DUE_DATE, AgingBuckets.STANDARD).byCustomer(items, asOf);
 * for (AgingRow<CustomerId> row : report.rows()) {
 *   System.out.println(row.key() + " " + row.currency() + " " + row.net());
 * }
 * List<Money> perBucket = report.openAmountsByBucket(Monetary.getCurrency("EUR")); // what a provision matrix takes
 * }</pre>
 *
 * <p>This instance is immutable.
 *
 * @param <K> the group key's type, e.g. {@link dev.o2c.core.id.CustomerId}
 */
public final class AgingReport<K> {

  private final LocalDate asOf;
  private final AgingBasis basis;
  private final AgingBuckets buckets;
  private final Map<RowKey<K>, AgingRow<K>> rows;

  private AgingReport(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, Map<RowKey<K>, AgingRow<K>> rows) {
    this.asOf = asOf;
    this.basis = basis;
    this.buckets = buckets;
    this.rows = rows;
  }

  /** A group and a currency: one row. */
  private record RowKey<K>(K key, CurrencyUnit currency) {}

  /**
   * A report with no rows, the neutral element of {@link #merge}.
   *
   * @param <K> the group key's type
   * @param asOf the day the book is aged as of
   * @param basis the date ages count from
   * @param buckets the bucket set
   * @return the empty report
   */
  public static <K> AgingReport<K> empty(LocalDate asOf, AgingBasis basis, AgingBuckets buckets) {
    return new Builder<K>(asOf, basis, buckets).build();
  }

  /**
   * A builder that adds up items already placed in buckets; {@link Aging} and the columnar path use
   * it, and a host can feed it from its own data.
   *
   * @param <K> the group key's type
   * @param asOf the day the book is aged as of
   * @param basis the date ages count from
   * @param buckets the bucket set
   * @return a new, empty builder
   */
  public static <K> Builder<K> builder(LocalDate asOf, AgingBasis basis, AgingBuckets buckets) {
    return new Builder<>(asOf, basis, buckets);
  }

  /**
   * The report of a columnar pass: per group {@code g}, the debits of bucket {@code b} at {@code g * (n
   * + 1) + b} and the item count at {@code g * (n + 1) + n}, the credits at {@code g * n + b}; groups
   * with no item get no row. The rows read these arrays, which nothing changes afterwards.
   */
  static <K> AgingReport<K> ofColumns(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, CurrencyUnit currency,
      List<K> keys, long[] debits, long[] credits) {
    int n = buckets.size();
    int groups = credits.length / n;
    int used = 0;
    for (int g = 0; g < groups; g++) {
      used += debits[g * (n + 1) + n] == 0 ? 0 : 1;
    }
    Map<RowKey<K>, AgingRow<K>> rows = new HashMap<>(used + used / 2 + 1);
    for (int g = 0; g < groups; g++) {
      long count = debits[g * (n + 1) + n];
      if (count != 0) {
        K key = keys.get(g);
        rows.put(new RowKey<>(key, currency), new AgingRow<>(key, currency, n, debits, g * (n + 1), credits, g * n,
            count, 0, 0));
      }
    }
    return new AgingReport<>(asOf, basis, buckets, Collections.unmodifiableMap(rows));
  }

  /** {@return the day the book is aged as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the date ages count from} */
  public AgingBasis basis() {
    return basis;
  }

  /** {@return the bucket set} */
  public AgingBuckets buckets() {
    return buckets;
  }

  /**
   * The rows, ordered by the key's text ({@code toString()}) and then by currency code, as the CLI
   * contract orders an aging file.
   *
   * @return the rows; empty for an empty book
   */
  public List<AgingRow<K>> rows() {
    List<AgingRow<K>> list = new ArrayList<>(rows.values());
    list.sort(Comparator.comparing((AgingRow<K> r) -> String.valueOf(r.key()))
        .thenComparing(r -> r.currency().getCurrencyCode()));
    return List.copyOf(list);
  }

  /**
   * Hands every row to an action, in no particular order: for large reports where the sort of {@link
   * #rows()} is not needed.
   *
   * @param action what to do with each row
   */
  public void forEachRow(Consumer<? super AgingRow<K>> action) {
    Objects.requireNonNull(action, "action");
    rows.values().forEach(action);
  }

  /**
   * The row of one group in one currency.
   *
   * @param key the group, e.g. a customer id
   * @param currency the currency
   * @return the row, or empty if the group has nothing in that currency
   */
  public Optional<AgingRow<K>> row(K key, CurrencyUnit currency) {
    return Optional.ofNullable(rows.get(new RowKey<>(key, currency)));
  }

  /** {@return the currencies of the rows, ordered by code} */
  public Set<CurrencyUnit> currencies() {
    Set<CurrencyUnit> set = new TreeSet<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    rows.keySet().forEach(k -> set.add(k.currency()));
    return set;
  }

  /**
   * The gross carrying amount per bucket of all groups in one currency: the signed open amount (credit
   * memos reduce it), before any allowance; what an expected-credit-loss provision matrix applies its
   * loss rates to. Held cash is not included.
   *
   * @param currency the currency
   * @return one amount per bucket, in bucket order; all zero if nothing is open in that currency
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public List<Money> openAmountsByBucket(CurrencyUnit currency) {
    return column(currency, 0, true);
  }

  /**
   * Open invoices and debit memos per bucket of all groups in one currency.
   *
   * @param currency the currency
   * @return one amount per bucket, zero or positive
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public List<Money> debitsByBucket(CurrencyUnit currency) {
    return column(currency, 0, false);
  }

  /**
   * Unused credit memos per bucket of all groups in one currency.
   *
   * @param currency the currency
   * @return one amount per bucket, zero or negative
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public List<Money> creditsByBucket(CurrencyUnit currency) {
    return column(currency, buckets.size(), false);
  }

  private List<Money> column(CurrencyUnit currency, int offset, boolean both) {
    Objects.requireNonNull(currency, "currency");
    int n = buckets.size();
    long[] sums = new long[n];
    for (AgingRow<K> row : rows.values()) {
      if (row.currency().equals(currency)) {
        for (int b = 0; b < n; b++) {
          long value = offset == 0 ? row.debits(b).minorUnits() : row.credits(b).minorUnits();
          sums[b] = Math.addExact(sums[b], value);
          if (both) {
            sums[b] = Math.addExact(sums[b], row.credits(b).minorUnits());
          }
        }
      }
    }
    List<Money> list = new ArrayList<>(n);
    for (long sum : sums) {
      list.add(Money.ofMinor(currency, sum));
    }
    return List.copyOf(list);
  }

  /**
   * What all groups owe on open items in one currency: the sum of {@link #openAmountsByBucket}.
   *
   * @param currency the currency
   * @return the signed total
   * @throws ArithmeticException if the sum does not fit in a {@code long} of minor units
   */
  public Money total(CurrencyUnit currency) {
    long total = 0;
    for (Money amount : openAmountsByBucket(currency)) {
      total = Math.addExact(total, amount.minorUnits());
    }
    return Money.ofMinor(currency, total);
  }

  /** {@return the number of open items counted, over all rows} */
  public long itemCount() {
    long count = 0;
    for (AgingRow<K> row : rows.values()) {
      count += row.itemCount();
    }
    return count;
  }

  /**
   * This report and another over a different part of the book, as one report: rows of the same group
   * and currency add up cell by cell. Associative and commutative, with {@link #empty} as neutral
   * element. Merging two reports over overlapping parts counts the shared items twice.
   *
   * @param other a report as of the same day, on the same basis, with the same buckets
   * @return the merged report; this instance and {@code other} are unaffected
   * @throws IllegalArgumentException if the as-of day, basis or buckets differ
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public AgingReport<K> merge(AgingReport<K> other) {
    Objects.requireNonNull(other, "other");
    List<String> problems = new ArrayList<>();
    if (!asOf.equals(other.asOf)) {
      problems.add("as of " + asOf + " and " + other.asOf);
    }
    if (basis != other.basis) {
      problems.add("basis " + basis + " and " + other.basis);
    }
    if (!buckets.equals(other.buckets)) {
      problems.add("buckets " + buckets + " and " + other.buckets);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("aging reports do not merge: " + String.join("; ", problems));
    }
    Builder<K> builder = new Builder<>(asOf, basis, buckets);
    builder.addAll(this);
    builder.addAll(other);
    return builder.build();
  }

  /**
   * This report in one reporting currency: every amount of a row in another currency is converted at
   * the rate {@code rates} gives from that currency to {@code target} and rounded to the target's minor
   * unit, cell by cell (each bucket's debits and credits, unapplied cash, money on account); then rows
   * of the same group add up. Rows already in {@code target} are kept exactly. Rounding each cell
   * before adding means a converted total can differ by a few minor units from converting the
   * unconverted total; the totals of the result always equal the sum of its rows.
   *
   * <p>The rates come only from the provider given: o2c never looks rates up by itself, and a
   * provider that fetches rates over a network is the host's choice.
   *
   * @param target the reporting currency
   * @param rates where the rates come from, e.g. the host's rates of the as-of day
   * @param rounding how a converted cell is rounded to the target's minor unit; {@link
   *     RoundingMode#UNNECESSARY} throws if a cell does not convert exactly
   * @return the converted report; this instance is unaffected
   * @throws javax.money.convert.CurrencyConversionException if the provider has no rate for a currency
   * @throws IllegalArgumentException if the provider returns no rate
   * @throws ArithmeticException if rounding is {@code UNNECESSARY} and a cell is inexact, or an amount
   *     does not fit in a {@code long} of minor units
   */
  public AgingReport<K> convertTo(CurrencyUnit target, ExchangeRateProvider rates, RoundingMode rounding) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(rounding, "rounding");
    int targetScale = Money.zero(target).scale();
    Map<CurrencyUnit, BigDecimal> factors = new HashMap<>();
    Builder<K> builder = new Builder<>(asOf, basis, buckets);
    for (AgingRow<K> row : rows.values()) {
      if (row.currency().equals(target)) {
        builder.addCells(row.key(), target, row.cells());
        continue;
      }
      BigDecimal factor = factors.computeIfAbsent(row.currency(), c -> factor(rates, c, target));
      int scale = Money.zero(row.currency()).scale();
      long[] cells = row.cells();
      long[] converted = new long[cells.length];
      int count = AgingRow.countCell(buckets.size());
      for (int i = 0; i < cells.length; i++) {
        converted[i] = i == count ? cells[i] : BigDecimal.valueOf(cells[i], scale).multiply(factor)
            .setScale(targetScale, rounding).unscaledValue().longValueExact();
      }
      builder.addCells(row.key(), target, converted);
    }
    return builder.build();
  }

  private static BigDecimal factor(ExchangeRateProvider rates, CurrencyUnit from, CurrencyUnit to) {
    ExchangeRate rate = rates.getExchangeRate(from, to);
    if (rate == null || rate.getFactor() == null) {
      throw new IllegalArgumentException("no exchange rate from " + from + " to " + to);
    }
    return rate.getFactor().numberValue(BigDecimal.class);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AgingReport)) {
      return false;
    }
    AgingReport<?> other = (AgingReport<?>) o;
    return asOf.equals(other.asOf) && basis == other.basis && buckets.equals(other.buckets) && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, basis, buckets, rows);
  }

  /** {@return a multi-line text: the as-of day, basis and buckets, then one line per row} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("aging as of ").append(asOf).append(" by ").append(basis).append(' ')
        .append(buckets);
    rows().forEach(row -> text.append('\n').append(row));
    return text.toString();
  }

  /**
   * Adds up open items (already placed in buckets) and held cash into an {@link AgingReport}. Not
   * thread-safe: give each thread its own builder and {@link AgingReport#merge merge} the reports.
   *
   * @param <K> the group key's type
   */
  public static final class Builder<K> {
    private final LocalDate asOf;
    private final AgingBasis basis;
    private final AgingBuckets buckets;
    private final int width;
    private final Map<RowKey<K>, long[]> cells = new LinkedHashMap<>();
    /** The row added to last: books grouped by customer add to it again and again without a lookup. */
    private K lastKey;
    private CurrencyUnit lastCurrency;
    private long[] lastRow;

    Builder(LocalDate asOf, AgingBasis basis, AgingBuckets buckets) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      this.basis = Objects.requireNonNull(basis, "basis");
      this.buckets = Objects.requireNonNull(buckets, "buckets");
      this.width = AgingRow.width(buckets.size());
    }

    private long[] row(K key, CurrencyUnit currency) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(currency, "currency");
      if (lastRow == null || !key.equals(lastKey) || !currency.equals(lastCurrency)) {
        lastRow = cells.computeIfAbsent(new RowKey<>(key, currency), k -> new long[width]);
        lastKey = key;
        lastCurrency = currency;
      }
      return lastRow;
    }

    /**
     * Adds one open item: its open amount goes to the bucket's debits if positive, to its credits if
     * negative; the row's item count grows by one.
     *
     * @param key the group, e.g. the item's customer
     * @param openAmount the item's signed open amount
     * @param bucket the bucket's index
     * @return this builder
     * @throws IndexOutOfBoundsException if there is no such bucket
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addItem(K key, Money openAmount, int bucket) {
      return addItem(key, openAmount.currency(), openAmount.minorUnits(), bucket);
    }

    /**
     * Adds one open item given in minor units, as {@link #addItem(Object, Money, int)}.
     *
     * @param key the group
     * @param currency the item's currency
     * @param openMinorUnits the signed open amount in minor units of the currency
     * @param bucket the bucket's index
     * @return this builder
     * @throws IndexOutOfBoundsException if there is no such bucket
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addItem(K key, CurrencyUnit currency, long openMinorUnits, int bucket) {
      int n = buckets.size();
      Objects.checkIndex(bucket, n);
      long[] row = row(key, currency);
      int cell = openMinorUnits < 0 ? n + bucket : bucket;
      row[cell] = Math.addExact(row[cell], openMinorUnits);
      row[AgingRow.countCell(n)]++;
      return this;
    }

    /**
     * Adds a group's unapplied cash: shown beside the buckets, never in them.
     *
     * @param key the group, e.g. the customer
     * @param amount money received and not applied, positive for money held
     * @return this builder
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addUnappliedCash(K key, Money amount) {
      long[] row = row(key, amount.currency());
      int cell = AgingRow.unappliedCell(buckets.size());
      row[cell] = Math.addExact(row[cell], amount.minorUnits());
      return this;
    }

    /**
     * Adds a group's money on account: shown beside the buckets, never in them.
     *
     * @param key the group, e.g. the customer
     * @param amount money paid on account, positive for money held
     * @return this builder
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addOnAccount(K key, Money amount) {
      long[] row = row(key, amount.currency());
      int cell = AgingRow.onAccountCell(buckets.size());
      row[cell] = Math.addExact(row[cell], amount.minorUnits());
      return this;
    }

    /**
     * Adds a whole row's worth at once, as the columnar path does for each customer.
     *
     * @param key the group
     * @param currency the currency of every amount
     * @param debits open invoices and debit memos per bucket, in minor units, one per bucket
     * @param credits unused credit memos per bucket (zero or negative), one per bucket
     * @param itemCount the number of items counted in these sums
     * @return this builder
     * @throws IllegalArgumentException if an array does not have one cell per bucket, a debit is
     *     negative, a credit positive, or the count negative
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addRow(K key, CurrencyUnit currency, long[] debits, long[] credits, long itemCount) {
      int n = buckets.size();
      if (debits.length != n || credits.length != n || itemCount < 0) {
        throw new IllegalArgumentException("a row needs " + n + " debits and " + n + " credits and a count >= 0, not "
            + debits.length + ", " + credits.length + " and " + itemCount);
      }
      long[] add = new long[width];
      for (int b = 0; b < n; b++) {
        if (debits[b] < 0 || credits[b] > 0) {
          throw new IllegalArgumentException("bucket " + buckets.label(b) + ": debits " + debits[b]
              + " must not be negative, credits " + credits[b] + " not positive");
        }
        add[b] = debits[b];
        add[n + b] = credits[b];
      }
      add[AgingRow.countCell(n)] = itemCount;
      return addCells(key, currency, add);
    }

    Builder<K> addCells(K key, CurrencyUnit currency, long[] add) {
      long[] row = row(key, currency);
      for (int i = 0; i < width; i++) {
        row[i] = Math.addExact(row[i], add[i]);
      }
      return this;
    }

    /**
     * Adds every row of a report as of the same day, on the same basis, with the same buckets.
     *
     * @param report the report
     * @return this builder
     * @throws IllegalArgumentException if the as-of day, basis or buckets differ
     * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
     */
    public Builder<K> addAll(AgingReport<K> report) {
      if (!report.asOf.equals(asOf) || report.basis != basis || !report.buckets.equals(buckets)) {
        throw new IllegalArgumentException("report as of " + report.asOf + " by " + report.basis + " "
            + report.buckets + " does not fit a builder as of " + asOf + " by " + basis + " " + buckets);
      }
      for (AgingRow<K> row : report.rows.values()) {
        addCells(row.key(), row.currency(), row.cells());
      }
      return this;
    }

    /**
     * The report of what was added so far; the builder can go on adding.
     *
     * @return the report
     */
    public AgingReport<K> build() {
      Map<RowKey<K>, AgingRow<K>> rows = new HashMap<>();
      int n = buckets.size();
      cells.forEach((k, v) -> rows.put(k, new AgingRow<>(k.key(), k.currency(), n, v.clone())));
      return new AgingReport<>(asOf, basis, buckets, Map.copyOf(rows));
    }
  }
}
