package dev.o2c.benchmarks;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.id.CustomerId;
import dev.o2c.examples.csv.CustomersCsv;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.jackson.O2cModule;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.CashApplication;
import dev.o2c.matching.cashapp.CashApplicationRun;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.OpenItemBook;
import dev.o2c.matching.cashapp.Proposal;
import dev.o2c.matching.cashapp.RemittanceAdvices;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.testkit.cashapp.BenchmarkProfile;
import dev.o2c.testkit.cashapp.CashAppConfig;
import dev.o2c.testkit.cashapp.CashAppFiles;
import dev.o2c.testkit.cashapp.CashAppScorer;
import dev.o2c.testkit.cashapp.CashAppWorld;
import dev.o2c.testkit.cashapp.CashAppWorldGenerator;
import dev.o2c.testkit.cashapp.Difficulty;
import dev.o2c.testkit.cashapp.LineOutcome;
import dev.o2c.testkit.cashapp.OutcomeAllocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.Monetary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cash-application benchmark of the issue and of {@code shared/spec/cashapp-benchmark.md}.
 *
 * <p>{@code accuracy}: for each seed, generates a world ({@code o2c-testkit}), writes its open
 * items, customers, camt.053 and MT940 (the same payments), reads them back with the library's own
 * readers, decides every payment, and scores the decisions (with their ranked alternatives) against
 * the truth, per scenario and overall, on camt.053 and on MT940. Each variant ends with the top 3
 * ceiling ({@link AmountAmbiguity}): how many lines left for a person are one of several sets of the
 * payer's invoices that the evidence cannot tell apart, and the best correct suggestion@3 that leaves
 * possible.
 *
 * <p>{@code speed}: end to end, camt.053 parse + cash application of every payment against a big book
 * (default 50,000 customers, about 1,000,000 open items), single-threaded (or with {@code --threads N}
 * for the engine's parallel stages), alternating round by round with a naive exact-amount matcher
 * (payer by bank account, then a hash of the payer's open amounts) over the same bytes in the same
 * process; reports payments per CPU second and the ratio. The engine decides while it reads ({@link
 * CashApplication#decideAsRead}, the same decisions as deciding the list read first); the naive matcher
 * reads the whole file first. With more than one thread the CPU time is
 * the calling thread's only, so the wall-time figures are the ones to read (on a quiet machine); the
 * process's CPU time of each side (all threads) is printed beside them, and the decisions are checked
 * once against those of one thread. {@code --warmup N} rounds (default 3) run first and are not kept.
 *
 * <p>Accuracy options for looking into the figures: {@code --explain N} prints every wrong AUTO line
 * and N missed lines per scenario; {@code --explain-unranked N} and {@code --explain-ranked-lower N}
 * print N lines per scenario whose truth is in no proposal, or in a lower one (with the sets as likely
 * as the truth the ceiling found, where it found any); {@code --outcomes}
 * prints every line's decision and the rank of its truth, to compare two runs line by line; {@code
 * --explain-lines R1,R2} prints the lines of these entry references with their truth and every proposal.
 *
 * <p>Give the heap its full size at start ({@code -Xms} equal to {@code -Xmx}, {@code
 * -XX:+AlwaysPreTouch}): on this virtual machine, memory the heap grows into or gets back after the
 * host reclaimed it is faulted in page by page, which added up to a third of system time and rounds
 * two to three times as long as their neighbours, to both sides alike.
 *
 * <pre>{@code
 * java -Xmx8g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppBenchmark accuracy --seeds 1001,1002,1003
 * java -Xms12g -Xmx12g -XX:+AlwaysPreTouch -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppBenchmark speed --customers 50000 --lines 40000
 * java -Xms12g -Xmx12g -XX:+AlwaysPreTouch -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppBenchmark speed --threads 2
 * java -Xms12g -Xmx12g -XX:+AlwaysPreTouch -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppBenchmark speed --threads 2 --against one-thread
 * }</pre>
 *
 * <p>{@code --against one-thread} alternates with the same engine deciding on one thread instead of
 * the naive matcher: the speed-up that more threads give, under the same load.
 */
public final class CashAppBenchmark {

  private CashAppBenchmark() {}

  /**
   * Runs {@code accuracy} or {@code speed}.
   *
   * @param args the mode and its options ({@code --seeds}, {@code --customers}, {@code --lines},
   *     {@code --profile}, {@code --difficulty}, {@code --rounds}, {@code --threads})
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
      options.put(args[i], valued ? args[++i] : ""); // a flag without a value, such as --outcomes
    }
    String mode = args.length == 0 ? "accuracy" : args[0];
    if (mode.equals("speed")) {
      speed(options);
    } else {
      accuracy(options);
    }
  }

  private static CashAppConfig config(Map<String, String> options, int defaultCustomers) {
    CashAppConfig.Builder config = CashAppConfig.builder()
        .customers(Integer.parseInt(options.getOrDefault("--customers", Integer.toString(defaultCustomers))))
        .profile(BenchmarkProfile.valueOf(options.getOrDefault("--profile", "default").toUpperCase(Locale.ROOT)
            .replace('-', '_')))
        .difficulty(Difficulty.valueOf(options.getOrDefault("--difficulty", "default").toUpperCase(Locale.ROOT)));
    if (options.containsKey("--lines")) {
      config.lines(Integer.parseInt(options.get("--lines")));
    }
    return config.build();
  }

  private static void accuracy(Map<String, String> options) {
    CashAppConfig config = config(options, 2000);
    for (String seedText : options.getOrDefault("--seeds", "1001").split(",")) {
      long seed = Long.parseLong(seedText.strip());
      CashAppWorld world = CashAppWorldGenerator.of(config).generate(seed);
      Book book = Book.of(world);
      CashApplication engine = CashApplication.builder(book.book).build();
      RemittanceAdvices advices = RemittanceAdvices.of(advices(text(out -> CashAppFiles.writeAdvices(world, out))));
      for (int variant = 0; variant < 4; variant++) {
        boolean mt940 = variant % 2 == 1;
        boolean withAdvices = variant >= 2;
        String file = mt940 ? text(out -> CashAppFiles.writeMt940(world, out)) : text(out -> CashAppFiles.writeCamt053(world, out));
        List<Payment> payments = payments(file, mt940 ? "statement.mt940" : "statement.camt053.xml");
        String joined = "";
        if (withAdvices) {
          AdviceJoin join = advices.joinTo(payments);
          payments = join.payments();
          joined = String.format(Locale.ROOT, " (%d of %d advices joined)", join.joinedCount(),
              advices.advices().size());
        }
        CashApplicationRun run = engine.decideAll(payments);
        System.out.printf(Locale.ROOT, "%n== seed %d, %s, %s profile, %s: %d customers, %d open items, %d payments%s%n",
            seed, (mt940 ? "MT940" : "camt.053") + (withAdvices ? "+advices" : ""), config.profile(),
            config.difficulty(), world.customers().size(), world.items().size(), payments.size(), joined);
        List<LineOutcome> outcomes = outcomes(run);
        System.out.print(CashAppScorer.score(world.truths(), outcomes).report());
        AmountAmbiguity.Result ambiguity = AmountAmbiguity.of(world,
            run.decisions().stream().map(Decision::payment).toList(), outcomes);
        System.out.print(ambiguity.report());
        if (options.containsKey("--explain")) {
          explainWrong(world, run, outcomes, Integer.parseInt(options.getOrDefault("--explain", "4")));
        }
        if (options.containsKey("--explain-unranked")) {
          explainUnranked(world, run, outcomes, ambiguity, Integer.parseInt(options.get("--explain-unranked")), false);
        }
        if (options.containsKey("--explain-ranked-lower")) {
          explainUnranked(world, run, outcomes, ambiguity, Integer.parseInt(options.get("--explain-ranked-lower")),
              true);
        }
        if (options.containsKey("--explain-lines")) {
          Set<String> refs = Set.of(options.get("--explain-lines").split(","));
          for (int i = 0; i < outcomes.size(); i++) {
            if (refs.contains(outcomes.get(i).entryRef())) {
              var truth = world.truth(outcomes.get(i).entryRef()).orElse(null);
              System.out.println("LINE "
                  + (truth == null ? "no truth" : "rank " + CashAppScorer.suggestionRank(truth, outcomes.get(i)))
                  + " " + describe(truth, run.decisions().get(i)));
            }
          }
        }
        if (options.containsKey("--outcomes")) {
          printOutcomes(world, outcomes, (mt940 ? "MT940" : "camt.053") + (withAdvices ? "+advices" : ""));
        }
      }
    }
  }

  /**
   * Prints one line per statement line, {@code OUTCOME variant entryRef scenario decision rank} (rank:
   * the proposal that holds the truth as correct suggestion@k counts it, 1 the first, 0 none; an AUTO
   * or UNAPPLIED decision's own proposal is not counted, so an AUTO line shows 0 right or wrong), for
   * comparing two runs line by line.
   */
  private static void printOutcomes(CashAppWorld world, List<LineOutcome> outcomes, String variant) {
    for (LineOutcome outcome : outcomes) {
      var truth = world.truth(outcome.entryRef()).orElse(null);
      System.out.println("OUTCOME " + variant + " " + outcome.entryRef() + " "
          + (truth == null ? "-" : truth.scenario()) + " " + outcome.decision() + " "
          + (truth == null ? 0 : CashAppScorer.suggestionRank(truth, outcome)));
    }
  }

  /**
   * Prints every AUTO decision that differs from the truth, and a few lines per scenario that carry
   * enough evidence but were not applied automatically, each with the truth and the reason.
   */
  private static void explainWrong(CashAppWorld world, CashApplicationRun run, List<LineOutcome> outcomes, int perScenario) {
    Map<Object, Integer> missed = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      LineOutcome outcome = outcomes.get(i);
      if (outcome.decision() != dev.o2c.testkit.cashapp.Decision.AUTO) {
        var truth = world.truth(outcome.entryRef()).orElse(null);
        if (truth != null && truth.enoughEvidence() && missed.merge(truth.scenario(), 1, Integer::sum) <= perScenario) {
          Decision d = run.decisions().get(i);
          System.out.println("MISSED " + truth.scenario() + " (" + truth.detail() + ", " + truth.referenceKind() + ") " + d.kind() + " " + d.payment().amount() + " text '"
              + d.payment().remittance().text() + "' structured " + d.payment().remittance().structured().size()
              + "\n  truth " + truth.allocations().stream().map(a -> a.documentNumber() + " " + a.applied()).toList()
              + "\n  why   " + d.reason() + " [" + d.proposal().confidence() + "]"
              + d.alternatives().stream().map(a -> "\n  alt   " + a.reason() + " [" + a.confidence() + "]")
                  .collect(java.util.stream.Collectors.joining()));
        }
        continue;
      }
      var truth = world.truth(outcome.entryRef()).orElse(null);
      if (truth == null || !CashAppScorer.allocationEquals(truth, outcome)) {
        Decision d = run.decisions().get(i);
        System.out.println("WRONG " + outcome.entryRef() + " " + d.payment().amount() + " text '"
            + d.payment().remittance().text() + "' structured " + d.payment().remittance().structured().size()
            + "\n  truth " + truth + "\n  ours  " + outcome.allocations() + " unapplied " + outcome.unapplied()
            + "\n  why   " + d.reason());
      }
    }
  }

  /**
   * Prints, per scenario, a few lines left for a person whose right documents are among none of the
   * proposals (correct suggestion@k misses them), or with {@code rankedLower} those where they are a
   * lower proposal than the first, with the truth and every proposal.
   */
  private static void explainUnranked(CashAppWorld world, CashApplicationRun run, List<LineOutcome> outcomes,
      AmountAmbiguity.Result ambiguity, int perScenario, boolean rankedLower) {
    Map<Object, Integer> missed = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      LineOutcome outcome = outcomes.get(i);
      var truth = world.truth(outcome.entryRef()).orElse(null);
      if (truth == null || !truth.credit() || !truth.hasMatch() || outcome.decision() == dev.o2c.testkit.cashapp.Decision.AUTO
          || (rankedLower ? CashAppScorer.suggestionRank(truth, outcome) < 2 : CashAppScorer.suggestionRank(truth, outcome) > 0)
          || missed.merge(truth.scenario(), 1, Integer::sum) > perScenario) {
        continue;
      }
      Long others = ambiguity.othersByLine().get(outcome.entryRef());
      System.out.println((rankedLower ? "RANK" + CashAppScorer.suggestionRank(truth, outcome) + " " : "UNRANKED ")
          + describe(truth, run.decisions().get(i))
          + (others == null ? "" : "\n  as likely as the truth: " + others + " other set(s) of the payer's invoices"));
    }
  }

  /** A decision beside its line's truth: scenario, payer, remittance, the right items and every proposal. */
  private static String describe(dev.o2c.testkit.cashapp.LineTruth truth, Decision d) {
    return d.payment().bankReference() + " "
        + (truth == null ? "" : truth.scenario() + " (" + truth.detail() + ", " + truth.referenceKind() + ") ")
        + d.kind() + " " + d.payment().amount() + " payer " + d.payer().map(Object::toString).orElse("?")
        + " (truth " + (truth == null ? "-" : truth.payer().map(Object::toString).orElse("?")) + ") text '"
        + d.payment().remittance().text() + "' structured " + d.payment().remittance().structured().size()
        + "\n  truth " + (truth == null ? "-" : truth.allocations().stream().map(a -> a.documentNumber() + " " + a.applied()).toList())
        + "\n  why   " + d.reason() + " " + d.proposal().allocations().stream().map(x -> x.item().toString()).toList()
        + " [" + d.proposal().confidence() + "]"
        + d.alternatives().stream().map(a -> "\n  alt   " + a.reason() + " " + a.allocations().stream()
            .map(x -> x.item().toString()).toList() + " [" + a.confidence() + "]")
            .collect(java.util.stream.Collectors.joining());
  }

  private static void speed(Map<String, String> options) throws Exception {
    CashAppConfig config = config(options, 50_000);
    long seed = Long.parseLong(options.getOrDefault("--seeds", "1001").split(",")[0]);
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
    // The first rounds after start-up run at a fraction of the steady speed while the JIT compiles
    // the matcher (measured: 10.1, 7.2 and 4.7 s, then 2.1-2.5 s), so three rounds are not kept.
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "3"));
    int threads = Integer.parseInt(options.getOrDefault("--threads", "1"));
    long start = System.nanoTime();
    CashAppWorld world = CashAppWorldGenerator.of(config).generate(seed);
    Book book = Book.of(world);
    byte[] camt = text(out -> CashAppFiles.writeCamt053(world, out)).getBytes(StandardCharsets.UTF_8);
    long setupStart = System.nanoTime();
    CashApplication engine = CashApplication.builder(book.book).parallelism(threads).build();
    double indexSeconds = (System.nanoTime() - setupStart) / 1e9;
    NaiveMatcher naive = new NaiveMatcher(book.customers, book.items);
    int lines = payments(new String(camt, StandardCharsets.UTF_8), "statement.camt053.xml").size();
    System.out.printf(Locale.ROOT, "world: %d customers, %d open items, %d payments, camt.053 %.1f MB (%.0f s); "
        + "engine index built in %.1f s%n", book.customers.size(), book.items.size(), lines, camt.length / 1e6,
        (System.nanoTime() - start) / 1e9, indexSeconds);
    CashApplication single = threads > 1 ? CashApplication.builder(book.book).parallelism(1).build() : engine;
    if (threads > 1) {
      // The parallel run must decide exactly as one thread does; checked once, outside the timed rounds.
      CashApplicationRun parallel = engine.decideAsRead(sink -> stream(camt, sink));
      CashApplicationRun inOrder = single.decideAll(read(camt));
      if (!parallel.equals(inOrder)) {
        throw new IllegalStateException("decisions on " + threads + " threads differ from those on one thread");
      }
      System.out.println("decisions on " + threads + " threads: identical to one thread's");
    }
    // With several threads the calling thread's CPU time leaves out the workers': the process's CPU
    // time (all threads, the collector's too) is kept per side and round beside it.
    List<long[]> processCpu = new ArrayList<>(); // per side call: {0 subject / 1 baseline, nanoseconds}
    // --against one-thread: the baseline is the same engine deciding on one thread, for the speed-up
    // that more threads give under the same load.
    boolean againstOneThread = options.getOrDefault("--against", "naive").equals("one-thread");
    String baselineName = againstOneThread ? "one-thread" : "naive";
    java.util.concurrent.Callable<Long> baseline = againstOneThread
        ? () -> (long) single.decideAll(read(camt)).counts().get(dev.o2c.matching.cashapp.DecisionKind.AUTO)
        : () -> naive.matchAll(read(camt));
    Alternation result = Alternation.run(
        () -> processCpu(processCpu, 0, () -> {
          CashApplicationRun run = engine.decideAsRead(sink -> stream(camt, sink));
          return (long) run.counts().get(dev.o2c.matching.cashapp.DecisionKind.AUTO);
        }),
        () -> processCpu(processCpu, 1, baseline),
        warmup, rounds, "o2c", baselineName, "o2c/" + baselineName);
    System.out.printf(Locale.ROOT, "o2c parse + match (%d thread%s): %.0f payments per CPU second (%.2f s per round);"
        + " %s: %.0f/s%n", threads, threads == 1 ? "" : "s, CPU of the calling thread only",
        lines / result.subjectSeconds(), result.subjectSeconds(), baselineName, lines / result.baselineSeconds());
    System.out.println("o2c/" + baselineName + " throughput ratio: " + result.ratios());
    System.out.printf(Locale.ROOT, "o2c wall time per round: median %.2f s (min %.2f, max %.2f), %.0f payments per second"
        + " of wall time (%.0f-%.0f)%n", result.subjectWallSeconds(), result.subjectWall[0] / 1e9,
        result.subjectWall[rounds - 1] / 1e9, lines / result.subjectWallSeconds(),
        lines / (result.subjectWall[rounds - 1] / 1e9), lines / (result.subjectWall[0] / 1e9));
    double[] subject = new double[rounds];
    double[] ratio = new double[rounds];
    List<long[]> measured = processCpu.subList(2 * warmup, processCpu.size()); // the warm-up rounds' calls left out
    for (int r = 0; r < rounds; r++) {
      long[] a = measured.get(2 * r);
      long[] b = measured.get(2 * r + 1);
      long o2c = a[0] == 0 ? a[1] : b[1];
      long other = a[0] == 0 ? b[1] : a[1];
      subject[r] = o2c / 1e9;
      ratio[r] = (double) other / o2c;
    }
    java.util.Arrays.sort(subject);
    java.util.Arrays.sort(ratio);
    System.out.printf(Locale.ROOT, "process CPU (all threads): o2c median %.2f s per round (%.0f payments per CPU second);"
        + " o2c/%s throughput by process CPU median %.2f (min %.2f, max %.2f)%n", subject[rounds / 2],
        lines / subject[rounds / 2], baselineName, ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
  }

  private static long processCpu(List<long[]> into, int side, java.util.concurrent.Callable<Long> call) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long before = os.getProcessCpuTime();
    long result = call.call();
    into.add(new long[] {side, os.getProcessCpuTime() - before});
    return result;
  }

  /** The advices as a host reads them: from JSON, through o2c-jackson. */
  private static List<RemittanceAdvice> advices(String json) {
    JsonMapper mapper = JsonMapper.builder().addModule(new O2cModule()).build();
    return mapper.readValue(json, new TypeReference<List<RemittanceAdvice>>() {});
  }

  /** The payments of the camt.053 as they are read, for {@link CashApplication#decideAsRead}. */
  private static void stream(byte[] camt, java.util.function.Consumer<Payment> sink) {
    StatementPostings.streamPayments(new ByteArrayInputStream(camt), "statement.camt053.xml", sink);
  }

  private static List<Payment> read(byte[] camt) {
    List<Payment> payments = new ArrayList<>();
    for (Statement statement : StatementReaders.readFile(new ByteArrayInputStream(camt), "statement.camt053.xml").statements()) {
      payments.addAll(StatementPostings.payments(statement));
    }
    return payments;
  }

  private static List<Payment> payments(String file, String name) {
    List<Payment> payments = new ArrayList<>();
    for (Statement statement : StatementReaders.readFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        name).statements()) {
      payments.addAll(StatementPostings.payments(statement));
    }
    return payments;
  }

  /** The decisions in the scorer's neutral terms, with every ranked alternative. */
  static List<LineOutcome> outcomes(CashApplicationRun run) {
    List<LineOutcome> outcomes = new ArrayList<>(run.decisions().size());
    for (Decision d : run.decisions()) {
      List<List<OutcomeAllocation>> alternatives = d.alternatives().stream().map(CashAppBenchmark::allocations).toList();
      dev.o2c.testkit.cashapp.Decision kind = dev.o2c.testkit.cashapp.Decision.valueOf(d.kind().name());
      outcomes.add(new LineOutcome(d.payment().bankReference().toString(), kind, d.payer(), allocations(d.proposal()),
          d.proposal().unapplied(), alternatives));
    }
    return outcomes;
  }

  private static List<OutcomeAllocation> allocations(Proposal proposal) {
    List<OutcomeAllocation> list = new ArrayList<>();
    for (Allocation a : proposal.allocations()) {
      list.add(new OutcomeAllocation(a.item(), a.applied(), a.discount(), a.writeOff(), a.deduction()));
    }
    return list;
  }

  private interface Content {
    void writeTo(java.io.Writer out) throws IOException;
  }

  private static String text(Content content) {
    StringWriter out = new StringWriter(1 << 20);
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The world's open items and customers as a host would read them: through the CLI's CSV readers. */
  private record Book(List<Customer> customers, List<OpenItem> items, OpenItemBook book) {
    static Book of(CashAppWorld world) {
      List<OpenItem> items = OpenItemsCsv.read(new StringReader(text(out -> CashAppFiles.writeOpenItems(world, out))),
          "open-items.csv");
      List<Customer> customers = CustomersCsv.read(new StringReader(text(out -> CashAppFiles.writeCustomers(world, out))),
          "customers.csv", Monetary.getCurrency("EUR"));
      return new Book(customers, items, OpenItemBook.of(customers, items));
    }
  }

  /**
   * The baseline: payer by exact bank account, then the first still-open item of that payer with
   * exactly the payment amount. What a spreadsheet macro does; no references, no discounts, no combinations.
   */
  static final class NaiveMatcher {
    private final Map<String, CustomerId> byAccount = new HashMap<>();
    private final Map<CustomerId, Map<Long, List<OpenItem>>> byAmount = new HashMap<>();

    NaiveMatcher(List<Customer> customers, List<OpenItem> items) {
      customers.forEach(c -> c.bankAccounts().forEach(a -> byAccount.put(a.replace(" ", ""), c.id())));
      for (OpenItem item : items) {
        byAmount.computeIfAbsent(item.customerId(), c -> new HashMap<>())
            .computeIfAbsent(item.openAmount().minorUnits(), a -> new ArrayList<>()).add(item);
      }
    }

    long matchAll(List<Payment> payments) {
      Map<OpenItem, Boolean> used = new HashMap<>();
      long matched = 0;
      for (Payment payment : payments) {
        CustomerId payer = payment.customerId()
            .or(() -> payment.payerAccount().map(a -> byAccount.get(a.replace(" ", "")))).orElse(null);
        if (payer == null) {
          continue;
        }
        List<OpenItem> candidates = byAmount.getOrDefault(payer, Map.of()).get(payment.amount().minorUnits());
        if (candidates == null) {
          continue;
        }
        for (OpenItem item : candidates) {
          if (item.openAmount().currency().equals(payment.amount().currency()) && used.putIfAbsent(item, true) == null) {
            matched++;
            break;
          }
        }
      }
      return matched;
    }
  }
}
