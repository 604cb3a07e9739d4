package dev.o2c.examples.cli;

import dev.o2c.aging.dunning.DunningInput;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningPolicies;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.DunningRun;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.SkipReason;
import dev.o2c.aging.dunning.SkippedItem;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.csv.CustomersCsv;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.examples.dunning.DunningCsv;
import dev.o2c.examples.dunning.DunningHistoryCsv;
import dev.o2c.examples.dunning.DunningPolicyFile;
import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.io.TextInput;
import dev.o2c.examples.letters.HtmlLetters;
import dev.o2c.examples.letters.LetterTexts;
import dev.o2c.examples.letters.TextLetters;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.money.Monetary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code o2c dun --open-items F.csv --as-of DATE [--history H.csv] [--policy P] --out D.csv [--letters DIR]
 * [--letter-format text|html] [--customers C.csv] [--notices N.csv] [--skipped S.csv]}: proposes the
 * notices of a dunning run ({@link DunningRun}) and writes them as CSV, one row per customer and item
 * ({@link DunningCsv}), with a reminder letter per notice in {@code --letters}.
 *
 * <p>Without {@code --policy} the run uses {@link DunningPolicies#STANDARD}; the file format is {@link
 * DunningPolicyFile}'s, the history's {@link DunningHistoryCsv}'s. {@code --notices} writes the notices to
 * record, in the history's format, for appending to the history once the letters are sent; a run with
 * that history on the same day proposes nothing again.
 *
 * <p>Every file is computed before any is written, each written through a temporary file moved into
 * place ({@link AtomicOutput}). Exit codes: 0 done, 1 bad input (file, line and problem on standard
 * error; nothing written), 2 wrong command line.
 */
@Command(
    name = "dun",
    mixinStandardHelpOptions = true,
    description = {
        "Proposes the notices of a dunning run: which customer gets which reminder, at",
        "which level, with which fees, as of a day. Writes one CSV row per customer and",
        "item, and with --letters a reminder letter per notice. A dry run: nothing is",
        "recorded; --notices writes what to append to the history once letters are sent."},
    footer = {"",
        "Output columns: customer_id,item_id,level,days_overdue,open_amount,fee,interest,",
        "total_due,currency,dunned_amount,text_key,pay_by (total_due: the customer's",
        "total in the currency, items + fees + interest).",
        "History CSV: customer_id,item_id,level,date,amount,currency.",
        "Policy file: key = value lines, e.g. level.1 = 7, none, reminder, 10",
        "(days overdue, fee, text key, days to pay); a fee is none, a fixed amount per",
        "currency (EUR 5.00 / USD 5.00) or a percentage with an optional cap per currency",
        "(the README shows the syntax). Default: three levels at 7, 21 and 35 days, no",
        "fees, 14 days between notices.",
        "",
        "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class DunCommand implements Callable<Integer> {

  /** Notices listed on the console; the CSV has them all. */
  static final int SHOWN = 20;

  @Spec
  private CommandSpec spec;

  @Option(names = "--open-items", required = true, paramLabel = "F.csv", description = "the open-items export")
  private Path openItems;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = ProvisionCommand.IsoDate.class,
      description = "the day of the run (yyyy-MM-dd)")
  private LocalDate asOf;

  @Option(names = "--history", paramLabel = "H.csv", description = "the notices sent before")
  private Path history;

  @Option(names = "--policy", paramLabel = "P", description = "the dunning policy file (default: the standard policy)")
  private Path policyFile;

  @Option(names = "--out", required = true, paramLabel = "D.csv", description = "the proposals CSV to write")
  private Path out;

  @Option(names = "--letters", paramLabel = "DIR", description = "write a reminder letter per notice into this folder")
  private Path letters;

  @Option(names = "--letter-format", paramLabel = "text|html", defaultValue = "text",
      description = "the letters' format (default: ${DEFAULT-VALUE})")
  private String letterFormat;

  @Option(names = "--customers", paramLabel = "C.csv", description = "customer names for the letters")
  private Path customers;

  @Option(names = "--notices", paramLabel = "N.csv", description = "also write the notices to record, as history rows")
  private Path notices;

  @Option(names = "--skipped", paramLabel = "S.csv", description = "also write the items not dunned, with the reason")
  private Path skipped;

  /** A command ready for picocli to fill in. */
  public DunCommand() {}

  /**
   * Reads the inputs, runs the dunning and writes the outputs.
   *
   * @return {@link ExitCodes#OK}
   * @throws dev.o2c.examples.csv.CsvException if an input file is bad (exit 1)
   * @throws UncheckedIOException if a file cannot be read or written (exit 1)
   * @throws ParameterException if an option is wrong (exit 2)
   */
  @Override
  public Integer call() {
    boolean html = switch (letterFormat.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "html" -> true;
      default -> throw new ParameterException(spec.commandLine(), "--letter-format must be text or html, not '"
          + letterFormat + "'");
    };
    List<Path> inputs = new ArrayList<>(List.of(openItems));
    for (Path p : new Path[] {history, policyFile, customers}) {
      if (p != null) {
        inputs.add(p);
      }
    }
    Set<Path> outputs = new HashSet<>();
    checkOutput("--out", out, inputs, outputs);
    checkOutput("--notices", notices, inputs, outputs);
    checkOutput("--skipped", skipped, inputs, outputs);
    if (letters != null && Files.exists(letters) && !Files.isDirectory(letters)) {
      throw new ParameterException(spec.commandLine(), "--letters " + letters + " is a file; give a folder");
    }

    List<OpenItem> items = TextInput.read(openItems, OpenItemsCsv::read);
    List<DunningNotice> sent = history == null ? List.of() : TextInput.read(history, DunningHistoryCsv::read);
    DunningPolicyFile policy = policyFile == null
        ? new DunningPolicyFile(DunningPolicies.STANDARD, DunningPolicyFile.DEFAULT_CREDITOR)
        : TextInput.read(policyFile, DunningPolicyFile::read);
    Map<CustomerId, String> names = new HashMap<>();
    if (customers != null) {
      TextInput.read(customers, (reader, source) -> CustomersCsv.read(reader, source, Monetary.getCurrency("EUR")))
          .forEach((Customer c) -> names.put(c.id(), c.name()));
    }

    DunningResult result = DunningRun.evaluate(DunningInput.builder().openItems(items).history(sent).build(),
        policy.policy(), asOf);

    // Everything is rendered before anything is written.
    Map<String, String> letterFiles = letters == null ? Map.of() : letters(result, policy.creditor(), names, html);
    int[] rows = new int[1];
    AtomicOutput.write(out, writer -> rows[0] = DunningCsv.writeProposals(result, writer));
    if (notices != null) {
      AtomicOutput.write(notices, writer -> DunningHistoryCsv.write(result.notices(), writer));
    }
    if (skipped != null) {
      AtomicOutput.write(skipped, writer -> DunningCsv.writeSkipped(result, writer));
    }
    if (letters != null) {
      try {
        Files.createDirectories(letters);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create folder " + letters + ": " + e.getMessage(), e);
      }
      letterFiles.forEach((name, content) -> AtomicOutput.write(letters.resolve(name), w -> w.write(content)));
    }
    print(items.size(), result, rows[0], letterFiles.size());
    return ExitCodes.OK;
  }

  private void checkOutput(String option, Path path, List<Path> inputs, Set<Path> outputs) {
    if (path == null) {
      return;
    }
    if (Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), option + " " + path + " is a directory; give a file to write");
    }
    Path normal = path.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (normal.equals(input.toAbsolutePath().normalize())) {
        throw new ParameterException(spec.commandLine(), option + " " + path + " is the input file " + input
            + "; give another file");
      }
    }
    if (!outputs.add(normal)) {
      throw new ParameterException(spec.commandLine(), option + " " + path + " is already another output");
    }
  }

  /** One letter per proposal, by file name: the customer id (and item, per item) made safe for a file name. */
  private static Map<String, String> letters(DunningResult result, LetterParty creditor, Map<CustomerId, String> names,
      boolean html) {
    Map<String, String> files = new LinkedHashMap<>();
    for (DunningProposal proposal : result.proposals()) {
      LetterParty debtor = LetterParty.of(names.getOrDefault(proposal.customer(), proposal.customer().toString()));
      ReminderLetter letter = ReminderLetter.of(proposal, creditor, debtor);
      String base = safe(proposal.customer().toString()) + (result.proposals(proposal.customer()).size() > 1
          ? "-" + safe(proposal.lines().get(0).item().documentNumber().toString()) : "");
      String name = base + (html ? ".html" : ".txt");
      for (int n = 2; files.containsKey(name); n++) {
        name = base + "-" + n + (html ? ".html" : ".txt");
      }
      files.put(name, html ? HtmlLetters.reminder(letter, LetterTexts.DEFAULT)
          : TextLetters.reminder(letter, LetterTexts.DEFAULT));
    }
    return files;
  }

  private static String safe(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  private void print(int itemCount, DunningResult result, int rows, int letterCount) {
    PrintWriter stdout = spec.commandLine().getOut();
    long customerCount = result.proposals().stream().map(DunningProposal::customer).distinct().count();
    stdout.printf(Locale.ROOT, "Dunning run as of %s: %,d open items, %,d %s for %,d %s (%,d items)%n", asOf, itemCount,
        result.proposals().size(), result.proposals().size() == 1 ? "notice" : "notices", customerCount,
        customerCount == 1 ? "customer" : "customers", rows);
    if (!result.proposals().isEmpty()) {
      TextTable table = new TextTable().left("Customer").right("Level").left("Tone").right("Items").left("Pay by")
          .left("Total due");
      for (DunningProposal p : result.proposals().subList(0, Math.min(SHOWN, result.proposals().size()))) {
        MoneyTotals totals = p.totals();
        table.row(p.customer().toString(), Integer.toString(p.level().number()), p.textKey(),
            Integer.toString(p.lines().size()), p.payBy().toString(), Amounts.perCurrency(totals));
      }
      stdout.print(table.render("  "));
      if (result.proposals().size() > SHOWN) {
        stdout.printf(Locale.ROOT, "  ... and %,d more notices in %s%n", result.proposals().size() - SHOWN, out);
      }
    }
    if (!result.skipped().isEmpty()) {
      Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
      for (SkippedItem s : result.skipped()) {
        byReason.merge(s.reason(), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      byReason.forEach((reason, count) -> parts.add(reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
          + count));
      stdout.println("Not dunned: " + result.skipped().size() + (result.skipped().size() == 1 ? " item (" : " items (")+ String.join(", ", parts) + ")"
          + (skipped == null ? "; --skipped S.csv lists them with the reason" : ""));
    }
    stdout.println("Wrote " + out + (notices == null ? "" : ", " + notices) + (skipped == null ? "" : ", " + skipped)
        + (letters == null ? "" : " and " + letterCount + (letterCount == 1 ? " letter" : " letters") + " in " + letters));
    stdout.flush();
  }
}
