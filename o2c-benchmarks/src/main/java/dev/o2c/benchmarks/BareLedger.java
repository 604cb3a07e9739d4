package dev.o2c.benchmarks;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline for the ledger scale benchmark: the least a correct receivables sub-ledger must do for
 * these four commands, written directly on {@link HashMap}s and primitive arrays. It refuses duplicate
 * and unknown ids, a currency mismatch, an application beyond the payment's unapplied money or the
 * item's open amount; keeps each item's open amount, each payment's unapplied money, each customer's
 * open items, and a journal of two lines per command in primitive columns (amount, account and side,
 * reference number, epoch day), which is what as-of answers need. No customers' details, no item or
 * payment values, no postings handed back, no log.
 */
final class BareLedger {
  private static final int RECEIVABLES = 0;
  private static final int SALES = 1;
  private static final int CASH = 2;
  private static final int UNAPPLIED = 3;

  static final class Item {
    final int ref;
    final CustomerId customer;
    long open;

    Item(int ref, CustomerId customer, long open) {
      this.ref = ref;
      this.customer = customer;
      this.open = open;
    }
  }

  static final class Cash {
    final int ref;
    long unapplied;

    Cash(int ref, long unapplied) {
      this.ref = ref;
      this.unapplied = unapplied;
    }
  }

  private final Set<CustomerId> customers = new java.util.HashSet<>();
  private final Map<DocumentNumber, Item> items = new HashMap<>();
  private final Map<PaymentId, Cash> payments = new HashMap<>();
  private final Map<CustomerId, Set<Item>> openByCustomer = new HashMap<>();
  private int refs;
  private long[] amounts = new long[1024];
  private int[] accounts = new int[1024];
  private int[] references = new int[1024];
  private int[] days = new int[1024];
  private int lines;

  /** Posts one of the four kinds of command the scale workload uses. */
  void post(LedgerCommand command) {
    if (command instanceof RegisterCustomers r) {
      post(r);
    } else if (command instanceof PostItem p) {
      post(p);
    } else if (command instanceof ReceivePayment p) {
      post(p);
    } else if (command instanceof ApplyPayment a) {
      post(a);
    } else {
      throw new IllegalArgumentException("the baseline does not take " + command.operation());
    }
  }

  void post(RegisterCustomers command) {
    command.customers().forEach(c -> {
      if (!customers.add(c.id())) {
        throw new IllegalArgumentException("duplicate customer " + c.id());
      }
    });
  }

  void post(PostItem command) {
    OpenItem item = command.item();
    if (!customers.contains(item.customerId())) {
      throw new IllegalArgumentException("unknown customer " + item.customerId());
    }
    if (items.containsKey(item.documentNumber())) {
      throw new IllegalArgumentException("duplicate item " + item.documentNumber());
    }
    long amount = item.originalAmount().minorUnits();
    Item record = new Item(refs++, item.customerId(), amount);
    items.put(item.documentNumber(), record);
    openByCustomer.computeIfAbsent(item.customerId(), k -> new LinkedHashSet<>()).add(record);
    int day = (int) item.documentDate().toEpochDay();
    line(amount, RECEIVABLES * 2, record.ref, day);
    line(-amount, SALES * 2 + 1, record.ref, day);
  }

  void post(ReceivePayment command) {
    Payment payment = command.payment();
    if (payments.containsKey(payment.id())) {
      throw new IllegalArgumentException("duplicate payment " + payment.id());
    }
    long amount = payment.amount().minorUnits();
    Cash record = new Cash(refs++, amount);
    payments.put(payment.id(), record);
    int day = (int) payment.valueDate().toEpochDay();
    line(amount, CASH * 2, record.ref, day);
    line(-amount, UNAPPLIED * 2 + 1, record.ref, day);
  }

  void post(ApplyPayment command) {
    Cash cash = payments.get(command.payment());
    Item item = items.get(command.item());
    if (cash == null || item == null) {
      throw new IllegalArgumentException("unknown payment or item in " + command);
    }
    if (!command.applied().currency().getCurrencyCode().equals("EUR")) {
      throw new IllegalArgumentException("currency mismatch in " + command);
    }
    long amount = command.applied().minorUnits();
    if (amount <= 0 || amount > cash.unapplied || amount > item.open) {
      throw new IllegalArgumentException("cannot apply " + command);
    }
    cash.unapplied -= amount;
    item.open -= amount;
    if (item.open == 0) {
      Set<Item> open = openByCustomer.get(item.customer);
      open.remove(item);
      if (open.isEmpty()) {
        openByCustomer.remove(item.customer);
      }
    }
    int day = (int) command.date().toEpochDay();
    line(amount, UNAPPLIED * 2, cash.ref, day);
    line(-amount, RECEIVABLES * 2 + 1, item.ref, day);
  }

  private void line(long amount, int account, int reference, int day) {
    if (lines == amounts.length) {
      int n = lines * 2;
      amounts = Arrays.copyOf(amounts, n);
      accounts = Arrays.copyOf(accounts, n);
      references = Arrays.copyOf(references, n);
      days = Arrays.copyOf(days, n);
    }
    amounts[lines] = amount;
    accounts[lines] = account;
    references[lines] = reference;
    days[lines] = day;
    lines++;
  }

  /** Open receivables now, for the cross-check against the ledger. */
  long receivables() {
    long sum = 0;
    for (Set<Item> open : openByCustomer.values()) {
      for (Item item : open) {
        sum += item.open;
      }
    }
    return sum;
  }

  int journalLines() {
    return lines;
  }
}
