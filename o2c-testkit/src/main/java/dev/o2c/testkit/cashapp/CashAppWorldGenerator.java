package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.ArGenerators;
import dev.o2c.testkit.Generator;
import dev.o2c.testkit.Iban;
import dev.o2c.testkit.statement.Mt940Writer;
import dev.o2c.testkit.statement.ReferredDocumentSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

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

  /** Seeds to tune an engine on. */
  public static final List<Long> TUNING_SEEDS = List.of(1L, 2L, 3L, 4L, 5L);

  /** Share of bank-fee lines whose statement reports the instructed amount and the charges taken. */
  static final double CHARGES_REPORTED = 0.7;
  /** Share of lines paid in another currency whose statement reports the instructed foreign amount. */
  static final double CONVERSION_REPORTED = 0.9;
  /** Share of other credit lines whose camt.053 reports the instructed amount (equal to the amount). */
  static final double INSTRUCTED_REPORTED = 0.6;

  /** Held-out seeds: report on these; never tune on them. */
  public static final List<Long> HELD_OUT_SEEDS = List.of(1001L, 1002L, 1003L, 1004L, 1005L);

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
    return new Build(config, seed).run();
  }

  // ================================================================== one generation run

  private static final class Build {
    private static final CurrencyUnit[] CURRENCIES = {
      Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD")
    };
    private static final int[] CURRENCY_WEIGHTS = {80, 12, 8};
    /** Minor units of each currency worth about one euro. */
    private static final long[] UNIT = {100, 160, 340};
    private static final String[] STEMS = {
      "Müller", "Schröder", "Bäcker", "Köhler", "Weiß", "Große", "Jäger", "Krüger", "Lüdke", "Fuchs",
      "Alpen", "Nordwind", "Rhein", "Elbe", "Donau", "Hanse", "Baltic", "Atlas", "Orion", "Vega",
      "Lumière", "Société Lyonnaise", "Crème", "Château", "Garçon", "Renée", "Île", "Côte", "Forêt", "Éclair",
      "Åkerlund", "Øresund", "Sørensen", "Björk", "Fjäll", "Núñez", "España", "Peña", "Zoë", "Čapek",
      "Acme", "Blue Harbour", "Green Valley", "Iron Bridge", "Silver Lake", "Red Rock", "Oak", "Maple",
      "Pioneer", "Summit", "Harbor", "Keystone", "Liberty", "Granite", "Cedar", "Falcon", "Eagle", "Phoenix",
      "Sakura", "Fuji", "Kyoto", "Hikari", "Nippon", "Al Safat", "Gulf", "Dasman", "Sharq", "Salmiya"
    };
    private static final String[] SECTORS = {
      "Logistik", "Logistics", "Maschinenbau", "Handel", "Trading", "Industries", "Manufacturing",
      "Systems", "Services", "Technologies", "Foods", "Textiles", "Chemicals", "Electronics", "Distribution",
      "International", "Holding", "Retail", "Pharma", "Automotive", "Packaging", "Energy", "Tools",
      "Paper", "Medical", "Agrar", "Bau", "Hospitality", "Furniture", "Plastics"
    };
    private static final String[] FORMS = {
      "GmbH", "AG", "Ltd", "Inc.", "LLC", "S.A.", "B.V.", "S.r.l.", "SAS", "KG", "Oy", "AB", "plc", "K.K.", "W.L.L."
    };
    private static final String[] CITIES = {
      "Hamburg", "Berlin", "Lyon", "Milano", "Madrid", "Wien", "Zürich", "Osaka", "Kuwait", "Rotterdam",
      "Antwerpen", "Porto", "Dublin", "Praha", "Oslo", "Malmö", "Graz", "Lille", "Bremen", "Leipzig"
    };
    private static final String[] THIRD_PARTIES = {
      "PayFlow Europe Ltd", "Factoring Partner Bank AG", "Treasury Services Centre", "Global Payables Hub B.V.",
      "Shared Service Center Kraków", "Nordic Payment Solutions AB", "Gulf Settlement Co. W.L.L.",
      "Tokyo Remittance K.K.", "Zahlungsdienst Süd GmbH", "Euro Clearing Agent S.A."
    };
    private static final String[] PRIVATE_FIRST = {"Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo"};
    private static final String[] PRIVATE_LAST = {"Novak", "Berg", "Peeters", "Visser", "Lambert", "Moreau", "Smit"};
    private static final String[] BICS = {
      "COBADEFFXXX", "DEUTDEFF", "INGBNL2A", "BNPAFRPP", "RABONL2U", "GENODEF1M04", "BYLADEM1001",
      "SOGEFRPP", "ABNANL2A", "HYVEDEMM", "GEBABEBB", "BKAUATWW", "NBOKKWKW", "BOTKJPJT"
    };
    private static final String[] UNUSABLE = {
      "Payment", "Thank you", "Zahlung", "Paiement", "Transfer", "Overboeking", "Pago", "Remittance",
      "Customer payment", "See advice", "Sammelzahlung"
    };
    private static final DeductionReason[] REASONS = {
      DeductionReason.PRICING, DeductionReason.SHORTAGE, DeductionReason.DAMAGE, DeductionReason.PROMOTION,
      DeductionReason.DUPLICATE_BILLING, DeductionReason.CHARGEBACK, DeductionReason.OTHER
    };
    private static final String[] REASON_CODES = {"PRIC", "SHRT", "DAMG", "PROM", "DUPL", "CHBK", "OTHR"};
    private static final String[] REASON_WORDS = {
      "price difference", "short delivery", "damaged goods", "promotion", "billed twice", "chargeback", "other"
    };

    private final CashAppConfig config;
    private final long seed;
    private final SplittableRandom r;
    /**
     * Draws what the bank reports beside the amount (instructed amount, charges), from its own stream
     * so that the lines, amounts and noise of a seed stay what they were before these were modelled.
     */
    private final SplittableRandom amountDetails;
    private final double f;
    private final LocalDate asOf;
    private final int asOfDay;
    private final int firstDay;
    private final List<Generator<String>> ibanGenerators = new ArrayList<>();

    // customers, as parallel arrays
    private int customers;
    private String[] custId;
    private CustomerId[] custIds;
    private String[] custName;
    private int[] custCurrency;
    private String[][] custIbans;
    private int[] custParent;
    private boolean[] custDiscount;
    private int[] custStart;
    private int[] custEnd;
    private final Set<String> knownIbans = new HashSet<>();

    // items, as parallel arrays; a customer's items are contiguous and oldest first
    private int items;
    private int[] itemCust;
    private int[] itemDay;
    private long[] itemAmount;
    private boolean[] itemMemo;
    private String[] itemPo;
    private String[] itemNumber;
    private DocumentNumber[] itemNumbers;
    private boolean[] taken;

    // invoices by document day (offset from firstDay), for picking by payment lag; lazily pruned
    private Buckets all;
    private Buckets discount;
    private int[] children;
    private int childrenLive;

    // lines
    private final List<BankLine> lines = new ArrayList<>();
    private final List<LineTruth> truths = new ArrayList<>();
    private final List<Integer> singleRefLines = new ArrayList<>();
    private final List<Integer> returnableLines = new ArrayList<>();

    Build(CashAppConfig config, long seed) {
      this.config = config;
      this.seed = seed;
      this.r = new SplittableRandom(seed);
      this.amountDetails = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
      this.f = config.difficulty().noiseFactor();
      this.asOf = config.asOf();
      this.asOfDay = (int) asOf.toEpochDay();
      this.firstDay = asOfDay - 364;
      for (CurrencyUnit c : CURRENCIES) {
        ibanGenerators.add(ArGenerators.ibans(c));
      }
    }

    CashAppWorld run() {
      makeCustomers();
      makeItems();
      makeLines();
      List<BenchCustomer> cs = new ArrayList<>(customers);
      for (int c = 0; c < customers; c++) {
        cs.add(new BenchCustomer(custIds[c], custName[c], CURRENCIES[custCurrency[c]], List.of(custIbans[c]),
            custParent[c] < 0 ? Optional.empty() : Optional.of(custIds[custParent[c]]), terms(c)));
      }
      List<BenchItem> is = new ArrayList<>(items);
      for (int i = 0; i < items; i++) {
        LocalDate date = LocalDate.ofEpochDay(itemDay[i]);
        int c = itemCust[i];
        is.add(new BenchItem(itemNumbers[i], custIds[c], itemMemo[i] ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE, date,
            date.plusDays(30), money(c, itemAmount[i]), Optional.ofNullable(itemPo[i]), terms(c)));
      }
      return new CashAppWorld(config, seed, cs, is, lines, truths);
    }

    private String terms(int c) {
      return custDiscount[c] ? "2/10 NET 30" : "NET 30";
    }

    private Money money(int c, long minor) {
      return Money.ofMinor(CURRENCIES[custCurrency[c]], minor);
    }

    // -------------------------------------------------------------- random helpers

    private double gaussian() {
      // Box-Muller on StrictMath, so that every JVM draws the same values.
      double u = 1.0 - r.nextDouble();
      double v = r.nextDouble();
      return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    private double lognormal(double median, double sigma) {
      return median * StrictMath.exp(sigma * gaussian());
    }

    private boolean chance(double p) {
      return r.nextDouble() < p;
    }

    private int between(int lo, int hi) {
      return lo + r.nextInt(hi - lo + 1);
    }

    // -------------------------------------------------------------- customers

    private void makeCustomers() {
      customers = config.customers();
      custId = new String[customers];
      custIds = new CustomerId[customers];
      custName = new String[customers];
      custCurrency = new int[customers];
      custIbans = new String[customers][];
      custParent = new int[customers];
      custDiscount = new boolean[customers];
      Set<String> names = new HashSet<>(customers * 2);
      List<List<Integer>> topLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int c = 0; c < customers; c++) {
        custId[c] = "C-" + (100_001 + c);
        custIds[c] = CustomerId.of(custId[c]);
        int cur = weighted(CURRENCY_WEIGHTS);
        custCurrency[c] = cur;
        custName[c] = uniqueName(names);
        custDiscount[c] = chance(0.25);
        int accounts = chance(0.10) ? between(2, 3) : 1;
        custIbans[c] = new String[accounts];
        for (int a = 0; a < accounts; a++) {
          custIbans[c][a] = newIban(cur);
        }
        custParent[c] = -1;
        List<Integer> parents = topLevel.get(cur);
        if (!parents.isEmpty() && chance(0.05)) {
          custParent[c] = parents.get(r.nextInt(parents.size()));
        } else {
          parents.add(c);
        }
      }
    }

    private String uniqueName(Set<String> names) {
      for (int attempt = 0; ; attempt++) {
        String name = STEMS[r.nextInt(STEMS.length)] + " " + SECTORS[r.nextInt(SECTORS.length)] + " "
            + FORMS[r.nextInt(FORMS.length)];
        if (attempt >= 3) {
          name = name + " " + CITIES[r.nextInt(CITIES.length)] + (attempt >= 6 ? " " + attempt : "");
        }
        if (names.add(name)) {
          return name;
        }
      }
    }

    private String newIban(int currency) {
      for (;;) {
        String iban = ibanGenerators.get(currency).next(r);
        if (knownIbans.add(iban)) {
          return iban;
        }
      }
    }

    private int weighted(int[] weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int x = r.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      throw new IllegalStateException("weights " + Arrays.toString(weights));
    }

    // -------------------------------------------------------------- items

    private void makeItems() {
      int[] counts = new int[customers];
      long total = 0;
      for (int c = 0; c < customers; c++) {
        counts[c] = (int) Math.max(1, Math.min(500, Math.round(lognormal(6, 1.55))));
        total += counts[c];
      }
      items = Math.toIntExact(total);
      itemCust = new int[items];
      itemDay = new int[items];
      itemAmount = new long[items];
      itemMemo = new boolean[items];
      itemPo = new String[items];
      itemNumber = new String[items];
      itemNumbers = new DocumentNumber[items];
      taken = new boolean[items];
      custStart = new int[customers];
      custEnd = new int[customers];
      int i = 0;
      for (int c = 0; c < customers; c++) {
        custStart[c] = i;
        int n = counts[c];
        int[] days = new int[n];
        for (int k = 0; k < n; k++) {
          int age = chance(0.85) ? r.nextInt(90) : between(90, 364);
          days[k] = asOfDay - age;
        }
        Arrays.sort(days);
        long unit = UNIT[custCurrency[c]];
        long[] recurring = null;
        if (chance(0.20)) {
          recurring = new long[] {amount(unit), amount(unit), amount(unit)};
        }
        for (int k = 0; k < n; k++, i++) {
          itemCust[i] = c;
          itemDay[i] = days[k];
          itemMemo[i] = chance(0.05);
          if (itemMemo[i]) {
            itemAmount[i] = -Math.max(unit, Math.round(lognormal(300, 1.0) * unit));
          } else {
            itemAmount[i] = recurring != null && chance(0.60) ? recurring[r.nextInt(3)] : amount(unit);
            if (chance(0.60)) {
              itemPo[i] = "45" + padded(r.nextInt(100_000_000), 8);
            }
          }
        }
        custEnd[c] = i;
      }
      number(false, "INV-");
      number(true, "CN-");
      for (int k = 0; k < items; k++) {
        itemNumbers[k] = DocumentNumber.of(itemNumber[k]);
      }
      all = new Buckets(false);
      discount = new Buckets(true);
      int childCount = 0;
      for (int k = 0; k < items; k++) {
        childCount += !itemMemo[k] && custParent[itemCust[k]] >= 0 ? 1 : 0;
      }
      children = new int[childCount];
      for (int k = 0; k < items; k++) {
        if (!itemMemo[k] && custParent[itemCust[k]] >= 0) {
          children[childrenLive++] = k;
        }
      }
    }

    private long amount(long unit) {
      return Math.max(unit, Math.round(lognormal(1500, 1.0) * unit));
    }

    /** Numbers items of one kind by document date, a running number per year: INV-2026-000001. */
    private void number(boolean memos, String prefix) {
      long[] keys = new long[items];
      int n = 0;
      for (int k = 0; k < items; k++) {
        if (itemMemo[k] == memos) {
          keys[n++] = ((long) (itemDay[k] - firstDay) << 32) | k;
        }
      }
      Arrays.sort(keys, 0, n);
      int year = -1;
      int running = 0;
      for (int j = 0; j < n; j++) {
        int k = (int) keys[j];
        int y = LocalDate.ofEpochDay(itemDay[k]).getYear();
        if (y != year) {
          year = y;
          running = 0;
        }
        running++;
        if (running > 999_999) {
          throw new IllegalArgumentException("more than 999,999 " + prefix + " documents in " + y
              + ": too many customers for six-digit document numbers");
        }
        itemNumber[k] = prefix + y + "-" + padded(running, 6);
      }
    }

    /** Invoices by document day; a random open one of a day is drawn in O(1), taken ones are pruned on sight. */
    private final class Buckets {
      final int[] start = new int[366];
      final int[] live = new int[366];
      final int[] ids;

      Buckets(boolean discountOnly) {
        int[] count = new int[366];
        int n = 0;
        for (int k = 0; k < items; k++) {
          if (!itemMemo[k] && (!discountOnly || custDiscount[itemCust[k]])) {
            count[itemDay[k] - firstDay]++;
            n++;
          }
        }
        ids = new int[n];
        for (int d = 1; d < 366; d++) {
          start[d] = start[d - 1] + count[d - 1];
        }
        for (int k = 0; k < items; k++) {
          if (!itemMemo[k] && (!discountOnly || custDiscount[itemCust[k]])) {
            int d = itemDay[k] - firstDay;
            ids[start[d] + live[d]++] = k;
          }
        }
      }

      /** A random open invoice of a day (offset from firstDay), or -1. */
      int pick(int d) {
        while (live[d] > 0) {
          int j = start[d] + r.nextInt(live[d]);
          int k = ids[j];
          if (!taken[k]) {
            return k;
          }
          ids[j] = ids[start[d] + live[d] - 1];
          live[d]--;
        }
        return -1;
      }

      /**
       * An open invoice whose age on payDay is between minAge and maxAge days, as close as possible
       * to a target age; -1 if there is none.
       */
      int pick(int payDay, int minAge, int maxAge, int targetAge) {
        int lo = Math.max(firstDay, payDay - maxAge) - firstDay;
        int hi = Math.min(asOfDay, payDay - minAge) - firstDay;
        if (lo > hi) {
          return -1;
        }
        int target = Math.max(lo, Math.min(hi, payDay - targetAge - firstDay));
        for (int delta = 0; target - delta >= lo || target + delta <= hi; delta++) {
          if (target + delta <= hi) {
            int k = pick(target + delta);
            if (k >= 0) {
              return k;
            }
          }
          if (delta > 0 && target - delta >= lo) {
            int k = pick(target - delta);
            if (k >= 0) {
              return k;
            }
          }
        }
        return -1;
      }
    }

    /** An open invoice paid around its due date (lag lognormal, median 30 days); -1 if none. */
    private int pickRegular(int payDay) {
      return all.pick(payDay, 0, 364, (int) Math.round(lognormal(30, 0.35)));
    }

    private void take(int k) {
      taken[k] = true;
    }

    /** The customer's open invoices dated on or before payDay, oldest first. */
    private List<Integer> openInvoices(int c, int payDay) {
      List<Integer> open = new ArrayList<>();
      for (int k = custStart[c]; k < custEnd[c] && itemDay[k] <= payDay; k++) {
        if (!taken[k] && !itemMemo[k]) {
          open.add(k);
        }
      }
      return open;
    }

    // -------------------------------------------------------------- lines

    private void makeLines() {
      List<LocalDate> businessDays = new ArrayList<>();
      for (LocalDate d = asOf; businessDays.size() < config.statementDays(); d = d.minusDays(1)) {
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
        CashAppScenario scenario = CashAppScenario.values()[weighted(weights)];
        String ref = "BR" + yymmdd(days[i]) + padded(i + 1, 6);
        Draft d = new Draft(ref, days[i]);
        if (!draft(d, scenario)) {
          // Nothing left to pay: the line is money nobody can place.
          d = new Draft(ref, days[i]);
          unidentifiable(d);
        }
        emit(d);
      }
    }

    private static String yymmdd(int day) {
      LocalDate d = LocalDate.ofEpochDay(day);
      return padded(d.getYear() % 100, 2) + padded(d.getMonthValue(), 2) + padded(d.getDayOfMonth(), 2);
    }

    /** A number with leading zeros to a width (String.format costs half a microsecond). */
    private static String padded(int value, int width) {
      String digits = Integer.toString(value);
      return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A line being drawn: the truth first, the bank's view (noise) when it is emitted. */
    private static final class Draft {
      final String ref;
      final int day;
      CashAppScenario scenario;
      boolean credit = true;
      int currency;
      long amount;
      int payer = -1;
      /** The customer whose name and account the bank shows; -1: {@link #foreignName}. */
      int shownPayer = -1;
      String foreignName;
      boolean foreignIban;
      final List<long[]> allocations = new ArrayList<>();
      final List<DeductionReason> reasons = new ArrayList<>();
      long unapplied;
      ReferenceKind kind = ReferenceKind.NONE;
      final List<Integer> listed = new ArrayList<>();
      String suffix = "";
      boolean reasonGiven;
      String detail = "";
      String reversalOf;
      BankLine copyOf;
      boolean unearnedDiscount;
      /** What a payer paying in another currency instructed, in that currency. */
      Money foreignInstructed;

      Draft(String ref, int day) {
        this.ref = ref;
        this.day = day;
      }

      /** Allocation: item, applied, discount, deduction, fee, fx. */
      void allocate(int item, long applied, long discount, long deduction, DeductionReason reason, long fee, long fx) {
        allocations.add(new long[] {item, applied, discount, deduction, fee, fx});
        reasons.add(reason);
      }
    }

    /** Draws the truth of one line of a scenario; false if the items left cannot serve it or a fallback. */
    private boolean draft(Draft d, CashAppScenario scenario) {
      d.scenario = scenario;
      switch (scenario) {
        case SINGLE_WITH_REFERENCE:
          return single(d, true);
        case SINGLE_WITHOUT_REFERENCE:
          return single(d, false);
        case MULTI_WITH_REMITTANCE:
          return multi(d, true);
        case MULTI_WITHOUT_REMITTANCE:
          return multi(d, false);
        case PARTIAL:
          return partial(d);
        case SHORT_PAY_DEDUCTION:
          return shortPay(d);
        case CASH_DISCOUNT:
          return cashDiscount(d);
        case BANK_FEE:
          return bankFee(d);
        case OVERPAYMENT:
          return overpayment(d);
        case DUPLICATE:
          return duplicate(d);
        case THIRD_PARTY_PAYER:
          return thirdParty(d);
        case UNIDENTIFIABLE:
          unidentifiable(d);
          return true;
        case RETURN:
          return returned(d);
        default:
          return otherCurrency(d);
      }
    }

    private void payerOf(Draft d, int item) {
      int c = itemCust[item];
      d.payer = c;
      d.shownPayer = c;
      d.currency = custCurrency[c];
    }

    /** 80 % of #5-#9 and #14 lines carry a reference. */
    private void maybeReference(Draft d) {
      d.kind = chance(0.80) ? referenceKind(d.listed.size() > 1)
          : chance(0.5) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
    }

    private ReferenceKind referenceKind(boolean several) {
      double structured = config.difficulty() == Difficulty.HARD ? 0 : config.profile().structuredShare();
      if (chance(structured)) {
        if (several) {
          return ReferenceKind.STRUCTURED_DOCUMENTS;
        }
        return config.profile() == BenchmarkProfile.EU_SEPA || chance(0.5)
            ? ReferenceKind.STRUCTURED_CREDITOR_REFERENCE : ReferenceKind.STRUCTURED_DOCUMENTS;
      }
      int x = r.nextInt(100);
      return x < 60 ? ReferenceKind.INVOICE_NUMBER : x < 70 ? ReferenceKind.PO_NUMBER : ReferenceKind.MIXED_WORDS;
    }

    private boolean single(Draft d, boolean withReference) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      d.scenario = withReference ? CashAppScenario.SINGLE_WITH_REFERENCE : CashAppScenario.SINGLE_WITHOUT_REFERENCE;
      d.detail = "";
      d.suffix = "";
      take(k);
      payerOf(d, k);
      d.amount = itemAmount[k];
      d.allocate(k, itemAmount[k], 0, 0, null, 0, 0);
      d.listed.add(k);
      if (withReference) {
        d.kind = referenceKind(false);
      } else {
        d.kind = chance(0.6) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
      }
      return true;
    }

    private int multiCount(boolean withRemittance) {
      int x = r.nextInt(100);
      if (withRemittance) {
        return x < 40 ? 2 : x < 75 ? between(3, 5) : x < 95 ? between(6, 20) : between(21, 100);
      }
      return x < 50 ? 2 : x < 90 ? between(3, 5) : between(6, 10);
    }

    private boolean multi(Draft d, boolean withRemittance) {
      int want = multiCount(withRemittance);
      List<Integer> open = null;
      for (int attempt = 0; attempt < 30; attempt++) {
        int anchor = pickRegular(d.day);
        if (anchor < 0) {
          return false;
        }
        List<Integer> candidate = openInvoices(itemCust[anchor], d.day);
        if (open == null || candidate.size() > open.size()) {
          open = candidate;
        }
        if (open.size() >= want) {
          break;
        }
      }
      if (open == null || open.size() < 2) {
        return single(d, withRemittance);
      }
      int k = Math.min(want, open.size());
      List<Integer> chosen;
      if (!withRemittance && chance(0.60)) {
        chosen = new ArrayList<>(open.subList(0, k));
        d.detail = "k=" + k + " oldest-first";
      } else {
        List<Integer> pool = new ArrayList<>(open);
        chosen = new ArrayList<>();
        for (int j = 0; j < k; j++) {
          chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        chosen.sort(null);
        d.detail = "k=" + k + (withRemittance ? "" : " arbitrary");
      }
      payerOf(d, chosen.get(0));
      long total = 0;
      for (int item : chosen) {
        take(item);
        d.allocate(item, itemAmount[item], 0, 0, null, 0, 0);
        d.listed.add(item);
        total += itemAmount[item];
      }
      if (withRemittance && chance(0.25)) {
        int c = itemCust[chosen.get(0)];
        for (int m = custStart[c]; m < custEnd[c] && itemDay[m] <= d.day; m++) {
          if (itemMemo[m] && !taken[m] && -itemAmount[m] * 2 < total) {
            take(m);
            d.allocate(m, itemAmount[m], 0, 0, null, 0, 0);
            d.listed.add(m);
            total += itemAmount[m];
            d.detail += " with credit memo";
            break;
          }
        }
      }
      d.amount = total;
      if (withRemittance) {
        d.kind = referenceKind(true);
        if (chance(0.10) && d.listed.size() > 1) {
          int drop = between(1, Math.max(1, d.listed.size() / 2));
          for (int j = 0; j < drop; j++) {
            d.listed.remove(r.nextInt(d.listed.size()));
          }
          d.detail += " lists " + d.listed.size() + " of " + d.allocations.size();
        }
      } else {
        d.kind = chance(0.7) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
      }
      return true;
    }

    private boolean partial(Draft d) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      long a = itemAmount[k];
      long paid;
      if (chance(0.7)) {
        paid = a * between(30, 90) / 100;
        d.suffix = chance(0.5) ? " partial payment" : "";
        d.detail = "part";
      } else {
        int parts = between(2, 4);
        paid = a / parts;
        d.suffix = " instalment 1/" + parts;
        d.detail = "instalment 1/" + parts;
      }
      if (paid <= 0 || paid >= a) {
        return single(d, true);
      }
      take(k);
      payerOf(d, k);
      d.amount = paid;
      d.allocate(k, paid, 0, 0, null, 0, 0);
      d.listed.add(k);
      maybeReference(d);
      return true;
    }

    private boolean shortPay(Draft d) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      long a = itemAmount[k];
      long unit = UNIT[custCurrency[itemCust[k]]];
      long deduction = chance(0.30) ? between(5, 100) * unit : a * between(5, 150) / 1000;
      if (deduction <= 0 || deduction >= a) {
        return single(d, true);
      }
      take(k);
      payerOf(d, k);
      int reason = r.nextInt(REASONS.length);
      d.amount = a - deduction;
      d.allocate(k, a - deduction, 0, deduction, REASONS[reason], 0, 0);
      d.listed.add(k);
      d.reasonGiven = chance(0.5);
      if (d.reasonGiven) {
        d.suffix = " less " + decimal(deduction, custCurrency[itemCust[k]]) + " " + REASON_CODES[reason] + " "
            + REASON_WORDS[reason];
      }
      d.detail = d.reasonGiven ? "reason given" : "no reason";
      maybeReference(d);
      return true;
    }

    private boolean cashDiscount(Draft d) {
      boolean earned = r.nextInt(65) < 50;
      int k = earned ? discount.pick(d.day, 0, 10, between(0, 10)) : discount.pick(d.day, 11, 45, between(11, 45));
      if (k < 0) {
        return single(d, true);
      }
      long a = itemAmount[k];
      long disc = (a * 2 + 50) / 100;
      if (disc <= 0 || disc >= a) {
        return single(d, true);
      }
      take(k);
      payerOf(d, k);
      d.amount = a - disc;
      if (earned) {
        d.allocate(k, a - disc, disc, 0, null, 0, 0);
        d.detail = "earned";
      } else {
        d.allocate(k, a - disc, 0, disc, DeductionReason.OTHER, 0, 0);
        d.detail = "unearned discount";
        d.unearnedDiscount = true;
      }
      d.listed.add(k);
      if (chance(0.5)) {
        d.suffix = chance(0.5) ? " less 2% discount" : " abzgl. 2% Skonto " + decimal(disc, custCurrency[itemCust[k]]);
      }
      maybeReference(d);
      return true;
    }

    private boolean bankFee(Draft d) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      long a = itemAmount[k];
      long unit = UNIT[custCurrency[itemCust[k]]];
      int hops = between(1, 3);
      long fee = 0;
      for (int h = 0; h < hops; h++) {
        fee += between(5, 30) * unit;
      }
      fee = Math.min(fee, a / 4);
      if (fee <= 0) {
        return single(d, true);
      }
      take(k);
      payerOf(d, k);
      d.amount = a - fee;
      d.allocate(k, a - fee, 0, 0, null, fee, 0);
      d.listed.add(k);
      d.detail = hops + " hop" + (hops > 1 ? "s" : "");
      maybeReference(d);
      return true;
    }

    private boolean overpayment(Draft d) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      take(k);
      payerOf(d, k);
      int cur = custCurrency[itemCust[k]];
      long unit = UNIT[cur];
      long a = itemAmount[k];
      long excess;
      int x = r.nextInt(100);
      d.allocate(k, a, 0, 0, null, 0, 0);
      d.listed.add(k);
      if (x < 40) {
        long step = 10 * unit;
        excess = chance(0.5) ? step - a % step : between(1, 99);
        d.detail = "rounded up";
      } else if (x < 70) {
        List<Integer> more = openInvoices(itemCust[k], d.day);
        if (!more.isEmpty() && chance(0.7)) {
          int other = more.get(r.nextInt(more.size()));
          take(other);
          d.allocate(other, itemAmount[other], 0, 0, null, 0, 0);
          d.listed.add(other);
          a += itemAmount[other];
        }
        int twice = d.listed.get(r.nextInt(d.listed.size()));
        excess = itemAmount[twice];
        d.listed.add(twice);
        d.detail = "item counted twice";
      } else {
        excess = between(1, 50) * 100 * unit;
        d.suffix = " incl. deposit " + decimal(excess, cur);
        d.detail = "deposit";
      }
      d.amount = a + excess;
      d.unapplied = excess;
      maybeReference(d);
      return true;
    }

    private boolean duplicate(Draft d) {
      if (singleRefLines.isEmpty()) {
        return single(d, true);
      }
      int original = singleRefLines.get(r.nextInt(singleRefLines.size()));
      LineTruth t = truths.get(original);
      d.copyOf = lines.get(original);
      d.currency = currencyIndex(t.amount().currency());
      d.amount = t.amount().minorUnits();
      d.unapplied = d.amount;
      d.payer = indexOf(t.payer().orElseThrow());
      d.kind = t.referenceKind();
      d.detail = "duplicate of " + t.entryRef();
      return true;
    }

    private boolean thirdParty(Draft d) {
      boolean parent = childrenLive > 0 && chance(0.5);
      int k = -1;
      if (parent) {
        for (int attempt = 0; attempt < 50 && childrenLive > 0; attempt++) {
          int j = r.nextInt(childrenLive);
          int item = children[j];
          if (taken[item]) {
            children[j] = children[--childrenLive];
          } else if (itemDay[item] <= d.day) {
            k = item;
            break;
          }
        }
      }
      if (k < 0) {
        parent = false;
        k = pickRegular(d.day);
      }
      if (k < 0) {
        return false;
      }
      take(k);
      payerOf(d, k);
      d.amount = itemAmount[k];
      d.allocate(k, itemAmount[k], 0, 0, null, 0, 0);
      d.listed.add(k);
      if (parent) {
        d.payer = custParent[itemCust[k]];
        d.shownPayer = d.payer;
        d.detail = "parent pays";
      } else {
        d.payer = -1;
        d.shownPayer = -1;
        d.foreignName = THIRD_PARTIES[r.nextInt(THIRD_PARTIES.length)];
        d.foreignIban = true;
        d.detail = "third party";
      }
      d.kind = chance(0.80) ? referenceKind(false) : ReferenceKind.NONE;
      return true;
    }

    private void unidentifiable(Draft d) {
      d.scenario = CashAppScenario.UNIDENTIFIABLE;
      int x = r.nextInt(100);
      if (x < 30) {
        int c = r.nextInt(customers);
        d.payer = c;
        d.shownPayer = c;
        d.currency = custCurrency[c];
        d.amount = between(1, 50) * 100 * UNIT[d.currency];
        d.kind = ReferenceKind.UNUSABLE;
        String[] texts = {"Payment on account", "Advance payment", "Anzahlung", "Acompte", "Prepayment"};
        d.suffix = texts[r.nextInt(texts.length)];
        d.detail = "on account";
      } else {
        d.currency = weighted(CURRENCY_WEIGHTS);
        d.amount = amount(UNIT[d.currency]);
        d.foreignName = x < 80 ? PRIVATE_FIRST[r.nextInt(PRIVATE_FIRST.length)] + " "
            + PRIVATE_LAST[r.nextInt(PRIVATE_LAST.length)] : null;
        d.foreignIban = x < 80;
        d.kind = chance(0.5) ? ReferenceKind.UNUSABLE : ReferenceKind.NONE;
        d.detail = x < 80 ? "not ours" : "unknown payer";
      }
      d.unapplied = d.amount;
    }

    private boolean returned(Draft d) {
      if (returnableLines.isEmpty()) {
        return false;
      }
      int original = returnableLines.remove(r.nextInt(returnableLines.size()));
      LineTruth t = truths.get(original);
      BankLine o = lines.get(original);
      d.credit = false;
      d.copyOf = o;
      d.currency = currencyIndex(t.amount().currency());
      d.amount = t.amount().minorUnits();
      d.unapplied = d.amount;
      d.payer = t.payer().map(this::indexOf).orElse(-1);
      d.reversalOf = t.entryRef();
      d.kind = ReferenceKind.UNUSABLE;
      d.detail = "returns " + t.entryRef();
      return true;
    }

    private boolean otherCurrency(Draft d) {
      int k = pickRegular(d.day);
      if (k < 0) {
        return false;
      }
      long a = itemAmount[k];
      long diff = Math.max(1, (a * between(20, 200) + 5_000) / 10_000);
      boolean less = chance(0.5);
      long paid = less ? a - diff : a + diff;
      if (paid <= 0) {
        return single(d, true);
      }
      take(k);
      payerOf(d, k);
      d.amount = paid;
      d.allocate(k, paid, 0, 0, null, 0, a - paid);
      d.listed.add(k);
      String[] foreign = {"USD", "GBP", "CHF", "CNY"};
      String foreignCurrency = foreign[r.nextInt(foreign.length)];
      String foreignAmount = decimal(a * between(90, 130) / 100, 0);
      d.suffix = " " + foreignCurrency + " " + foreignAmount;
      d.foreignInstructed = Money.of(javax.money.Monetary.getCurrency(foreignCurrency), new java.math.BigDecimal(foreignAmount));
      d.detail = less ? "FX loss" : "FX gain";
      maybeReference(d);
      return true;
    }

    private int indexOf(CustomerId id) {
      return Integer.parseInt(id.toString().substring(2)) - 100_001;
    }

    private static int currencyIndex(CurrencyUnit c) {
      for (int i = 0; i < CURRENCIES.length; i++) {
        if (CURRENCIES[i].equals(c)) {
          return i;
        }
      }
      throw new IllegalArgumentException("currency " + c);
    }

    /** Minor units as a plain decimal in a currency's scale. */
    private static String decimal(long minor, int currency) {
      return Money.ofMinor(CURRENCIES[currency], minor).amount().toPlainString();
    }

    // -------------------------------------------------------------- the bank's view of a line

    private void emit(Draft d) {
      CurrencyUnit currency = CURRENCIES[d.currency];
      LocalDate date = LocalDate.ofEpochDay(d.day);
      List<AllocationTruth> allocations = new ArrayList<>(d.allocations.size());
      for (int j = 0; j < d.allocations.size(); j++) {
        long[] a = d.allocations.get(j);
        int k = (int) a[0];
        Money zero = Money.zero(currency);
        allocations.add(new AllocationTruth(itemNumbers[k], custIds[itemCust[k]], Money.ofMinor(currency, a[1]),
            Money.ofMinor(currency, a[2]), Money.ofMinor(currency, a[3]), Optional.ofNullable(d.reasons.get(j)),
            Money.ofMinor(currency, a[4]), Money.ofMinor(currency, a[5]), zero));
      }
      // Rendering settles the reference kind (a PO reference needs a PO on every listed item).
      BankLine line = d.copyOf != null ? copy(d, currency, date) : render(d, currency, date);
      LineTruth truth = new LineTruth(d.ref, d.scenario, d.credit, Money.ofMinor(currency, d.amount),
          d.payer < 0 ? Optional.empty() : Optional.of(custIds[d.payer]), allocations,
          Money.ofMinor(currency, d.unapplied), evidence(d), d.kind, d.detail, Optional.ofNullable(d.reversalOf));
      int index = lines.size();
      lines.add(line);
      truths.add(truth);
      if (d.scenario == CashAppScenario.SINGLE_WITH_REFERENCE) {
        singleRefLines.add(index);
      }
      if (d.credit && truth.hasMatch() && d.scenario != CashAppScenario.PARTIAL) {
        returnableLines.add(index);
      }
    }

    private boolean evidence(Draft d) {
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

    /** A duplicate repeats the original's remittance and payer; a return refers to the original. */
    private BankLine copy(Draft d, CurrencyUnit currency, LocalDate date) {
      BankLine o = d.copyOf;
      if (d.credit) {
        return new BankLine(d.ref, true, Money.ofMinor(currency, d.amount), date, date, o.payerName(), o.payerAccount(),
            o.payerBic(), o.endToEndId(), o.remittanceText(), o.creditorReference(), o.referredDocuments(),
            o.mt940Text(), o.ocr(), o.instructedAmount(), o.chargesMinor());
      }
      String text = "RETURN " + o.entryRef() + " " + (chance(0.5) ? "AC04 CLOSED ACCOUNT" : "MD06 REFUND REQUEST");
      return new BankLine(d.ref, false, Money.ofMinor(currency, d.amount), date, date, o.payerName(), o.payerAccount(),
          o.payerBic(), o.endToEndId(), Optional.of(text), Optional.empty(), List.of(), Optional.of(text), false,
          Optional.empty(), 0);
    }

    private BankLine render(Draft d, CurrencyUnit currency, LocalDate date) {
      boolean structured = d.kind.isStructured();
      boolean ocr = !structured && chance(0.10 * f);
      // Payer name and account as the bank shows them.
      Optional<String> name;
      if (d.shownPayer >= 0) {
        String n = custName[d.shownPayer];
        name = Optional.of(chance(config.difficulty().nameVariationShare()) ? Noise.varyName(r, n) : n);
      } else {
        name = Optional.ofNullable(d.foreignName);
      }
      name = name.map(n -> n.length() > 70 ? n.substring(0, 70).strip() : n);
      Optional<String> iban = Optional.empty();
      double ocrShare = 0.10 * f;
      double absent = Math.min(0.9, Math.max(0, (0.30 * f - ocrShare) / (1 - ocrShare)));
      if (!ocr && !chance(absent)) {
        boolean unknown = d.foreignIban || chance(Math.min(1, 0.10 * f / 0.7));
        if (d.shownPayer >= 0 && !unknown) {
          String[] accounts = custIbans[d.shownPayer];
          iban = Optional.of(accounts[r.nextInt(accounts.length)]);
        } else if (d.shownPayer >= 0 || d.foreignIban) {
          iban = Optional.of(ibanGenerators.get(d.currency).next(r));
        }
      }
      Optional<String> bic = iban.map(i -> BICS[r.nextInt(BICS.length)]);
      Optional<String> e2e = !ocr && chance(0.4)
          ? Optional.of("E2E" + Long.toString(r.nextLong() >>> 20, 36).toUpperCase(Locale.ROOT)) : Optional.empty();

      // Remittance.
      String text = null;
      String creditorReference = null;
      List<ReferredDocumentSpec> documents = new ArrayList<>();
      String flat;
      double typed = 0.10 * f;
      switch (d.kind) {
        case STRUCTURED_CREDITOR_REFERENCE: {
          String number = itemNumber[d.listed.get(0)].replace("-", "");
          creditorReference = Noise.corrupt(r, Iban.of("RF", number), 0.03 * f);
          flat = creditorReference + d.suffix;
          break;
        }
        case STRUCTURED_DOCUMENTS: {
          boolean amounts = chance(0.7);
          StringBuilder sb = new StringBuilder();
          for (int k : d.listed) {
            long[] a = allocationOf(d, k);
            String number = Noise.corrupt(r, itemNumber[k], 0.03 * f);
            // The payer claims the discount it takes, earned or not.
            long claimed = a[2] + (d.unearnedDiscount ? a[3] : 0);
            boolean withAmounts = amounts || claimed > 0 || a[3] > 0;
            int reason = d.reasonGiven ? reasonIndex(d.reasons.get(d.allocations.indexOf(a))) : -1;
            documents.add(new ReferredDocumentSpec(number, itemMemo[k] ? "CREN" : "CINV",
                withAmounts ? OptionalLong.of(Math.abs(a[1])) : OptionalLong.empty(), claimed,
                d.reasonGiven ? a[3] : 0, reason >= 0 ? Optional.of(REASON_CODES[reason]) : Optional.empty()));
            sb.append(sb.length() == 0 ? "" : " ").append(number);
          }
          flat = sb + d.suffix;
          break;
        }
        case INVOICE_NUMBER:
        case MIXED_WORDS:
        case PO_NUMBER: {
          List<String> tokens = new ArrayList<>();
          boolean po = d.kind == ReferenceKind.PO_NUMBER && d.listed.stream().allMatch(k -> itemPo[k] != null);
          if (d.kind == ReferenceKind.PO_NUMBER && !po) {
            d.kind = ReferenceKind.INVOICE_NUMBER;
          }
          for (int k : d.listed) {
            String token = po ? Noise.formatPo(r, itemPo[k], f) : Noise.formatDocument(r, itemNumber[k], f);
            tokens.add(Noise.corrupt(r, token, typed));
          }
          String list = String.join(chance(0.5) ? ", " : " ", tokens);
          if (d.kind == ReferenceKind.MIXED_WORDS) {
            String[] before = {"Payment for order " + between(1000, 99999) + " invoice ", "Zahlung Kd-Nr "
                + between(1000, 9999) + " Re ", "Reglement facture ", "Our ref " + between(100, 999) + "/", "Inv "};
            String[] after = {" thank you", " vom " + LocalDate.ofEpochDay(d.day - between(20, 40)), "", " regards", " delivery "
                + between(10000, 99999)};
            text = before[r.nextInt(before.length)] + list + after[r.nextInt(after.length)];
          } else {
            String[] lead = po ? new String[] {"", "Order ", "Bestellung "}
                : new String[] {"", "Invoice ", "Rechnung ", "Facture ", "Payment "};
            text = lead[r.nextInt(lead.length)] + list;
          }
          text = text + d.suffix;
          if (ocr) {
            text = Noise.ocr(r, text, 0.02);
          }
          flat = text;
          break;
        }
        case UNUSABLE: {
          text = d.suffix.isEmpty() ? UNUSABLE[r.nextInt(UNUSABLE.length)] : d.suffix.strip();
          if (d.scenario == CashAppScenario.UNIDENTIFIABLE && d.payer < 0 && chance(0.5)) {
            text = text + " " + Long.toString(r.nextLong() >>> 24, 36).toUpperCase(Locale.ROOT);
          }
          flat = text;
          break;
        }
        default:
          flat = d.suffix.strip().isEmpty() ? null : d.suffix.strip();
          text = flat;
      }
      Optional<String> camtText = Optional.ofNullable(text).map(t -> cut(t, 140));
      Optional<Money> instructed = Optional.empty();
      long charges = 0;
      long fee = d.allocations.stream().mapToLong(a -> a[4]).sum();
      // Banks report the instructed amount of most credit transfers; the charges they took and the
      // amount before conversion not always (spec: SHA/BEN fees; payments in another currency).
      if (d.credit && fee > 0) {
        if (amountDetails.nextDouble() < CHARGES_REPORTED) {
          instructed = Optional.of(Money.ofMinor(currency, d.amount + fee));
          charges = fee;
        }
      } else if (d.credit && d.foreignInstructed != null) {
        if (amountDetails.nextDouble() < CONVERSION_REPORTED) {
          instructed = Optional.of(d.foreignInstructed);
        }
      } else if (d.credit && amountDetails.nextDouble() < INSTRUCTED_REPORTED) {
        instructed = Optional.of(Money.ofMinor(currency, d.amount));
      }
      BankLine line = new BankLine(d.ref, d.credit, Money.ofMinor(currency, d.amount), date, date, name, iban, bic, e2e,
          camtText, Optional.ofNullable(creditorReference), documents, Optional.empty(), ocr, instructed, charges);
      if (flat == null || flat.isBlank()) {
        return line;
      }
      int room = Mt940Writer.remittanceCapacity(CashAppFiles.mt940Entry(line));
      String mt940 = cut(CashAppFiles.swift(flat), room);
      return mt940.isEmpty() ? line : new BankLine(d.ref, d.credit, line.amount(), date, date, name, iban, bic, e2e,
          camtText, line.creditorReference(), documents, Optional.of(mt940), ocr, instructed, charges);
    }

    private static long[] allocationOf(Draft d, int item) {
      for (long[] a : d.allocations) {
        if (a[0] == item) {
          return a;
        }
      }
      throw new IllegalStateException("item " + item + " listed but not allocated");
    }

    private static int reasonIndex(DeductionReason reason) {
      return reason == null ? -1 : Arrays.asList(REASONS).indexOf(reason);
    }

    private static String cut(String text, int max) {
      String t = text.strip();
      return t.length() <= max ? t : t.substring(0, max).strip();
    }
  }
}
