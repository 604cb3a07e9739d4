package dev.o2c.core.ledger;

import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PaymentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payment book: every payment with its cash buckets, its applications, each customer's payments,
 * and indexes of the payments holding money now (per customer, and in suspense).
 */
final class PaymentBook {
  private final Map<PaymentId, PaymentRecord> byId = new LinkedHashMap<>();
  private final Map<ApplicationId, ApplicationRecord> applications = new HashMap<>();
  private final Map<CustomerId, List<PaymentRecord>> byCustomer = new HashMap<>();
  private final Map<CustomerId, Set<PaymentRecord>> holdingByCustomer = new HashMap<>();
  private final Set<PaymentRecord> inSuspense = new LinkedHashSet<>();

  PaymentRecord get(PaymentId id) {
    return byId.get(id);
  }

  ApplicationRecord application(ApplicationId id) {
    return applications.get(id);
  }

  void add(PaymentRecord record) {
    byId.put(record.payment.id(), record);
    record.payment.customerId().ifPresent(c -> byCustomer.computeIfAbsent(c, k -> new ArrayList<>()).add(record));
  }

  void identified(PaymentRecord record, CustomerId customer) {
    byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(record);
  }

  void add(ApplicationRecord record) {
    applications.put(record.value.id(), record);
    record.payment.applications.add(record);
  }

  /** Keeps the holding indexes in step after a payment's buckets changed. */
  void changed(PaymentRecord record) {
    if (record.suspense > 0) {
      inSuspense.add(record);
    } else {
      inSuspense.remove(record);
    }
    record.payment.customerId().ifPresent(customer -> {
      if (record.unapplied > 0 || record.onAccount > 0) {
        holdingByCustomer.computeIfAbsent(customer, k -> new LinkedHashSet<>()).add(record);
      } else {
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
    return byId.values();
  }

  List<PaymentRecord> ofCustomer(CustomerId customer) {
    return byCustomer.getOrDefault(customer, List.of());
  }

  Iterable<PaymentRecord> holdingOf(CustomerId customer) {
    return holdingByCustomer.getOrDefault(customer, Set.of());
  }

  Iterable<Set<PaymentRecord>> holding() {
    return holdingByCustomer.values();
  }

  Iterable<PaymentRecord> inSuspense() {
    return inSuspense;
  }
}
