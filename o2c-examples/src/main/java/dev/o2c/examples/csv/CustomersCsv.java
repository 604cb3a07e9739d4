package dev.o2c.examples.csv;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.id.CustomerId;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Reads a customers file as the CLI contract fixes it: {@code customer_id} and {@code name}
 * (required), {@code bank_accounts} (IBANs or account numbers separated by {@code ;}) and
 * {@code parent_id} (optional). An optional {@code currency} column gives the account currency;
 * where it is absent or blank the caller's default applies.
 *
 * <pre>{@code
 * customer_id,name,bank_accounts,parent_id,currency
 * C-100,Alpine Retail Group,DE89370400440532013000,,EUR
 * C-101,Alpine Retail Munich,,C-100,EUR
 * }</pre>
 */
public final class CustomersCsv {

  private CustomersCsv() {}

  /**
   * Reads every customer of a customers file.
   *
   * @param reader the CSV characters; read to the end, not closed
   * @param source the file name or resource, used in error messages
   * @param defaultCurrency the account currency of customers without a {@code currency} field
   * @return the customers in file order
   * @throws CsvException at the first bad record: a missing {@code customer_id} or {@code name}, an
   *     unknown currency, a customer that is its own parent, or a {@code customer_id} that appears twice
   */
  public static List<Customer> read(Reader reader, String source, CurrencyUnit defaultCurrency) {
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    CsvTable table = CsvReader.read(reader, source).requireColumns("customer_id", "name");
    List<Customer> customers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvRow row : table.rows()) {
      String id = row.required("customer_id");
      if (!seen.add(id)) {
        throw row.error("customer_id " + id + " appears twice");
      }
      CurrencyUnit currency = row.optional("currency").isPresent() ? CsvMoney.currency(row, "currency")
          : defaultCurrency;
      List<String> accounts = new ArrayList<>();
      row.optional("bank_accounts").ifPresent(list -> {
        for (String account : list.split(";")) {
          if (!account.isBlank()) {
            accounts.add(account.strip());
          }
        }
      });
      try {
        customers.add(Customer.builder()
            .id(CustomerId.of(id))
            .name(row.required("name"))
            .addAllBankAccounts(accounts)
            .parentId(row.optional("parent_id").map(CustomerId::of))
            .currency(currency)
            .build());
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return List.copyOf(customers);
  }
}
