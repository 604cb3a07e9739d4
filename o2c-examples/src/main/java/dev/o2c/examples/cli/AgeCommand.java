package dev.o2c.examples.cli;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingBasis;
import dev.o2c.aging.AgingBuckets;
import dev.o2c.aging.AgingReport;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.examples.aging.AgingCsv;
import dev.o2c.examples.aging.AgingHtml;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.examples.io.AtomicOutput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code o2c age --open-items F.csv --as-of DATE [--buckets 30,60,90,120] [--basis due|document] --out
 * A.csv [--report R.html]}: ages an open-items export (the CLI contract's open-items CSV) as of a day
 * and writes the aging per customer and currency as the contract's aging CSV ({@link AgingCsv}); with
 * {@code --report}, also a self-contained HTML page for people ({@link AgingHtml}).
 *
 * <p>Both files are written only when the whole input was read and aged, each through a temporary
 * file moved into place ({@link AtomicOutput}): on bad input no output file is written and an existing
 * one is left as it was. Exit codes: 0 done, 1 bad input (one line on standard error naming the file,
 * the line and the column's problem), 2 wrong command line.
 */
@Command(
    name = "age",
    mixinStandardHelpOptions = true,
    description = {
        "Ages the open items of an open-items CSV as of a day: open amounts per customer",
        "and currency in buckets of days past due (or since the document date).",
        "Writes the aging CSV (customer_id,currency,<buckets>,total) and, with --report,",
        "an HTML page with the table, a chart per bucket and the customers most past due."},
    footer = {"",
        "Buckets for --buckets 30,60,90,120 (the default): by due date current (not yet",
        "past due), 1-30, 31-60, 61-90, 91-120, 121+; by document date 0-30, 31-60, 61-90,",
        "91-120, 121+. Credit memos reduce the bucket they fall in.",
        "",
        "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class AgeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--open-items", required = true, paramLabel = "F.csv",
      description = "the open items: item_id, customer_id, document_date, due_date, currency, amount, "
          + "optional type, open_amount, reference, terms")
  private Path openItems;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the day to age as of, yyyy-MM-dd")
  private LocalDate asOf;

  @Option(names = "--buckets", split = ",", paramLabel = "DAYS",
      description = "the last day of each bucket, increasing (default: 30,60,90,120)")
  private int[] boundaries = {30, 60, 90, 120};

  @Option(names = "--basis", paramLabel = "due|document",
      description = "age from the due date (default) or from the document date")
  private String basis = "due";

  @Option(names = "--out", required = true, paramLabel = "A.csv", description = "the aging CSV to write")
  private Path out;

  @Option(names = "--report", paramLabel = "R.html", description = "also write a self-contained HTML report")
  private Path report;

  /** A command ready for picocli to fill in. */
  public AgeCommand() {}

  /**
   * Reads the open items, ages them and writes the CSV (and the report).
   *
   * @return {@link ExitCodes#OK}
   * @throws dev.o2c.examples.csv.CsvException if the open-items file is bad (exit 1)
   * @throws UncheckedIOException if a file cannot be read or written (exit 1)
   * @throws ParameterException if an option is wrong (exit 2)
   */
  @Override
  public Integer call() {
    AgingBasis agingBasis = basis();
    AgingBuckets buckets;
    try {
      buckets = AgingBuckets.forBasis(agingBasis, boundaries);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--buckets: " + e.getMessage());
    }
    checkOutput("--out", out);
    if (report != null) {
      checkOutput("--report", report);
      if (report.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        throw new ParameterException(spec.commandLine(), "--report and --out name the same file " + out);
      }
    }
    String source = openItems.toString();
    List<OpenItem> items = read(source);
    AgingReport<CustomerId> aging = Aging.of(agingBasis, buckets).byCustomer(items, asOf);
    // The page is rendered before anything is written, so a failure cannot leave the CSV without its page.
    String html = report == null ? null : AgingHtml.render(aging, openItems.getFileName().toString());
    int[] rows = new int[1];
    AtomicOutput.write(out, writer -> rows[0] = AgingCsv.write(aging, writer));
    if (html != null) {
      AtomicOutput.write(report, writer -> writer.write(html));
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "Aged %,d open items as of %s: %,d rows written to %s%s%n",
        aging.itemCount(), asOf, rows[0], out, html == null ? "" : ", report written to " + report);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private AgingBasis basis() {
    switch (basis.toLowerCase(Locale.ROOT)) {
      case "due":
        return AgingBasis.DUE_DATE;
      case "document":
        return AgingBasis.DOCUMENT_DATE;
      default:
        throw new ParameterException(spec.commandLine(), "--basis must be due or document, not '" + basis + "'");
    }
  }

  /** Refuses an output that is a folder or the input itself (which it would overwrite). */
  private void checkOutput(String option, Path path) {
    if (Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), option + " " + path + " is a directory; give a file to write");
    }
    boolean same = path.toAbsolutePath().normalize().equals(openItems.toAbsolutePath().normalize());
    try {
      same = same || Files.exists(path) && Files.exists(openItems) && Files.isSameFile(path, openItems);
    } catch (IOException e) {
      // cannot tell: the paths differ, so they are taken as different files
    }
    if (same) {
      throw new ParameterException(spec.commandLine(), option + " " + path + " is the open-items file; give another file");
    }
  }

  /** The items of the file, read as strict UTF-8: a byte sequence that is not UTF-8 is bad input, not a guess. */
  private List<OpenItem> read(String source) {
    if (Files.isDirectory(openItems)) {
      throw new UncheckedIOException(source + ": is a directory, not an open-items file", new IOException(source));
    }
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(openItems),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return OpenItemsCsv.read(reader, source);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(source + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException(source + ": cannot read: permission denied", e);
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(source + ": is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new UncheckedIOException(source + ": is not UTF-8 text", e.getCause());
      }
      throw e;
    }
  }
}
