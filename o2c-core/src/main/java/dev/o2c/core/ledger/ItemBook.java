package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * The item book: every item with its bookkeeping, an index of the items open now per customer, and
 * one of the items closed per customer by the day they closed, so a customer's open items, now or as
 * of a day, cost what they are, not its history.
 */
final class ItemBook extends SharedTables {
  private final List<ItemRecord> all = new ArrayList<>();
  private final Map<CustomerId, TreeMap<Integer, ItemRecord>> openByCustomer = new HashMap<>();
  private final ClosedIndex<ItemRecord> closed;
  /** What is offset now between a credit memo and an item, in the item's minor units; key "memo\nitem". */
  private final Map<String, Long> offsets = new HashMap<>();

  ItemBook(References references, Days days, IdTable<CurrencyUnit> currencies) {
    super(references, days, currencies);
    this.closed = new ClosedIndex<>(days);
  }

  ItemRecord get(DocumentNumber number) {
    return (ItemRecord) references.holder(number);
  }

  /**
   * Files a new item. Items are ordered by their reference number: an item's document number is
   * numbered when the item is posted, so the numbers of items follow posting order.
   */
  void add(ItemRecord record) {
    if (!all.isEmpty() && all.get(all.size() - 1).reference >= record.reference) {
      throw new IllegalStateException("BUG: item " + record.documentNumber() + " numbered before the last item");
    }
    references.hold(record.reference, record);
    all.add(record);
  }

  /** Keeps the open and closed indexes in step after a posting on a day touched an item. */
  void changed(ItemRecord record, LocalDate date) {
    CustomerId customer = record.customerId();
    if (record.open != 0) {
      openByCustomer.computeIfAbsent(customer, k -> new TreeMap<>()).put(record.reference, record);
      if (record.closedSlot() >= 0) {
        closed.reopened(customer, record);
      }
    } else {
      if (record.closedSlot() < 0) {
        closed.closed(customer, date, record.documentDate(), record);
      }
      TreeMap<Integer, ItemRecord> open = openByCustomer.get(customer);
      if (open != null) {
        open.remove(record.reference);
        if (open.isEmpty()) {
          openByCustomer.remove(customer);
        }
      }
    }
  }

  List<ItemRecord> all() {
    return all;
  }

  Iterable<ItemRecord> openOf(CustomerId customer) {
    TreeMap<Integer, ItemRecord> open = openByCustomer.get(customer);
    return open == null ? List.of() : open.values();
  }

  /**
   * The customer's items that could have been open at the end of a day, in posting order: those open
   * now and those closed after the day. Costs what they are, not the customer's history.
   */
  List<ItemRecord> openCandidates(CustomerId customer, LocalDate asOf) {
    List<ItemRecord> result = new ArrayList<>();
    openOf(customer).forEach(result::add);
    int now = result.size();
    closed.closedAfter(customer, asOf, result::add);
    if (result.size() > now) {
      result.sort(java.util.Comparator.comparingInt(r -> r.reference));
    }
    return result;
  }

  Iterable<TreeMap<Integer, ItemRecord>> openByCustomer() {
    return openByCustomer.values();
  }

  long offset(DocumentNumber creditMemo, DocumentNumber item) {
    return offsets.getOrDefault(creditMemo + "\n" + item, 0L);
  }

  void addOffset(DocumentNumber creditMemo, DocumentNumber item, long minor) {
    offsets.merge(creditMemo + "\n" + item, minor, Math::addExact);
  }
}
