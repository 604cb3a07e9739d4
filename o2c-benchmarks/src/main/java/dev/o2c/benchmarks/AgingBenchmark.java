package dev.o2c.benchmarks;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingBasis;
import dev.o2c.aging.AgingBuckets;
import dev.o2c.aging.AgingReport;
import dev.o2c.aging.AgingRow;
import dev.o2c.aging.ColumnarAging;
import dev.o2c.aging.ColumnarBook;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Aging at scale against DuckDB: {@code items} open items (default 10,000,000) of {@code customers}
 * customers (50,000) in one currency, aged by due date into the default buckets (current, 1-30, 31-60,
 * 61-90, 91-120, 121+) per customer, in the same JVM on the same data generated once from a fixed seed:
 * <ul>
 *   <li>{@code columnar}: {@link ColumnarAging} over the primitive arrays, on all cores, into an
 *       {@link AgingReport} (rows, debits and credits apart, item counts), every row's net per bucket
 *       read back; {@code columnar-1} the same on one thread;</li>
 *   <li>{@code loop}: a plain single-threaded loop over the same arrays, an if-chain for the bucket and
 *       a {@code long[customers * 6]} of net sums, what a developer would write first;</li>
 *   <li>{@code duckdb}: DuckDB in memory (all cores), the table loaded through {@link DuckDBAppender}
 *       before timing, the aggregate with {@code FILTER} clauses over integer columns (amount in minor
 *       units as BIGINT, due date as INTEGER epoch day: its fastest formulation here), every result
 *       row read back over JDBC; {@code duckdb-case} the same with {@code sum(CASE ...)};</li>
 *   <li>{@code bare-sum-1}/{@code bare-sum-N}: a bare sequential sum over the same three arrays, on one
 *       thread and on all cores: the memory-bandwidth proxy, no work can read the arrays faster.</li>
 * </ul>
 * Every round runs every side once, in a rotating order; the ratios are of wall times (the sides use
 * several threads) within a round, reported as median, min and max, and again by the process's CPU
 * time (all its threads), which shows the work done when other processes hold the cores. Before timing, the benchmark
 * checks that every side gives the same net amount per customer and bucket. Then it times the object
 * API ({@link Aging#byCustomer} over {@link OpenItem}s) on {@code objectItems} items (default
 * 1,000,000; ten million objects do not fit a small heap).
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.AgingBenchmark \
 *   10000000 50000 15 1000000
 * }</pre>
 */
public final class AgingBenchmark {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final int BUCKETS = 6;

  private final int items;
  private final int customers;
  private final long[] amounts;
  private final int[] due;
  private final int[] customer;
  private final ColumnarBook<CustomerId> book;
  private final int asOf = (int) AS_OF.toEpochDay();

  private AgingBenchmark(int items, int customers) {
    this.items = items;
    this.customers = customers;
    SplittableRandom random = new SplittableRandom(20261202L);
    amounts = new long[items];
    due = new int[items];
    customer = new int[items];
    for (int i = 0; i < items; i++) {
      // Invoices of 1.00 to 10,000.00, one in twenty a credit memo; due from 60 days ahead to 240 days ago.
      long amount = 100 + random.nextLong(1_000_000);
      amounts[i] = random.nextInt(20) == 0 ? -amount : amount;
      due[i] = asOf + 60 - random.nextInt(300);
      customer[i] = random.nextInt(customers);
    }
    List<CustomerId> keys = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      keys.add(CustomerId.of(String.format("C%06d", c)));
    }
    book = ColumnarBook.wrap(EUR, AgingBasis.DUE_DATE, amounts, due, customer, keys);
  }

  /**
   * Runs the benchmark.
   *
   * @param args items (default 10,000,000), customers (50,000), measured rounds (15), items for the
   *     object API (1,000,000)
   * @throws Exception if DuckDB fails
   */
  public static void main(String... args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int objectItems = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("AgingBenchmark: %,d items, %,d customers, %d rounds; JDK %s, heap %d MB, %d cores,"
            + " common pool parallelism %d%n", items, customers, rounds, System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, cores, ForkJoinPool.commonPool().getParallelism());
    AgingBenchmark bench = new AgingBenchmark(items, customers);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      long load = System.nanoTime();
      bench.load((DuckDBConnection) connection);
      System.out.printf("DuckDB %s: %,d rows appended in %.1f s (before timing)%n",
          connection.getMetaData().getDatabaseProductVersion(), items, (System.nanoTime() - load) / 1e9);
      bench.run(connection, rounds, cores);
    }
    bench.objectApi(objectItems);
  }

  private void load(DuckDBConnection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE items (customer INTEGER, due INTEGER, amount BIGINT)");
    }
    try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "items")) {
      for (int i = 0; i < items; i++) {
        appender.beginRow().append(customer[i]).append(due[i]).append(amounts[i]).endRow();
      }
    }
  }

  private static final String FILTER = "SELECT customer,"
      + " coalesce(sum(amount) FILTER (WHERE due >= ?), 0),"
      + " coalesce(sum(amount) FILTER (WHERE due < ? AND due >= ? - 30), 0),"
      + " coalesce(sum(amount) FILTER (WHERE due < ? - 30 AND due >= ? - 60), 0),"
      + " coalesce(sum(amount) FILTER (WHERE due < ? - 60 AND due >= ? - 90), 0),"
      + " coalesce(sum(amount) FILTER (WHERE due < ? - 90 AND due >= ? - 120), 0),"
      + " coalesce(sum(amount) FILTER (WHERE due < ? - 120), 0)"
      + " FROM items GROUP BY customer";

  private static final String CASE = "SELECT customer,"
      + " sum(CASE WHEN due >= ? THEN amount ELSE 0 END),"
      + " sum(CASE WHEN due < ? AND due >= ? - 30 THEN amount ELSE 0 END),"
      + " sum(CASE WHEN due < ? - 30 AND due >= ? - 60 THEN amount ELSE 0 END),"
      + " sum(CASE WHEN due < ? - 60 AND due >= ? - 90 THEN amount ELSE 0 END),"
      + " sum(CASE WHEN due < ? - 90 AND due >= ? - 120 THEN amount ELSE 0 END),"
      + " sum(CASE WHEN due < ? - 120 THEN amount ELSE 0 END)"
      + " FROM items GROUP BY customer";

  /** Net per customer and bucket, {@code customer * 6 + bucket}. */
  private long[] duckdb(PreparedStatement query) throws SQLException {
    for (int p = 1; p <= 10; p++) {
      query.setInt(p, asOf);
    }
    long[] net = new long[customers * BUCKETS];
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int c = rows.getInt(1);
        for (int b = 0; b < BUCKETS; b++) {
          net[c * BUCKETS + b] = rows.getLong(2 + b);
        }
      }
    }
    return net;
  }

  /** Reads every row's net per bucket, as the DuckDB side reads every result row over JDBC. */
  private static long readAll(AgingReport<CustomerId> report) {
    long[] sum = new long[1];
    report.forEachRow(row -> {
      for (int b = 0; b < BUCKETS; b++) {
        sum[0] += row.net(b).minorUnits();
      }
    });
    return sum[0];
  }

  /** The plain loop: age, an if-chain, a net sum per customer and bucket. */
  private long[] loop() {
    long[] net = new long[customers * BUCKETS];
    for (int i = 0; i < items; i++) {
      int age = asOf - due[i];
      int bucket;
      if (age <= 0) {
        bucket = 0;
      } else if (age <= 30) {
        bucket = 1;
      } else if (age <= 60) {
        bucket = 2;
      } else if (age <= 90) {
        bucket = 3;
      } else if (age <= 120) {
        bucket = 4;
      } else {
        bucket = 5;
      }
      net[customer[i] * BUCKETS + bucket] += amounts[i];
    }
    return net;
  }

  /** The net sums of the book's key order, rearranged by customer number as the other sides give them. */
  private long[] netByCustomerNumber(long[] byKey) {
    long[] net = new long[customers * BUCKETS];
    List<CustomerId> keys = book.keys();
    for (int g = 0; g < keys.size(); g++) {
      int c = Integer.parseInt(keys.get(g).toString().substring(1));
      System.arraycopy(byKey, g * BUCKETS, net, c * BUCKETS, BUCKETS);
    }
    return net;
  }

  private static long[] net(AgingReport<CustomerId> report, int customers) {
    long[] net = new long[customers * BUCKETS];
    for (AgingRow<CustomerId> row : report.rows()) {
      int c = Integer.parseInt(row.key().toString().substring(1));
      for (int b = 0; b < BUCKETS; b++) {
        net[c * BUCKETS + b] = row.net(b).minorUnits();
      }
    }
    return net;
  }

  /** Sums the three arrays over a range: what reading them costs, with no work on top. */
  private long bareSum(int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += amounts[i] + due[i] + customer[i];
    }
    return sum;
  }

  private long bareSumParallel(int threads) {
    List<ForkJoinTask<Long>> tasks = new ArrayList<>();
    int step = (items + threads - 1) / threads;
    for (int t = 1; t < threads; t++) {
      int from = t * step;
      int to = Math.min(items, from + step);
      tasks.add(ForkJoinPool.commonPool().submit(() -> bareSum(from, to)));
    }
    long sum = bareSum(0, Math.min(items, step));
    for (ForkJoinTask<Long> task : tasks) {
      sum += task.join();
    }
    return sum;
  }

  private void run(Connection connection, int rounds, int cores) throws Exception {
    try (PreparedStatement filter = connection.prepareStatement(FILTER);
        PreparedStatement caseWhen = connection.prepareStatement(CASE)) {
      long[] expected = loop();
      AgingReport<CustomerId> report = ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD);
      check("columnar", net(report, customers), expected);
      check("duckdb FILTER", duckdb(filter), expected);
      check("duckdb CASE", duckdb(caseWhen), expected);
      check("columnar, 1 worker", net(ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD, 1), customers), expected);
      check("columnar net sums", netByCustomerNumber(ColumnarAging.netSums(book, AS_OF, AgingBuckets.STANDARD, cores)),
          expected);
      System.out.printf("All sides agree: %,d customers x %d buckets, total %s, %,d items counted%n", customers,
          BUCKETS, report.total(EUR), report.itemCount());

      Map<String, Callable<Long>> sides = new LinkedHashMap<>();
      sides.put("columnar", () -> readAll(ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD)));
      sides.put("columnar-1", () -> readAll(ColumnarAging.age(book, AS_OF, AgingBuckets.STANDARD, 1)));
      sides.put("columnar-net", () -> ColumnarAging.netSums(book, AS_OF, AgingBuckets.STANDARD, cores)[0]);
      sides.put("loop", () -> loop()[0]);
      sides.put("duckdb", () -> duckdb(filter)[0]);
      sides.put("duckdb-case", () -> duckdb(caseWhen)[0]);
      sides.put("bare-sum-1", () -> bareSum(0, items));
      sides.put("bare-sum-" + cores, () -> bareSumParallel(cores));
      List<String> names = new ArrayList<>(sides.keySet());
      int n = names.size();
      long[][] wall = new long[n][rounds];
      long[][] cpu = new long[n][rounds];
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long sink = 0;
      int warmup = 3;
      for (int r = -warmup; r < rounds; r++) {
        for (int k = 0; k < n; k++) {
          int s = Math.floorMod(k + r, n); // rotate who goes first
          long c0 = os.getProcessCpuTime();
          long t0 = System.nanoTime();
          sink += sides.get(names.get(s)).call();
          long t = System.nanoTime() - t0;
          long c = os.getProcessCpuTime() - c0;
          if (r >= 0) {
            wall[s][r] = t;
            cpu[s][r] = c;
          }
        }
        if (r >= 0) {
          StringBuilder line = new StringBuilder(String.format("round %2d:", r + 1));
          for (int s = 0; s < n; s++) {
            line.append(String.format(" %s %.1f ms;", names.get(s), wall[s][r] / 1e6));
          }
          System.out.println(line);
        }
      }
      System.out.println();
      System.out.println("Median wall time per side (min, max), items per second at the median; process CPU time"
          + " (all threads, GC and JIT included):");
      for (int s = 0; s < n; s++) {
        long[] t = wall[s].clone();
        Arrays.sort(t);
        long[] c = cpu[s].clone();
        Arrays.sort(c);
        System.out.printf("  %-12s %7.1f ms (%.1f - %.1f)  %,.0f M items/s  %.1f GB/s of the arrays;"
                + " cpu %.1f ms (%.1f - %.1f)%n", names.get(s), median(t) / 1e6, t[0] / 1e6, t[rounds - 1] / 1e6,
            items / (median(t) / 1e9) / 1e6, items * 16.0 / median(t), median(c) / 1e6, c[0] / 1e6,
            c[rounds - 1] / 1e6);
      }
      System.out.println();
      System.out.println("Throughput ratios within each round (median, min, max):");
      int columnar = names.indexOf("columnar");
      for (String baseline : List.of("duckdb", "duckdb-case", "loop", "columnar-1")) {
        ratio("columnar vs " + baseline, wall[names.indexOf(baseline)], wall[columnar]);
      }
      ratio("loop vs duckdb", wall[names.indexOf("duckdb")], wall[names.indexOf("loop")]);
      ratio("columnar-net vs duckdb", wall[names.indexOf("duckdb")], wall[names.indexOf("columnar-net")]);
      ratio("columnar-net vs loop", wall[names.indexOf("loop")], wall[names.indexOf("columnar-net")]);
      ratio("columnar vs bare-sum-" + cores + " (1.00 = at the bandwidth proxy)", wall[names.indexOf("bare-sum-" + cores)],
          wall[columnar]);
      ratio("bare-sum-" + cores + " vs bare-sum-1", wall[names.indexOf("bare-sum-1")],
          wall[names.indexOf("bare-sum-" + cores)]);
      System.out.println("The same by process CPU time (work done, whatever the other processes took):");
      ratio("columnar vs duckdb", cpu[names.indexOf("duckdb")], cpu[columnar]);
      ratio("columnar vs loop", cpu[names.indexOf("loop")], cpu[columnar]);
      ratio("columnar-1 vs loop", cpu[names.indexOf("loop")], cpu[names.indexOf("columnar-1")]);
      ratio("loop vs duckdb", cpu[names.indexOf("duckdb")], cpu[names.indexOf("loop")]);
      System.out.println("(checksum " + sink + ")");
    }
  }

  /** {@code baseline / subject} per round: how many times the subject's throughput. */
  private static void ratio(String label, long[] baseline, long[] subject) {
    double[] ratios = new double[baseline.length];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = (double) baseline[r] / subject[r];
    }
    Arrays.sort(ratios);
    System.out.printf("  %-45s %.2f (min %.2f, max %.2f)%n", label, median(ratios), ratios[0],
        ratios[ratios.length - 1]);
  }

  private static void check(String side, long[] actual, long[] expected) {
    if (!Arrays.equals(actual, expected)) {
      for (int i = 0; i < expected.length; i++) {
        if (actual[i] != expected[i]) {
          throw new IllegalStateException(side + " differs from the plain loop at customer " + i / BUCKETS
              + " bucket " + i % BUCKETS + ": " + actual[i] + " vs " + expected[i]);
        }
      }
    }
  }

  /** The object API on {@code count} items built from the first arrays' entries. */
  private void objectApi(int count) {
    int n = Math.min(count, items);
    List<OpenItem> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long amount = amounts[i];
      LocalDate dueDate = LocalDate.ofEpochDay(due[i]);
      list.add(OpenItem.builder().documentNumber(DocumentNumber.of("D" + i))
          .customerId(book.keys().get(customer[i])).kind(amount < 0 ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE)
          .documentDate(dueDate.minusDays(30)).dueDate(dueDate).originalAmount(Money.ofMinor(EUR, amount)).build());
    }
    Aging aging = Aging.standard();
    AgingReport<CustomerId> columnar = ColumnarAging.age(ColumnarBook.of(list, EUR, aging, AS_OF,
        OpenItem::customerId), AS_OF, AgingBuckets.STANDARD);
    long[] times = new long[7];
    for (int r = -2; r < times.length; r++) {
      long t0 = System.nanoTime();
      AgingReport<CustomerId> report = aging.byCustomer(list, AS_OF);
      long t = System.nanoTime() - t0;
      if (!report.equals(columnar)) {
        throw new IllegalStateException("object API and columnar differ");
      }
      if (r >= 0) {
        times[r] = t;
      }
    }
    Arrays.sort(times);
    System.out.printf("%nObject API (Aging.byCustomer over %,d OpenItems, one thread, same report as columnar):"
        + " median %.1f ms (%.1f - %.1f), %,.1f M items/s%n", n, median(times) / 1e6, times[0] / 1e6,
        times[times.length - 1] / 1e6, n / (median(times) / 1e9) / 1e6);
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
