package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers and creditor references in remittance text: the tokenizer behind
 * {@link ReferenceExtractor} and {@link MatchMemory#learn}. Dates, amounts, percentages and IBANs
 * are masked first; words are only markers; numbers broken by a space or a line break, lists and
 * ranges are expanded.
 */
final class ReferenceScanner {

  /** Keys shorter than this are not references (quantities, days, "Nr 1"). */
  static final int MIN_KEY_LENGTH = 3;

  /** Keys longer than this are not document numbers. */
  static final int MAX_KEY_LENGTH = 40;

  /** A range such as {@code 123-125} has at most this many members; a longer one is not taken for a range. */
  static final int MAX_RANGE_SIZE = 50;

  /** A marker word (the payer's own prefix such as {@code RG}) has at most this many letters. */
  static final int MAX_MARKER_LENGTH = 12;

  /** How many number tokens, separated by single spaces, may be one number broken apart. */
  private static final int MAX_JOINED_TOKENS = 3;

  private static final Set<String> CONNECTORS = Set.of("AND", "UND", "ET", "U", "Y", "E");

  private static final String CURRENCIES = "EUR|USD|GBP|CHF|JPY|KWD|SEK|NOK|DKK|PLN|CZK|HUF|CAD|AUD|CNY|HKD|SGD|"
      + "INR|ZAR|MXN|BRL|RON|BGN|TRY|NZD";

  private static final Pattern CREDITOR_REFERENCE = Pattern.compile(
      "(?<![A-Za-z0-9])[Rr][Ff][0-9]{2}(?: ?[A-Za-z0-9]{4}){0,5}(?: ?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])");
  private static final Pattern IBAN = Pattern.compile(
      "(?<![A-Za-z0-9])(?![Rr][Ff])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])");
  private static final Pattern DATE_DAY_FIRST = Pattern.compile(
      "(?<![0-9./-])([0-9]{1,2})([./-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})(?![0-9])");
  private static final Pattern DATE_YEAR_FIRST = Pattern.compile(
      "(?<![0-9./-])((?:19|20)[0-9]{2})([./-])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9])");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<![0-9./-])(0?[1-9]|1[0-2])[./]((?:19|20)[0-9]{2})(?![0-9./-])");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?<![\\p{L}0-9.,'])(?:[0-9]{1,3}(?:[.,'][0-9]{3})+|[0-9]+)[.,][0-9]{2}(?![0-9])");
  // Only a currency before a number marks an integer amount: "INV-2026-000123 EUR 1190" is common, and the
  // number before "EUR" there is a document number. Amounts with decimals are masked by AMOUNT.
  private static final Pattern CURRENCY_AMOUNT = Pattern.compile(
      "(?i)(?:(?<![A-Za-z])(?:" + CURRENCIES + ")|[€$£¥])\\s?[0-9][0-9.,']*");
  private static final Pattern PERCENT = Pattern.compile("[0-9]+(?:[.,][0-9]+)?\\s?%");

  /** A reference found in text, with the payer's marker word before it (upper case, maybe empty). */
  record Found(String text, String key, String marker, boolean creditorReference, boolean checkDigitsValid) {

    static Found number(String text, String key, String marker) {
      return new Found(text, key, marker, false, false);
    }
  }

  private record Token(int start, int end, String text, boolean hasDigit, String leadingLetters) {}

  private ReferenceScanner() {}

  /**
   * Scans free text: creditor references and document numbers in written order.
   *
   * @param text the text
   * @return what was found; keys may repeat
   */
  static List<Found> scanText(String text) {
    List<Found> out = new ArrayList<>();
    if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return out;
    }
    char[] masked = text.toCharArray();
    for (Matcher m = CREDITOR_REFERENCE.matcher(text); m.find(); ) {
      Found rf = creditorReference(m.group());
      if (rf != null) {
        out.add(rf);
        Arrays.fill(masked, m.start(), m.start() + rf.text().length(), ' ');
      }
    }
    String rest = new String(masked);
    for (Matcher m = IBAN.matcher(rest); m.find(); ) {
      if (BankAccounts.isIban(m.group())) {
        Arrays.fill(masked, m.start(), m.end(), ' ');
      }
    }
    rest = new String(masked);
    for (Matcher m = DATE_DAY_FIRST.matcher(rest); m.find(); ) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))) {
        Arrays.fill(masked, m.start(), m.end(), ' ');
      }
    }
    for (Matcher m = DATE_YEAR_FIRST.matcher(rest); m.find(); ) {
      int month = Integer.parseInt(m.group(3));
      int day = Integer.parseInt(m.group(4));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        Arrays.fill(masked, m.start(), m.end(), ' ');
      }
    }
    maskAll(MONTH_YEAR, rest, masked);
    maskAll(AMOUNT, rest, masked);
    maskAll(CURRENCY_AMOUNT, rest, masked);
    maskAll(PERCENT, rest, masked);
    scanNumbers(text, masked, out);
    return out;
  }

  /**
   * Scans a structured document number: the whole number first, then, when it is a list or a range,
   * its members.
   *
   * @param number the document number as the payer wrote it
   * @return what was found; the whole number even when its key is short
   */
  static List<Found> scanDocumentNumber(String number) {
    List<Found> out = new ArrayList<>();
    String whole = number.strip();
    String key = ReferenceKeys.key(whole);
    if (!key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
      out.add(Found.number(whole, key, leadingLetters(whole)));
    }
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (c == ',' || c == ';' || c == '/' || c == '-' || c == '&' || c == ' ') {
        out.addAll(scanText(whole));
        break;
      }
    }
    return out;
  }

  /**
   * Reads a creditor reference: ISO 11649 {@code RF} references are checked with mod 97; a written
   * reference followed by more groups is shortened to the longest prefix that passes.
   */
  static Found creditorReference(String written) {
    String candidate = written.strip();
    while (true) {
      String compact = candidate.replace(" ", "");
      if (compact.length() >= 5 && compact.length() <= 25 && StructuredReference.isValidIso11649(compact)) {
        return rf(candidate, true);
      }
      int space = candidate.lastIndexOf(' ');
      if (space < 0) {
        break;
      }
      candidate = candidate.substring(0, space).strip();
    }
    String compact = written.strip().replace(" ", "");
    return compact.length() >= 5 && compact.length() <= 25 ? rf(written.strip(), false) : null;
  }

  private static Found rf(String text, boolean valid) {
    String body = text.replace(" ", "").substring(4);
    String key = ReferenceKeys.key(body);
    return key.isEmpty() ? null : new Found(text, key, "", true, valid);
  }

  private static void maskAll(Pattern pattern, String text, char[] masked) {
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      Arrays.fill(masked, m.start(), m.end(), ' ');
    }
  }

  private static void scanNumbers(String original, char[] masked, List<Found> out) {
    List<Token> tokens = tokenize(original, masked);
    Token previous = null;
    Token previousWord = null;
    Token listBase = null;
    boolean connected = false;
    List<Token> chain = new ArrayList<>();
    for (Token token : tokens) {
      String gap = previous == null ? "" : original.substring(previous.end(), token.start());
      boolean blankGap = previous != null && gap.isBlank();
      if (!token.hasDigit()) {
        String word = token.text().toUpperCase(Locale.ROOT);
        if (CONNECTORS.contains(word) || word.equals("&")) {
          connected = true;
        } else {
          listBase = null;
          connected = false;
        }
        previousWord = token;
        previous = token;
        chain.clear();
        continue;
      }
      String marker = token.leadingLetters();
      if (marker.isEmpty() && previousWord == previous && previous != null && gap.length() <= 3
          && gap.indexOf(',') < 0 && gap.indexOf(';') < 0) {
        marker = lettersOf(previousWord.text());
      }
      boolean listGap = blankGap || connected || isListGap(gap);
      String tail = isDigits(token.text()) ? token.text() : null;
      boolean replaced = false;
      if (listBase != null && listGap && tail != null && tail.length() >= 2) {
        String member = replaceTail(listBase.text(), tail);
        if (member != null) {
          emit(out, member, lettersOrMarker(listBase));
          replaced = true;
        }
      }
      if (!replaced || blankGap) {
        expand(token.text(), marker, out);
      }
      if (blankGap && !chain.isEmpty()) {
        for (int from = Math.max(0, chain.size() - (MAX_JOINED_TOKENS - 1)); from < chain.size(); from++) {
          String joined = original.substring(chain.get(from).start(), token.end());
          emit(out, joined, lettersOrMarker(chain.get(from)));
        }
      } else {
        chain.clear();
      }
      chain.add(token);
      if (!replaced && !isYear(token.text())) {
        listBase = token;
      }
      connected = false;
      previous = token;
    }
  }

  private static String lettersOrMarker(Token token) {
    return token.leadingLetters();
  }

  private static boolean isListGap(String gap) {
    boolean separator = false;
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (c == ',' || c == ';' || c == '&' || c == '+' || c == '/') {
        separator = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return separator;
  }

  /** The whole token, then the members of a list ({@code 123/124/125}) or a range ({@code 123-125}). */
  private static void expand(String text, String marker, List<Found> out) {
    emit(out, text, marker);
    String[] segments = text.split("/", -1);
    if (segments.length > 1 && !(segments.length == 2 && isYear(segments[0]) && isDigits(segments[1]))) {
      String base = null;
      for (String segment : segments) {
        if (segment.isEmpty()) {
          continue;
        }
        String member = base != null && isDigits(segment) ? replaceTail(base, segment) : null;
        if (member == null) {
          base = segment;
          member = segment;
        }
        emit(out, member, marker);
        expandRange(member, marker, out);
      }
    } else {
      expandRange(text, marker, out);
    }
  }

  private static void expandRange(String text, String marker, List<Found> out) {
    int dash = text.lastIndexOf('-');
    if (dash <= 0 || dash == text.length() - 1) {
      return;
    }
    String left = text.substring(0, dash);
    String right = text.substring(dash + 1);
    String run = lastDigitRun(left);
    if (!isDigits(right) || run == null || lastDigitEnd(left) != left.length() || right.length() > run.length()
        || run.length() > 18) {
      return;
    }
    String end = replaceTail(left, right);
    String head = left.substring(0, left.length() - run.length());
    long from = Long.parseLong(run);
    long to = Long.parseLong(end.substring(head.length()));
    // A "range" of more members is rather a number with a dash: INV-2026-123 is not 2026 to 2123.
    if (to <= from || to - from >= MAX_RANGE_SIZE) {
      return;
    }
    for (long v = from; v <= to; v++) {
      emit(out, head + pad(v, run.length()), marker);
    }
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** {@code base} with the end of its last digit run replaced by {@code tail}; null if the run is shorter. */
  static String replaceTail(String base, String tail) {
    String run = lastDigitRun(base);
    if (run == null || tail.length() > run.length()) {
      return null;
    }
    int runEnd = lastDigitEnd(base);
    return base.substring(0, runEnd - tail.length()) + tail + base.substring(runEnd);
  }

  private static String lastDigitRun(String text) {
    int end = lastDigitEnd(text);
    if (end < 0) {
      return null;
    }
    int start = end;
    while (start > 0 && isAsciiDigit(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static int lastDigitEnd(String text) {
    for (int i = text.length(); i > 0; i--) {
      if (isAsciiDigit(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static void emit(List<Found> out, String text, String marker) {
    String key = ReferenceKeys.key(text);
    if (isYear(key)) {
      return;
    }
    if (key.length() < MIN_KEY_LENGTH || key.length() > MAX_KEY_LENGTH || !hasDigit(key)) {
      return;
    }
    out.add(Found.number(text, key, marker));
  }

  private static List<Token> tokenize(String original, char[] masked) {
    List<Token> tokens = new ArrayList<>();
    int n = masked.length;
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(masked[i])) {
        i++;
      }
      int start = i;
      boolean digit = false;
      while (i < n) {
        char c = masked[i];
        if (Character.isLetterOrDigit(c)) {
          digit |= isAsciiDigit(c);
          i++;
        } else if ((c == '-' || c == '/' || c == '.' || c == '_') && i > start && i + 1 < n
            && Character.isLetterOrDigit(masked[i + 1])) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) {
        String text = original.substring(start, i);
        tokens.add(new Token(start, i, text, digit, leadingLetters(text)));
      }
    }
    return tokens;
  }

  /** The ASCII letters a token starts with, upper-cased, when digits follow them: {@code RG} of {@code RG4711}. */
  static String leadingLetters(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        sb.append(Character.toUpperCase(c));
      } else {
        break;
      }
    }
    boolean digitsFollow = false;
    for (int i = sb.length(); i < text.length() && !digitsFollow; i++) {
      digitsFollow = isAsciiDigit(text.charAt(i));
    }
    return digitsFollow && sb.length() <= MAX_MARKER_LENGTH ? sb.toString() : "";
  }

  private static String lettersOf(String word) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        sb.append(Character.toUpperCase(c));
      } else {
        return "";
      }
    }
    return sb.length() <= MAX_MARKER_LENGTH ? sb.toString() : "";
  }

  private static boolean isYear(String text) {
    if (text.length() != 4 || !isDigits(text)) {
      return false;
    }
    int year = Integer.parseInt(text);
    return year >= 1990 && year <= 2099;
  }

  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (isAsciiDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
