package dev.o2c.aging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ages a {@link ColumnarBook} in one pass over its arrays, in parallel: the items are cut into chunks
 * that a few workers claim one after the other, each adding into accumulators of its own (no sharing,
 * no locks), and the accumulators are added up at the end. The result is exactly the report {@link
 * Aging} gives for the same items (the same rows, sums and item counts).
 *
 * <pre>{@code
 * AgingReport<CustomerId> report = ColumnarAging.age(book, LocalDate.of(2026, 6, 30), AgingBuckets.STANDARD);
 * }</pre>
 *
 * <p>Sums are exact: when the book's largest amount times its size could overflow a {@code long}, the
 * pass checks every addition (slower) and throws {@link ArithmeticException} on overflow.
 */
public final class ColumnarAging {

  /** Items per chunk a worker claims: big enough to amortise the claim, small enough to balance. */
  static final int CHUNK = 1 << 16;

  /** Widest span of ages for which a bucket is looked up in a table instead of compared. */
  private static final int MAX_TABLE = 1 << 16;

  private ColumnarAging() {}

  /**
   * Ages the book on as many workers as the machine has processors (the calling thread and the
   * common fork-join pool).
   *
   * @param <K> the group key's type
   * @param book the book
   * @param asOf the day to age it as of
   * @param buckets the bucket set
   * @return one row per group with anything open, in the book's currency
   * @throws IllegalArgumentException if the as-of day is too far from 1970 for {@code int} epoch days
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public static <K> AgingReport<K> age(ColumnarBook<K> book, LocalDate asOf, AgingBuckets buckets) {
    return age(book, asOf, buckets, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Ages the book on a given number of workers: the calling thread and {@code workers − 1} tasks in the
   * common fork-join pool ({@code 1} runs on the calling thread alone).
   *
   * @param <K> the group key's type
   * @param book the book
   * @param asOf the day to age it as of
   * @param buckets the bucket set
   * @param workers how many workers, at least 1
   * @return one row per group with anything open, in the book's currency
   * @throws IllegalArgumentException if {@code workers} is below 1, or the as-of day is too far from
   *     1970 for {@code int} epoch days
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public static <K> AgingReport<K> age(ColumnarBook<K> book, LocalDate asOf, AgingBuckets buckets, int workers) {
    return age(book, asOf, buckets, workers, CHUNK);
  }

  /** As {@link #age(ColumnarBook, LocalDate, AgingBuckets, int)}, with the chunk size given (tests cut small books finely). */
  static <K> AgingReport<K> age(ColumnarBook<K> book, LocalDate asOf, AgingBuckets buckets, int workers, int chunk) {
    Pass pass = pass(book, asOf, buckets, workers, chunk);
    Accumulator total = inParallel(pass, workers, pass::work, (a, b) -> a.add(b, pass.checked));
    if (total == null) {
      total = new Accumulator(0, 0);
    }
    return AgingReport.ofColumns(asOf, book.basis(), buckets, book.currency(), book.keys(), total.debits, total.credits);
  }

  /** Checks the arguments of a pass and prepares it. */
  private static Pass pass(ColumnarBook<?> book, LocalDate asOf, AgingBuckets buckets, int workers, int chunk) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(buckets, "buckets");
    if (workers < 1) {
      throw new IllegalArgumentException("workers " + workers + " is below 1");
    }
    long day = asOf.toEpochDay();
    if (day != (int) day) {
      throw new IllegalArgumentException("as-of day " + asOf + " is out of range");
    }
    return new Pass(book, (int) day, buckets, chunk);
  }

  /** What one worker does: claim chunks from the counter until none is left; null if it got none. */
  private interface Worker<T> {
    T work(AtomicInteger next, int chunks);
  }

  /**
   * Runs the calling thread and {@code workers − 1} tasks of the common pool over the pass's chunks
   * and merges their results; null when the book is empty.
   */
  private static <T> T inParallel(Pass pass, int workers, Worker<T> worker, java.util.function.BinaryOperator<T> merge) {
    int chunks = (int) (((long) pass.size + pass.chunk - 1) / pass.chunk);
    int used = Math.max(1, Math.min(workers, chunks));
    AtomicInteger next = new AtomicInteger();
    List<ForkJoinTask<T>> forked = new ArrayList<>(used - 1);
    for (int w = 1; w < used; w++) {
      forked.add(ForkJoinPool.commonPool().submit(() -> worker.work(next, chunks)));
    }
    T total = worker.work(next, chunks);
    for (ForkJoinTask<T> task : forked) {
      T partial = task.join();
      if (partial != null) {
        total = total == null ? partial : merge.apply(total, partial);
      }
    }
    return total;
  }

  /**
   * The net open amount per group and bucket, nothing else: the aggregation of the CLI's aging CSV and
   * of a SQL {@code GROUP BY} over the book, without building report rows. Parallel like {@link #age},
   * and equal to its rows' {@link AgingRow#net(int)} (property-checked).
   *
   * @param <K> the group key's type
   * @param book the book
   * @param asOf the day to age it as of
   * @param buckets the bucket set
   * @param workers how many workers, at least 1
   * @return {@code net[group * buckets.size() + bucket]} in minor units of the book's currency, groups
   *     in the order of {@link ColumnarBook#keys()}
   * @throws IllegalArgumentException if {@code workers} is below 1, or the as-of day is too far from
   *     1970 for {@code int} epoch days
   * @throws ArithmeticException if a sum does not fit in a {@code long} of minor units
   */
  public static <K> long[] netSums(ColumnarBook<K> book, LocalDate asOf, AgingBuckets buckets, int workers) {
    Pass pass = pass(book, asOf, buckets, workers, CHUNK);
    long[] total = inParallel(pass, workers, pass::workNet, (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        a[i] = pass.checked ? Math.addExact(a[i], b[i]) : a[i] + b[i];
      }
      return a;
    });
    return total == null ? new long[book.keys().size() * buckets.size()] : total;
  }

  /**
   * One worker's sums, kept compact so that the cells items hit at random stay in cache: per group the
   * debits per bucket and then the item count ({@code group * (n + 1)}, one line or two of cache), and
   * the credits per bucket in an array of their own ({@code group * n}; credit memos are rare, so it
   * is seldom touched).
   */
  private static final class Accumulator {
    final long[] debits;
    final long[] credits;

    Accumulator(int groups, int buckets) {
      debits = new long[groups * (buckets + 1)];
      credits = new long[groups * buckets];
    }

    Accumulator add(Accumulator other, boolean checked) {
      for (int i = 0; i < debits.length; i++) {
        debits[i] = checked ? Math.addExact(debits[i], other.debits[i]) : debits[i] + other.debits[i];
      }
      for (int i = 0; i < credits.length; i++) {
        credits[i] = checked ? Math.addExact(credits[i], other.credits[i]) : credits[i] + other.credits[i];
      }
      return this;
    }
  }

  /** One aging pass: the columns and the bucket lookup. */
  private static final class Pass {
    final long[] amounts;
    final int[] days;
    final int[] groups;
    final int size;
    final int asOfDay;
    final AgingBuckets buckets;
    final int n;
    final int groupCount;
    final int lowest;
    final int highest;
    /** The bucket of every age from {@code lowest} to {@code highest}; null when that span is too wide. */
    final byte[] table;
    /** Sums could overflow, or ages overflow an int: every step is checked. */
    final boolean checked;
    final int chunk;

    Pass(ColumnarBook<?> book, int asOfDay, AgingBuckets buckets, int chunk) {
      this.chunk = chunk;
      this.amounts = book.amounts();
      this.days = book.days();
      this.groups = book.groups();
      this.size = amounts.length;
      this.asOfDay = asOfDay;
      this.buckets = buckets;
      this.n = buckets.size();
      this.groupCount = book.keys().size();
      if ((long) groupCount * n > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(groupCount + " groups with " + n + " buckets are too many for one pass");
      }
      int[] upper = buckets.upperBounds();
      this.lowest = upper[0];
      this.highest = upper[upper.length - 1] + 1;
      long span = (long) highest - lowest + 1;
      if (span <= MAX_TABLE && n <= Byte.MAX_VALUE) {
        table = new byte[(int) span];
        for (int a = lowest; a <= highest; a++) {
          table[a - lowest] = (byte) buckets.bucketOf(a);
        }
      } else {
        table = null;
      }
      long largest = book.largestAmount();
      boolean agesFit = size == 0 || ((long) asOfDay - book.earliestDay() <= Integer.MAX_VALUE
          && (long) asOfDay - book.latestDay() >= Integer.MIN_VALUE);
      this.checked = (largest > 0 && size > Long.MAX_VALUE / largest) || !agesFit || table == null;
    }

    /** Claims chunks until none is left; returns this worker's sums, or null if it got no chunk. */
    Accumulator work(AtomicInteger next, int chunks) {
      Accumulator acc = null;
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        if (acc == null) {
          acc = new Accumulator(groupCount, n);
        }
        int from = (int) ((long) c * chunk);
        int to = (int) Math.min(size, (long) from + chunk);
        if (checked) {
          rangeChecked(acc, from, to);
        } else {
          range(acc.debits, acc.credits, from, to);
        }
      }
      return acc;
    }

    /** Claims chunks until none is left; returns this worker's net sums, or null if it got no chunk. */
    long[] workNet(AtomicInteger next, int chunks) {
      long[] net = null;
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        if (net == null) {
          net = new long[groupCount * n];
        }
        int from = (int) ((long) c * chunk);
        int to = (int) Math.min(size, (long) from + chunk);
        if (checked) {
          for (int i = from; i < to; i++) {
            int cell = groups[i] * n + buckets.bucketOf((long) asOfDay - days[i]);
            net[cell] = Math.addExact(net[cell], amounts[i]);
          }
        } else {
          rangeNet(net, from, to);
        }
      }
      return net;
    }

    /** The net hot loop: one clamped table lookup and one addition per item. */
    private void rangeNet(long[] net, int from, int to) {
      final long[] amounts = this.amounts;
      final int[] days = this.days;
      final int[] groups = this.groups;
      final byte[] table = this.table;
      final int lowest = this.lowest;
      final int highest = this.highest;
      final int asOf = this.asOfDay;
      final int n = this.n;
      for (int i = from; i < to; i++) {
        int age = Math.max(lowest, Math.min(highest, asOf - days[i]));
        net[groups[i] * n + table[age - lowest]] += amounts[i];
      }
    }

    /**
     * The hot loop. The age is clamped into the table's span with int min/max (compiled to conditional
     * moves, not branches: due dates come in random order); a zero amount (a cleared item) adds
     * nothing and is not counted.
     */
    private void range(long[] debits, long[] credits, int from, int to) {
      final long[] amounts = this.amounts;
      final int[] days = this.days;
      final int[] groups = this.groups;
      final byte[] table = this.table;
      final int lowest = this.lowest;
      final int highest = this.highest;
      final int asOf = this.asOfDay;
      final int n = this.n;
      final int stride = n + 1;
      for (int i = from; i < to; i++) {
        long amount = amounts[i];
        int age = Math.max(lowest, Math.min(highest, asOf - days[i]));
        int group = groups[i];
        int bucket = table[age - lowest];
        int row = group * stride;
        if (amount >= 0) {
          debits[row + bucket] += amount;
        } else {
          credits[group * n + bucket] += amount;
        }
        debits[row + n] += (amount | -amount) >>> 63;
      }
    }

    /** The same pass with every addition checked for overflow, and buckets found by comparison. */
    private void rangeChecked(Accumulator acc, int from, int to) {
      for (int i = from; i < to; i++) {
        long amount = amounts[i];
        if (amount == 0) {
          continue;
        }
        int group = groups[i];
        int bucket = buckets.bucketOf((long) asOfDay - days[i]);
        if (amount > 0) {
          int cell = group * (n + 1) + bucket;
          acc.debits[cell] = Math.addExact(acc.debits[cell], amount);
        } else {
          int cell = group * n + bucket;
          acc.credits[cell] = Math.addExact(acc.credits[cell], amount);
        }
        acc.debits[group * (n + 1) + n]++;
      }
    }
  }
}
