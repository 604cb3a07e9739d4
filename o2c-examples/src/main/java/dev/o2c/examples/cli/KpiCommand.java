package dev.o2c.examples.cli;

import dev.o2c.aging.kpi.KpiSeries;
import dev.o2c.aging.kpi.MonthDays;
import dev.o2c.aging.kpi.PeriodFigures;
import dev.o2c.aging.kpi.PeriodKpis;
import dev.o2c.aging.kpi.Ratio;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.csv.PeriodsCsv;
import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.io.TextInput;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code o2c kpi --periods P.csv [--window N] [--month-days calendar|30] --out K.csv}: DSO by the
 * period and the countback method, best possible DSO, average days delinquent, CEI, percent current
 * and turnover for every month of a series that has a full window, exactly as the CLI contract
 * defines them ({@link dev.o2c.aging.kpi.ReceivablesKpis}).
 *
 * <p>Output columns {@code period_end,dso,dso_countback,bpdso,add,cei,percent_current,turnover};
 * values are exact until written, then rounded half-up to 2 decimals; a value that cannot be
 * computed is empty. The CSV is written to a temporary file and moved into place only when complete.
 *
 * <p>Exit codes: 0 done, 1 the periods file is missing or bad (file, line and problem on standard
 * error; no output file), 2 wrong command line.
 */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description = {
        "DSO, countback DSO, BPDSO, ADD, CEI and turnover per month.",
        "Also percent current; one row per month with a full --window of sales."},
    footer = {"",
        "--periods: CSV period_end,credit_sales,ending_receivables[,ending_current],",
        "one row per month, oldest first, period_end the month's last day.",
        "With S the window's sales, D its days, N its months, R and C the month's",
        "receivables and current part, B the receivables before the window:",
        "  dso = R*D/S   bpdso = C*D/S   add = dso - bpdso   turnover = S*(365/D)/R",
        "  cei = (B+S/N-R)/(B+S/N-C)*100   percent_current = C/R*100",
        "  dso_countback: subtract months' sales from R, newest first, counting",
        "  their days, then prorate the first month whose sales exceed the rest.",
        "Rounded half-up to 2 decimals when written; empty where not computable.",
        "",
        "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class KpiCommand implements Callable<Integer> {

  /** The contract's output header. */
  static final List<String> HEADER =
      List.of("period_end", "dso", "dso_countback", "bpdso", "add", "cei", "percent_current", "turnover");

  @Spec
  private CommandSpec spec;

  @Option(names = "--periods", required = true, paramLabel = "P.csv", description = "the monthly figures")
  private Path periods;

  @Option(names = "--window", paramLabel = "N", defaultValue = "3",
      description = "months in the DSO/CEI window (default: ${DEFAULT-VALUE})")
  private int window;

  @Option(names = "--month-days", paramLabel = "calendar|30", defaultValue = "calendar",
      converter = MonthDaysConverter.class,
      description = "days a month counts: its calendar days, or 30 each (default: calendar)")
  private MonthDays monthDays;

  @Option(names = "--out", required = true, paramLabel = "K.csv", description = "the KPI CSV to write")
  private Path out;

  /** A command ready for picocli to fill in. */
  public KpiCommand() {}

  /**
   * Reads the periods, computes the KPIs and writes the CSV.
   *
   * @return {@link ExitCodes#OK}
   * @throws dev.o2c.examples.csv.CsvException if the periods file is bad
   * @throws UncheckedIOException if a file cannot be read or written
   * @throws ParameterException if {@code --window} is below 1 or {@code --out} is a directory or the input
   */
  @Override
  public Integer call() {
    if (window < 1) {
      throw new ParameterException(spec.commandLine(), "--window " + window + " must be at least 1");
    }
    OutputPaths.check(spec, out, periods);
    List<PeriodFigures> months = TextInput.read(periods, PeriodsCsv::read);
    List<PeriodKpis> rows = KpiSeries.of(months, window, monthDays);
    AtomicOutput.write(out, writer -> {
      CsvWriter csv = new CsvWriter(writer);
      csv.row(HEADER);
      for (PeriodKpis row : rows) {
        csv.row(row.month().atEndOfMonth().toString(), cell(row.dso()), cell(row.dsoCountback()),
            cell(row.bestPossibleDso()), cell(row.averageDaysDelinquent()), cell(row.collectionEffectivenessIndex()),
            cell(row.percentCurrent()), cell(row.turnover()));
      }
    });
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote " + rows.size() + (rows.size() == 1 ? " period" : " periods") + " of " + months.size()
        + " to " + out + " (window " + window + (window == 1 ? " month" : " months") + ", "
        + (monthDays == MonthDays.THIRTY ? "30-day" : "calendar") + " months)");
    stdout.flush();
    return ExitCodes.OK;
  }

  /** The contract's rounding, applied only here: half-up to 2 decimals; empty when not computable. */
  static String cell(Optional<Ratio> value) {
    return value.map(v -> v.rounded(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
  }

  /** {@code calendar} or {@code 30}. */
  static final class MonthDaysConverter implements ITypeConverter<MonthDays> {
    @Override
    public MonthDays convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "calendar":
          return MonthDays.CALENDAR;
        case "30":
          return MonthDays.THIRTY;
        default:
          throw new TypeConversionException("'" + value + "' is neither calendar nor 30");
      }
    }
  }
}
