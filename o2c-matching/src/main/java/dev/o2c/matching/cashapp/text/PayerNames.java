package dev.o2c.matching.cashapp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Payer names in the form they are compared in, and how close two names are.
 *
 * <p>{@link #tokens(CharSequence)} normalises a name the way bank statements garble it:
 * <ul>
 *   <li>accents and umlauts go, and the German transliterations meet them: {@code Müller},
 *       {@code MUELLER} and {@code MULLER} all become {@code MULLER} (in every word, {@code AE},
 *       {@code OE} and {@code UE} fold to {@code A}, {@code O}, {@code U}; {@code ß} is {@code SS});
 *   <li>case and punctuation go; dotted initials join ({@code S.p.A.} is {@code SPA}), an ampersand
 *       or hyphen separates words;
 *   <li>legal forms ({@link #LEGAL_FORMS}: GmbH, AG, KG, Ltd, Limited, Inc, LLC, S.A., B.V., N.V.,
 *       SARL, S.p.A., PLC, Co, Corp, ...) and the joining words {@code and}, {@code und}, {@code et},
 *       {@code the} are dropped, unless nothing else is left;
 *   <li>common abbreviations are written out ({@code Intl} is {@code INTERNATIONAL}, {@code Mfg}
 *       {@code MANUFACTURING}, {@code Bros} {@code BROTHERS}, ...).
 * </ul>
 *
 * <p>{@link #similarity(List, List)} compares token lists regardless of word order: each token finds
 * its best partner (equal 1, a prefix of three or more letters {@value #PREFIX_TOKEN_SIMILARITY} for
 * abbreviations and truncation, an initial {@value #INITIAL_TOKEN_SIMILARITY}, otherwise the
 * {@link JaroWinkler Jaro-Winkler} similarity when it reaches {@value #MIN_TOKEN_SIMILARITY}), and the
 * score is the share of all characters of both names that found a partner, weighted by how well.
 */
public final class PayerNames {

  /** Legal forms dropped from names, in normalised form. */
  public static final Set<String> LEGAL_FORMS = Set.of(
      "GMBH", "MBH", "GESMBH", "GES", "AG", "KG", "KGAA", "OHG", "GBR", "UG", "EK", "EV", "EG", "SE",
      "AKTIENGESELLSCHAFT", "LTD", "LIMITED", "INC", "INCORPORATED", "LLC", "LLP", "LP", "PLC", "CO", "CORP",
      "CORPORATION", "COMPANY", "CIE", "SA", "SAS", "SASU", "SARL", "SNC", "SPA", "SRL", "SL", "SLU", "BV",
      "BVBA", "NV", "VOF", "AB", "AS", "ASA", "OY", "OYJ", "APS", "PTY", "PTE", "KK", "BHD", "SDN");

  /** Similarity of a token and a longer token it begins (three letters or more): an abbreviation or a cut. */
  public static final double PREFIX_TOKEN_SIMILARITY = 0.9;

  /** Similarity of an initial (one or two letters) and a token it begins. */
  public static final double INITIAL_TOKEN_SIMILARITY = 0.75;

  /** The least Jaro-Winkler similarity at which two different tokens count as one mistyped word. */
  public static final double MIN_TOKEN_SIMILARITY = 0.85;

  private static final Set<String> JOINING_WORDS = Set.of("AND", "UND", "ET", "THE");

  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("INTL", "INTERNATIONAL"), Map.entry("MFG", "MANUFACTURING"), Map.entry("SVCS", "SERVICES"),
      Map.entry("SVC", "SERVICE"), Map.entry("SERVS", "SERVICES"), Map.entry("BROS", "BROTHERS"),
      Map.entry("INDS", "INDUSTRIES"), Map.entry("IND", "INDUSTRIES"), Map.entry("ASSOC", "ASSOCIATES"),
      Map.entry("ASSN", "ASSOCIATION"), Map.entry("NATL", "NATIONAL"), Map.entry("GRP", "GROUP"),
      Map.entry("HLDGS", "HOLDINGS"), Map.entry("HLDG", "HOLDING"), Map.entry("MGMT", "MANAGEMENT"),
      Map.entry("DISTR", "DISTRIBUTION"), Map.entry("SYS", "SYSTEMS"), Map.entry("SOLNS", "SOLUTIONS"),
      Map.entry("ENGG", "ENGINEERING"), Map.entry("TRDG", "TRADING"), Map.entry("MKTG", "MARKETING"),
      Map.entry("CTR", "CENTER"), Map.entry("CENTRE", "CENTER"), Map.entry("GEBR", "GEBRUDER"),
      Map.entry("TECH", "TECHNOLOGY"), Map.entry("TECHNOLOGIES", "TECHNOLOGY"));

  /** Tokens compared per name at most; a name longer than that is cut, which only lowers its score. */
  private static final int MAX_TOKENS = 16;

  private PayerNames() {}

  /**
   * The normalised words of a name, in written order.
   *
   * <pre>{@code
   * PayerNames.tokens("Müller Maschinenbau GmbH & Co. KG")   // [MULLER, MASCHINENBAU]
   * PayerNames.tokens("MUELLER MASCHINENBAU")                // [MULLER, MASCHINENBAU]
   * PayerNames.tokens("Acme Intl. S.A.")                     // [ACME, INTERNATIONAL]
   * }</pre>
   *
   * @param name a payer or customer name as written
   * @return the tokens; empty when the name has no letter or digit
   */
  public static List<String> tokens(CharSequence name) {
    List<String> raw = rawTokens(name);
    List<String> kept = new ArrayList<>(raw.size());
    for (String t : raw) {
      if (!LEGAL_FORMS.contains(t) && !JOINING_WORDS.contains(t)) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      for (String t : raw) {
        if (!JOINING_WORDS.contains(t)) {
          kept.add(t);
        }
      }
    }
    if (kept.isEmpty()) {
      kept = raw;
    }
    return List.copyOf(kept.size() > MAX_TOKENS ? kept.subList(0, MAX_TOKENS) : kept);
  }

  /**
   * The legal forms a name carries, in normalised form: {@code legalForms("Pioneer Hldg Oy")} is
   * {@code [OY]}, {@code legalForms("Acme S.A.")} is {@code [SA]}; empty for a name without one.
   *
   * @param name a name as written
   * @return its legal forms, in order
   */
  public static List<String> legalForms(CharSequence name) {
    return rawTokens(name).stream().filter(LEGAL_FORMS::contains).toList();
  }

  /** A name's words upper case without accents, dotted single letters joined (S.A. is SA), nothing dropped. */
  private static List<String> rawTokens(CharSequence name) {
    Objects.requireNonNull(name, "name");
    String plain = stripAccents(name);
    List<String> raw = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    int segment = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        token.append(Character.toUpperCase(c));
        segment++;
      } else if (c == '\'' || c == '\u2019' || c == '`') {
        continue; // O'Brien is OBRIEN
      } else if (c == '.' && segment == 1) {
        segment = 0; // S.A., B.V., S.p.A.: dotted single letters make one word
      } else {
        flush(token, raw);
        segment = 0;
      }
    }
    flush(token, raw);
    return raw;
  }

  /**
   * The key under which a name is remembered: its tokens sorted and joined by one space, so word
   * order does not matter. {@code "Müller GmbH, Hans"} and {@code "HANS MUELLER"} have the key
   * {@code "HANS MULLER"}.
   *
   * @param name a payer name as written
   * @return the key; empty when the name has no letter or digit
   */
  public static String key(CharSequence name) {
    String[] sorted = tokens(name).toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }

  /**
   * How close two names are, given as {@link #tokens(CharSequence) tokens}, regardless of word order.
   *
   * <pre>{@code
   * PayerNames.similarity(tokens("Müller Maschinenbau GmbH"), tokens("MUELLER MASCHINENBAU"))  // 1.0
   * PayerNames.similarity(tokens("Müller Maschinenbau GmbH"), tokens("MASCHINENBAU MULER"))    // about 0.97
   * PayerNames.similarity(tokens("Müller Maschinenbau GmbH"), tokens("Schmidt Logistik AG"))  // 0.0
   * }</pre>
   *
   * @param a the tokens of one name
   * @param b the tokens of the other
   * @return the similarity in [0, 1]: 1 when the names have the same tokens (or the same letters
   *     once spaces are ignored), 0 when no token is close to any other or a list is empty; symmetric
   */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    if (sameLetters(a, b)) {
      return 1.0;
    }
    int na = a.size();
    int nb = b.size();
    double[] sims = new double[na * nb];
    int total = 0;
    for (String t : a) {
      total += t.length();
    }
    for (String t : b) {
      total += t.length();
    }
    for (int i = 0; i < na; i++) {
      for (int j = 0; j < nb; j++) {
        sims[i * nb + j] = tokenSimilarity(a.get(i), b.get(j));
      }
    }
    boolean[] usedA = new boolean[na];
    boolean[] usedB = new boolean[nb];
    double matched = 0;
    for (int round = Math.min(na, nb); round > 0; round--) {
      int best = -1;
      for (int k = 0; k < sims.length; k++) {
        if (sims[k] > 0 && !usedA[k / nb] && !usedB[k % nb] && (best < 0 || sims[k] > sims[best])) {
          best = k;
        }
      }
      if (best < 0) {
        break;
      }
      int i = best / nb;
      int j = best % nb;
      usedA[i] = true;
      usedB[j] = true;
      matched += sims[best] * (a.get(i).length() + b.get(j).length());
    }
    return Math.min(1.0, matched / total);
  }

  /**
   * A name as written, for telling apart names that differ only in what {@link #tokens} drops: upper
   * case, accents stripped, every run of characters other than letters and digits one space; the
   * legal form stays. {@code asWritten("Fuji Plastics, Inc.")} is {@code "FUJI PLASTICS INC"}.
   *
   * @param name the name
   * @return the name as written, normalised
   */
  public static String asWritten(CharSequence name) {
    return NOT_LETTER_OR_DIGIT.matcher(stripAccents(name).toUpperCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^A-Z0-9]+");

  /** Whether the tokens joined without spaces are the same text, compared without joining them. */
  private static boolean sameLetters(List<String> a, List<String> b) {
    int ia = 0;
    int ib = 0;
    int ca = 0;
    int cb = 0;
    while (true) {
      while (ia < a.size() && ca == a.get(ia).length()) {
        ia++;
        ca = 0;
      }
      while (ib < b.size() && cb == b.get(ib).length()) {
        ib++;
        cb = 0;
      }
      if (ia == a.size() || ib == b.size()) {
        return ia == a.size() && ib == b.size();
      }
      if (a.get(ia).charAt(ca++) != b.get(ib).charAt(cb++)) {
        return false;
      }
    }
  }

  /**
   * How close two tokens are: 1 when equal, {@value #PREFIX_TOKEN_SIMILARITY} when one of three or
   * more characters begins the other, {@value #INITIAL_TOKEN_SIMILARITY} for an initial, else
   * Jaro-Winkler when it reaches {@value #MIN_TOKEN_SIMILARITY}, else 0.
   *
   * @param x a normalised token
   * @param y another
   * @return the similarity in [0, 1]
   */
  public static double tokenSimilarity(String x, String y) {
    if (x.equals(y)) {
      return 1.0;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (longer.startsWith(shorter)) {
      return shorter.length() >= 3 ? PREFIX_TOKEN_SIMILARITY : INITIAL_TOKEN_SIMILARITY;
    }
    double jw = JaroWinkler.similarity(x, y);
    return jw >= MIN_TOKEN_SIMILARITY ? jw : 0.0;
  }

  private static void flush(StringBuilder token, List<String> out) {
    if (token.length() > 0) {
      String folded = foldDigraphs(token);
      out.add(ABBREVIATIONS.getOrDefault(folded, folded));
      token.setLength(0);
    }
  }

  /** AE, OE and UE as A, O and U, so that German transliterations meet the stripped umlauts. */
  private static String foldDigraphs(CharSequence token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      sb.append(c);
      if (c == 'A' || c == 'O' || c == 'U') {
        while (i + 1 < token.length() && token.charAt(i + 1) == 'E') {
          i++; // all of them, so that folding twice changes nothing
        }
      }
    }
    return sb.toString();
  }

  private static String stripAccents(CharSequence name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean ascii = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case 'ß' -> sb.append("SS");
        case 'æ', 'Æ' -> sb.append("AE");
        case 'ø', 'Ø', 'œ', 'Œ' -> sb.append("OE");
        case 'þ', 'Þ' -> sb.append("TH");
        case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('D');
        case 'ł', 'Ł' -> sb.append('L');
        case 'ı' -> sb.append('I');
        default -> {
          sb.append(c);
          ascii &= c < 128;
        }
      }
    }
    if (ascii) {
      return sb.toString();
    }
    String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
