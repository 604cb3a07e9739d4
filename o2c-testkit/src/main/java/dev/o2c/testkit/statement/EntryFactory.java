package dev.o2c.testkit.statement;

import dev.o2c.testkit.Iban;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Draws entries from a random sequence; holds a seeded pool of counterparties shared by a file. */
final class EntryFactory {

  private static final String[] FIRST = {
    "Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo", "Ines", "Jan", "Karin", "Lars",
    "Marie", "Nils", "Olga", "Paul", "Rosa", "Sven", "Tina", "Ugo"
  };
  private static final String[] LAST = {
    "Mueller", "Schmidt", "Jansen", "de Vries", "Dubois", "Rossi", "Novak", "Berg", "Peeters",
    "Fischer", "Bakker", "Martin", "Weber", "Visser", "Lambert", "Moreau", "Keller", "Smit"
  };
  private static final String[] COMPANY = {
    "Acme", "Nordlicht", "Blue Harbour", "Atlas Components", "Green Valley Foods", "Polar Logistics",
    "Sunrise Textiles", "Iron Bridge Engineering", "Delta Medical Supplies", "Alpine Outdoor",
    "Westwind Energy", "Kupfer und Zinn"
  };
  private static final String[] SUFFIX = {"GmbH", "AG", "BV", "SA", "Ltd", "KG", "NV", "SRL", "GmbH und Co. KG"};
  private static final String[] BICS = {
    "COBADEFFXXX", "DEUTDEFF", "INGBNL2A", "BNPAFRPP", "RABONL2U", "GENODEF1M04", "BYLADEM1001",
    "SOGEFRPP", "ABNANL2A", "HYVEDEMM", "GEBABEBB", "BKAUATWW"
  };
  private static final String[] WORDS = {
    "payment", "thank you", "partial", "final", "rest", "balance", "deposit", "customer", "order",
    "delivery", "contract", "period", "Q1", "Q2", "Q3", "Q4", "net", "less discount", "ref."
  };

  private final long poolSeed;
  private final String[] names;
  private final String[] ibans;
  private final String[] bics;

  EntryFactory(long poolSeed, int poolSize) {
    this.poolSeed = poolSeed;
    SplittableRandom r = new SplittableRandom(poolSeed);
    names = new String[poolSize];
    ibans = new String[poolSize];
    bics = new String[poolSize];
    for (int i = 0; i < poolSize; i++) {
      names[i] = name(r);
      ibans[i] = iban(r);
      bics[i] = BICS[r.nextInt(BICS.length)];
    }
  }

  static String name(SplittableRandom r) {
    if (r.nextBoolean()) {
      return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }
    return COMPANY[r.nextInt(COMPANY.length)] + " " + SUFFIX[r.nextInt(SUFFIX.length)];
  }

  static String iban(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return Iban.of("DE", digits(r, 18));
      case 1:
        return Iban.of("NL", "ABNA" + digits(r, 10));
      case 2:
        return Iban.of("BE", digits(r, 12));
      default:
        return Iban.of("AT", digits(r, 16));
    }
  }

  static String bic(SplittableRandom r) {
    return BICS[r.nextInt(BICS.length)];
  }

  static String digits(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + r.nextInt(10));
    }
    return new String(c);
  }

  private static String base36(long v) {
    return Long.toString(v, 36).toUpperCase(java.util.Locale.ROOT);
  }

  EntrySpec entry(SplittableRandom r, LocalDate date, int statementIndex, int ordinal) {
    boolean credit = r.nextInt(100) < 70;
    long magnitude = 100;
    for (int d = r.nextInt(7); d > 0; d--) {
      magnitude *= 10;
    }
    long amount = 1 + r.nextLong(magnitude);
    LocalDate valueDate = date.minusDays(r.nextInt(3));
    String bankRef = "B" + base36(statementIndex) + "N" + base36(ordinal) + base36(r.nextInt(1296));
    String e2e = r.nextInt(100) < 80 ? "E2E" + base36(r.nextLong() >>> 16) : null;
    int p = r.nextInt(names.length);
    String text = r.nextInt(100) < 75 ? text(r) : null;
    String cref = r.nextInt(100) < 30 ? Iban.of("RF", digits(r, 6 + r.nextInt(15))) : null;
    return new EntrySpec(amount, credit, date, valueDate, bankRef, e2e, names[p], ibans[p], bics[p], text, cref);
  }

  private static String text(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(140);
    switch (r.nextInt(4)) {
      case 0:
        sb.append("Invoice INV-").append(2020 + r.nextInt(7)).append('-').append(digits(r, 6));
        break;
      case 1:
        sb.append("INV").append(digits(r, 7)).append(", INV").append(digits(r, 7));
        break;
      case 2:
        sb.append("Rechnung ").append(digits(r, 8)).append(" vom ").append(1 + r.nextInt(28)).append('.')
            .append(1 + r.nextInt(12)).append(".2026");
        break;
      default:
        sb.append("Order ").append(digits(r, 5)).append(" customer ").append(digits(r, 6)).append(':');
        break;
    }
    int words = r.nextInt(8);
    for (int i = 0; i < words && sb.length() < 110; i++) {
      sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntryFactory && ((EntryFactory) o).poolSeed == poolSeed
        && ((EntryFactory) o).names.length == names.length;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(poolSeed) * 31 + names.length;
  }
}
