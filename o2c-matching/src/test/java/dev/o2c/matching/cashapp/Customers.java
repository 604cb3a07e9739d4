package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.id.CustomerId;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;

/** Customers for the cash-application tests. */
final class Customers {

  private static final String[] SECTORS = {"Logistics", "Maschinenbau", "Trading", "Foods", "Textil", "Pharma",
      "Software", "Bau", "Elektro", "Consulting", "Retail", "Energy", "Automotive", "Möbel", "Druck"};
  private static final String[] FORMS = {"GmbH", "AG", "GmbH & Co. KG", "Ltd", "Inc.", "LLC", "S.A.", "B.V.", "SARL",
      "S.p.A.", "PLC", "Corp.", ""};

  private Customers() {}

  static Customer customer(String id, String name, String... accounts) {
    return Customer.builder().id(CustomerId.of(id)).name(name).addBankAccounts(accounts)
        .currency(Monetary.getCurrency("EUR")).build();
  }

  /** A made-up word of two to four syllables, capitalised: Kalomer, Tavisun. */
  static String word(Random random) {
    String consonants = "bdfgklmnprstvwz";
    String vowels = "aeiou";
    StringBuilder sb = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      sb.append(consonants.charAt(random.nextInt(consonants.length())));
      sb.append(vowels.charAt(random.nextInt(vowels.length())));
      if (random.nextInt(3) == 0) {
        sb.append(consonants.charAt(random.nextInt(consonants.length())));
      }
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /** {@code n} customers with made-up names like {@code "Kalomer Tavisun Logistics GmbH"}, ids {@code C-0}, {@code C-1}, ... */
  static List<Customer> many(int n, long seed) {
    Random random = new Random(seed);
    Customer[] all = new Customer[n];
    for (int i = 0; i < n; i++) {
      String name = word(random) + (random.nextBoolean() ? " " + word(random) : "") + " "
          + SECTORS[random.nextInt(SECTORS.length)] + " " + FORMS[random.nextInt(FORMS.length)];
      all[i] = customer("C-" + i, name.strip());
    }
    return List.of(all);
  }
}
