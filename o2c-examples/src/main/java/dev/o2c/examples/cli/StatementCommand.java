package dev.o2c.examples.cli;

import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.io.ProgressInputStream;
import dev.o2c.examples.statement.StatementSummary;
import dev.o2c.examples.statement.TransactionsCsv;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code o2c statement S [--out T.csv]}: reads a bank statement file of any supported format
 * (camt.052/053/054, MT940/MT942, BAI2; detected from the content) and prints a readable summary:
 * per statement the account, ids, creation time, balances, entry and transaction counts and
 * credit/debit totals, then the validation findings. With {@code --out} it also writes every
 * transaction as CSV in the CLI contract's columns ({@link TransactionsCsv}); {@code --out -} writes the
 * CSV to standard output and the summary to standard error. {@code --out} naming the statement file
 * itself (under any spelling or through a link) is refused as a usage error, so the bank file is
 * never overwritten. Free text in the CSV is spreadsheet-safe unless {@code --raw-text} is given.
 *
 * <p>The file is streamed: entries are counted and written as the reader hands them over, never
 * held together, so memory does not grow with the file. The CSV goes to a temporary file that
 * {@link AtomicOutput} moves into place only when the whole statement file was read; on bad input
 * no output file is left behind. For files of {@value #PROGRESS_MIN_MB} MB and more, progress is
 * printed on standard error every tenth of the file.
 *
 * <p>Exit codes: 0 done (findings do not change it: real bank files often do not reconcile), 1 the
 * file is missing, unreadable, of unknown format or malformed (one line on standard error naming
 * the file, the line or XML element path, and the problem), 2 wrong command line.
 *
 * <p>With {@code --skip-unreadable-entries} an entry with a wrong value in an otherwise readable
 * file is left out instead of failing the command: it is named on standard error and in the
 * findings ({@code ENTRY_SKIPPED}), and the exit code stays 0.
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description = {
        "Summarises a bank statement file; --out writes its transactions as CSV.",
        "The format is detected from the content: ISO 20022 camt.052/053/054,",
        "SWIFT MT940/MT942 or BAI2. The summary shows accounts, statements,",
        "balances, entry and transaction counts, credit and debit totals and",
        "validation findings."},
    footer = {"",
        "Spreadsheet-safe text: in the CSV, a name, remittance text or reference that",
        "starts with =, +, -, @, tab or CR gets a single quote (') in front, so that a",
        "spreadsheet shows it as text instead of running it as a formula (CSV injection).",
        "Amounts, dates and codes are never changed. --raw-text keeps the text as sent.",
        "",
        "Exit codes: 0 done (also with findings), 1 bad input, 2 wrong command line."})
public final class StatementCommand implements Callable<Integer> {

  /** Files at least this big (in MB) get progress reports on standard error. */
  static final long PROGRESS_MIN_MB = 16;

  private static final int BUFFER_BYTES = 64 * 1024;

  /** The {@code --out} value that means standard output. */
  private static final String STANDARD_OUTPUT = "-";

  /** From which file size on progress is reported; tests lower it. */
  long progressMinBytes = PROGRESS_MIN_MB << 20;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "S", description = "the bank statement file")
  private Path file;

  @Option(names = "--out", paramLabel = "T.csv",
      description = "also write every transaction as CSV to this file (replaced only on success; never "
          + "the statement file itself). '-' writes the CSV to standard output and the summary to "
          + "standard error; on bad input the rows written so far stay there, so check the exit code.")
  private Path out;

  @Option(names = "--raw-text",
      description = "write names, remittance text and references exactly as the bank file gives them, "
          + "without the spreadsheet-safe quote (see below)")
  private boolean rawText;

  @Option(names = "--skip-unreadable-entries",
      description = "leave out an entry with a wrong value (bad amount, date, currency...) and read the "
          + "rest, instead of failing; each entry left out is named on standard error and in the "
          + "findings (ENTRY_SKIPPED). A damaged file structure still fails.")
  private boolean skipUnreadable;

  /** A command ready for picocli to fill in. */
  public StatementCommand() {}

  /**
   * Reads the statement file, writes the CSV if asked, and prints the summary.
   *
   * @return {@link ExitCodes#OK}
   * @throws StatementParseException if the file is of unknown format or malformed
   * @throws UncheckedIOException if the file is missing or unreadable, or the CSV cannot be written
   * @throws ParameterException if {@code --out} names a directory or the statement file
   */
  @Override
  public Integer call() {
    boolean toStandardOutput = out != null && out.toString().equals(STANDARD_OUTPUT);
    if (out != null && !toStandardOutput) {
      checkOut();
    }
    String source = file.toString();
    StatementSummary summary = new StatementSummary(source);
    TransactionsCsv.TextCells textCells = rawText ? TransactionsCsv.TextCells.RAW
        : TransactionsCsv.TextCells.SPREADSHEET_SAFE;
    PrintWriter stdout = spec.commandLine().getOut();
    StatementFormat format;
    long rows = -1;
    try (InputStream in = open(source, summary)) {
      if (out == null) {
        format = read(in, source, skipping(summary));
      } else if (toStandardOutput) {
        TransactionsCsv csv = new TransactionsCsv(stdout, textCells);
        format = read(in, source, skipping(new Both(summary, csv)));
        stdout.flush();
        if (stdout.checkError()) {
          throw new UncheckedIOException(new IOException("cannot write the CSV to standard output"));
        }
        rows = csv.rowCount();
      } else {
        long[] written = new long[1];
        StatementFormat[] detected = new StatementFormat[1];
        AtomicOutput.write(out, writer -> {
          TransactionsCsv csv = new TransactionsCsv(writer, textCells);
          detected[0] = read(in, source, skipping(new Both(summary, csv)));
          written[0] = csv.rowCount();
        });
        format = detected[0];
        rows = written[0];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    // With the CSV on standard output, the summary goes to standard error so that the two never mix.
    PrintWriter report = toStandardOutput ? spec.commandLine().getErr() : stdout;
    summary.print(report, format);
    if (rows >= 0) {
      report.println();
      report.println("Wrote " + rows + (rows == 1 ? " transaction" : " transactions") + " to "
          + (toStandardOutput ? "standard output" : out));
    }
    report.flush();
    return ExitCodes.OK;
  }

  /** Refuses an {@code --out} that is a folder or the statement file itself (which it would overwrite). */
  private void checkOut() {
    if (Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a directory; give the CSV file to write");
    }
    if (sameFile(file, out)) {
      throw new ParameterException(spec.commandLine(),
          "--out " + out + " is the statement file " + file + "; give another file for the CSV");
    }
  }

  /** The same path once normalised, or the same file on disk (through links, {@code ..} or another spelling). */
  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the file, with progress reports (bytes read, transactions counted) on standard error when it is big. */
  private InputStream open(String source, StatementSummary summary) {
    if (Files.isDirectory(file)) {
      String problem = source + ": is a directory, not a statement file";
      throw new UncheckedIOException(problem, new IOException(problem));
    }
    InputStream raw;
    long size;
    try {
      size = Files.size(file);
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(source + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException(source + ": cannot read: permission denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (size < progressMinBytes || size == 0) {
      return raw;
    }
    PrintWriter err = spec.commandLine().getErr();
    String prefix = spec.qualifiedName() + ": " + source + ": ";
    return new ProgressInputStream(raw, Math.max(1, size / 10), read -> {
      err.println(prefix + Math.min(100, read * 100 / size) + "% read (" + (read >> 20) + " of " + (size >> 20)
          + " MB), " + summary.transactionCount() + " transactions so far");
      err.flush();
    });
  }

  /** With {@code --skip-unreadable-entries}: the handler that names each entry left out and goes on. */
  private StatementHandler skipping(StatementHandler handler) {
    if (!skipUnreadable) {
      return handler;
    }
    return new Skipping(handler, spec.commandLine().getErr(), spec.qualifiedName() + ": ");
  }

  private static StatementFormat read(InputStream in, String source, StatementHandler handler) {
    return StatementReaders.stream(new BufferedInputStream(in, BUFFER_BYTES), source, handler);
  }

  /** Hands every event to the summary and to the CSV. */
  private static class Both implements StatementHandler {
    private final StatementHandler first;
    private final StatementHandler second;

    Both(StatementHandler first, StatementHandler second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void onStatementStart(Statement header) {
      first.onStatementStart(header);
      second.onStatementStart(header);
    }

    @Override
    public void onEntry(Entry entry) {
      first.onEntry(entry);
      second.onEntry(entry);
    }

    @Override
    public void onStatementEnd(Statement statement) {
      first.onStatementEnd(statement);
      second.onStatementEnd(statement);
    }

    @Override
    public void onFileFinding(Finding finding) {
      first.onFileFinding(finding);
      second.onFileFinding(finding);
    }
  }

  /** Passes every event on, and for an unreadable entry names it on standard error and goes on. */
  private static final class Skipping extends Both {
    private final PrintWriter err;
    private final String prefix;

    Skipping(StatementHandler inner, PrintWriter err, String prefix) {
      super(inner, entry -> { });
      this.err = err;
      this.prefix = prefix;
    }

    @Override
    public void onEntryFailure(StatementParseException failure) {
      err.println(prefix + failure.sourceName() + ": " + failure.location() + ": entry left out: "
          + failure.problem());
      err.flush();
    }
  }
}
