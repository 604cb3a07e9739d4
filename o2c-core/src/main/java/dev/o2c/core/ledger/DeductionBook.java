package dev.o2c.core.ledger;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deductions: each in its current state, with the dates of its status changes for the as-of queries. */
final class DeductionBook {

  /** A deduction now, and the status it had from each date on. */
  static final class Entry {
    Deduction deduction;
    LocalDate lastDate;
    final List<LocalDate> changedOn = new ArrayList<>(3);
    final List<Deduction> versions = new ArrayList<>(3);

    Entry(Deduction deduction, LocalDate date) {
      this.deduction = deduction;
      this.lastDate = date;
      changedOn.add(date);
      versions.add(deduction);
    }

    /** The deduction as it stood at the end of a day, or null if it did not exist yet. */
    Deduction asOf(LocalDate date) {
      Deduction version = null;
      for (int i = 0; i < changedOn.size() && !changedOn.get(i).isAfter(date); i++) {
        version = versions.get(i);
      }
      return version;
    }
  }

  private final Map<DeductionId, Entry> byId = new LinkedHashMap<>();
  private final Map<CustomerId, List<Entry>> byCustomer = new HashMap<>();

  Entry get(DeductionId id) {
    return byId.get(id);
  }

  void add(Deduction deduction, LocalDate date) {
    Entry entry = new Entry(deduction, date);
    byId.put(deduction.id(), entry);
    byCustomer.computeIfAbsent(deduction.customerId(), k -> new ArrayList<>()).add(entry);
  }

  void move(Entry entry, DeductionStatus next, LocalDate date) {
    entry.deduction = entry.deduction.moveTo(next);
    entry.lastDate = date;
    entry.changedOn.add(date);
    entry.versions.add(entry.deduction);
  }

  List<Entry> ofCustomer(CustomerId customer) {
    return byCustomer.getOrDefault(customer, List.of());
  }

  Iterable<Entry> all() {
    return byId.values();
  }
}
