package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An open item of a cash-application benchmark world as it stands before the statement: fully open.
 *
 * @param documentNumber {@code INV-YYYY-NNNNNN} for an invoice, {@code CN-YYYY-NNNNNN} for a credit memo
 * @param customerId the customer the item is billed to
 * @param kind {@link ItemKind#INVOICE} or {@link ItemKind#CREDIT_MEMO}
 * @param documentDate the document date
 * @param dueDate the net due date, 30 days after the document date
 * @param amount the gross amount, negative for a credit memo; also the open amount
 * @param poNumber the customer's purchase order number, if the customer gave one
 * @param terms {@code NET 30} or {@code 2/10 NET 30}
 */
public record BenchItem(DocumentNumber documentNumber, CustomerId customerId, ItemKind kind, LocalDate documentDate,
    LocalDate dueDate, Money amount, Optional<String> poNumber, String terms) {

  /**
   * Checks that no value is null.
   *
   * @param documentNumber {@code INV-YYYY-NNNNNN} for an invoice, {@code CN-YYYY-NNNNNN} for a credit memo
   * @param customerId the customer the item is billed to
   * @param kind {@link ItemKind#INVOICE} or {@link ItemKind#CREDIT_MEMO}
   * @param documentDate the document date
   * @param dueDate the net due date, 30 days after the document date
   * @param amount the gross amount, negative for a credit memo; also the open amount
   * @param poNumber the customer's purchase order number, if the customer gave one
   * @param terms {@code NET 30} or {@code 2/10 NET 30}
   */
  public BenchItem {
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(poNumber, "poNumber");
    Objects.requireNonNull(terms, "terms");
  }
}
