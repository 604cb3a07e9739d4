package dev.o2c.matching.statement.mt940;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed {@code :86:} information to account owner, in one of three dialects.
 *
 * <ul>
 *   <li>{@link Dialect#GVC}: German/Polish structured form {@code 166?00UEBERWEISUNG?10931?20SVWZ+...?30BIC?31IBAN?32name}:
 *       a three-digit business transaction code (GVC), then {@code ?NN} sub-fields. Sub-fields may be
 *       broken anywhere across lines, so the lines are joined without separators first. Remittance is
 *       {@code ?20}-{@code ?29} and {@code ?60}-{@code ?63} concatenated without separators; SEPA keys
 *       ({@code EREF+}, {@code KREF+}, {@code MREF+}, {@code CRED+}, {@code SVWZ+}, {@code ABWA+}, ...) are
 *       then cut out of that text.</li>
 *   <li>{@link Dialect#KEYED}: Dutch form {@code /EREF/.../CNTP/IBAN/BIC/name/city/REMI/USTD//text/}.</li>
 *   <li>{@link Dialect#FREE}: anything else; the lines are the remittance, as sent.</li>
 * </ul>
 *
 * @param dialect which form was recognised
 * @param lines the raw lines as read (without line ends)
 * @param gvc the German business transaction code (GVC) for {@link Dialect#GVC}
 * @param postingText {@code ?00} booking text, or Dutch {@code /TRTP/}
 * @param primaNota {@code ?10}
 * @param textKeyAddition {@code ?34} (for returns the SEPA return reason number)
 * @param remittanceLines unstructured remittance as sent: {@code ?2x} values, REMI, or the free lines
 * @param remittance the remittance text: SVWZ, the joined {@code ?2x} text, REMI, or the free lines joined by a space
 * @param keys SEPA keys (GVC) or Dutch keys (KEYED) with their values, in order of appearance
 * @param counterpartyBank bank code or BIC ({@code ?30}, CNTP BIC, {@code /BIC/})
 * @param counterpartyAccount account or IBAN ({@code ?38} IBAN over {@code ?31}, CNTP account, {@code /IBAN/})
 * @param counterpartyName name ({@code ?32}+{@code ?33}, CNTP name, {@code /NAME/})
 * @param counterpartyCity city (CNTP fourth part)
 */
record Details86(Dialect dialect, List<String> lines, Optional<String> gvc, Optional<String> postingText,
    Optional<String> primaNota, Optional<String> textKeyAddition, List<String> remittanceLines,
    Optional<String> remittance, Map<String, String> keys, Optional<String> counterpartyBank,
    Optional<String> counterpartyAccount, Optional<String> counterpartyName, Optional<String> counterpartyCity) {

  /** The recognised form of the field. */
  enum Dialect {
    /** German GVC with {@code ?NN} sub-fields. */
    GVC,
    /** Dutch {@code /KEY/value} form. */
    KEYED,
    /** Free text. */
    FREE
  }

  private static final Set<String> SEPA_KEYS = Set.of("EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA",
      "ABWE", "COAM", "OAMT", "PURP", "IBAN", "BIC", "SQTP", "BREF", "RREF");
  private static final Set<String> DUTCH_KEYS = Set.of("TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "CNTP",
      "ORDP", "BENM", "RTRN", "MARF", "CSID", "PREF", "ULTC", "ULTD", "ULTB", "PURP", "ISDT", "BUSP", "CREF",
      "TRCD", "FX", "EXCH", "CHGS", "ADDR", "SVCL", "ATOM");
  private static final Pattern DUTCH_KEY = Pattern.compile("/([A-Z]{2,4})/");

  Details86 {
    lines = List.copyOf(lines);
    remittanceLines = List.copyOf(remittanceLines);
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  /** A SEPA or Dutch key's value, e.g. {@code key("EREF")}; empty when absent or blank. */
  Optional<String> key(String name) {
    return Optional.ofNullable(keys.get(name)).filter(v -> !v.isBlank());
  }

  /** Parses the lines of a {@code :86:} field (or a bank's non-standard free-form detail field). */
  static Details86 parse(List<String> lines) {
    String joined = lines.size() == 1 ? lines.get(0) : String.join("", lines);
    int gvc = gvcStart(joined);
    if (gvc >= 0) {
      return parseGvc(lines, joined, joined.substring(gvc, gvc + 3));
    }
    String stripped = joined.strip();
    Matcher dutch = DUTCH_KEY.matcher(stripped);
    if (dutch.lookingAt() && DUTCH_KEYS.contains(dutch.group(1))) {
      return parseKeyed(lines, stripped);
    }
    return free(lines);
  }

  /** Free-form details: every non-blank line, right-trimmed, is a remittance line. */
  static Details86 free(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String l : lines) {
      String t = l.stripTrailing();
      if (!t.isBlank()) {
        kept.add(t);
      }
    }
    String text = String.join(" ", kept.stream().map(String::strip).toList());
    return new Details86(Dialect.FREE, lines, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), kept, nonEmpty(text), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private static Details86 parseGvc(List<String> lines, String joined, String code) {
    Map<Integer, StringBuilder> sub = new LinkedHashMap<>();
    int currentKey = -1;
    int valueStart = -1;
    int i = 0;
    int n = joined.length();
    while (i < n) {
      if (joined.charAt(i) == '?' && i + 2 < n && isDigit(joined.charAt(i + 1)) && isDigit(joined.charAt(i + 2))) {
        if (currentKey >= 0) {
          sub.computeIfAbsent(currentKey, k -> new StringBuilder()).append(joined, valueStart, i);
        }
        currentKey = (joined.charAt(i + 1) - '0') * 10 + (joined.charAt(i + 2) - '0');
        valueStart = i + 3;
        i += 3;
      } else {
        i++;
      }
    }
    if (currentKey >= 0) {
      sub.computeIfAbsent(currentKey, k -> new StringBuilder()).append(joined, valueStart, joined.length());
    }
    List<String> remittanceLines = new ArrayList<>();
    StringBuilder remittance = new StringBuilder();
    for (Map.Entry<Integer, StringBuilder> e : sub.entrySet()) {
      int k = e.getKey();
      if ((k >= 20 && k <= 29) || (k >= 60 && k <= 63)) {
        remittanceLines.add(e.getValue().toString());
        remittance.append(e.getValue());
      }
    }
    Map<String, String> keys = sepaKeys(remittance.toString());
    Optional<String> text = keys.isEmpty() ? nonEmpty(remittance.toString().strip())
        : Optional.ofNullable(keys.get("SVWZ"));
    Optional<String> account = get(sub, 38).or(() -> get(sub, 31));
    // ?33 continues ?32 mid-word as often as after a blank, so the raw values are joined as they are.
    Optional<String> name = nonEmpty((raw(sub, 32) + raw(sub, 33)).strip());
    return new Details86(Dialect.GVC, lines, Optional.of(code), get(sub, 0), get(sub, 10), get(sub, 34),
        remittanceLines, text, keys, get(sub, 30), account, name, Optional.empty());
  }

  /** Cuts {@code EREF+...SVWZ+...} text into keys; each value runs to the next key and is trimmed. */
  static Map<String, String> sepaKeys(String text) {
    Map<String, String> keys = new LinkedHashMap<>();
    String key = null;
    int start = -1;
    for (int plus = text.indexOf('+'); plus >= 0; plus = text.indexOf('+', plus + 1)) {
      String found = null;
      if (plus >= 4 && SEPA_KEYS.contains(text.substring(plus - 4, plus))) {
        found = text.substring(plus - 4, plus);
      } else if (plus >= 3 && text.startsWith("BIC", plus - 3)) {
        found = "BIC";
      }
      if (found == null || plus - found.length() < start) {
        continue;
      }
      if (key != null) {
        keys.putIfAbsent(key, text.substring(start, plus - found.length()).strip());
      }
      key = found;
      start = plus + 1;
    }
    if (key != null) {
      keys.putIfAbsent(key, text.substring(start).strip());
    }
    return keys;
  }

  private static Details86 parseKeyed(List<String> lines, String text) {
    Map<String, String> keys = new LinkedHashMap<>();
    Matcher m = DUTCH_KEY.matcher(text);
    String key = null;
    int start = -1;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      if (!DUTCH_KEYS.contains(m.group(1))) {
        from = m.start() + 1;
        continue;
      }
      if (key != null) {
        // "/EREF/CNTP/..." shares one slash between two keys: the first one's value is empty.
        keys.putIfAbsent(key, dropTrailingSlash(text.substring(start, Math.max(start, m.start()))));
      }
      key = m.group(1);
      start = m.end();
      // The closing slash of one key is the opening slash of the next: "/NAME/x/REMI/y".
      from = m.end() - 1;
    }
    if (key != null) {
      keys.putIfAbsent(key, dropTrailingSlash(text.substring(start)));
    }
    String remi = keys.getOrDefault("REMI", "");
    if (remi.startsWith("USTD//")) {
      remi = remi.substring(6);
    } else if (remi.startsWith("STRD/")) {
      // Structured remittance (a creditor reference) is not text; the reader maps it separately.
      remi = "";
    }
    remi = dropTrailingSlash(remi).strip();
    Optional<String> bank = Optional.empty();
    Optional<String> account = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<String> city = Optional.empty();
    String party = keys.getOrDefault("CNTP", keys.getOrDefault("BENM", keys.get("ORDP")));
    if (party != null && !party.startsWith("/")) {
      String[] parts = party.split("/", -1);
      account = nonEmpty(parts[0].strip());
      bank = parts.length > 1 ? nonEmpty(parts[1].strip()) : Optional.empty();
      name = parts.length > 2 ? nonEmpty(parts[2].strip()) : Optional.empty();
      city = parts.length > 3 ? nonEmpty(parts[3].strip()) : Optional.empty();
    }
    account = account.or(() -> nonEmpty(keys.getOrDefault("IBAN", "").strip()));
    bank = bank.or(() -> nonEmpty(keys.getOrDefault("BIC", "").strip()));
    name = name.or(() -> nonEmpty(keys.getOrDefault("NAME", "").strip()));
    return new Details86(Dialect.KEYED, lines, Optional.empty(), nonEmpty(keys.getOrDefault("TRTP", "").strip()),
        Optional.empty(), Optional.empty(), remi.isEmpty() ? List.of() : List.of(remi), nonEmpty(remi), keys, bank,
        account, name, city);
  }

  /** Where the three-digit GVC starts when the text is in GVC form ({@code "166?00..."}, one leading blank allowed), else -1. */
  private static int gvcStart(String s) {
    int o = !s.isEmpty() && (s.charAt(0) == ' ' || (s.charAt(0) >= '\t' && s.charAt(0) <= '\r')) ? 1 : 0;
    if (s.length() < o + 6) {
      return -1;
    }
    boolean ok = isDigit(s.charAt(o)) && isDigit(s.charAt(o + 1)) && isDigit(s.charAt(o + 2)) && s.charAt(o + 3) == '?'
        && isDigit(s.charAt(o + 4)) && isDigit(s.charAt(o + 5));
    return ok ? o : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String dropTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String raw(Map<Integer, StringBuilder> sub, int key) {
    StringBuilder sb = sub.get(key);
    return sb == null ? "" : sb.toString();
  }

  private static Optional<String> get(Map<Integer, StringBuilder> sub, int key) {
    StringBuilder sb = sub.get(key);
    return sb == null ? Optional.empty() : nonEmpty(sb.toString().strip());
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
