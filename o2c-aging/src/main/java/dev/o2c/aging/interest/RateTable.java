package dev.o2c.aging.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dated table of a base or reference rate, in percent a year: each rate applies from its effective
 * date up to the day before the next one's, and the last applies from its date on. The host supplies
 * the table (the Bundesbank's Basiszinssatz, the ECB's main refinancing rate, the Bank of England's
 * Bank Rate); o2c never holds current rates itself.
 *
 * <pre>{@code
 * RateTable base = RateTable.of(Map.of(
 *     LocalDate.of(2024, 1, 1), new BigDecimal("3.62"),
 *     LocalDate.of(2024, 7, 1), new BigDecimal("3.37")));
 * base.rateOn(LocalDate.of(2024, 6, 30));                       // 3.62
 * base.changeDays(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1)); // [2024-07-01]
 * base.rateOn(LocalDate.of(2023, 12, 31));                      // throws MissingRateException
 * }</pre>
 *
 * <p>Rates may be negative (the German base rate was below zero from 2013 to 2022) and keep the
 * scale they were given with. This instance is immutable.
 */
public final class RateTable {

  private final NavigableMap<LocalDate, BigDecimal> rates;

  private RateTable(NavigableMap<LocalDate, BigDecimal> rates) {
    this.rates = rates;
  }

  /**
   * A table of rates by effective date.
   *
   * @param ratesByEffectiveDate each rate in percent a year, by the first day it applies; any order
   * @return the table
   * @throws IllegalArgumentException if the map is empty
   */
  public static RateTable of(Map<LocalDate, BigDecimal> ratesByEffectiveDate) {
    Objects.requireNonNull(ratesByEffectiveDate, "ratesByEffectiveDate");
    if (ratesByEffectiveDate.isEmpty()) {
      throw new IllegalArgumentException("a rate table needs at least one rate");
    }
    TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
    ratesByEffectiveDate.forEach((day, rate) ->
        copy.put(Objects.requireNonNull(day, "effective date"), Objects.requireNonNull(rate, "rate on " + day)));
    return new RateTable(Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * A table with one rate that applies from a day on.
   *
   * @param effectiveDate the first day the rate applies
   * @param percent the rate in percent a year
   * @return the table
   */
  public static RateTable of(LocalDate effectiveDate, BigDecimal percent) {
    return of(Map.of(effectiveDate, percent));
  }

  /** {@return the rates by effective date, earliest first; unmodifiable} */
  public NavigableMap<LocalDate, BigDecimal> rates() {
    return rates;
  }

  /** {@return the first day the table has a rate for} */
  public LocalDate firstEffectiveDate() {
    return rates.firstKey();
  }

  /**
   * The rate in force on a day: the one with the latest effective date on or before it.
   *
   * @param day the day
   * @return the rate in percent a year
   * @throws MissingRateException if the table starts after {@code day}
   */
  public BigDecimal rateOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = rates.floorEntry(Objects.requireNonNull(day, "day"));
    if (entry == null) {
      throw new MissingRateException(day, firstEffectiveDate());
    }
    return entry.getValue();
  }

  /**
   * The rate fixed at a reference date, for rules that take one rate for a whole period (the UK
   * Act's rate in force on the 30 June or 31 December before interest starts to run; the EU
   * Directive's rate of the first day of a half-year). The same lookup as {@link #rateOn(LocalDate)},
   * named for what the caller means.
   *
   * @param referenceDate the day the rate is fixed
   * @return the rate in force on that day, in percent a year
   * @throws MissingRateException if the table starts after {@code referenceDate}
   */
  public BigDecimal rateFixedAt(LocalDate referenceDate) {
    return rateOn(referenceDate);
  }

  /**
   * The days inside a period on which a new rate takes effect: the effective dates after {@code
   * start} up to and including {@code end}. A period of late-payment interest is split there.
   *
   * @param start the last day before the period (the due date)
   * @param end the last day of the period, not before {@code start}
   * @return the effective dates in the period, earliest first
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public List<LocalDate> changeDays(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
    return List.copyOf(new ArrayList<>(rates.subMap(start, false, end, true).keySet()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateTable && rates.equals(((RateTable) o).rates);
  }

  @Override
  public int hashCode() {
    return rates.hashCode();
  }

  /** {@return the table, e.g. {@code RateTable{2024-01-01=3.62, 2024-07-01=3.37}}} */
  @Override
  public String toString() {
    return "RateTable" + rates;
  }
}
