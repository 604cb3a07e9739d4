package dev.o2c.testkit.cashapp;

import static dev.o2c.testkit.cashapp.WorldCurrencies.CURRENCIES;
import static dev.o2c.testkit.cashapp.WorldCurrencies.UNIT;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.ArGenerators;
import dev.o2c.testkit.Generator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The customers of a benchmark world and their open items, drawn first and as parallel arrays (a
 * world holds up to about 900,000 items): names, currencies, terms, accounts, parents; per customer
 * heavy-tailed counts of invoices and credit memos, numbered by document date.
 */
final class CustomerBook {

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

  private final WorldDraws r;
  private final List<Generator<String>> ibanGenerators = new ArrayList<>();
  private final Set<String> knownIbans = new HashSet<>();
  /** The statement's last day and the first document day (364 days before it), as epoch days. */
  final int asOfDay;
  final int firstDay;

  // customers
  int customers;
  String[] custId;
  CustomerId[] custIds;
  String[] custName;
  int[] custCurrency;
  String[][] custIbans;
  /** The paying parent of a customer, or -1. */
  int[] custParent;
  boolean[] custDiscount;
  /** A customer's items are [custStart, custEnd), oldest first. */
  int[] custStart;
  int[] custEnd;

  // items
  int items;
  int[] itemCust;
  /** Document date, as an epoch day. */
  int[] itemDay;
  /** Signed minor units: credit memos are negative. */
  long[] itemAmount;
  boolean[] itemMemo;
  /** Purchase order number, or null. */
  String[] itemPo;
  String[] itemNumber;
  DocumentNumber[] itemNumbers;

  private CustomerBook(WorldDraws r, LocalDate asOf) {
    this.r = r;
    this.asOfDay = (int) asOf.toEpochDay();
    this.firstDay = asOfDay - 364;
    for (CurrencyUnit c : CURRENCIES) {
      ibanGenerators.add(ArGenerators.ibans(c));
    }
  }

  /** Draws the customers, then their items, from the world's stream. */
  static CustomerBook draw(CashAppConfig config, WorldDraws r) {
    CustomerBook book = new CustomerBook(r, config.asOf());
    book.makeCustomers(config.customers());
    book.makeItems();
    return book;
  }

  String terms(int c) {
    return custDiscount[c] ? "2/10 NET 30" : "NET 30";
  }

  Money money(int c, long minor) {
    return Money.ofMinor(CURRENCIES[custCurrency[c]], minor);
  }

  /** {@return the customer index of an id} */
  int indexOf(CustomerId id) {
    return Integer.parseInt(id.toString().substring(2)) - 100_001;
  }

  /** {@return a new IBAN of a currency's countries, possibly nobody's in this world} */
  String anyIban(int currency) {
    return ibanGenerators.get(currency).next(r.random());
  }

  List<BenchCustomer> benchCustomers() {
    List<BenchCustomer> cs = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      cs.add(new BenchCustomer(custIds[c], custName[c], CURRENCIES[custCurrency[c]], List.of(custIbans[c]),
          custParent[c] < 0 ? Optional.empty() : Optional.of(custIds[custParent[c]]), terms(c)));
    }
    return cs;
  }

  List<BenchItem> benchItems() {
    List<BenchItem> is = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      LocalDate date = LocalDate.ofEpochDay(itemDay[i]);
      int c = itemCust[i];
      is.add(new BenchItem(itemNumbers[i], custIds[c], itemMemo[i] ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE, date,
          date.plusDays(30), money(c, itemAmount[i]), Optional.ofNullable(itemPo[i]), terms(c)));
    }
    return is;
  }

  // -------------------------------------------------------------- customers

  private void makeCustomers(int count) {
    customers = count;
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
      int cur = r.weighted(WorldCurrencies.WEIGHTS);
      custCurrency[c] = cur;
      custName[c] = uniqueName(names);
      custDiscount[c] = r.chance(0.25);
      int accounts = r.chance(0.10) ? r.between(2, 3) : 1;
      custIbans[c] = new String[accounts];
      for (int a = 0; a < accounts; a++) {
        custIbans[c][a] = newIban(cur);
      }
      custParent[c] = -1;
      List<Integer> parents = topLevel.get(cur);
      if (!parents.isEmpty() && r.chance(0.05)) {
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
      String iban = anyIban(currency);
      if (knownIbans.add(iban)) {
        return iban;
      }
    }
  }

  // -------------------------------------------------------------- items

  private void makeItems() {
    int[] counts = new int[customers];
    long total = 0;
    for (int c = 0; c < customers; c++) {
      counts[c] = (int) Math.max(1, Math.min(500, Math.round(r.lognormal(6, 1.55))));
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
    custStart = new int[customers];
    custEnd = new int[customers];
    int i = 0;
    for (int c = 0; c < customers; c++) {
      custStart[c] = i;
      int n = counts[c];
      int[] days = new int[n];
      for (int k = 0; k < n; k++) {
        int age = r.chance(0.85) ? r.nextInt(90) : r.between(90, 364);
        days[k] = asOfDay - age;
      }
      Arrays.sort(days);
      long unit = UNIT[custCurrency[c]];
      long[] recurring = null;
      if (r.chance(0.20)) {
        recurring = new long[] {WorldCurrencies.amount(r, unit), WorldCurrencies.amount(r, unit),
          WorldCurrencies.amount(r, unit)};
      }
      for (int k = 0; k < n; k++, i++) {
        itemCust[i] = c;
        itemDay[i] = days[k];
        itemMemo[i] = r.chance(0.05);
        if (itemMemo[i]) {
          itemAmount[i] = -Math.max(unit, Math.round(r.lognormal(300, 1.0) * unit));
        } else {
          itemAmount[i] = recurring != null && r.chance(0.60) ? recurring[r.nextInt(3)]
              : WorldCurrencies.amount(r, unit);
          if (r.chance(0.60)) {
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

  /** A number with leading zeros to a width (String.format costs half a microsecond). */
  static String padded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
