package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Per customer, the records (items or payments) that held money and no longer do, by the day they
 * stopped. Something held money at the end of a past day only if it holds money now or stopped after
 * that day, because nothing is posted on a record dated before its last operation. So the as-of
 * queries look at what is open now plus what closed after the day, not at the customer's whole history.
 *
 * <p>Each day's records also keep the earliest day any of them could have held money, so days whose
 * records all started after the asked day are skipped without looking at them.
 *
 * @param <R> the record type
 */
final class ClosedIndex<R> {

  private static final class Day<R> {
    long earliestStart = Long.MAX_VALUE;
    final List<R> records = new ArrayList<>(2);
  }

  private final Map<CustomerId, TreeMap<LocalDate, Day<R>>> byCustomer = new HashMap<>();

  /**
   * Records that a record stopped holding money.
   *
   * @param customer whose record it is
   * @param closedOn the day of the posting that left it holding nothing
   * @param startedOn no line of the record is dated before this day
   * @param record the record
   */
  void closed(CustomerId customer, LocalDate closedOn, LocalDate startedOn, R record) {
    Day<R> day = byCustomer.computeIfAbsent(customer, k -> new TreeMap<>()).computeIfAbsent(closedOn, k -> new Day<>());
    day.earliestStart = Math.min(day.earliestStart, startedOn.toEpochDay());
    day.records.add(record);
  }

  /**
   * Forgets a record that holds money again.
   *
   * @param customer whose record it is
   * @param closedOn the day it was recorded as closed
   * @param record the record
   */
  void reopened(CustomerId customer, LocalDate closedOn, R record) {
    TreeMap<LocalDate, Day<R>> days = byCustomer.get(customer);
    Day<R> day = days == null ? null : days.get(closedOn);
    if (day == null || !day.records.remove(record)) {
      throw new IllegalStateException("BUG: " + record + " is not closed on " + closedOn + " for " + customer);
    }
    if (day.records.isEmpty()) {
      days.remove(closedOn);
      if (days.isEmpty()) {
        byCustomer.remove(customer);
      }
    }
  }

  /**
   * Hands on the customer's records that closed after a day and may have started by then: every
   * closed record that could have held money at the end of the day, and possibly a few that did not.
   *
   * @param customer the customer
   * @param asOf the day
   * @param consumer receives the records
   */
  void closedAfter(CustomerId customer, LocalDate asOf, Consumer<R> consumer) {
    TreeMap<LocalDate, Day<R>> days = byCustomer.get(customer);
    if (days == null) {
      return;
    }
    long last = asOf.toEpochDay();
    for (Day<R> day : days.tailMap(asOf, false).values()) {
      if (day.earliestStart <= last) {
        day.records.forEach(consumer);
      }
    }
  }
}
