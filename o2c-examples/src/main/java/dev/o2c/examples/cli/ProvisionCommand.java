package dev.o2c.examples.cli;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingBasis;
import dev.o2c.aging.AgingBuckets;
import dev.o2c.aging.ecl.Allowance;
import dev.o2c.aging.ecl.AllowanceAdjustment;
import dev.o2c.aging.ecl.AllowanceRow;
import dev.o2c.aging.ecl.BucketBalances;
import dev.o2c.aging.ecl.ProvisionMatrix;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.io.TextInput;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code o2c provision --open-items F.csv --as-of DATE --rates R1,R2,... [--buckets ...] [--basis
 * due|document] [--existing-allowance X] --out P.csv}: the expected-credit-loss (bad-debt) allowance
 * by aging bucket, as the CLI contract fixes it. All items of the file, in one currency, are aged
 * as {@code o2c age} ages them (same bucket labels, {@code --buckets} and {@code --basis}); each
 * bucket's signed open amount times its rate, rounded half-up to the minor unit, is its allowance;
 * {@code total} sums the rows; with {@code --existing-allowance} (the allowance account's balance
 * before adjusting, positive = credit) a row {@code adjustment} gives the bad-debt expense to book,
 * {@code total − X}. The allowance itself is {@link ProvisionMatrix} of {@code dev.o2c.aging.ecl}.
 *
 * <p>Exit codes: 0 done, 1 bad open-items file (file, line and problem on standard error; also
 * items in more than one currency, or none), 2 wrong command line (also a rate count that differs
 * from the bucket count, a rate outside {@code [0, 1]}, or an existing allowance with more decimals
 * than the currency has).
 */
@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = {
        "Expected-credit-loss allowance by aging bucket, and its adjusting entry.",
        "A provision matrix (the aging-schedule bad-debt allowance): each bucket's",
        "signed open amount times its loss rate, rounded half-up to the currency's",
        "minor unit; the total sums the rows."},
    footer = {"",
        "Output: CSV bucket,gross,rate,allowance: one row per bucket, then total;",
        "with --existing-allowance X also adjustment = total - X, the bad-debt",
        "expense to book (negative: allowance released). X is the allowance",
        "account's balance before adjusting: positive = credit, negative = debit.",
        "Buckets as o2c age: basis due gives current,1-30,31-60,61-90,91-120,121+",
        "for --buckets 30,60,90,120; basis document gives 0-30,...,121+.",
        "",
        "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class ProvisionCommand implements Callable<Integer> {

  /** The contract's output header. */
  static final List<String> HEADER = List.of("bucket", "gross", "rate", "allowance");

  @Spec
  private CommandSpec spec;

  @Option(names = "--open-items", required = true, paramLabel = "F.csv", description = "the open-items export")
  private Path openItems;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = IsoDate.class,
      description = "the day the items are aged to (yyyy-MM-dd)")
  private LocalDate asOf;

  @Option(names = "--rates", required = true, split = ",", paramLabel = "RATE",
      description = "one loss rate per bucket, youngest first, as decimal fractions (0.003 = 0.3 %%)")
  private List<BigDecimal> rates;

  @Option(names = "--buckets", split = ",", paramLabel = "DAYS", defaultValue = "30,60,90,120",
      description = "upper bounds of the closed buckets in days (default: ${DEFAULT-VALUE})")
  private List<Integer> bounds;

  @Option(names = "--basis", paramLabel = "due|document", defaultValue = "due",
      converter = BasisConverter.class,
      description = "age from the due date (default) or the document date")
  private AgingBasis basis;

  @Option(names = "--existing-allowance", paramLabel = "X",
      description = "the allowance account's unadjusted balance (positive = credit balance)")
  private BigDecimal existingAllowance;

  @Option(names = "--out", required = true, paramLabel = "P.csv", description = "the provision CSV to write")
  private Path out;

  /** A command ready for picocli to fill in. */
  public ProvisionCommand() {}

  /**
   * Reads and ages the items, computes the allowance and writes the CSV.
   *
   * @return {@link ExitCodes#OK}
   * @throws CsvException if the open-items file is bad, mixes currencies or holds no item
   * @throws UncheckedIOException if a file cannot be read or written
   * @throws ParameterException if the buckets, rates or existing allowance do not fit, or {@code --out}
   *     is a directory or the input
   */
  @Override
  public Integer call() {
    AgingBuckets buckets;
    try {
      buckets = AgingBuckets.forBasis(basis, bounds.stream().mapToInt(Integer::intValue).toArray());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--buckets: " + e.getMessage());
    }
    List<String> labels = buckets.labels();
    if (rates.size() != labels.size()) {
      throw new ParameterException(spec.commandLine(), "--rates gives " + rates.size() + (rates.size() == 1 ? " rate" : " rates")
          + " but there are " + labels.size() + " buckets (" + String.join(", ", labels) + ")");
    }
    ProvisionMatrix matrix;
    try {
      matrix = ProvisionMatrix.of(labels, rates);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--rates: " + e.getMessage());
    }
    OutputPaths.check(spec, out, openItems);

    List<OpenItem> items = TextInput.read(openItems, OpenItemsCsv::read);
    CurrencyUnit currency = currency(items);
    Optional<Money> existing = Optional.ofNullable(existingAllowance).map(x -> existing(x, currency));
    // The same aging as o2c age: gross open amounts per bucket, credit memos reducing them.
    BucketBalances book = BucketBalances.of(labels,
        Aging.of(basis, buckets).byCurrency(items, asOf).openAmountsByBucket(currency));
    Allowance allowance = matrix.apply(book);
    Optional<AllowanceAdjustment> adjustment = existing.map(allowance::adjustment);

    AtomicOutput.write(out, writer -> {
      CsvWriter csv = new CsvWriter(writer);
      csv.row(HEADER);
      for (AllowanceRow row : allowance.rows()) {
        csv.row(row.label(), Amounts.plain(row.gross()), row.rate().toPlainString(), Amounts.plain(row.allowance()));
      }
      csv.row("total", Amounts.plain(allowance.grossTotal()), "", Amounts.plain(allowance.total()));
      if (adjustment.isPresent()) {
        csv.row("adjustment", "", "", Amounts.plain(adjustment.get().expense()));
      }
    });
    print(items.size(), currency, allowance, adjustment);
    return ExitCodes.OK;
  }

  /** The one currency of the file. */
  private CurrencyUnit currency(List<OpenItem> items) {
    TreeSet<String> codes = new TreeSet<>();
    items.forEach(item -> codes.add(item.originalAmount().currency().getCurrencyCode()));
    if (codes.isEmpty()) {
      throw new CsvException(openItems.toString(), 0, "no open items: the provision needs at least one to know "
          + "the currency");
    }
    if (codes.size() > 1) {
      throw new CsvException(openItems.toString(), 0, "items in " + String.join(", ", codes)
          + ": the provision needs one currency per file");
    }
    return items.get(0).originalAmount().currency();
  }

  private Money existing(BigDecimal value, CurrencyUnit currency) {
    try {
      return Money.of(currency, value);
    } catch (ArithmeticException e) {
      throw new ParameterException(spec.commandLine(), "--existing-allowance " + value.toPlainString() + " "
          + dev.o2c.examples.csv.CsvMoney.whyNotExact(value, currency));
    }
  }

  private void print(int count, CurrencyUnit currency, Allowance allowance, Optional<AllowanceAdjustment> adjustment) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Provision as of " + asOf + ": " + count + (count == 1 ? " item" : " items") + " in "
        + currency.getCurrencyCode() + ", aged by " + (basis == AgingBasis.DUE_DATE ? "due" : "document")
        + " date");
    TextTable table = new TextTable().left("Bucket").right("Gross").right("Rate").right("Allowance");
    for (AllowanceRow row : allowance.rows()) {
      table.row(row.label(), Amounts.grouped(row.gross()), row.rate().toPlainString(), Amounts.grouped(row.allowance()));
    }
    table.footer("total", Amounts.grouped(allowance.grossTotal()), "", Amounts.grouped(allowance.total()));
    stdout.print(table.render("  "));
    adjustment.ifPresent(a -> stdout.println(a.expense().isNegative()
        ? "Release " + Amounts.grouped(a.amount()) + ": debit the allowance, credit bad-debt expense (balance "
            + Amounts.grouped(a.existing()) + " -> " + Amounts.grouped(a.adjustedBalance()) + ")"
        : "Book " + Amounts.grouped(a.amount()) + " of bad-debt expense: debit bad-debt expense, credit the allowance "
            + "(balance " + Amounts.grouped(a.existing()) + " -> " + Amounts.grouped(a.adjustedBalance()) + ")"));
    stdout.println("Wrote " + out);
    stdout.flush();
  }

  /** An ISO date, {@code yyyy-MM-dd}. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not an ISO date (yyyy-MM-dd)");
      }
    }
  }

  /** Reads {@code --basis}: {@code due} or {@code document}, any case. */
  static final class BasisConverter implements picocli.CommandLine.ITypeConverter<AgingBasis> {
    @Override
    public AgingBasis convert(String value) {
      switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "due":
          return AgingBasis.DUE_DATE;
        case "document":
          return AgingBasis.DOCUMENT_DATE;
        default:
          throw new picocli.CommandLine.TypeConversionException("must be due or document, not '" + value + "'");
      }
    }
  }
}
