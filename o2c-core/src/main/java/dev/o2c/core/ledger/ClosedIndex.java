package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per customer, the records (items or payments) that held money and no longer do, with the day they
 * stopped. Something held money at the end of a past day only if it holds money now or stopped after
 * that day, because nothing is posted on a record dated before its last operation. So the as-of
 * queries look at what is open now plus what closed after the day, not at the customer's whole history.
 *
 * <p>Entries are kept in the order closed, in columns (closing day as a {@link Days} number, record),
 * about 8 bytes each. Every block of 64 entries, and every run of 64 blocks, keeps the latest closing day and the earliest
 * starting day in it, so a query skips blocks that closed by the day or all started after it: a
 * customer with a million closed records and a query on a recent day reads a few hundred summaries
 * and the entries that closed after the day. A record that holds money again is blanked out where it
 * is ({@link Closable#closedSlot()}); the summaries stay as they were, which only costs a look.
 *
 * @param <R> the record type
 */
final class ClosedIndex<R extends ClosedIndex.Closable> {
  private static final int BLOCK = 64;

  /** A record that can be in the index: it remembers its slot there, -1 when not in it. */
  interface Closable {
    int closedSlot();

    void closedSlot(int slot);
  }

  private static final class Entries {
    /** The closing day, a {@link Days} number. */
    int[] closedOn = new int[4];
    Closable[] records = new Closable[4];
    int size;
    /** Per block and per run of blocks: the latest closing day and the earliest start. */
    long[] blockLatest = new long[1];
    long[] blockEarliest = new long[1];
    long[] runLatest = new long[1];
    long[] runEarliest = new long[1];

    void add(int closedDay, long closed, long start, Closable record) {
      if (size == records.length) {
        int n = size + (size >> 1);
        closedOn = Arrays.copyOf(closedOn, n);
        records = Arrays.copyOf(records, n);
      }
      int block = size / BLOCK;
      int run = block / BLOCK;
      if (size % BLOCK == 0) {
        blockLatest = room(blockLatest, block, Long.MIN_VALUE);
        blockEarliest = room(blockEarliest, block, Long.MAX_VALUE);
        if (block % BLOCK == 0) {
          runLatest = room(runLatest, run, Long.MIN_VALUE);
          runEarliest = room(runEarliest, run, Long.MAX_VALUE);
        }
      }
      blockLatest[block] = Math.max(blockLatest[block], closed);
      blockEarliest[block] = Math.min(blockEarliest[block], start);
      runLatest[run] = Math.max(runLatest[run], closed);
      runEarliest[run] = Math.min(runEarliest[run], start);
      closedOn[size] = closedDay;
      records[size] = record;
      record.closedSlot(size);
      size++;
    }

    private static long[] room(long[] a, int i, long initial) {
      long[] result = i < a.length ? a : Arrays.copyOf(a, Math.max(i + 1, a.length * 2));
      result[i] = initial;
      return result;
    }
  }

  private final Map<CustomerId, Entries> byCustomer = new HashMap<>();
  private final Days days;

  /** An index with days of its own. */
  ClosedIndex() {
    this(new Days());
  }

  /** An index numbering closing days in the ledger's {@link Days}. */
  ClosedIndex(Days days) {
    this.days = days;
  }

  /**
   * Records that a record stopped holding money.
   *
   * @param customer whose record it is
   * @param closedOn the day of the posting that left it holding nothing
   * @param startedOn no line of the record is dated before this day
   * @param record the record, not in the index
   */
  void closed(CustomerId customer, LocalDate closedOn, LocalDate startedOn, R record) {
    if (record.closedSlot() >= 0) {
      throw new IllegalStateException("BUG: " + record + " is closed already");
    }
    byCustomer.computeIfAbsent(customer, k -> new Entries())
        .add(days.add(closedOn), closedOn.toEpochDay(), startedOn.toEpochDay(), record);
  }

  /**
   * Takes out a record that holds money again.
   *
   * @param customer whose record it is
   * @param record the record, in the index
   */
  void reopened(CustomerId customer, R record) {
    Entries entries = byCustomer.get(customer);
    int slot = record.closedSlot();
    if (entries == null || slot < 0 || slot >= entries.size || entries.records[slot] != record) {
      throw new IllegalStateException("BUG: " + record + " is not closed for " + customer);
    }
    entries.records[slot] = null;
    record.closedSlot(-1);
  }

  /**
   * Hands on the customer's records that closed after a day: every closed record that could have
   * held money at the end of the day, and possibly some that started after it.
   *
   * @param customer the customer
   * @param asOf the day
   * @param consumer receives the records
   */
  @SuppressWarnings("unchecked")
  void closedAfter(CustomerId customer, LocalDate asOf, Consumer<R> consumer) {
    Entries e = byCustomer.get(customer);
    if (e == null) {
      return;
    }
    long day = asOf.toEpochDay();
    int blocks = (e.size + BLOCK - 1) / BLOCK;
    for (int run = 0; run * BLOCK < blocks; run++) {
      if (e.runLatest[run] <= day || e.runEarliest[run] > day) {
        continue;
      }
      for (int block = run * BLOCK; block < Math.min(blocks, (run + 1) * BLOCK); block++) {
        if (e.blockLatest[block] <= day || e.blockEarliest[block] > day) {
          continue;
        }
        for (int i = block * BLOCK; i < Math.min(e.size, (block + 1) * BLOCK); i++) {
          if (e.records[i] != null && days.epochDay(e.closedOn[i]) > day) {
            consumer.accept((R) e.records[i]);
          }
        }
      }
    }
  }
}
