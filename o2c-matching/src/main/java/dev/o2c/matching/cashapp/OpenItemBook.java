package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.DiscountDeadline;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;

/**
 * The open items and customers a cash-application run matches against, indexed for it: by document
 * number, by customer in age order (due date, then document date, then number), and by paying parent.
 * Items with nothing open are left out. This instance is immutable; a run keeps its own record of
 * what each payment has cleared so far.
 */
public final class OpenItemBook {

  private static final Comparator<OpenItem> AGE_ORDER = Comparator.comparing(OpenItem::dueDate)
      .thenComparing(OpenItem::documentDate).thenComparing(i -> i.documentNumber().toString());

  private static final int[] NO_ITEMS = new int[0];

  private final OpenItem[] items;
  private final long[] open;
  /** Each item's currency, so that hot loops compare references before calling equals. */
  private final CurrencyUnit[] currencies;
  /** Each item's original amount in minor units: only an item still open in full earns a discount. */
  private final long[] original;
  /**
   * Each item's cash discount by date, worked out once from its terms: item i's tiers are the pairs
   * (deadline as epoch day, discount in minor units) at {@code tiers[2 * tierFrom[i]]} up to those of
   * item i + 1 (none where the terms offer none; credit memos never earn one). Deciding asks for it
   * for every item of every pool it looks at, and a payer's items lie scattered over the book: flat
   * arrays take two cache misses where an object per item and its arrays took four.
   */
  private final int[] tierFrom;
  private final long[] tiers;
  /**
   * Each item's document number without separators ({@link ReferenceKeys#compactKey}), made when a
   * decision first compares a typed number with it: the typo readings compare one number with every
   * item of a payer. Threads that race fill in equal strings.
   */
  private final String[] compactKeys;
  /** Each item's {@link ReferenceKeys#key} (leading zeros of each group dropped), made when first asked for. */
  private final String[] keys;
  private final Map<DocumentNumber, Integer> byNumber;
  private final Map<CustomerId, int[]> byCustomer;
  private final Map<CustomerId, Customer> customers;
  private final Map<CustomerId, List<CustomerId>> children;
  /** Book positions ordered by open amount (minor units, any currency), and those amounts in that order. */
  private final int[] byAmount;
  private final long[] amounts;
  /** Every customer the book names (owners, customers, parents) numbered 0.., for {@link BookReads}. */
  private final Map<CustomerId, Integer> groupIds;
  /** Each item's owner, and each numbered customer's parent (-1 for none), by those numbers. */
  private final int[] ownerGroup;
  private final int[] parentGroup;
  /** Where the current thread's decision records what it looks up, while a batch asks for it. */
  private final ThreadLocal<BookReads> recorder = new ThreadLocal<>();

  private OpenItemBook(OpenItem[] items, Map<CustomerId, Customer> customers) {
    this.items = items;
    this.customers = customers;
    this.open = new long[items.length];
    this.compactKeys = new String[items.length];
    this.keys = new String[items.length];
    this.currencies = new CurrencyUnit[items.length];
    this.original = new long[items.length];
    this.tierFrom = new int[items.length + 1];
    DiscountSchedule[] discounts = new DiscountSchedule[items.length];
    int tierCount = 0;
    this.byNumber = new HashMap<>(items.length * 2);
    Map<CustomerId, List<Integer>> grouped = new HashMap<>();
    for (int i = 0; i < items.length; i++) {
      open[i] = items[i].openAmount().minorUnits();
      currencies[i] = items[i].openAmount().currency();
      original[i] = items[i].originalAmount().minorUnits();
      discounts[i] = DiscountSchedule.of(items[i]);
      tierFrom[i] = tierCount;
      tierCount += discounts[i] == null ? 0 : discounts[i].deadlines().length;
      if (byNumber.putIfAbsent(items[i].documentNumber(), i) != null) {
        throw new IllegalArgumentException("Open item " + items[i].documentNumber() + " appears twice");
      }
      grouped.computeIfAbsent(items[i].customerId(), c -> new ArrayList<>()).add(i);
    }
    tierFrom[items.length] = tierCount;
    this.tiers = new long[2 * tierCount];
    for (int i = 0; i < items.length; i++) {
      for (int k = 0; k < tierFrom[i + 1] - tierFrom[i]; k++) {
        tiers[2 * (tierFrom[i] + k)] = discounts[i].deadlines()[k];
        tiers[2 * (tierFrom[i] + k) + 1] = discounts[i].minor()[k];
      }
    }
    this.byCustomer = new HashMap<>(grouped.size() * 2);
    grouped.forEach((customer, list) -> byCustomer.put(customer, list.stream().mapToInt(Integer::intValue).toArray()));
    this.byAmount = orderByAmount(open);
    this.amounts = new long[items.length];
    for (int k = 0; k < byAmount.length; k++) {
      amounts[k] = open[byAmount[k]];
    }
    this.children = new HashMap<>();
    for (Customer customer : customers.values()) {
      customer.parentId().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(customer.id()));
    }
    this.groupIds = new HashMap<>((byCustomer.size() + customers.size()) * 2);
    byCustomer.keySet().forEach(c -> groupIds.putIfAbsent(c, groupIds.size()));
    customers.keySet().forEach(c -> groupIds.putIfAbsent(c, groupIds.size()));
    children.keySet().forEach(c -> groupIds.putIfAbsent(c, groupIds.size()));
    this.ownerGroup = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      ownerGroup[i] = groupIds.get(items[i].customerId());
    }
    this.parentGroup = new int[groupIds.size()];
    Arrays.fill(parentGroup, -1);
    for (Customer customer : customers.values()) {
      customer.parentId().ifPresent(parent -> parentGroup[groupIds.get(customer.id())] = groupIds.get(parent));
    }
  }

  /**
   * Indexes open items and their customers.
   *
   * @param customers the customers (may be empty: then no parent links and no names are known)
   * @param items the open items; items with a zero open amount are left out
   * @return the book
   * @throws IllegalArgumentException if a document number or customer id appears twice
   */
  public static OpenItemBook of(Collection<Customer> customers, Collection<OpenItem> items) {
    Map<CustomerId, Customer> byId = new HashMap<>(customers.size() * 2);
    for (Customer customer : customers) {
      if (byId.putIfAbsent(customer.id(), customer) != null) {
        throw new IllegalArgumentException("Customer " + customer.id() + " appears twice");
      }
    }
    OpenItem[] sorted = items.stream().filter(i -> !i.openAmount().isZero()).sorted(AGE_ORDER).toArray(OpenItem[]::new);
    return new OpenItemBook(sorted, byId);
  }

  /**
   * The ledger's open items and customers as they stand now.
   *
   * @param ledger the ledger
   * @return the book
   */
  public static OpenItemBook of(ReceivablesLedger ledger) {
    LedgerView now = ledger.now();
    List<OpenItem> items = new ArrayList<>();
    for (Customer customer : ledger.customers()) {
      items.addAll(now.openItems(customer.id()));
    }
    return of(ledger.customers(), items);
  }

  /** {@return how many items are open} */
  public int size() {
    return items.length;
  }

  /** {@return the customers, in no particular order} */
  public Collection<Customer> customers() {
    return customers.values();
  }

  /** {@return the open items, oldest first} */
  public List<OpenItem> items() {
    return List.of(items);
  }

  /**
   * An open item.
   *
   * @param number its document number
   * @return the item, empty if it is not open in this book
   */
  public Optional<OpenItem> item(DocumentNumber number) {
    Integer index = byNumber.get(number);
    return index == null ? Optional.empty() : Optional.of(items[index]);
  }

  /**
   * A customer.
   *
   * @param id the customer id
   * @return the customer, empty if the book does not know it
   */
  public Optional<Customer> customer(CustomerId id) {
    return Optional.ofNullable(customers.get(id));
  }

  int indexOf(DocumentNumber number) {
    Integer index = byNumber.get(number);
    if (index == null) {
      return -1;
    }
    BookReads reads = recorder.get();
    if (reads != null) {
      reads.item(index);
    }
    return index;
  }

  /**
   * Runs one decision while recording in {@code reads} every position it is given by this book
   * ({@link #indexOf}, {@link #itemsOfAmount}, {@link #itemsPayableBy}): a decision reads open
   * amounts only at positions it got here, so these are all the open amounts it depends on. Any
   * further method that hands out positions must record them too.
   */
  <T> T recording(BookReads reads, Supplier<T> decision) {
    recorder.set(reads);
    try {
      return decision.get();
    } finally {
      recorder.remove();
    }
  }

  /** {@return how many customers the book numbers for {@link BookReads}} */
  int groups() {
    return parentGroup.length;
  }

  /** {@return the number of the item's owner} */
  int ownerGroup(int index) {
    return ownerGroup[index];
  }

  /**
   * The number of the customer's top parent (its own where it has none), for grouping payments by
   * payer; -1 if the book does not name the customer. A chain of parents deeper than 64, or a cycle,
   * ends there.
   */
  int topGroup(CustomerId customer) {
    Integer group = groupIds.get(customer);
    if (group == null) {
      return -1;
    }
    int g = group;
    for (int depth = 0; depth < 64 && parentGroup[g] >= 0; depth++) {
      g = parentGroup[g];
    }
    return g;
  }

  /** {@return the number of the customer's parent, -1 for none} */
  int parentGroup(int group) {
    return parentGroup[group];
  }

  OpenItem at(int index) {
    return items[index];
  }

  /** {@return the item's document number without separators, as {@link ReferenceKeys#compactKey} gives it} */
  String compactKey(int index) {
    return cached(compactKeys, index, ReferenceKeys::compactKey);
  }

  /** {@return the item's document number as {@link ReferenceKeys#key} gives it: leading zeros of each group dropped} */
  String key(int index) {
    return cached(keys, index, ReferenceKeys::key);
  }

  /** The item's document number as {@code form} writes it, made when first asked for and kept in {@code cache}. */
  private String cached(String[] cache, int index, java.util.function.UnaryOperator<String> form) {
    String key = cache[index];
    if (key == null) {
      key = form.apply(items[index].documentNumber().toString());
      cache[index] = key;
    }
    return key;
  }

  /** Whether the item's open amount is in the currency. */
  boolean inCurrency(int index, CurrencyUnit currency) {
    CurrencyUnit own = currencies[index];
    return own == currency || own.equals(currency);
  }

  /**
   * The cash discount the item's terms earn on its original amount for a payment on a date, in minor
   * units; zero after the last deadline, for terms without a discount and for credit memos.
   */
  long discountOn(int index, LocalDate paymentDate) {
    int from = tierFrom[index];
    int to = tierFrom[index + 1];
    if (from == to) {
      return 0;
    }
    long epochDay = paymentDate.toEpochDay();
    for (int k = from; k < to; k++) {
      if (epochDay <= tiers[2 * k]) {
        return tiers[2 * k + 1];
      }
    }
    return 0;
  }

  /** {@return the item's original amount in minor units} */
  long originalMinor(int index) {
    return original[index];
  }

  /**
   * An item's discount deadlines (epoch days, in tier order) and what paying by each earns, as
   * {@link PaymentTerms#discountFor(Money, LocalDate, LocalDate)} gives it: the first deadline not
   * passed decides, as in {@link PaymentTerms#discountRateOn(LocalDate, LocalDate)}.
   */
  private record DiscountSchedule(long[] deadlines, long[] minor) {

    static DiscountSchedule of(OpenItem item) {
      PaymentTerms terms = item.terms().orElse(null);
      if (item.kind() == ItemKind.CREDIT_MEMO || terms == null || terms.discountTiers().isEmpty()) {
        return null;
      }
      List<DiscountDeadline> tiers = terms.discountDeadlines(item.documentDate());
      long[] deadlines = new long[tiers.size()];
      long[] minor = new long[tiers.size()];
      for (int k = 0; k < deadlines.length; k++) {
        LocalDate deadline = tiers.get(k).deadline();
        deadlines[k] = deadline.toEpochDay();
        // Paid on its own deadline, the tier earns its discount: no earlier tier runs that long, or it would decide.
        minor[k] = terms.discountFor(item.originalAmount(), item.documentDate(), deadline).minorUnits();
      }
      return new DiscountSchedule(deadlines, minor);
    }
  }

  /**
   * Positions ordered by amount, then position. Each (amount, position) is packed into one {@code long},
   * {@code amount * n + position}, and sorted as primitives, five to six times faster than sorting boxed
   * positions for a million items; amounts too large to pack (beyond any receivable) take the boxed sort.
   */
  private static int[] orderByAmount(long[] open) {
    int n = open.length;
    long limit = Long.MAX_VALUE / Math.max(1, n) - 1;
    boolean packable = true;
    for (long amount : open) {
      packable &= amount > -limit && amount < limit;
    }
    if (!packable) {
      return java.util.stream.IntStream.range(0, n).boxed()
          .sorted(java.util.Comparator.comparingLong((Integer i) -> open[i]).thenComparingInt(i -> i))
          .mapToInt(Integer::intValue).toArray();
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = open[i] * n + i;
    }
    java.util.Arrays.sort(keys);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) Math.floorMod(keys[k], (long) n);
    }
    return order;
  }

  /**
   * The book positions of items whose open amount, when the book was made, was {@code minor} minor
   * units (in any currency), in book order; at most {@code limit + 1} of them, so that a caller can
   * tell "more than {@code limit}".
   */
  int[] itemsOfAmount(long minor, int limit) {
    int from = java.util.Arrays.binarySearch(amounts, minor);
    if (from < 0) {
      return NO_ITEMS;
    }
    while (from > 0 && amounts[from - 1] == minor) {
      from--;
    }
    int to = from;
    while (to < amounts.length && amounts[to] == minor && to - from <= limit) {
      to++;
    }
    int[] found = java.util.Arrays.copyOfRange(byAmount, from, to);
    BookReads reads = recorder.get();
    if (reads != null) {
      for (int i : found) {
        reads.item(i);
      }
    }
    return found;
  }

  long[] openAmounts() {
    return open.clone();
  }

  /** The items of a customer and of every customer below it (paying parent), oldest first. */
  int[] itemsPayableBy(CustomerId payer) {
    BookReads reads = recorder.get();
    if (reads != null) {
      Integer group = groupIds.get(payer);
      if (group != null) {
        reads.group(group); // a customer the book does not name has no items
      }
    }
    if (!children.containsKey(payer)) {
      return byCustomer.getOrDefault(payer, NO_ITEMS); // most customers pay only for themselves
    }
    List<CustomerId> group = group(payer);
    int[] merged = group.stream().map(c -> byCustomer.getOrDefault(c, NO_ITEMS)).flatMapToInt(Arrays::stream).toArray();
    Arrays.sort(merged); // indices are in age order already, so sorting indices sorts by age
    return merged;
  }

  /** Whether a payer may settle an owner's items: the same customer, or a parent above it. */
  boolean mayPay(CustomerId payer, CustomerId owner) {
    // Asked for every item of many candidates: no set of visited customers; a chain longer than the
    // customers there are has gone round a cycle, and had the payer been on it, it would have been met.
    CustomerId current = owner;
    for (int steps = 0; current != null && steps <= customers.size(); steps++) {
      if (current.equals(payer)) {
        return true;
      }
      Customer customer = customers.get(current);
      current = customer == null ? null : customer.parentId().orElse(null);
    }
    return false;
  }

  private List<CustomerId> group(CustomerId root) {
    List<CustomerId> group = new ArrayList<>();
    Set<CustomerId> seen = new HashSet<>();
    List<CustomerId> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      CustomerId next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        group.add(next);
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return group;
  }
}
