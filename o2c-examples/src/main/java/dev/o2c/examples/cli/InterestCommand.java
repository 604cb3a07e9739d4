package dev.o2c.examples.cli;

import dev.o2c.aging.interest.DayCount;
import dev.o2c.aging.interest.InterestPeriod;
import dev.o2c.aging.interest.LateInterestClaim;
import dev.o2c.aging.interest.LatePaymentRegime;
import dev.o2c.aging.interest.MissingRateException;
import dev.o2c.aging.interest.RateTable;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.BaseRatesCsv;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.io.AtomicOutput;
import dev.o2c.examples.io.TextInput;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code o2c interest --amount A --currency C --due DATE --paid DATE --regime R [--base-rates B.csv]
 * [--rate PCT] [--day-count D] [--out F.csv]}: statutory or contractual late-payment interest and the
 * fixed compensation for one late payment, as the CLI contract fixes it ({@link LatePaymentRegime}).
 *
 * <p>Output: one CSV row with the header {@code days,rate_percent,interest,compensation,total} on
 * standard output, or in {@code --out} (written to a temporary file and moved into place, with a
 * summary of the sub-periods on standard output). {@code days} is {@code paid − due}; {@code
 * rate_percent} the annual rate applied, for a period split at rate changes the mean weighted by
 * days, with 4 decimals; the amounts at the currency's scale, interest rounded half-up once.
 *
 * <p>Exit codes: 0 done, 1 bad base-rate file (file, line and problem on standard error, no output
 * written; also a table that starts after a day the regime needs), 2 wrong command line (also a
 * payment day before the due date, an amount with more decimals than the currency has, {@code
 * --rate} with a statutory regime or {@code --base-rates} with {@code contract}, a fixed sum the
 * regime has only in EUR or GBP for a debt in another currency).
 */
@Command(
    name = "interest",
    mixinStandardHelpOptions = true,
    description = {
        "Late-payment interest and fixed compensation for one late payment.",
        "Simple interest on --amount for the days after --due up to and including",
        "--paid, rounded half-up to the minor unit once."},
    footer = {"",
        "Regimes (the base rates always come from --base-rates; o2c holds none):",
        "  uk           base rate on the 30 Jun / 31 Dec before interest runs + 8,",
        "               fixed for the whole delay; GBP 40/70/100 by the size of the debt",
        "  eu           reference rate of 1 Jan / 1 Jul for its half-year + 8; EUR 40",
        "  de-b2b       base rate + 9, split at every change; EUR 40 (BGB 288(2),(5))",
        "  de-consumer  base rate + 5, split at every change; no fixed sum",
        "  contract     --rate PCT; no fixed sum",
        "--base-rates: CSV effective_date,rate_percent (percent a year).",
        "Output: CSV days,rate_percent,interest,compensation,total; rate_percent is",
        "the day-weighted mean over rate changes, 4 decimals.",
        "",
        "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class InterestCommand implements Callable<Integer> {

  /** The contract's output header. */
  static final List<String> HEADER = List.of("days", "rate_percent", "interest", "compensation", "total");

  /** The regimes of the contract. */
  enum Regime {
    UK("uk"), EU("eu"), DE_B2B("de-b2b"), DE_CONSUMER("de-consumer"), CONTRACT("contract");

    private final String label;

    Regime(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--amount", required = true, paramLabel = "A", description = "the amount paid late, e.g. 1234.50")
  private BigDecimal amount;

  @Option(names = "--currency", required = true, paramLabel = "C", description = "its ISO 4217 currency, e.g. EUR")
  private String currency;

  @Option(names = "--due", required = true, paramLabel = "DATE", converter = ProvisionCommand.IsoDate.class,
      description = "the due date (yyyy-MM-dd); interest runs from the day after")
  private LocalDate due;

  @Option(names = "--paid", required = true, paramLabel = "DATE", converter = ProvisionCommand.IsoDate.class,
      description = "the payment day (yyyy-MM-dd), the last day with interest")
  private LocalDate paid;

  @Option(names = "--regime", required = true, paramLabel = "R", converter = RegimeConverter.class,
      description = "uk, eu, de-b2b, de-consumer or contract")
  private Regime regime;

  @Option(names = "--base-rates", paramLabel = "B.csv",
      description = "the base or reference rates (all regimes but contract)")
  private Path baseRates;

  @Option(names = "--rate", paramLabel = "PCT", description = "the annual rate in percent (contract only)")
  private BigDecimal rate;

  @Option(names = "--day-count", paramLabel = "D", defaultValue = "ACT/365F", converter = DayCountConverter.class,
      description = "ACT/365F (default), ACT/360, 30E/360 or ACT/ACT")
  private DayCount dayCount;

  @Option(names = "--out", paramLabel = "F.csv", description = "write the CSV here instead of standard output")
  private Path out;

  /** A command ready for picocli to fill in. */
  public InterestCommand() {}

  /**
   * Checks the command line, reads the base rates, computes the claim and writes the CSV.
   *
   * @return {@link ExitCodes#OK}
   * @throws CsvException if the base-rate file is bad or does not cover a day the regime needs
   * @throws UncheckedIOException if a file cannot be read or written
   * @throws ParameterException if the command line does not fit (see the class description)
   */
  @Override
  public Integer call() {
    Money debt = debt();
    if (paid.isBefore(due)) {
      throw usage("--paid " + paid + " is before --due " + due);
    }
    if (regime == Regime.CONTRACT) {
      if (rate == null) {
        throw usage("--regime contract needs --rate PCT");
      }
      if (baseRates != null) {
        throw usage("--regime contract takes no --base-rates: its rate is --rate");
      }
      if (rate.signum() < 0) {
        throw usage("--rate " + rate.toPlainString() + " is negative");
      }
    } else {
      if (baseRates == null) {
        throw usage("--regime " + regime + " needs --base-rates B.csv (effective_date,rate_percent)");
      }
      if (rate != null) {
        throw usage("--rate is for --regime contract only; --regime " + regime + " takes its rate from --base-rates");
      }
    }
    if (out != null) {
      if (baseRates != null) {
        OutputPaths.check(spec, out, baseRates);
      } else if (Files.isDirectory(out)) {
        throw usage("--out " + out + " is a directory; give the CSV file to write");
      }
    }
    LatePaymentRegime rules = rules().withDayCount(dayCount);
    if (!rules.compensation().covers(debt)) {
      throw usage("--regime " + regime + " has its fixed sum in " + (regime == Regime.UK ? "GBP" : "EUR")
          + " only, not for a debt in " + debt.currency().getCurrencyCode());
    }
    LateInterestClaim claim;
    BigDecimal percent;
    try {
      claim = rules.claim(debt, due, paid);
      percent = claim.accrual().meanPercent().map(mean -> mean.rounded(4, RoundingMode.HALF_UP))
          // zero days: the rate the first day of delay would have
          .orElseGet(() -> rules.rateRule().forDebtDueOn(due).periods(due, due.plusDays(1)).get(0).percent()
              .setScale(4, RoundingMode.HALF_UP));
    } catch (MissingRateException e) {
      throw new CsvException(baseRates.toString(), 0, e.getMessage() + ", which --regime " + regime + " needs");
    }
    List<String> row = List.of(Long.toString(claim.accrual().days()), percent.toPlainString(),
        Amounts.plain(claim.interest()), Amounts.plain(claim.compensation()), Amounts.plain(claim.total()));
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      write(stdout, row);
    } else {
      AtomicOutput.write(out, writer -> write(writer, row));
      summary(stdout, claim);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private Money debt() {
    CurrencyUnit unit;
    try {
      unit = Monetary.getCurrency(currency.strip().toUpperCase(Locale.ROOT));
    } catch (UnknownCurrencyException e) {
      throw usage("--currency '" + currency + "' is not an ISO 4217 currency code");
    }
    if (amount.signum() <= 0) {
      throw usage("--amount " + amount.toPlainString() + " must be positive");
    }
    try {
      return Money.of(unit, amount);
    } catch (ArithmeticException e) {
      throw usage("--amount " + amount.toPlainString() + " " + dev.o2c.examples.csv.CsvMoney.whyNotExact(amount, unit));
    } catch (IllegalArgumentException e) {
      throw usage("--currency " + unit.getCurrencyCode() + " has no minor unit: " + e.getMessage());
    }
  }

  private LatePaymentRegime rules() {
    if (regime == Regime.CONTRACT) {
      return LatePaymentRegime.contract(rate);
    }
    RateTable table = TextInput.read(baseRates, BaseRatesCsv::read);
    switch (regime) {
      case UK:
        return LatePaymentRegime.uk(table);
      case EU:
        return LatePaymentRegime.eu(table);
      case DE_B2B:
        return LatePaymentRegime.germanyB2b(table);
      default:
        return LatePaymentRegime.germanyConsumer(table);
    }
  }

  private static void write(Writer writer, List<String> row) {
    new CsvWriter(writer).row(HEADER).row(row);
  }

  private void summary(PrintWriter stdout, LateInterestClaim claim) {
    stdout.println("Interest on " + claim.debt().currency().getCurrencyCode() + " " + Amounts.grouped(claim.debt())
        + " due " + due + ", paid " + paid + ": "
        + claim.accrual().days() + " days, " + regime + ", " + dayCount.name());
    if (!claim.accrual().periods().isEmpty()) {
      TextTable table = new TextTable().left("From").left("To").right("Days").right("Rate %").right("Interest");
      for (InterestPeriod period : claim.accrual().periods()) {
        table.row(period.start().plusDays(1).toString(), period.end().toString(), Long.toString(period.days()),
            period.percent().toPlainString(),
            period.interest().rounded(claim.debt().scale() + 4, RoundingMode.HALF_UP).toPlainString());
      }
      stdout.print(table.render("  "));
    }
    stdout.println("Interest " + Amounts.grouped(claim.interest()) + " + compensation "
        + Amounts.grouped(claim.compensation()) + " = " + Amounts.grouped(claim.total()));
    stdout.println("Wrote " + out);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Reads {@code --regime}: {@code uk}, {@code eu}, {@code de-b2b}, {@code de-consumer} or {@code contract}. */
  static final class RegimeConverter implements ITypeConverter<Regime> {
    @Override
    public Regime convert(String value) {
      for (Regime regime : Regime.values()) {
        if (regime.label.equalsIgnoreCase(value.strip())) {
          return regime;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of uk, eu, de-b2b, de-consumer, contract");
    }
  }

  /** Reads {@code --day-count}: {@code ACT/365F}, {@code ACT/360}, {@code 30E/360} or {@code ACT/ACT}. */
  static final class DayCountConverter implements ITypeConverter<DayCount> {
    @Override
    public DayCount convert(String value) {
      try {
        return DayCount.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not one of ACT/365F, ACT/360, 30E/360, ACT/ACT");
      }
    }
  }
}
