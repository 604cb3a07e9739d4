package dev.o2c.aging.kpi;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;

/**
 * Payment-history KPIs of a set of {@link ClearedItem}s (a customer's, a portfolio's, a month's),
 * kept as sums so that the statistics of two sets merge: {@code a.merge(b)} is associative and
 * commutative with {@link #empty()} as identity, and equals the statistics of both sets together.
 *
 * <p>Definitions (days are calendar days, see {@link ClearedItem}; n = number of items, a = amount
 * paid off):
 * <ul>
 *   <li>average days to pay = Σ daysToPay / n (document date to paid date);
 *   <li>weighted average days to pay = Σ (a × daysToPay) / Σ a: large invoices count more;
 *   <li>average days late = Σ daysLate / n, where an item paid on or before its due date counts 0;
 *   <li>weighted average days late = Σ (a × daysLate) / Σ a.
 * </ul>
 * Each is empty for no items. Weighting by amount needs one currency: items of different currencies
 * never meet in one statistics. This instance is immutable.
 *
 * <pre>{@code
 * // paid after 20 days (100.00, on time) and 50 days (300.00, 20 days late):
 * // average days to pay 35; weighted (100 × 20 + 300 × 50) / 400 = 42.5; average days late 10
 * PaymentStatistics stats = PaymentStatistics.of(items);
 * stats.weightedAverageDaysToPay().get().rounded(1, RoundingMode.HALF_UP);   // 42.5
 * }</pre>
 */
public final class PaymentStatistics {

  private static final PaymentStatistics EMPTY = new PaymentStatistics(null, 0, 0, 0, 0, 0, 0, 0);

  private final CurrencyUnit currency;
  private final long count;
  private final long lateCount;
  private final long daysToPay;
  private final long daysLate;
  private final long amount;
  private final long amountDaysToPay;
  private final long amountDaysLate;

  private PaymentStatistics(CurrencyUnit currency, long count, long lateCount, long daysToPay, long daysLate,
      long amount, long amountDaysToPay, long amountDaysLate) {
    this.currency = currency;
    this.count = count;
    this.lateCount = lateCount;
    this.daysToPay = daysToPay;
    this.daysLate = daysLate;
    this.amount = amount;
    this.amountDaysToPay = amountDaysToPay;
    this.amountDaysLate = amountDaysLate;
  }

  /** {@return the statistics of no items: the identity of {@link #merge}} */
  public static PaymentStatistics empty() {
    return EMPTY;
  }

  /**
   * The statistics of one item.
   *
   * @param item the item
   * @return its statistics
   * @throws ArithmeticException if amount × days overflows a long of minor units
   */
  public static PaymentStatistics of(ClearedItem item) {
    Money a = item.amount();
    long toPay = item.daysToPay();
    long late = item.daysLate();
    return new PaymentStatistics(a.currency(), 1, late > 0 ? 1 : 0, toPay, late, a.minorUnits(),
        Math.multiplyExact(a.minorUnits(), toPay), Math.multiplyExact(a.minorUnits(), late));
  }

  /**
   * The statistics of several items.
   *
   * @param items the items, in one currency
   * @return their statistics
   * @throws CurrencyMismatchException if the items are in different currencies
   * @throws ArithmeticException if a sum overflows a long
   */
  public static PaymentStatistics of(Iterable<ClearedItem> items) {
    PaymentStatistics result = EMPTY;
    for (ClearedItem item : items) {
      result = result.merge(of(item));
    }
    return result;
  }

  /**
   * Statistics per customer.
   *
   * @param items the items, in one currency
   * @return the statistics of each customer's items, customers in order of first appearance
   * @throws CurrencyMismatchException if a customer's items are in different currencies
   */
  public static Map<CustomerId, PaymentStatistics> byCustomer(Iterable<ClearedItem> items) {
    return group(items, ClearedItem::customer, new LinkedHashMap<>());
  }

  /**
   * Statistics per month in which the items were paid: the trend of the payment habits.
   *
   * @param items the items, in one currency
   * @return the statistics of each month's payments, oldest month first (months without payments left out)
   * @throws CurrencyMismatchException if the items are in different currencies
   */
  public static SortedMap<YearMonth, PaymentStatistics> byMonthPaid(Iterable<ClearedItem> items) {
    return group(items, item -> YearMonth.from(item.paidDate()), new TreeMap<>());
  }

  private static <K, M extends Map<K, PaymentStatistics>> M group(Iterable<ClearedItem> items,
      Function<ClearedItem, K> key, M map) {
    for (ClearedItem item : items) {
      map.merge(key.apply(item), of(item), PaymentStatistics::merge);
    }
    return map;
  }

  /**
   * The statistics of this set and another together.
   *
   * @param other the other set's statistics
   * @return the combined statistics; neither instance is affected
   * @throws CurrencyMismatchException if both hold items and their currencies differ
   * @throws ArithmeticException if a sum overflows a long
   */
  public PaymentStatistics merge(PaymentStatistics other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return new PaymentStatistics(currency, Math.addExact(count, other.count),
        Math.addExact(lateCount, other.lateCount), Math.addExact(daysToPay, other.daysToPay),
        Math.addExact(daysLate, other.daysLate), Math.addExact(amount, other.amount),
        Math.addExact(amountDaysToPay, other.amountDaysToPay), Math.addExact(amountDaysLate, other.amountDaysLate));
  }

  /** {@return the number of items} */
  public long count() {
    return count;
  }

  /** {@return the number of items paid after their due date} */
  public long lateCount() {
    return lateCount;
  }

  /** {@return the items' currency; empty when there are none} */
  public Optional<CurrencyUnit> currency() {
    return Optional.ofNullable(currency);
  }

  /** {@return the total amount paid off; empty when there are no items} */
  public Optional<Money> totalAmount() {
    return count == 0 ? Optional.empty() : Optional.of(Money.ofMinor(currency, amount));
  }

  /** {@return Σ daysToPay / n, in days; empty for no items} */
  public Optional<Ratio> averageDaysToPay() {
    return average(daysToPay, count);
  }

  /** {@return Σ (amount × daysToPay) / Σ amount, in days; empty for no items} */
  public Optional<Ratio> weightedAverageDaysToPay() {
    return average(amountDaysToPay, amount);
  }

  /** {@return Σ daysLate / n, in days, items paid on time counting 0; empty for no items} */
  public Optional<Ratio> averageDaysLate() {
    return average(daysLate, count);
  }

  /** {@return Σ (amount × daysLate) / Σ amount, in days; empty for no items} */
  public Optional<Ratio> weightedAverageDaysLate() {
    return average(amountDaysLate, amount);
  }

  private static Optional<Ratio> average(long sum, long weight) {
    return weight == 0 ? Optional.empty() : Optional.of(Ratio.of(BigDecimal.valueOf(sum), BigDecimal.valueOf(weight)));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PaymentStatistics)) {
      return false;
    }
    PaymentStatistics s = (PaymentStatistics) o;
    return Objects.equals(currency, s.currency) && count == s.count && lateCount == s.lateCount
        && daysToPay == s.daysToPay && daysLate == s.daysLate && amount == s.amount
        && amountDaysToPay == s.amountDaysToPay && amountDaysLate == s.amountDaysLate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, count, lateCount, daysToPay, daysLate, amount, amountDaysToPay, amountDaysLate);
  }

  @Override
  public String toString() {
    return "PaymentStatistics[" + count + " items" + (count == 0 ? "" : ", " + Money.ofMinor(currency, amount)
        + ", average days to pay " + averageDaysToPay().get() + ", average days late " + averageDaysLate().get())
        + "]";
  }
}
