package dev.o2c.examples.csv;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Reads an open-items export as the CLI contract fixes it: columns {@code item_id, customer_id,
 * type, document_date, due_date, currency, amount, open_amount, reference, terms}, of which
 * {@code type} (default {@code INVOICE}), {@code open_amount} (default {@code amount}),
 * {@code reference} and {@code terms} are optional. Credit memos carry negative amounts.
 *
 * <pre>{@code
 * item_id,customer_id,type,document_date,due_date,currency,amount,terms
 * INV-1001,C-101,INVOICE,2026-02-02,2026-03-04,EUR,1190.00,NET 30
 * CM-2004,C-200,CREDIT_MEMO,2026-03-10,2026-03-10,EUR,-357.00,
 * }</pre>
 */
public final class OpenItemsCsv {

  /** The columns that must be in the header. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("item_id", "customer_id", "document_date", "due_date", "currency", "amount");

  private OpenItemsCsv() {}

  /**
   * Reads every item of an open-items export.
   *
   * @param reader the CSV characters; read to the end, not closed
   * @param source the file name or resource, used in error messages
   * @return the items in file order
   * @throws CsvException at the first bad record: a missing required column or field, an unknown
   *     type or currency, a bad date or amount, an amount whose sign does not fit the type, an open
   *     amount outside {@code [0, amount]}, a due date before the document date, unreadable terms,
   *     or an {@code item_id} that appears twice
   */
  public static List<OpenItem> read(Reader reader, String source) {
    List<OpenItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // An export repeats a few terms texts on every row; each is parsed once.
    Map<String, PaymentTerms> terms = new HashMap<>();
    // And a few customers on many rows: one id each, so that the book groups them by identity.
    Map<String, CustomerId> customers = new HashMap<>();
    CsvReader.forEachRow(reader, source, REQUIRED_COLUMNS.toArray(new String[0]), row -> {
      OpenItem item = item(row, terms, customers);
      if (!seen.add(item.documentNumber().toString())) {
        throw row.error("item_id " + item.documentNumber() + " appears twice");
      }
      items.add(item);
    });
    return List.copyOf(items);
  }

  private static OpenItem item(CsvRow row, Map<String, PaymentTerms> parsedTerms, Map<String, CustomerId> customers) {
    String itemId = row.required("item_id");
    String customerId = row.required("customer_id");
    ItemKind kind = kind(row);
    CurrencyUnit currency = CsvMoney.currency(row, "currency");
    Money amount = CsvMoney.money(row, "amount", currency);
    Money open = CsvMoney.optionalMoney(row, "open_amount", currency).orElse(amount);
    Optional<PaymentTerms> terms = row.optional("terms").map(text -> parsedTerms.computeIfAbsent(text, t -> terms(row, t)));
    try {
      return OpenItem.builder()
          .documentNumber(DocumentNumber.of(itemId))
          .customerId(customers.computeIfAbsent(customerId, CustomerId::of))
          .kind(kind)
          .documentDate(row.date("document_date"))
          .dueDate(row.date("due_date"))
          .originalAmount(amount)
          .openAmount(open)
          .customerReference(row.optional("reference"))
          .terms(terms)
          .build();
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static ItemKind kind(CsvRow row) {
    String type = row.optional("type").orElse(ItemKind.INVOICE.name());
    try {
      return ItemKind.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("type \"" + type + "\" is not INVOICE, CREDIT_MEMO or DEBIT_MEMO");
    }
  }

  private static PaymentTerms terms(CsvRow row, String text) {
    try {
      return PaymentTerms.parse(text);
    } catch (IllegalArgumentException e) {
      throw row.error("terms \"" + text + "\" cannot be read: " + e.getMessage());
    }
  }
}
