package dev.o2c.examples.cli;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Direction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.examples.csv.CustomersCsv;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.match.MatchReport;
import dev.o2c.examples.match.MatchesCsv;
import dev.o2c.examples.text.Amounts;
import dev.o2c.jackson.O2cModule;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.CashApplication;
import dev.o2c.matching.cashapp.CashApplicationRun;
import dev.o2c.matching.cashapp.CashReconciliation;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.OpenItemBook;
import dev.o2c.matching.cashapp.RemittanceAdvices;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code o2c match --open-items F.csv --statement S [--customers C.csv] [--as-of DATE] [--advices A.json]
 * --out M.csv [--report R.html]}: cash application on files. Reads the open items (and customers) and a bank
 * statement of any supported format, joins the payers' remittance advices to their payments where
 * given ({@link RemittanceAdvices}; stderr names those that joined none), decides every booked
 * credit in statement order, writes the
 * matches CSV of the CLI contract ({@link MatchesCsv}) and prints the cash reconciliation of each
 * statement; {@code --report} also writes it as an HTML page with the payments left to work.
 *
 * <p>Credits that are not booked (pending, information only) appear as UNAPPLIED rows saying so,
 * since the contract lists every credit entry. Debits are not matched. Outputs are written all or
 * nothing; on bad input no output file is left. Exit codes: 0 done, 1 bad input, 2 wrong command line.
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
        "Cash application: matches every payment of a bank statement against open items.",
        "Writes one CSV row per application (AUTO or SUGGESTED) and per unapplied remainder,",
        "with the confidence and the reason, and prints the cash reconciliation."},
    footer = {"", "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class MatchCommand implements Callable<Integer> {

  /**
   * From which input size on progress is reported, the same as for {@code o2c statement}; tests
   * lower it.
   */
  long progressMinBytes = StatementCommand.PROGRESS_MIN_MB << 20;

  /** Whether this run reports its steps on standard error: an input is big enough to take seconds. */
  private boolean progress;

  @Spec
  private CommandSpec spec;

  @Option(names = "--open-items", required = true, paramLabel = "F.csv", description = "the open items (CLI contract columns)")
  private Path openItems;

  @Option(names = "--statement", required = true, paramLabel = "S",
      description = "the bank statement file: camt.053/054, MT940 or BAI2 (detected from the content)")
  private Path statementFile;

  @Option(names = "--customers", paramLabel = "C.csv", description = "customers: names, bank accounts, paying parents")
  private Path customersFile;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "leave out open items dated after this day (ISO yyyy-MM-dd); default: all items")
  private LocalDate asOf;

  @Option(names = "--advices", paramLabel = "A.json",
      description = "remittance advices (a JSON array of o2c RemittanceAdvice) joined to their payments before matching")
  private Path advicesFile;

  @Option(names = "--out", required = true, paramLabel = "M.csv", description = "the matches CSV to write")
  private Path out;

  @Option(names = "--report", paramLabel = "R.html", description = "also write the cash reconciliation as an HTML page")
  private Path report;

  /** A command ready for picocli to fill in. */
  public MatchCommand() {}

  /**
   * Runs the match.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    List<Path> inputs = new ArrayList<>(List.of(openItems, statementFile));
    Optional.ofNullable(customersFile).ifPresent(inputs::add);
    Optional.ofNullable(advicesFile).ifPresent(inputs::add);
    for (Path input : inputs) {
      OutputPaths.check(spec, out, input);
      if (report != null) {
        OutputPaths.check(spec, "--report", report, input);
      }
    }
    if (report != null && OutputPaths.same(report, out)) {
      throw new ParameterException(spec.commandLine(), "--report " + report + " is the --out file too; give two files");
    }
    PrintWriter err = spec.commandLine().getErr();
    progress = inputs.stream().anyMatch(input -> size(input) >= progressMinBytes);
    progress(err, "reading " + openItems + " (" + sizeText(openItems) + ")");
    List<OpenItem> items = readItems();
    if (customersFile != null) {
      progress(err, "reading " + customersFile + " (" + sizeText(customersFile) + ")");
    }
    List<Customer> customers = customersFile == null ? List.of() : readCustomers(items);
    progress(err, "reading " + statementFile + " (" + sizeText(statementFile) + ")");
    List<Statement> statements = readStatements();
    if (advicesFile != null) {
      progress(err, "reading " + advicesFile + " (" + sizeText(advicesFile) + ")");
    }
    RemittanceAdvices advices = advicesFile == null ? null : readAdvices();

    // Every credit the contract lists, with the payment it brings in where it brings one.
    List<Credit> credits = new ArrayList<>();
    for (Statement statement : statements) {
      for (Entry entry : statement.entries()) {
        for (Transaction tx : entry.transactions()) {
          if (tx.direction() == Direction.CREDIT && !tx.reversal()) {
            credits.add(new Credit(entry, tx, StatementPostings.payment(statement, entry, tx)));
          }
        }
      }
    }
    List<Payment> statementPayments = credits.stream().flatMap(c -> c.payment().stream()).toList();
    Optional<AdviceJoin> join = Optional.ofNullable(advices).map(a -> a.joinTo(statementPayments));
    join.ifPresent(j -> printAdvices(err, j, advices.advices().size()));
    List<Payment> payments = join.map(AdviceJoin::payments).orElse(statementPayments);
    progress(err, "indexing " + items.size() + " open items of " + customers.size() + " customers");
    OpenItemBook book = OpenItemBook.of(customers, items);
    CashApplication engine = CashApplication.builder(book).build();
    progress(err, "deciding " + payments.size() + " payments");
    CashApplicationRun run = engine.decideAll(payments);
    progress(err, "writing " + out + (report != null ? " and " + report : ""));

    AtomicOutput.write(out, writer -> {
      MatchesCsv csv = new MatchesCsv(writer);
      int next = 0; // the decisions are in the order of the payments
      for (Credit credit : credits) {
        Transaction tx = credit.tx();
        if (credit.payment().isPresent()) {
          csv.write(run.decisions().get(next++));
        } else {
          csv.writeNotDecided(StatementPostings.entryRef(credit.entry(), tx).orElse(tx.duplicateKey()), tx.amount(),
              tx.status() != EntryStatus.BOOKED ? "not booked (" + tx.status() + "): not matched"
                  : !tx.amount().isPositive() ? "zero amount: no money to apply"
                  : "no value or booking date: not matched");
        }
      }
    });
    List<CashReconciliation> reconciliations = CashReconciliation.of(statements, run);
    if (report != null) {
      AtomicOutput.write(report, writer -> MatchReport.write(writer, statementFile.getFileName().toString(),
          reconciliations, run, join));
    }
    print(spec.commandLine().getOut(), run, reconciliations);
    return ExitCodes.OK;
  }

  /** A credit of the statement and the payment it brings in, if any. */
  private record Credit(Entry entry, Transaction tx, Optional<Payment> payment) {}

  private static void print(PrintWriter out, CashApplicationRun run, List<CashReconciliation> reconciliations) {
    Map<DecisionKind, Integer> counts = run.counts();
    out.println("Payments: " + run.decisions().size() + "  AUTO " + counts.get(DecisionKind.AUTO) + "  SUGGESTED "
        + counts.get(DecisionKind.SUGGESTED) + "  UNAPPLIED " + counts.get(DecisionKind.UNAPPLIED));
    for (CashReconciliation r : reconciliations) {
      out.println();
      out.println("Statement " + r.statementId() + "  account " + r.account());
      out.println("  credits received   " + Amounts.perCurrency(r.credits()) + "  (" + r.creditCount() + ")");
      out.println("  applied (AUTO)     " + Amounts.perCurrency(r.autoApplied()));
      out.println("  suggested          " + Amounts.perCurrency(r.suggested()));
      out.println("  unapplied          " + Amounts.perCurrency(r.unapplied()));
      out.println("  on account         " + Amounts.perCurrency(r.onAccount()));
      out.println("  suspense           " + Amounts.perCurrency(r.suspense()));
      out.println("  parts add up       " + (r.balanced() ? "yes" : "NO"));
      out.println("  bank balance proof " + r.balanceProof().map(ok -> ok ? "yes" : "NO").orElse("no opening/closing balance"));
    }
    out.flush();
  }

  /** Which advices joined a payment; those that did not, each with the reason (the first ten). */
  private static void printAdvices(PrintWriter err, AdviceJoin join, int count) {
    err.println("match: " + join.joinedCount() + " of " + count + " remittance advices joined a payment");
    join.unjoined().stream().limit(10).forEach(u -> err.println("  advice " + u.advice().id() + ": " + u.reason()));
    if (join.unjoined().size() > 10) {
      err.println("  and " + (join.unjoined().size() - 10) + " more advices that joined no payment");
    }
    err.flush();
  }

  private RemittanceAdvices readAdvices() {
    JsonMapper mapper = JsonMapper.builder().addModule(new O2cModule()).build();
    try (Reader reader = Files.newBufferedReader(advicesFile, StandardCharsets.UTF_8)) {
      return RemittanceAdvices.of(mapper.readValue(reader, new TypeReference<List<RemittanceAdvice>>() {}));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(advicesFile + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(advicesFile + ": cannot read: " + e.getMessage(), e);
    } catch (JacksonException e) {
      // o2c-jackson names the place inside one advice ("o2c JSON at 'amount.amount': ..."); which advice is the array index.
      int index = e.getPath().stream().mapToInt(JacksonException.Reference::getIndex).filter(i -> i >= 0).findFirst()
          .orElse(-1);
      throw new UncheckedIOException(advicesFile + (index >= 0 ? ": advice " + (index + 1) : "") + ": "
          + advicesProblem(e, index), new IOException(e));
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(advicesFile + ": " + e.getMessage(), new IOException(e));
    }
  }

  /** Jackson's words for a file that is no advices array, in the user's: what was expected, and where. */
  private static String advicesProblem(JacksonException e, int index) {
    if (index < 0 && e instanceof tools.jackson.databind.exc.MismatchedInputException) {
      return "expected a JSON array of remittance advices ([{\"id\": ...}, ...])";
    }
    if (e instanceof tools.jackson.core.exc.StreamReadException) {
      String message = String.valueOf(e.getOriginalMessage());
      int aside = message.indexOf(" (start marker at");
      tools.jackson.core.TokenStreamLocation at = e.getLocation();
      return "not valid JSON" + (at != null && at.getLineNr() > 0
          ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "") + ": "
          + (aside >= 0 ? message.substring(0, aside) : message);
    }
    return e.getOriginalMessage();
  }

  private List<OpenItem> readItems() {
    List<OpenItem> items;
    try (Reader reader = Files.newBufferedReader(openItems, StandardCharsets.UTF_8)) {
      items = OpenItemsCsv.read(reader, openItems.toString());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(openItems + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(openItems + ": cannot read: " + e.getMessage(), e);
    }
    if (asOf == null) {
      return items;
    }
    return items.stream().filter(i -> !i.documentDate().isAfter(asOf)).toList();
  }

  private List<Customer> readCustomers(List<OpenItem> items) {
    CurrencyUnit currency = items.isEmpty() ? Monetary.getCurrency("EUR") : items.get(0).originalAmount().currency();
    try (Reader reader = Files.newBufferedReader(customersFile, StandardCharsets.UTF_8)) {
      return CustomersCsv.read(reader, customersFile.toString(), currency);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(customersFile + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(customersFile + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reports a step on standard error when the inputs are big. */
  private void progress(PrintWriter err, String step) {
    if (progress) {
      err.println("match: " + step);
      err.flush();
    }
  }

  /** The file's size in bytes; 0 where it cannot be read (reading it then names the problem). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The file's size in whole MB, or in KB below one MB. */
  private static String sizeText(Path file) {
    long size = size(file);
    return size >= 1 << 20 ? (size >> 20) + " MB" : ((size + 1023) >> 10) + " KB";
  }

  private List<Statement> readStatements() {
    String source = statementFile.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(statementFile), 1 << 16)) {
      return StatementReaders.readFile(in, source).statements();
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(source + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
  }
}
