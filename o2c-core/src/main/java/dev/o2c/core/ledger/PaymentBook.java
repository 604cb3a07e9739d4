package dev.o2c.core.ledger;

import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PaymentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The payment book: every payment with its cash buckets and its applications, and indexes of the
 * payments holding money now (per customer, and in suspense) and of those that stopped holding
 * unapplied or on-account money, per customer by day.
 */
final class PaymentBook extends SharedTables {
  private final List<PaymentRecord> all = new ArrayList<>();
  /** Applications by id, ascending (ids are posting numbers), for a binary search: 12 bytes each instead of a map entry. */
  private long[] applicationIds = new long[64];
  private ApplicationRecord[] applications = new ApplicationRecord[64];
  private int applicationCount;
  private final Map<CustomerId, Set<PaymentRecord>> holdingByCustomer = new HashMap<>();
  private final Set<PaymentRecord> inSuspense = new LinkedHashSet<>();
  private final ClosedIndex<PaymentRecord> closed;

  PaymentBook(References references, Days days, IdTable<CurrencyUnit> currencies) {
    super(references, days, currencies);
    this.closed = new ClosedIndex<>(days);
  }

  PaymentRecord get(PaymentId id) {
    return (PaymentRecord) references.holder(id);
  }

  ApplicationRecord application(ApplicationId id) {
    int i = Arrays.binarySearch(applicationIds, 0, applicationCount, id.value());
    return i < 0 ? null : applications[i];
  }

  /** Every application, reversed ones included, in posting order. */
  List<ApplicationRecord> applications() {
    return Arrays.asList(applications).subList(0, applicationCount);
  }

  void add(PaymentRecord record) {
    references.hold(record.reference, record);
    all.add(record);
  }

  void add(ApplicationRecord record) {
    if (applicationCount > 0 && applicationIds[applicationCount - 1] >= record.id) {
      throw new IllegalStateException("BUG: application " + record.id + " after " + applicationIds[applicationCount - 1]);
    }
    if (applicationCount == applicationIds.length) {
      applicationIds = Arrays.copyOf(applicationIds, applicationCount * 2);
      applications = Arrays.copyOf(applications, applicationCount * 2);
    }
    applicationIds[applicationCount] = record.id;
    applications[applicationCount++] = record;
    record.payment.lastApplication = record;
  }

  /** Keeps the holding and closed indexes in step after a posting on a day touched a payment. */
  void changed(PaymentRecord record, LocalDate date) {
    if (record.suspense() > 0) {
      inSuspense.add(record);
    } else {
      inSuspense.remove(record);
    }
    record.customerId().ifPresent(customer -> {
      if (record.unapplied > 0 || record.onAccount() > 0) {
        holdingByCustomer.computeIfAbsent(customer, k -> new LinkedHashSet<>()).add(record);
        if (record.closedSlot() >= 0) {
          closed.reopened(customer, record);
        }
      } else {
        if (record.closedSlot() < 0) {
          closed.closed(customer, date, record.received(), record);
        }
        Set<PaymentRecord> holding = holdingByCustomer.get(customer);
        if (holding != null) {
          holding.remove(record);
          if (holding.isEmpty()) {
            holdingByCustomer.remove(customer);
          }
        }
      }
    });
  }

  Iterable<PaymentRecord> all() {
    return all;
  }

  Iterable<PaymentRecord> holdingOf(CustomerId customer) {
    return holdingByCustomer.getOrDefault(customer, Set.of());
  }

  /**
   * The customer's payments that could have held unapplied or on-account money at the end of a day:
   * those holding some now and those that stopped after the day.
   */
  List<PaymentRecord> holdingCandidates(CustomerId customer, LocalDate asOf) {
    List<PaymentRecord> result = new ArrayList<>();
    holdingOf(customer).forEach(result::add);
    closed.closedAfter(customer, asOf, result::add);
    return result;
  }

  Iterable<Set<PaymentRecord>> holding() {
    return holdingByCustomer.values();
  }

  Iterable<PaymentRecord> inSuspense() {
    return inSuspense;
  }
}
