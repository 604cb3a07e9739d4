package dev.o2c.core.money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * An exact sum of money in several currencies, one {@link Money} per currency, as balances across a
 * customer's items or the whole ledger are. Currencies never convert into each other here.
 *
 * <p>Currencies whose total is zero are left out, so {@link #isZero()} is true exactly when nothing
 * is held in any currency; {@link #get(CurrencyUnit)} still answers zero for them. Amounts are listed
 * in currency-code order. Immutable; equal by content.
 *
 * <pre>{@code
 * MoneyTotals t = MoneyTotals.of(Money.of("EUR", "10.00"), Money.of("USD", "5.00"), Money.of("EUR", "2.50"));
 * t.get(Monetary.getCurrency("EUR"));   // EUR 12.50
 * t.toString();                         // "EUR 12.50, USD 5.00"
 * }</pre>
 */
public final class MoneyTotals {

  /** Nothing in any currency. */
  public static final MoneyTotals ZERO = new MoneyTotals(Map.of());

  private final Map<String, Money> byCode;

  private MoneyTotals(Map<String, Money> byCode) {
    this.byCode = byCode;
  }

  /**
   * The sum of some amounts.
   *
   * @param amounts amounts in any currencies
   * @return their totals per currency
   * @throws ArithmeticException if a total overflows
   */
  public static MoneyTotals of(Money... amounts) {
    return of(List.of(amounts));
  }

  /**
   * The sum of some amounts.
   *
   * @param amounts amounts in any currencies
   * @return their totals per currency
   * @throws ArithmeticException if a total overflows
   */
  public static MoneyTotals of(Iterable<Money> amounts) {
    Accumulator sum = new Accumulator();
    amounts.forEach(sum::add);
    return sum.total();
  }

  /**
   * The total in one currency.
   *
   * @param currency the currency
   * @return the total, zero if nothing is held in it
   */
  public Money get(CurrencyUnit currency) {
    Money m = byCode.get(currency.getCurrencyCode());
    return m != null ? m : Money.zero(currency);
  }

  /** {@return the non-zero totals, in currency-code order} */
  public List<Money> amounts() {
    return List.copyOf(byCode.values());
  }

  /** {@return true when every currency's total is zero} */
  public boolean isZero() {
    return byCode.isEmpty();
  }

  /**
   * Adds another sum, currency by currency.
   *
   * @param other the other sum
   * @return the combined totals
   */
  public MoneyTotals plus(MoneyTotals other) {
    Accumulator sum = new Accumulator();
    byCode.values().forEach(sum::add);
    other.byCode.values().forEach(sum::add);
    return sum.total();
  }

  /** {@return the totals with every sign flipped} */
  public MoneyTotals negated() {
    List<Money> negated = new ArrayList<>(byCode.size());
    byCode.values().forEach(m -> negated.add(m.negated()));
    return of(negated);
  }

  /**
   * Subtracts another sum, currency by currency.
   *
   * @param other the sum to take away
   * @return the difference
   */
  public MoneyTotals minus(MoneyTotals other) {
    return plus(other.negated());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MoneyTotals && ((MoneyTotals) o).byCode.equals(byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  /** {@return the totals as {@code "EUR 12.50, USD 5.00"}, or {@code "0"} when zero} */
  @Override
  public String toString() {
    if (byCode.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>(byCode.size());
    byCode.values().forEach(m -> parts.add(m.toString()));
    return String.join(", ", parts);
  }

  /**
   * Adds amounts up in minor units without building intermediate values; for summing many amounts.
   * Not thread-safe.
   */
  public static final class Accumulator {
    private final Map<String, CurrencyUnit> currencies = new TreeMap<>();
    private final Map<String, long[]> sums = new TreeMap<>();

    /**
     * Adds an amount.
     *
     * @param amount the amount
     * @return this accumulator
     * @throws ArithmeticException if the total overflows
     */
    public Accumulator add(Money amount) {
      Objects.requireNonNull(amount, "amount");
      return add(amount.currency(), amount.minorUnits());
    }

    /**
     * Adds minor units of a currency.
     *
     * @param currency the currency
     * @param minorUnits the amount in the currency's minor units, signed
     * @return this accumulator
     * @throws ArithmeticException if the total overflows
     */
    public Accumulator add(CurrencyUnit currency, long minorUnits) {
      String code = currency.getCurrencyCode();
      long[] sum = sums.get(code);
      if (sum == null) {
        sum = new long[1];
        sums.put(code, sum);
        currencies.put(code, currency);
      }
      sum[0] = Math.addExact(sum[0], minorUnits);
      return this;
    }

    /** {@return the totals added so far} */
    public MoneyTotals total() {
      Map<String, Money> result = new TreeMap<>();
      sums.forEach((code, sum) -> {
        if (sum[0] != 0) {
          result.put(code, Money.ofMinor(currencies.get(code), sum[0]));
        }
      });
      return result.isEmpty() ? ZERO : new MoneyTotals(Collections.unmodifiableMap(result));
    }
  }
}
