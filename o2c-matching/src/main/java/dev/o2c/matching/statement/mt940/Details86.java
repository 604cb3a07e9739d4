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

  /** The SEPA keys of the German {@code :86:}; {@code BIC} is the only one with three letters. */
  private static final List<String> SEPA_KEY_LIST = List.of("EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA",
      "ABWE", "COAM", "OAMT", "PURP", "IBAN", "BIC", "SQTP", "BREF", "RREF");
  private static final Set<String> DUTCH_KEYS = Set.of("TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "CNTP",
      "ORDP", "BENM", "RTRN", "MARF", "CSID", "PREF", "ULTC", "ULTD", "ULTB", "PURP", "ISDT", "BUSP", "CREF",
      "TRCD", "FX", "EXCH", "CHGS", "OCMT", "ADDR", "SVCL", "ATOM");
  /** SEPA's maximum length of an end-to-end id. */
  static final int MAX_END_TO_END_ID = 35;
  /** The width of a {@code ?2x} sub-field; a shorter one was not cut by the bank mid-value. */
  static final int SUBFIELD_WIDTH = 27;
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
    // Sub-field values by number; a number that repeats gets its values appended, as sent.
    String[] sub = new String[100];
    int[] order = new int[100];
    int seen = 0;
    int currentKey = -1;
    int valueStart = -1;
    int n = joined.length();
    int i = joined.indexOf('?');
    while (i >= 0 && i < n) {
      if (i + 2 < n && isDigit(joined.charAt(i + 1)) && isDigit(joined.charAt(i + 2))) {
        if (currentKey >= 0) {
          seen = put(sub, order, seen, currentKey, joined.substring(valueStart, i));
        }
        currentKey = (joined.charAt(i + 1) - '0') * 10 + (joined.charAt(i + 2) - '0');
        valueStart = i + 3;
        i = joined.indexOf('?', i + 3);
      } else {
        i = joined.indexOf('?', i + 1);
      }
    }
    if (currentKey >= 0) {
      seen = put(sub, order, seen, currentKey, joined.substring(valueStart));
    }
    List<String> remittanceLines = new ArrayList<>();
    StringBuilder remittance = new StringBuilder();
    for (int o = 0; o < seen; o++) {
      int k = order[o];
      if ((k >= 20 && k <= 29) || (k >= 60 && k <= 63)) {
        remittanceLines.add(sub[k]);
        remittance.append(sub[k]);
      }
    }
    String remittanceText = remittance.toString();
    int[] erefRange = new int[2];
    Map<String, String> keys = sepaKeys(remittanceText, erefRange);
    Optional<String> text = keys.isEmpty() ? nonEmpty(remittanceText.strip())
        : Optional.ofNullable(keys.get("SVWZ"));
    String overflow = keys.containsKey("EREF") ? limitEndToEndId(keys, remittanceText, erefRange, remittanceLines) : "";
    if (!overflow.isEmpty()) {
      text = Optional.of(text.filter(t -> !t.isBlank()).map(t -> overflow + " " + t).orElse(overflow));
    }
    Optional<String> account = get(sub, 38).or(() -> get(sub, 31));
    // ?33 continues ?32 mid-word as often as after a blank, so the raw values are joined as they are.
    Optional<String> name = nonEmpty((raw(sub, 32) + raw(sub, 33)).strip());
    return new Details86(Dialect.GVC, lines, Optional.of(code), get(sub, 0), get(sub, 10), get(sub, 34),
        remittanceLines, text, keys, get(sub, 30), account, name, Optional.empty());
  }

  private static int put(String[] sub, int[] order, int seen, int key, String value) {
    if (sub[key] == null) {
      sub[key] = value;
      order[seen] = key;
      return seen + 1;
    }
    sub[key] = sub[key] + value;
    return seen;
  }

  /**
   * Keeps the end-to-end id ({@code EREF+}) within the 35 characters SEPA allows, for banks that put
   * free text after it without another key ({@code ?20EREF+TFNR 40005 00005?21MTLG:Grund nicht s...}).
   *
   * <p>Rule: a value of at most 35 characters is kept as it is. A longer one ends at the first
   * sub-field boundary inside it where the sub-field was not full (shorter than
   * {@value #SUBFIELD_WIDTH} characters, so the id really ended there) and that lies within 35
   * characters of the value's start; without such a boundary it ends after 35 characters. The text
   * after the cut is returned, trimmed, for the remittance; the key map gets the shortened id.
   */
  private static String limitEndToEndId(Map<String, String> keys, String text, int[] range,
      List<String> subfields) {
    String value = keys.get("EREF");
    if (value.length() <= MAX_END_TO_END_ID) {
      return "";
    }
    int start = range[0];
    int end = range[1];
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int cut = -1;
    int boundary = 0;
    for (String subfield : subfields) {
      boundary += subfield.length();
      if (boundary <= start) {
        continue;
      }
      if (boundary >= end || boundary - start > MAX_END_TO_END_ID) {
        break;
      }
      if (subfield.length() < SUBFIELD_WIDTH) {
        cut = boundary;
        break;
      }
    }
    if (cut < 0) {
      cut = start + MAX_END_TO_END_ID;
    }
    keys.put("EREF", text.substring(start, cut).strip());
    return text.substring(cut, end).strip();
  }

  /** Cuts {@code EREF+...SVWZ+...} text into keys; each value runs to the next key and is trimmed. */
  static Map<String, String> sepaKeys(String text) {
    return sepaKeys(text, new int[2]);
  }

  /** As {@link #sepaKeys(String)}; also stores where the raw {@code EREF} value starts and ends in {@code text}. */
  private static Map<String, String> sepaKeys(String text, int[] erefRange) {
    int first = text.indexOf('+');
    if (first < 0) {
      return Map.of();
    }
    Map<String, String> keys = new LinkedHashMap<>();
    String key = null;
    int start = -1;
    for (int plus = first; plus >= 0; plus = text.indexOf('+', plus + 1)) {
      String found = sepaKeyBefore(text, plus);
      if (found == null || plus - found.length() < start) {
        continue;
      }
      if (key != null) {
        putValue(keys, key, text, start, plus - found.length(), erefRange);
      }
      key = found;
      start = plus + 1;
    }
    if (key != null) {
      putValue(keys, key, text, start, text.length(), erefRange);
    }
    return keys;
  }

  private static void putValue(Map<String, String> keys, String key, String text, int start, int end, int[] erefRange) {
    if (!keys.containsKey(key)) {
      keys.put(key, text.substring(start, end).strip());
      if (key.equals("EREF")) {
        erefRange[0] = start;
        erefRange[1] = end;
      }
    }
  }

  /** The SEPA key that ends just before the {@code +} at {@code plus}, or null; compares in place. */
  private static String sepaKeyBefore(String text, int plus) {
    if (plus >= 4) {
      for (String k : SEPA_KEY_LIST) {
        if (k.length() == 4 && text.startsWith(k, plus - 4)) {
          return k;
        }
      }
    }
    return plus >= 3 && text.startsWith("BIC", plus - 3) ? "BIC" : null;
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

  private static String raw(String[] sub, int key) {
    return sub[key] == null ? "" : sub[key];
  }

  private static Optional<String> get(String[] sub, int key) {
    return sub[key] == null ? Optional.empty() : nonEmpty(sub[key].strip());
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
