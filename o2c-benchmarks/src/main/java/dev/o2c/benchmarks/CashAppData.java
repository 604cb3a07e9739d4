package dev.o2c.benchmarks;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.cashapp.BenchItem;
import dev.o2c.testkit.cashapp.BenchmarkProfile;
import dev.o2c.testkit.cashapp.CashAppConfig;
import dev.o2c.testkit.cashapp.CashAppFiles;
import dev.o2c.testkit.cashapp.CashAppScenario;
import dev.o2c.testkit.cashapp.CashAppScorer;
import dev.o2c.testkit.cashapp.CashAppWorld;
import dev.o2c.testkit.cashapp.CashAppWorldGenerator;
import dev.o2c.testkit.cashapp.Decision;
import dev.o2c.testkit.cashapp.Difficulty;
import dev.o2c.testkit.cashapp.LineOutcome;
import dev.o2c.testkit.cashapp.LineTruth;
import dev.o2c.testkit.cashapp.OutcomeAllocation;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The cash-application benchmark data as files, and the score of an {@code o2c match} run on them.
 *
 * <pre>{@code
 * java -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppData generate --out /tmp/bench --seed 1001
 * java -jar o2c-examples/target/o2c.jar match --open-items /tmp/bench/open-items.csv \
 *     --statement /tmp/bench/statement.camt053.xml --customers /tmp/bench/customers.csv --out /tmp/bench/m.csv
 * java -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CashAppData score --matches /tmp/bench/m.csv --seed 1001
 * }</pre>
 *
 * <p>Options (the same for both, so that {@code score} regenerates the world it scores against):
 * {@code --customers N} (2000), {@code --lines N} (two per customer), {@code --profile
 * default|cpg|eu-sepa|cross-border}, {@code --difficulty easy|default|hard}, {@code --seed S} (1;
 * tune on 1-5, report on the held-out 1001-1005). {@code generate} writes {@link
 * CashAppFiles#FILE_NAMES} into {@code --out DIR}, each through a temporary file. {@code score}
 * reads a matches CSV of the CLI contract ({@code entry_ref, item_id, applied_amount,
 * discount_amount, writeoff_amount, decision}; optional {@code deduction_amount} and {@code
 * customer_id} columns are used when present) and prints the report of {@link CashAppScorer}.
 */
public final class CashAppData {

  private CashAppData() {}

  /**
   * Runs {@code generate} or {@code score}.
   *
   * @param args the command and its options
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0 || args.length % 2 == 0) {
      usage();
      return;
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    CashAppConfig.Builder config = CashAppConfig.builder();
    if (options.containsKey("--customers")) {
      config.customers(Integer.parseInt(options.get("--customers")));
    }
    if (options.containsKey("--lines")) {
      config.lines(Integer.parseInt(options.get("--lines")));
    }
    config.profile(BenchmarkProfile.valueOf(options.getOrDefault("--profile", "default").toUpperCase(Locale.ROOT)
        .replace('-', '_')));
    config.difficulty(Difficulty.valueOf(options.getOrDefault("--difficulty", "default").toUpperCase(Locale.ROOT)));
    long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
    long start = System.nanoTime();
    CashAppWorld world = CashAppWorldGenerator.of(config.build()).generate(seed);
    System.err.printf(Locale.ROOT, "world %d: %d customers, %d open items, %d lines (%.1f s)%n", seed,
        world.customers().size(), world.items().size(), world.lines().size(), (System.nanoTime() - start) / 1e9);
    if (args[0].equals("generate") && options.containsKey("--out")) {
      generate(world, Path.of(options.get("--out")));
    } else if (args[0].equals("score") && options.containsKey("--matches")) {
      List<LineOutcome> outcomes = outcomes(world, Path.of(options.get("--matches")));
      System.out.print(CashAppScorer.score(world.truths(), outcomes).report());
    } else {
      usage();
    }
  }

  private static void usage() {
    System.err.println("usage: CashAppData generate --out DIR [options] | score --matches M.csv [options]\n"
        + "options: --customers N --lines N --profile default|cpg|eu-sepa|cross-border"
        + " --difficulty easy|default|hard --seed S");
  }

  private static void generate(CashAppWorld world, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = CashAppFiles.FILE_NAMES;
    write(dir, names.get(0), out -> CashAppFiles.writeOpenItems(world, out));
    write(dir, names.get(1), out -> CashAppFiles.writeCustomers(world, out));
    write(dir, names.get(2), out -> CashAppFiles.writeCamt053(world, out));
    write(dir, names.get(3), out -> CashAppFiles.writeMt940(world, out));
    write(dir, names.get(4), out -> CashAppFiles.writeTruth(world, out));
    write(dir, names.get(5), out -> CashAppFiles.writeAdvices(world, out));
    Map<CashAppScenario, Integer> mix = new EnumMap<>(CashAppScenario.class);
    world.truths().forEach(t -> mix.merge(t.scenario(), 1, Integer::sum));
    long evidence = world.truths().stream().filter(LineTruth::enoughEvidence).count();
    mix.forEach((s, n) -> System.err.printf(Locale.ROOT, "  %-28s %6d  %5.1f %%%n", s.label(), n,
        100.0 * n / world.truths().size()));
    System.err.printf(Locale.ROOT, "  enough evidence: %.1f %% of lines; files in %s%n",
        100.0 * evidence / world.truths().size(), dir);
  }

  private interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static void write(Path dir, String name, Content content) throws IOException {
    Path tmp = dir.resolve(name + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      content.writeTo(out);
    }
    Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The matches CSV as one outcome per payment: AUTO if any row is AUTO, else SUGGESTED if any is, else UNAPPLIED. */
  static List<LineOutcome> outcomes(CashAppWorld world, Path matches) throws IOException {
    Map<DocumentNumber, CurrencyUnit> currencies = new HashMap<>();
    for (BenchItem item : world.items()) {
      currencies.put(item.documentNumber(), item.amount().currency());
    }
    Map<String, LineTruth> truths = world.truthsByRef();
    Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(matches, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.computeIfAbsent(row.get("entry_ref"), k -> new ArrayList<>()).add(row);
      }
    }
    List<LineOutcome> outcomes = new ArrayList<>();
    for (Map.Entry<String, List<CSVRecord>> e : rows.entrySet()) {
      LineTruth truth = truths.get(e.getKey());
      CurrencyUnit lineCurrency = truth == null ? null : truth.amount().currency();
      Decision decision = Decision.UNAPPLIED;
      List<OutcomeAllocation> allocations = new ArrayList<>();
      Money unapplied = null;
      Optional<CustomerId> payer = Optional.empty();
      for (CSVRecord row : e.getValue()) {
        Decision d = Decision.valueOf(row.get("decision"));
        if (d == Decision.AUTO || (d == Decision.SUGGESTED && decision == Decision.UNAPPLIED)) {
          decision = d;
        }
        if (row.isMapped("customer_id") && !row.get("customer_id").isEmpty()) {
          payer = Optional.of(CustomerId.of(row.get("customer_id")));
        }
        String item = row.get("item_id");
        if (item.isEmpty()) {
          CurrencyUnit c = lineCurrency != null ? lineCurrency : currencies.values().iterator().next();
          Money amount = Money.of(c, new BigDecimal(row.get("applied_amount")));
          unapplied = unapplied == null ? amount : unapplied.plus(amount);
          continue;
        }
        DocumentNumber doc = DocumentNumber.of(item);
        CurrencyUnit c = currencies.getOrDefault(doc, lineCurrency);
        allocations.add(new OutcomeAllocation(doc, money(c, row, "applied_amount"), money(c, row, "discount_amount"),
            money(c, row, "writeoff_amount"), money(c, row, "deduction_amount")));
      }
      if (lineCurrency == null) {
        continue; // not a line of this world: the scorer counts nothing for it
      }
      outcomes.add(new LineOutcome(e.getKey(), decision, payer, allocations,
          unapplied == null ? Money.zero(lineCurrency) : unapplied, List.of()));
    }
    return outcomes;
  }

  private static Money money(CurrencyUnit currency, CSVRecord row, String column) {
    if (!row.isMapped(column) || row.get(column).isEmpty()) {
      return Money.zero(currency);
    }
    return Money.of(currency, new BigDecimal(row.get(column)));
  }
}
