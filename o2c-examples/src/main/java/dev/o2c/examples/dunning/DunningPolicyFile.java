package dev.o2c.examples.dunning;

import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningGrouping;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.LevelDunningPolicy;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.CsvException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dunning policy file of {@code o2c dun --policy}: one {@code key = value} per line, {@code #} starts a
 * comment, blank lines are ignored, keys are case-insensitive and each may appear once.
 *
 * <pre>
 * # days overdue, fee, text key, days to pay
 * level.1 = -3, none, pre-due, 3
 * level.2 = 7, none, reminder, 10
 * level.3 = 21, EUR 5.00 / USD 5.00, second-reminder, 10
 * level.4 = 35, 2% max EUR 25.00 / USD 25.00, final-demand, 7
 * min-days-between-notices = 14
 * grace-days = 3
 * min-item-amount = EUR 5.00, USD 5.00
 * min-customer-amount = EUR 25.00
 * grouping = customer
 * step-by-step = true
 * creditor = Our Company GmbH
 * creditor-address = Hauptstr. 1; 10115 Berlin
 * </pre>
 *
 * <p>Levels are numbered 1, 2, ... without gaps; a fee is {@code none}, an amount per currency
 * ({@code EUR 5.00 / USD 5.00}) or a percentage with an optional cap per currency ({@code 2% max EUR
 * 25.00}), as {@code DunningFee.parse} reads it; an item in a currency its level's fee names no amount in
 * is not dunned at that level. Everything but the
 * levels is optional, with the defaults of {@code LevelDunningPolicy.builder()}: 14 days between notices,
 * no grace, no minimums, one notice per customer, step by step.
 *
 * @param policy the policy
 * @param creditor the sender of the letters
 */
public record DunningPolicyFile(LevelDunningPolicy policy, LetterParty creditor) {

  /** The sender when the file names none. */
  public static final LetterParty DEFAULT_CREDITOR = LetterParty.of("Accounts Receivable");

  /**
   * Checks that nothing is null.
   *
   * @param policy the policy
   * @param creditor the sender of the letters
   */
  public DunningPolicyFile {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(creditor, "creditor");
  }

  /**
   * Reads a policy file.
   *
   * @param reader the characters; read to the end, not closed
   * @param source the file name, for error messages
   * @return the policy and the letters' sender
   * @throws CsvException naming the file and line: an unknown or repeated key, a line without {@code =},
   *     a bad level, fee, number or amount, levels not numbered 1, 2, ... or thresholds not increasing
   * @throws UncheckedIOException if reading fails
   */
  public static DunningPolicyFile read(Reader reader, String source) {
    Map<String, String> values = new HashMap<>();
    Map<String, Long> lines = new HashMap<>();
    TreeMap<Integer, String> levelKeys = new TreeMap<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String text;
      long number = 0;
      while ((text = in.readLine()) != null) {
        number++;
        int hash = text.indexOf('#');
        String line = (hash >= 0 ? text.substring(0, hash) : text).strip();
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1).strip();
        }
        if (line.isEmpty()) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          throw new CsvException(source, number, "\"" + line + "\" is not key = value");
        }
        String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(eq + 1).strip();
        if (values.put(key, value) != null) {
          throw new CsvException(source, number, key + " appears twice");
        }
        lines.put(key, number);
        if (key.startsWith("level.")) {
          try {
            levelKeys.put(Integer.parseInt(key.substring(6)), key);
          } catch (NumberFormatException e) {
            throw new CsvException(source, number, key + ": a level is level.1, level.2, ...");
          }
        } else if (!KEYS.contains(key)) {
          throw new CsvException(source, number, "unknown key " + key + "; known: level.N, " + String.join(", ", KEYS));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    return new Parser(source, values, lines).parse(levelKeys);
  }

  private static final List<String> KEYS = List.of("min-days-between-notices", "grace-days", "min-item-amount",
      "min-customer-amount", "grouping", "step-by-step", "creditor", "creditor-address");

  /** Turns the key-value pairs into a policy, naming the line of any bad value. */
  private record Parser(String source, Map<String, String> values, Map<String, Long> lines) {

    DunningPolicyFile parse(TreeMap<Integer, String> levelKeys) {
      LevelDunningPolicy.Builder b = LevelDunningPolicy.builder();
      if (levelKeys.isEmpty()) {
        throw new CsvException(source, 0, "no levels: give at least level.1 = DAYS, FEE, TEXT_KEY, PAY_WITHIN_DAYS");
      }
      int expected = 1;
      Integer previousDays = null;
      for (Map.Entry<Integer, String> entry : levelKeys.entrySet()) {
        String key = entry.getValue();
        if (entry.getKey() != expected) {
          throw error(key, "levels must be numbered 1, 2, ... without gaps; expected level." + expected);
        }
        String[] parts = values.get(key).split(",");
        if (parts.length != 4) {
          throw error(key, "\"" + values.get(key) + "\" is not DAYS, FEE, TEXT_KEY, PAY_WITHIN_DAYS");
        }
        int days = integer(key, "days overdue", parts[0].strip(), Integer.MIN_VALUE);
        if (previousDays != null && days <= previousDays) {
          throw error(key, "days overdue " + days + " must be more than level." + (expected - 1) + "'s " + previousDays);
        }
        DunningFee fee;
        try {
          fee = DunningFee.parse(parts[1]);
        } catch (IllegalArgumentException e) {
          throw error(key, e.getMessage());
        }
        String textKey = parts[2].strip();
        if (textKey.isEmpty()) {
          throw error(key, "the text key is empty");
        }
        b.level(days, fee, textKey, integer(key, "days to pay", parts[3].strip(), 0));
        previousDays = days;
        expected++;
      }
      ifPresent("min-days-between-notices", v -> b.minDaysBetweenNotices(integer("min-days-between-notices",
          "minimum days between notices", v, 1)));
      ifPresent("grace-days", v -> b.graceDays(integer("grace-days", "grace days", v, 0)));
      ifPresent("min-item-amount", v -> amounts("min-item-amount", v).forEach(b::minimumItemAmount));
      ifPresent("min-customer-amount", v -> amounts("min-customer-amount", v).forEach(b::minimumCustomerAmount));
      ifPresent("grouping", v -> {
        switch (v.toLowerCase(Locale.ROOT)) {
          case "customer" -> b.grouping(DunningGrouping.PER_CUSTOMER);
          case "item" -> b.grouping(DunningGrouping.PER_ITEM);
          default -> throw error("grouping", "\"" + v + "\" is not customer or item");
        }
      });
      ifPresent("step-by-step", v -> {
        switch (v.toLowerCase(Locale.ROOT)) {
          case "true" -> b.stepByStep(true);
          case "false" -> b.stepByStep(false);
          default -> throw error("step-by-step", "\"" + v + "\" is not true or false");
        }
      });
      LetterParty creditor = DEFAULT_CREDITOR;
      if (values.containsKey("creditor") || values.containsKey("creditor-address")) {
        String name = values.getOrDefault("creditor", "");
        if (name.isBlank()) {
          throw error(values.containsKey("creditor") ? "creditor" : "creditor-address", "creditor-address needs a creditor "
              + "name");
        }
        List<String> address = new ArrayList<>();
        for (String part : values.getOrDefault("creditor-address", "").split(";")) {
          if (!part.isBlank()) {
            address.add(part.strip());
          }
        }
        creditor = new LetterParty(name, address);
      }
      return new DunningPolicyFile(b.build(), creditor);
    }

    private void ifPresent(String key, java.util.function.Consumer<String> use) {
      String value = values.get(key);
      if (value != null) {
        use.accept(value);
      }
    }

    private int integer(String key, String what, String text, int minimum) {
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(key, what + " \"" + text + "\" is not a whole number");
      }
      if (value < minimum) {
        throw error(key, what + " " + value + " is below " + minimum);
      }
      return value;
    }

    private List<Money> amounts(String key, String text) {
      List<Money> amounts = new ArrayList<>();
      for (String part : text.split(",")) {
        String amount = part.strip();
        Money money;
        try {
          money = Money.parse(amount);
        } catch (IllegalArgumentException | ArithmeticException e) {
          throw error(key, "\"" + amount + "\" is not an amount with its currency, e.g. EUR 25.00");
        }
        if (money.isNegative()) {
          throw error(key, amount + " is negative");
        }
        amounts.add(money);
      }
      return amounts;
    }

    private CsvException error(String key, String problem) {
      return new CsvException(source, lines.getOrDefault(key, 0L), key + ": " + problem);
    }
  }
}
