package dev.o2c.testkit.cashapp;

import dev.o2c.core.id.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A customer of a cash-application benchmark world, as the customers file lists it.
 *
 * @param id the customer id, e.g. {@code C-100042}
 * @param name the name in the customer master, e.g. {@code "Müller Logistik GmbH"}
 * @param currency the currency of all the customer's items
 * @param bankAccounts the IBANs the customer is known to pay from, one or more
 * @param parentId the parent or paying group entity, itself a customer, if any
 * @param terms the payment terms of the customer's items, {@code NET 30} or {@code 2/10 NET 30}
 */
public record BenchCustomer(CustomerId id, String name, CurrencyUnit currency, List<String> bankAccounts,
    Optional<CustomerId> parentId, String terms) {

  /**
   * Checks the values and copies the account list.
   *
   * @param id the customer id, e.g. {@code C-100042}
   * @param name the name in the customer master, e.g. {@code "Müller Logistik GmbH"}
   * @param currency the currency of all the customer's items
   * @param bankAccounts the IBANs the customer is known to pay from, one or more
   * @param parentId the parent or paying group entity, itself a customer, if any
   * @param terms the payment terms of the customer's items, {@code NET 30} or {@code 2/10 NET 30}
   */
  public BenchCustomer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    bankAccounts = List.copyOf(bankAccounts);
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(terms, "terms");
  }
}
