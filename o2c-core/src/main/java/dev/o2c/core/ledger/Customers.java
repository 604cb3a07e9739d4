package dev.o2c.core.ledger;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.LedgerException.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The customer registry: who exists and who belongs to whose paying group. */
final class Customers {
  private final Map<CustomerId, Customer> byId = new LinkedHashMap<>();

  Customer get(CustomerId id) {
    return byId.get(id);
  }

  List<Customer> all() {
    return List.copyOf(byId.values());
  }

  /** Checks a registration: new ids, parents among the registered or the new, no cycles. */
  void check(RegisterCustomers command, Checks checks) {
    Map<CustomerId, Customer> incoming = new HashMap<>();
    for (Customer customer : command.customers()) {
      if (byId.containsKey(customer.id()) || incoming.put(customer.id(), customer) != null) {
        checks.add(Code.DUPLICATE_CUSTOMER, "customer " + customer.id() + " is already registered");
      }
    }
    for (Customer customer : command.customers()) {
      customer.parentId().ifPresent(parent -> {
        if (!byId.containsKey(parent) && !incoming.containsKey(parent)) {
          checks.add(Code.UNKNOWN_CUSTOMER, "customer " + parent + " (parent of " + customer.id()
              + ") is neither registered nor in this registration");
        }
      });
      Set<CustomerId> seen = new HashSet<>();
      CustomerId at = customer.id();
      while (at != null && seen.add(at)) {
        Customer c = incoming.containsKey(at) ? incoming.get(at) : byId.get(at);
        at = c == null ? null : c.parentId().orElse(null);
      }
      if (at != null && at.equals(customer.id())) {
        checks.add(Code.CUSTOMER_CYCLE, "the parents of customer " + customer.id() + " lead back to it");
      }
    }
  }

  void register(RegisterCustomers command) {
    command.customers().forEach(c -> byId.put(c.id(), c));
  }

  /**
   * Whether a payer's payment may settle a customer's items: the customer is the payer or the payer
   * is on the customer's parent chain.
   */
  boolean settles(CustomerId payer, CustomerId customer) {
    CustomerId at = customer;
    for (int depth = 0; at != null && depth <= byId.size(); depth++) {
      if (at.equals(payer)) {
        return true;
      }
      Customer c = byId.get(at);
      at = c == null ? null : c.parentId().orElse(null);
    }
    return false;
  }
}
