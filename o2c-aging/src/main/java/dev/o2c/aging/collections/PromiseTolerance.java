package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * How much a promise may fall short and how late the money may come while the promise still counts
 * as kept.
 *
 * <p>The shortfall tolerated on a promised amount is the larger of an absolute amount (set per
 * currency; zero for a currency without one) and a percentage of the promised amount, rounded down
 * to the currency's minor unit. Grace days move every promised date later by that many calendar
 * days: money arriving on the promised date plus the grace days is still in time.
 *
 * <pre>{@code
 * PromiseTolerance tolerance = PromiseTolerance.NONE
 *     .withAbsolute(Money.of("EUR", "5.00")).withPercent(new BigDecimal("1")).withGraceDays(3);
 * tolerance.toleratedShortfall(Money.of("EUR", "1000.00"));   // EUR 10.00 (1% beats 5.00)
 * tolerance.toleratedShortfall(Money.of("EUR", "200.00"));    // EUR 5.00
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class PromiseTolerance {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** No tolerance: every cent by the promised date. */
  public static final PromiseTolerance NONE = new PromiseTolerance(Map.of(), BigDecimal.ZERO, 0);

  private final Map<CurrencyUnit, Money> absolute;
  private final BigDecimal percent;
  private final int graceDays;

  private PromiseTolerance(Map<CurrencyUnit, Money> absolute, BigDecimal percent, int graceDays) {
    this.absolute = Map.copyOf(absolute);
    this.percent = percent;
    this.graceDays = graceDays;
  }

  /**
   * A copy with an absolute tolerated shortfall for the amount's currency (replacing any earlier one
   * for that currency).
   *
   * @param amount the shortfall tolerated; zero or positive
   * @return the copy; this instance is unaffected
   * @throws IllegalArgumentException if the amount is negative
   */
  public PromiseTolerance withAbsolute(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Promise tolerance: absolute amount " + amount + " is negative");
    }
    Map<CurrencyUnit, Money> copy = new HashMap<>(absolute);
    copy.put(amount.currency(), amount);
    return new PromiseTolerance(copy, percent, graceDays);
  }

  /**
   * A copy with a tolerated shortfall in percent of the promised amount.
   *
   * @param percent the percentage, from 0 to 100, e.g. {@code 2.5}
   * @return the copy; this instance is unaffected
   * @throws IllegalArgumentException if the percentage is outside 0 to 100
   */
  public PromiseTolerance withPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("Promise tolerance: percent " + percent + " is outside 0 to 100");
    }
    return new PromiseTolerance(absolute, percent, graceDays);
  }

  /**
   * A copy with grace days after each promised date.
   *
   * @param days the calendar days; zero or more
   * @return the copy; this instance is unaffected
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public PromiseTolerance withGraceDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Promise tolerance: grace days " + days + " is negative");
    }
    return new PromiseTolerance(absolute, percent, days);
  }

  /** {@return the grace days after each promised date} */
  public int graceDays() {
    return graceDays;
  }

  /** {@return the tolerated shortfall in percent of the promised amount} */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * The absolute tolerated shortfall in a currency.
   *
   * @param currency the currency
   * @return the amount; zero if none was set for the currency
   */
  public Money absolute(CurrencyUnit currency) {
    Money amount = absolute.get(currency);
    return amount != null ? amount : Money.zero(currency);
  }

  /**
   * The shortfall tolerated on a promised amount: the larger of the absolute amount for its currency
   * and the percentage of it, rounded down to the minor unit.
   *
   * @param promised the promised amount
   * @return the tolerated shortfall, in the promised amount's currency; zero or positive
   */
  public Money toleratedShortfall(Money promised) {
    Money byPercent = promised.abs().multipliedBy(percent.movePointLeft(2), RoundingMode.DOWN);
    return byPercent.max(absolute(promised.currency()));
  }

  /**
   * The last day money for a promised date is in time: the date plus the grace days.
   *
   * @param promisedDate the promised date
   * @return the deadline, inclusive
   */
  public LocalDate deadline(LocalDate promisedDate) {
    return promisedDate.plusDays(graceDays);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PromiseTolerance t && t.absolute.equals(absolute) && t.percent.compareTo(percent) == 0
        && t.graceDays == graceDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(absolute, percent.stripTrailingZeros(), graceDays);
  }

  @Override
  public String toString() {
    return "PromiseTolerance[absolute=" + absolute.values() + ", percent=" + percent.toPlainString()
        + ", graceDays=" + graceDays + "]";
  }
}
