package dev.o2c.benchmarks;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerLog;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javax.management.ObjectName;

/**
 * The ledger at scale: loads {@code cycles} invoices of {@code customers} customers, each paid in full
 * and applied ({@code RegisterCustomers}, {@code PostItem}, {@code ReceivePayment}, {@code
 * ApplyPayment}), into a {@link ReceivablesLedger} and into {@link BareLedger} (HashMap bookkeeping),
 * alternating which goes first, round after round. Reports commands per CPU second per kind and
 * overall, the share of wall time spent in GC, and the heap each side still holds per cycle after a
 * full GC: for the ledger both its own state (logging to a log that keeps nothing, as a ledger on a
 * durable log does) and with the default in-memory log of {@link ReceivablesLedger#create()}, which
 * keeps every command. Then times the queries on a customer with 10 open and {@code bigCycles} cleared items
 * against the same customer in a ledger holding only its 10 open items (same answers required).
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -XX:ParallelGCThreads=1 \
 *   -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.LedgerScale 1000000 50000 3 1000000
 * }</pre>
 */
public final class LedgerScale {
  private static final int BATCH = 10_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LedgerScale() {}

  /** Times of one load phase of one side. */
  record Phase(long commands, long cpuNanos, long wallNanos, long gcMillis) {
    double perCpuSecond() {
      return commands * 1e9 / cpuNanos;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args cycles (default 1,000,000), customers (50,000), measured rounds (3), cleared cycles
   *     of the query customer (1,000,000); a fifth argument {@code nohistogram} skips the heap histogram
   * @throws Exception if the two sides disagree or a query gives a different answer with history
   */
  public static void main(String[] args) throws Exception {
    int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int bigCycles = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    boolean histogram = !(args.length > 4 && args[4].equals("nohistogram"));
    System.out.printf("JDK %s, max heap %d MB, GC %s, available processors %d, 1 benchmark thread%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    LedgerWorkload work = new LedgerWorkload(cycles, customers);
    Map<String, List<Phase>> ledgerPhases = new LinkedHashMap<>();
    Map<String, List<Phase>> barePhases = new LinkedHashMap<>();
    for (int round = -1; round < rounds; round++) {
      boolean measured = round >= 0;
      boolean ledgerFirst = Math.floorMod(round, 2) == 0;
      for (int side = 0; side < 2; side++) {
        boolean ledgerSide = (side == 0) == ledgerFirst;
        fullGc();
        if (ledgerSide) {
          ReceivablesLedger ledger = ReceivablesLedger.create();
          Map<String, Phase> phases = load(work, ledger::post);
          check(ledger.now().receivables().isZero() && ledger.journal().size() == 6L * cycles,
              "ledger did not clear every cycle");
          report("ledger", round, phases, measured ? ledgerPhases : null);
        } else {
          BareLedger bare = new BareLedger();
          Map<String, Phase> phases = load(work, bare::post);
          check(bare.receivables() == 0 && bare.journalLines() == 6L * cycles, "baseline did not clear every cycle");
          report("bare", round, phases, measured ? barePhases : null);
        }
      }
    }
    System.out.println();
    System.out.println("Throughput, commands per CPU second (median of " + rounds + " rounds, min-max):");
    for (String kind : ledgerPhases.keySet()) {
      double[] l = ledgerPhases.get(kind).stream().mapToDouble(Phase::perCpuSecond).sorted().toArray();
      double[] b = barePhases.get(kind).stream().mapToDouble(Phase::perCpuSecond).sorted().toArray();
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ledgerPhases.get(kind).get(r).perCpuSecond() / barePhases.get(kind).get(r).perCpuSecond();
      }
      Arrays.sort(ratio);
      System.out.printf("  %-18s ledger %,10.0f/s (%,.0f-%,.0f)  bare %,10.0f/s (%,.0f-%,.0f)  ledger/bare %.2f (%.2f-%.2f)%n",
          kind, median(l), l[0], l[l.length - 1], median(b), b[0], b[b.length - 1],
          median(ratio), ratio[0], ratio[rounds - 1]);
    }
    for (String side : List.of("ledger", "bare")) {
      Map<String, List<Phase>> phases = side.equals("ledger") ? ledgerPhases : barePhases;
      double[] share = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long gc = 0;
        long wall = 0;
        for (String kind : List.of("RegisterCustomers", "PostItem", "ReceivePayment", "ApplyPayment")) {
          gc += phases.get(kind).get(r).gcMillis();
          wall += phases.get(kind).get(r).wallNanos();
        }
        share[r] = gc * 1e6 / wall;
      }
      Arrays.sort(share);
      System.out.printf("  GC share of load wall time, %s: %.0f %% (%.0f-%.0f)%n", side, 100 * median(share),
          100 * share[0], 100 * share[rounds - 1]);
    }

    System.out.println();
    System.out.println("Heap held after full GC (loaded instance minus empty heap):");
    System.out.println("  ledger state only (logging to a log that keeps nothing in memory, as with a durable log):");
    long stateBytes = retained(() -> {
      ReceivablesLedger ledger = ReceivablesLedger.replay(new StateOnlyLog());
      load(work, ledger::post);
      return ledger;
    }, histogram);
    long ledgerBytes = retained(() -> {
      ReceivablesLedger ledger = ReceivablesLedger.create();
      load(work, ledger::post);
      return ledger;
    }, false);
    long bareBytes = retained(() -> {
      BareLedger bare = new BareLedger();
      load(work, bare::post);
      return bare;
    }, false);
    System.out.printf("  ledger state %,d MB = %,d B per cycle; with the default in-memory log (commands kept) %,d MB = "
        + "%,d B per cycle; bare %,d MB = %,d B per cycle; state/bare %.2f%n", stateBytes >> 20, stateBytes / cycles,
        ledgerBytes >> 20, ledgerBytes / cycles, bareBytes >> 20, bareBytes / cycles, (double) stateBytes / bareBytes);

    queries(bigCycles, rounds);
  }

  /** A log that keeps no entry, only the last sequence: what a ledger holds besides its log. */
  static final class StateOnlyLog implements LedgerLog {
    private long last;

    @Override
    public long lastSequence() {
      return last;
    }

    @Override
    public void append(List<LogEntry> entries) {
      for (LogEntry entry : entries) {
        check(entry.sequence() == last + 1, "entry " + entry.sequence() + " after " + last);
        last = entry.sequence();
      }
    }

    @Override
    public void read(long fromSequence, Consumer<LogEntry> consumer) {
      check(last == 0, "a state-only log cannot be read");
    }
  }

  interface Poster {
    void post(LedgerCommand command);
  }

  private static Map<String, Phase> load(LedgerWorkload work, Poster poster) {
    Map<String, Phase> phases = new LinkedHashMap<>();
    List<RegisterCustomers> registrations = work.registrations(1000);
    phases.put("RegisterCustomers", timed(registrations.size(), i -> registrations.get(i), poster,
        registrations.size()));
    phases.put("PostItem", timed(work.cycles, work::postItem, poster, BATCH));
    phases.put("ReceivePayment", timed(work.cycles, work::receivePayment, poster, BATCH));
    phases.put("ApplyPayment", timed(work.cycles, work::applyPayment, poster, BATCH));
    return phases;
  }

  /** Generates commands in batches (not timed) and posts each batch (timed). */
  private static Phase timed(int count, IntFunction<? extends LedgerCommand> command, Poster poster, int batch) {
    LedgerCommand[] commands = new LedgerCommand[batch];
    long cpu = 0;
    long wall = 0;
    long gc = 0;
    for (int from = 0; from < count; from += batch) {
      int n = Math.min(batch, count - from);
      for (int i = 0; i < n; i++) {
        commands[i] = command.apply(from + i);
      }
      long gc0 = gcMillis();
      long wall0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        poster.post(commands[i]);
      }
      cpu += THREADS.getCurrentThreadCpuTime() - cpu0;
      wall += System.nanoTime() - wall0;
      gc += gcMillis() - gc0;
    }
    return new Phase(count, cpu, wall, gc);
  }

  private static void report(String side, int round, Map<String, Phase> phases, Map<String, List<Phase>> into) {
    long commands = 0;
    long cpu = 0;
    long wall = 0;
    long gc = 0;
    StringBuilder line = new StringBuilder(String.format("round %2d %-6s", round, side));
    for (Map.Entry<String, Phase> e : phases.entrySet()) {
      Phase p = e.getValue();
      line.append(String.format("  %s %,.0f/s", e.getKey(), p.perCpuSecond()));
      commands += p.commands();
      cpu += p.cpuNanos();
      wall += p.wallNanos();
      gc += p.gcMillis();
      if (into != null) {
        into.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(p);
      }
    }
    Phase all = new Phase(commands, cpu, wall, gc);
    if (into != null) {
      into.computeIfAbsent("all", k -> new ArrayList<>()).add(all);
    }
    line.append(String.format("  all %,.0f/s CPU, wall %.1f s, GC %.0f %% of wall%s", all.perCpuSecond(), wall / 1e9,
        gc * 1e8 / wall, into == null ? " (warm-up)" : ""));
    System.out.println(line);
  }

  private static long retained(Supplier<Object> loaded, boolean histogram) throws Exception {
    long before = usedAfterGc();
    Object instance = loaded.get();
    long after = usedAfterGc();
    if (histogram) {
      String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      text.lines().limit(25).forEach(l -> System.out.println("    " + l));
    }
    check(instance != null, "instance lost");
    return after - before;
  }

  private static long usedAfterGc() {
    fullGc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void fullGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /**
   * A customer BIG with {@code bigCycles} cleared cycles and 10 open invoices, 10 payments of unknown
   * payers in suspense and one payment of BIG half applied; the small ledger holds the same minus the
   * cleared cycles. Every query must give the same answer on both.
   */
  private static void queries(int bigCycles, int rounds) {
    LedgerWorkload history = new LedgerWorkload(bigCycles, 1);
    CustomerId big = history.customer(0);
    LocalDate last = history.lastDate();
    ReceivablesLedger small = ReceivablesLedger.create();
    ReceivablesLedger large = ReceivablesLedger.create();
    for (ReceivablesLedger ledger : List.of(small, large)) {
      history.registrations(1).forEach(ledger::post);
    }
    for (int i = 0; i < bigCycles; i++) {
      large.post(history.postItem(i));
      large.post(history.receivePayment(i));
      large.post(history.applyPayment(i));
    }
    for (ReceivablesLedger ledger : List.of(small, large)) {
      for (int k = 0; k < 10; k++) {
        ledger.post(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("OPEN-" + k)).customerId(big)
            .kind(ItemKind.INVOICE).documentDate(last).dueDate(last.plusDays(30))
            .originalAmount(Money.ofMinor(LedgerWorkload.EUR, 10_000 + k)).build()));
        ledger.post(ReceivePayment.of(Payment.builder().bankReference(BankReference.of("SUSPENSE-" + k))
            .amount(Money.ofMinor(LedgerWorkload.EUR, 5_000 + k)).valueDate(last).build()));
      }
      ledger.post(ReceivePayment.of(Payment.builder().bankReference(BankReference.of("PART-1"))
          .amount(Money.ofMinor(LedgerWorkload.EUR, 20_000)).valueDate(last).customerId(big).build()));
      ledger.post(dev.o2c.core.ledger.ApplyPayment.of(dev.o2c.core.id.PaymentId.of("PART-1"),
          DocumentNumber.of("OPEN-0"), Money.ofMinor(LedgerWorkload.EUR, 10_000), last));
    }
    System.out.println();
    System.out.printf("Queries, CPU microseconds per call (median of %d rounds, min-max): customer with 10 open and "
        + "%,d cleared items vs the same customer with no history; asOf(%s), the last day%n", rounds, bigCycles, last);
    Map<String, java.util.function.Function<LedgerView, Object>> queries = new LinkedHashMap<>();
    queries.put("now().openItems", v -> v.openItems(big));
    queries.put("now().balance", v -> v.balance(big));
    queries.put("now().customerBalance", v -> v.customerBalance(big));
    queries.put("now().suspense", LedgerView::suspense);
    queries.put("now().unappliedCash", LedgerView::unappliedCash);
    queries.put("asOf().openItems", v -> v.openItems(big));
    queries.put("asOf().balance", v -> v.balance(big));
    queries.put("asOf().customerBalance", v -> v.customerBalance(big));
    queries.put("asOf().suspense", LedgerView::suspense);
    queries.put("asOf().unappliedCash", LedgerView::unappliedCash);
    for (Map.Entry<String, java.util.function.Function<LedgerView, Object>> q : queries.entrySet()) {
      boolean historic = q.getKey().startsWith("asOf");
      Supplier<LedgerView> largeView = historic ? () -> large.asOf(last) : large::now;
      Supplier<LedgerView> smallView = historic ? () -> small.asOf(last) : small::now;
      Object expected = q.getValue().apply(smallView.get());
      check(expected.equals(q.getValue().apply(largeView.get())), q.getKey() + " differs with history");
      double[] l = new double[rounds];
      double[] s = new double[rounds];
      for (int r = -2; r < rounds; r++) {
        double lv = perCall(() -> q.getValue().apply(largeView.get()));
        double sv = perCall(() -> q.getValue().apply(smallView.get()));
        if (r >= 0) {
          l[r] = lv;
          s[r] = sv;
        }
      }
      Arrays.sort(l);
      Arrays.sort(s);
      System.out.printf("  %-24s with history %,10.2f us (%,.2f-%,.2f)  without %,8.2f us (%,.2f-%,.2f)  ratio %.1f%n",
          q.getKey(), median(l), l[0], l[rounds - 1], median(s), s[0], s[rounds - 1], median(l) / median(s));
    }
  }

  /** CPU microseconds per call, over at least 200 ms of calls (at least one call). */
  private static double perCall(Supplier<Object> call) {
    long calls = 0;
    long sink = 0;
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long cpu;
    do {
      sink += call.get().hashCode();
      calls++;
      cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    } while (cpu < 200_000_000L);
    if (sink == 42) {
      System.out.print("");
    }
    return cpu / 1e3 / calls;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
