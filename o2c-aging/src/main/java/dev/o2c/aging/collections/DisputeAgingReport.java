package dev.o2c.aging.collections;

import dev.o2c.aging.AgingBuckets;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * The open dispute cases on a day with their age, and their amounts per bucket, per reason and past
 * target ({@link DisputeAging}). This instance is immutable.
 */
public final class DisputeAgingReport {

  private final LocalDate asOf;
  private final AgingBuckets buckets;
  private final List<DisputeAgingRow> rows;

  DisputeAgingReport(LocalDate asOf, AgingBuckets buckets, List<DisputeAgingRow> rows) {
    this.asOf = asOf;
    this.buckets = buckets;
    this.rows = List.copyOf(rows);
  }

  /** {@return the day of the aging} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the buckets} */
  public AgingBuckets buckets() {
    return buckets;
  }

  /** {@return one row per case open on the day} */
  public List<DisputeAgingRow> rows() {
    return rows;
  }

  /** {@return the currencies of the cases, in code order} */
  public Set<CurrencyUnit> currencies() {
    Set<CurrencyUnit> result = new TreeSet<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    rows.forEach(r -> result.add(r.amount().currency()));
    return result;
  }

  /**
   * The disputed amounts per bucket in a currency.
   *
   * @param currency the currency
   * @return one total per bucket, in bucket order
   */
  public List<Money> totals(CurrencyUnit currency) {
    return sum(currency, null);
  }

  /**
   * The disputed amounts per bucket in a currency, for each reason code that has a case.
   *
   * @param currency the currency
   * @return per reason (in the enum's order), one total per bucket
   */
  public Map<DeductionReason, List<Money>> byReason(CurrencyUnit currency) {
    Map<DeductionReason, List<Money>> result = new EnumMap<>(DeductionReason.class);
    for (DisputeAgingRow row : rows) {
      if (row.amount().currency().equals(currency)) {
        result.computeIfAbsent(row.reason(), r -> sum(currency, r));
      }
    }
    return result;
  }

  /** {@return the rows of cases past their target date, longest past first} */
  public List<DisputeAgingRow> pastTarget() {
    List<DisputeAgingRow> result = new ArrayList<>();
    for (DisputeAgingRow row : rows) {
      if (row.isPastTarget()) {
        result.add(row);
      }
    }
    result.sort((a, b) -> Long.compare(b.daysPastTarget(), a.daysPastTarget()));
    return result;
  }

  /**
   * The total disputed in a currency over all open cases.
   *
   * @param currency the currency
   * @return the total
   */
  public Money total(CurrencyUnit currency) {
    return Money.total(currency, totals(currency));
  }

  private List<Money> sum(CurrencyUnit currency, DeductionReason reason) {
    Objects.requireNonNull(currency, "currency");
    long[] minor = new long[buckets.size()];
    for (DisputeAgingRow row : rows) {
      if (row.amount().currency().equals(currency) && (reason == null || row.reason() == reason)) {
        minor[row.bucket()] = Math.addExact(minor[row.bucket()], row.amount().minorUnits());
      }
    }
    List<Money> result = new ArrayList<>(minor.length);
    for (long m : minor) {
      result.add(Money.ofMinor(currency, m));
    }
    return result;
  }

  @Override
  public String toString() {
    return "DisputeAgingReport[" + asOf + ", " + rows.size() + " open cases]";
  }
}
