package dev.o2c.testkit.cashapp;

import dev.o2c.core.money.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;

/**
 * Generates seeded, deterministic cash-application benchmark worlds as the benchmark spec (section
 * 2) describes them: customers with heavy-tailed open items, a statement of bank lines in the 14
 * scenarios of a {@link BenchmarkProfile}, noise by {@link Difficulty}, and the truth per line.
 *
 * <pre>{@code
 * CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.defaults()).generate(1L);
 * CashAppFiles.writeAll(world, directory);    // open items, customers, camt.053, MT940, truth
 * }</pre>
 *
 * <p>What is drawn, per the spec:
 * <ul>
 *   <li>customers: EUR (80 %), JPY (12 %), KWD (8 %); terms 2/10 NET 30 for 25 %, else NET 30; 10 %
 *       pay from two or three IBANs; 5 % have a parent (a paying group entity, itself a customer); 20 %
 *       bill recurring fixed amounts (three amounts, on 60 % of their invoices);
 *   <li>open items per customer lognormal (median 6, p90 about 40, p99 about 220, at most 500); amounts
 *       lognormal around 1,500 EUR-equivalents (sigma 1), in the currency's scale; 5 % credit memos;
 *       purchase order numbers on 60 % of invoices; document dates mostly in the last 90 days;
 *   <li>the lines on business days of the statement period, in date order; an invoice's payment
 *       lags its document date lognormally around its due date (30 days), a discount payer pays
 *       within the 10-day window; each line pays items nobody else pays in the statement;
 *   <li>the scenario details, reference presence and kinds, corruption, OCR, formatting, truncation
 *       (camt {@code Ustrd} 140, MT940 {@code :86:} 6 x 65), payer names and IBANs as in the spec
 *       and the Javadoc of {@link CashAppScenario}, {@link ReferenceKind} and {@link Difficulty}.
 * </ul>
 *
 * <p>The same configuration and seed give the same world on every JVM ({@link SplittableRandom},
 * {@link StrictMath}). Generation is linear in customers plus lines: 50,000 customers with about
 * 900,000 open items take a few seconds. This instance is immutable and thread-safe.
 */
public final class CashAppWorldGenerator {

  /**
   * Seeds to tune an engine on: look at their misses, change the engine, measure again. 1001-1005
   * were held out at first; the engine was tuned on them later, so they are tuning seeds now.
   */
  public static final List<Long> TUNING_SEEDS =
      List.of(1L, 2L, 3L, 4L, 5L, 1001L, 1002L, 1003L, 1004L, 1005L);

  /**
   * Held-out seeds: report figures on these, never look at their single lines to tune an engine, so
   * that the figures say how the engine does on worlds it was not fitted to.
   */
  public static final List<Long> HELD_OUT_SEEDS = List.of(2001L, 2002L, 2003L, 2004L, 2005L);

  private final CashAppConfig config;

  private CashAppWorldGenerator(CashAppConfig config) {
    this.config = config;
  }

  /**
   * A generator of worlds shaped by a configuration.
   *
   * @param config sizes, profile, difficulty and dates
   * @return the generator
   */
  public static CashAppWorldGenerator of(CashAppConfig config) {
    return new CashAppWorldGenerator(Objects.requireNonNull(config, "config"));
  }

  /** {@return the configuration worlds are generated from} */
  public CashAppConfig config() {
    return config;
  }

  /**
   * Generates the world of a seed.
   *
   * @param seed the seed; the same seed gives the same world
   * @return the world
   */
  public CashAppWorld generate(long seed) {
    // The parts draw from one stream, interleaved line by line: a world stays the same only while
    // every draw keeps its place. Reported amounts have a stream of their own (see ReportedAmounts).
    WorldDraws r = new WorldDraws(new SplittableRandom(seed));
    ReportedAmounts reported = new ReportedAmounts(seed);
    CustomerBook book = CustomerBook.draw(config, r);
    OpenInvoices open = new OpenInvoices(book, r);
    LineScenarios scenarios = new LineScenarios(config, r, book, open);
    BankView bank = new BankView(config, r, book, reported);
    drawLines(r, book, scenarios, bank);
    return new CashAppWorld(config, seed, book.benchCustomers(), book.benchItems(), scenarios.lines(),
        scenarios.truths());
  }

  /** Draws the statement: lines on business days in date order, each of a scenario drawn by the profile's mix. */
  private void drawLines(WorldDraws r, CustomerBook book, LineScenarios scenarios, BankView bank) {
    List<LocalDate> businessDays = new ArrayList<>();
    for (LocalDate d = config.asOf(); businessDays.size() < config.statementDays(); d = d.minusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        businessDays.add(0, d);
      }
    }
    int n = config.lines();
    int[] days = new int[n];
    for (int i = 0; i < n; i++) {
      days[i] = (int) businessDays.get(r.nextInt(businessDays.size())).toEpochDay();
    }
    Arrays.sort(days);
    int[] weights = new int[CashAppScenario.values().length];
    for (CashAppScenario s : CashAppScenario.values()) {
      weights[s.ordinal()] = config.profile().perMille(s);
    }
    for (int i = 0; i < n; i++) {
      CashAppScenario scenario = CashAppScenario.values()[r.weighted(weights)];
      String ref = "BR" + yymmdd(days[i]) + CustomerBook.padded(i + 1, 6);
      LineDraft d = new LineDraft(ref, days[i]);
      if (!scenarios.draft(d, scenario)) {
        // Nothing left to pay: the line is money nobody can place.
        d = new LineDraft(ref, days[i]);
        scenarios.unidentifiable(d);
      }
      emit(d, book, scenarios, bank);
    }
  }

  private static String yymmdd(int day) {
    LocalDate d = LocalDate.ofEpochDay(day);
    return CustomerBook.padded(d.getYear() % 100, 2) + CustomerBook.padded(d.getMonthValue(), 2)
        + CustomerBook.padded(d.getDayOfMonth(), 2);
  }

  /** Renders a drafted line as the bank shows it and records it with its truth. */
  private static void emit(LineDraft d, CustomerBook book, LineScenarios scenarios, BankView bank) {
    CurrencyUnit currency = WorldCurrencies.CURRENCIES[d.currency];
    LocalDate date = LocalDate.ofEpochDay(d.day);
    List<AllocationTruth> allocations = new ArrayList<>(d.allocations.size());
    for (int j = 0; j < d.allocations.size(); j++) {
      long[] a = d.allocations.get(j);
      int k = (int) a[0];
      Money zero = Money.zero(currency);
      allocations.add(new AllocationTruth(book.itemNumbers[k], book.custIds[book.itemCust[k]],
          Money.ofMinor(currency, a[1]), Money.ofMinor(currency, a[2]), Money.ofMinor(currency, a[3]),
          Optional.ofNullable(d.reasons.get(j)), Money.ofMinor(currency, a[4]), Money.ofMinor(currency, a[5]), zero));
    }
    // Rendering settles the reference kind (a PO reference needs a PO on every listed item).
    BankLine line = bank.render(d, currency, date);
    LineTruth truth = new LineTruth(d.ref, d.scenario, d.credit, Money.ofMinor(currency, d.amount),
        d.payer < 0 ? Optional.empty() : Optional.of(book.custIds[d.payer]), allocations,
        Money.ofMinor(currency, d.unapplied), evidence(d), d.kind, d.detail, Optional.ofNullable(d.reversalOf));
    scenarios.record(line, truth);
  }

  /** {@return whether the line carries enough evidence for a conservative auto-match policy} */
  private static boolean evidence(LineDraft d) {
    switch (d.scenario) {
      case SINGLE_WITH_REFERENCE:
      case MULTI_WITH_REMITTANCE:
      case CASH_DISCOUNT:
      case BANK_FEE:
        return true;
      case PARTIAL:
      case SHORT_PAY_DEDUCTION:
      case THIRD_PARTY_PAYER:
      case OTHER_CURRENCY:
        return d.kind.isReference();
      default:
        return false;
    }
  }
}
