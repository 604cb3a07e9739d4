package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * The journal: every line in posting order, indexed by sub-ledger reference for the as-of queries.
 *
 * <p>Lines are kept in columns of primitives (signed amount, day number, a code of account,
 * currency and whether the line names a customer, reference number, the previous line of the same
 * reference), 24 bytes a line, and made into {@link JournalLine}s only when read. References are
 * numbered in the ledger's shared {@link References}, days in its {@link Days}; a line's customer is
 * its reference's. A {@code JournalLine} with its {@code Money}, {@code LocalDate} and {@code
 * Optional} costs about five times that, for every line ever posted.
 */
final class Journal {
  private static final AccountRole[] ACCOUNTS = AccountRole.values();
  private static final int ACCOUNT = 0x7F;
  /** Set in a line's code when the line names a customer: its reference's, unless {@link #otherCustomers} says otherwise. */
  private static final int HAS_CUSTOMER = 0x80;

  private long[] amounts = new long[256];
  /** The line's day, a {@link Days} number. */
  private int[] days = new int[256];
  /** Account ordinal in the low seven bits, {@link #HAS_CUSTOMER}, currency number above them. */
  private int[] codes = new int[256];
  private int[] references = new int[256];
  /** The line before this one with the same reference, -1 for the first. */
  private int[] previous = new int[256];
  private int size;

  /** Postings with lines as runs: the first line of each run. */
  private int[] runStarts = new int[64];
  private int runs;
  /**
   * Run {@code r}'s posting number is {@code r} plus the shift of the last entry here at or before
   * {@code r}. Most postings have lines, so the shift changes only after the few that have none
   * (registrations, period closes, deduction reviews) and a number per run is not needed.
   */
  private int[] shiftFrom = new int[8];
  private long[] shifts = new long[8];
  private int shiftCount;
  private long lastPosting;

  private final References referenceIds;
  private final Days dayNumbers;
  /** The last line of each reference number, -1 for none. */
  private int[] lastOfReference = new int[0];
  /**
   * The customer number of each reference's first line that names one, -1 for none. A document,
   * payment or deduction belongs to one customer, so the lines need not repeat it; a line naming
   * another is filed in {@link #otherCustomers}.
   */
  private int[] customerOfReference = new int[0];
  private final Map<Integer, Integer> otherCustomers = new HashMap<>();
  private final IdTable<CustomerId> customerIds = new IdTable<>();
  private final IdTable<CurrencyUnit> currencies;

  private final NavigableSet<LocalDate> dates = new TreeSet<>();
  /** Net movement per account, currency and day, so whole-account balances as of a day cost the days, not the lines. */
  private final Map<AccountRole, Map<CurrencyUnit, TreeMap<LocalDate, long[]>>> daily = new EnumMap<>(AccountRole.class);
  private final List<JournalLine> view = new LinesView();

  Journal(References references, Days days, IdTable<CurrencyUnit> currencies) {
    this.referenceIds = references;
    this.dayNumbers = days;
    this.currencies = currencies;
  }

  void add(List<JournalLine> posted) {
    if (posted.isEmpty()) {
      return;
    }
    long posting = posted.get(0).posting();
    if (runs > 0 && lastPosting >= posting) {
      throw new IllegalStateException("BUG: posting " + posting + " added after " + lastPosting);
    }
    if (runs == runStarts.length) {
      runStarts = Arrays.copyOf(runStarts, runs + (runs >> 1));
    }
    if (shiftCount == 0 || runs + shifts[shiftCount - 1] != posting) {
      if (shiftCount == shiftFrom.length) {
        shiftFrom = Arrays.copyOf(shiftFrom, shiftCount * 2);
        shifts = Arrays.copyOf(shifts, shiftCount * 2);
      }
      shiftFrom[shiftCount] = runs;
      shifts[shiftCount++] = posting - runs;
    }
    runStarts[runs] = size;
    runs++;
    lastPosting = posting;
    for (JournalLine line : posted) {
      if (line.posting() != posting) {
        throw new IllegalStateException("BUG: lines of postings " + posting + " and " + line.posting() + " added as one");
      }
      add(line);
    }
  }

  private void add(JournalLine line) {
    if (size == amounts.length) {
      int n = size + (size >> 1);
      amounts = Arrays.copyOf(amounts, n);
      days = Arrays.copyOf(days, n);
      codes = Arrays.copyOf(codes, n);
      references = Arrays.copyOf(references, n);
      previous = Arrays.copyOf(previous, n);
    }
    long signed = line.signedAmount().minorUnits();
    CurrencyUnit currency = line.amount().currency();
    int reference = referenceIds.add(line.reference());
    if (reference >= lastOfReference.length) {
      int old = lastOfReference.length;
      lastOfReference = Arrays.copyOf(lastOfReference, Math.max(reference + 1, Math.max(256, old + (old >> 1))));
      Arrays.fill(lastOfReference, old, lastOfReference.length, -1);
      customerOfReference = Arrays.copyOf(customerOfReference, lastOfReference.length);
      Arrays.fill(customerOfReference, old, customerOfReference.length, -1);
    }
    amounts[size] = signed;
    days[size] = dayNumbers.add(line.date());
    int customer = line.customer().map(customerIds::add).orElse(-1);
    codes[size] = line.account().ordinal() | (customer < 0 ? 0 : HAS_CUSTOMER) | currencies.add(currency) << 8;
    if (customer >= 0) {
      if (customerOfReference[reference] < 0) {
        customerOfReference[reference] = customer;
      } else if (customerOfReference[reference] != customer) {
        otherCustomers.put(size, customer);
      }
    }
    references[size] = reference;
    previous[size] = lastOfReference[reference];
    lastOfReference[reference] = size;
    size++;
    dates.add(line.date());
    long[] day = daily.computeIfAbsent(line.account(), k -> new HashMap<>())
        .computeIfAbsent(currency, k -> new TreeMap<>())
        .computeIfAbsent(line.date(), k -> new long[1]);
    day[0] = Math.addExact(day[0], signed);
  }

  List<JournalLine> lines() {
    return view;
  }

  int size() {
    return size;
  }

  /** The days on which lines were posted, in order. */
  List<LocalDate> dates() {
    return List.copyOf(dates);
  }

  /** Signed sum (debits positive) of all lines on an account up to the end of a day. */
  MoneyTotals total(AccountRole account, LocalDate asOf) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    daily.getOrDefault(account, Map.of()).forEach((currency, days) ->
        days.headMap(asOf, true).values().forEach(d -> sum.add(currency, d[0])));
    return sum.total();
  }

  /** Signed sum (debits positive) of one reference's lines on one account up to the end of a day. */
  long sum(TextId reference, AccountRole account, LocalDate asOf) {
    return sum(referenceIds.find(reference), account, asOf);
  }

  /** As {@link #sum(TextId, AccountRole, LocalDate)}, for a {@link References} number (-1 for none). */
  long sum(int number, AccountRole account, LocalDate asOf) {
    if (number < 0 || number >= lastOfReference.length) {
      return 0;
    }
    long day = asOf.toEpochDay();
    long total = 0;
    for (int i = lastOfReference[number]; i >= 0; i = previous[i]) {
      if ((codes[i] & ACCOUNT) == account.ordinal() && dayNumbers.epochDay(days[i]) <= day) {
        total = Math.addExact(total, amounts[i]);
      }
    }
    return total;
  }

  /** Makes line {@code i} into a value. */
  JournalLine line(int i) {
    Objects.checkIndex(i, size);
    int run = Arrays.binarySearch(runStarts, 0, runs, i);
    if (run < 0) {
      run = -run - 2;
    }
    long signed = amounts[i];
    CurrencyUnit currency = currencies.get(codes[i] >>> 8);
    int customer = (codes[i] & HAS_CUSTOMER) == 0 ? -1
        : otherCustomers.isEmpty() ? customerOfReference[references[i]]
        : otherCustomers.getOrDefault(i, customerOfReference[references[i]]);
    int shift = Arrays.binarySearch(shiftFrom, 0, shiftCount, run);
    long posting = run + shifts[shift < 0 ? -shift - 2 : shift];
    return new JournalLine(posting, dayNumbers.get(days[i]), ACCOUNTS[codes[i] & ACCOUNT],
        signed >= 0 ? Side.DEBIT : Side.CREDIT, Money.ofMinor(currency, Math.abs(signed)),
        referenceIds.get(references[i]),
        customer < 0 ? Optional.empty() : Optional.of(customerIds.get(customer)));
  }

  /** The lines as a read-only list that grows as lines are added. */
  private final class LinesView extends AbstractList<JournalLine> implements RandomAccess {
    @Override
    public JournalLine get(int index) {
      return line(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
