package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The item book: every item with its bookkeeping, each customer's items in posting order, and an
 * index of the items open now, so a customer's open items cost what they are, not its history.
 */
final class ItemBook {
  private final Map<DocumentNumber, ItemRecord> byNumber = new HashMap<>();
  private final List<ItemRecord> all = new ArrayList<>();
  private final Map<CustomerId, List<ItemRecord>> byCustomer = new HashMap<>();
  private final Map<CustomerId, TreeMap<Integer, ItemRecord>> openByCustomer = new HashMap<>();
  /** What is offset now between a credit memo and an item, in the item's minor units; key "memo\nitem". */
  private final Map<String, Long> offsets = new HashMap<>();

  ItemRecord get(DocumentNumber number) {
    return byNumber.get(number);
  }

  int nextOrdinal() {
    return all.size();
  }

  void add(ItemRecord record) {
    byNumber.put(record.item.documentNumber(), record);
    all.add(record);
    byCustomer.computeIfAbsent(record.item.customerId(), k -> new ArrayList<>()).add(record);
  }

  /** Keeps the open index in step after an item's open amount changed. */
  void changed(ItemRecord record) {
    CustomerId customer = record.item.customerId();
    if (record.open != 0) {
      openByCustomer.computeIfAbsent(customer, k -> new TreeMap<>()).put(record.ordinal, record);
    } else {
      TreeMap<Integer, ItemRecord> open = openByCustomer.get(customer);
      if (open != null) {
        open.remove(record.ordinal);
        if (open.isEmpty()) {
          openByCustomer.remove(customer);
        }
      }
    }
  }

  List<ItemRecord> all() {
    return all;
  }

  List<ItemRecord> ofCustomer(CustomerId customer) {
    return byCustomer.getOrDefault(customer, List.of());
  }

  Iterable<ItemRecord> openOf(CustomerId customer) {
    TreeMap<Integer, ItemRecord> open = openByCustomer.get(customer);
    return open == null ? List.of() : open.values();
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
