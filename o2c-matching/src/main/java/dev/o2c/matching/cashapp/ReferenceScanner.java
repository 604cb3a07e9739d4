package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  private static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF", "JPY", "KWD", "SEK", "NOK", "DKK",
      "PLN", "CZK", "HUF", "CAD", "AUD", "CNY", "HKD", "SGD", "INR", "ZAR", "MXN", "BRL", "RON", "BGN", "TRY", "NZD");

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
    boolean digits = false;
    for (int i = 0; i < text.length() && !digits; i++) {
      digits = isAsciiDigit(text.charAt(i));
    }
    if (!digits) {
      return out;
    }
    char[] masked = text.toCharArray();
    List<int[]> words = words(text);
    for (int w = 0; w < words.size(); w++) {
      int[] word = words.get(w);
      String upper = text.substring(word[0], word[1]).toUpperCase(Locale.ROOT);
      if (upper.startsWith("RF") && upper.length() >= 4 && isAsciiDigit(upper.charAt(2)) && isAsciiDigit(upper.charAt(3))) {
        int last = groupedReference(text, words, w, true);
        if (last >= 0) {
          Found rf = creditorReference(text.substring(word[0], words.get(last)[1]));
          if (rf != null) {
            out.add(rf);
            Arrays.fill(masked, word[0], word[0] + rf.text().length(), ' ');
            w = last;
            continue;
          }
        }
      }
      if (upper.length() >= 4 && isAsciiLetter(upper.charAt(0)) && isAsciiLetter(upper.charAt(1))
          && isAsciiDigit(upper.charAt(2)) && isAsciiDigit(upper.charAt(3))) {
        int last = groupedReference(text, words, w, false);
        if (last >= 0) {
          Arrays.fill(masked, word[0], words.get(last)[1], ' ');
          w = last;
          continue;
        }
      }
      if (isAmount(upper) || isDate(upper) || isPercent(upper, text, word[1]) || isCurrencyAmount(upper)) {
        Arrays.fill(masked, word[0], word[1], ' ');
      } else if ((CURRENCIES.contains(upper) || isCurrencySymbol(upper)) && w + 1 < words.size()
          && isAsciiDigit(text.charAt(words.get(w + 1)[0]))) {
        Arrays.fill(masked, word[0], words.get(w + 1)[1], ' ');
        w++;
      }
    }
    scanNumbers(text, masked, out);
    return out;
  }

  /**
   * Words: runs of non-blank characters, without the punctuation around them ({@code (}, {@code ,},
   * a full stop at the end, ...). Each is {start, end}.
   */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && "([{\"'<*#:,;".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && ")]}\"'>*,;:.!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > start) {
        words.add(new int[] {start, end});
      }
    }
    return words;
  }

  /**
   * The last word of an IBAN or RF reference starting at word {@code first}, written compact or in
   * groups of four; -1 if there is none. An IBAN must pass its check; an RF reference is taken as
   * written even when its check fails (the caller checks it).
   */
  private static int groupedReference(String text, List<int[]> words, int first, boolean rf) {
    StringBuilder compact = new StringBuilder(text.substring(words.get(first)[0], words.get(first)[1]));
    if (!isAlnum(compact)) {
      return -1;
    }
    int maxLength = rf ? 25 : 34;
    int last = first;
    int valid = -1;
    while (true) {
      if (compact.length() >= (rf ? 5 : 15) && compact.length() <= maxLength
          && (rf ? StructuredReference.isValidIso11649(compact.toString()) : BankAccounts.isIban(compact))) {
        valid = last;
      }
      if (last + 1 >= words.size() || compact.length() >= maxLength) {
        break;
      }
      int[] next = words.get(last + 1);
      String group = text.substring(next[0], next[1]);
      if (group.length() > 4 || !isAlnum(group) || !text.substring(words.get(last)[1], next[0]).equals(" ")
          || (text.substring(words.get(last)[0], words.get(last)[1]).length() != 4 && last > first)) {
        break;
      }
      compact.append(group);
      last++;
    }
    if (valid >= 0) {
      return valid;
    }
    return rf && compact.length() >= 5 ? last : -1;
  }

  private static boolean isAlnum(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && !isAsciiLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code 1.234,56}, {@code 1234.56}, {@code -12,00}, {@code 1'234.50}: an amount with two decimals. */
  private static boolean isAmount(String w) {
    int end = w.length();
    while (end > 0 && !isAsciiDigit(w.charAt(end - 1)) && end > w.length() - 3) {
      end--; // a currency written after: 12,00EUR, 12.00€
    }
    int start = w.startsWith("-") || w.startsWith("+") ? 1 : 0;
    if (end - start < 4 || w.charAt(end - 3) != '.' && w.charAt(end - 3) != ',') {
      return false;
    }
    if (!isAsciiDigit(w.charAt(end - 1)) || !isAsciiDigit(w.charAt(end - 2))) {
      return false;
    }
    boolean digit = false;
    for (int i = start; i < end - 3; i++) {
      char c = w.charAt(i);
      if (isAsciiDigit(c)) {
        digit = true;
      } else if (c != '.' && c != ',' && c != '\'') {
        return false;
      }
    }
    return digit && (end == w.length() || isCurrencySymbol(w.substring(end)) || CURRENCIES.contains(w.substring(end)));
  }

  /** {@code 12.03.2026}, {@code 12/3/26}, {@code 2026-03-12}, {@code 03.2026}. */
  private static boolean isDate(String w) {
    char separator = 0;
    List<String> parts = new ArrayList<>(3);
    int from = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.' || c == '/' || c == '-') {
        if (separator != 0 && c != separator) {
          return false;
        }
        separator = c;
        parts.add(w.substring(from, i));
        from = i + 1;
      } else if (!isAsciiDigit(c)) {
        return false;
      }
    }
    parts.add(w.substring(from));
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 4) {
        return false;
      }
    }
    if (parts.size() == 2) {
      return separator != '-' && parts.get(0).length() <= 2 && between(parts.get(0), 1, 12) && isYear(parts.get(1));
    }
    if (parts.size() != 3) {
      return false;
    }
    String a = parts.get(0);
    String b = parts.get(1);
    String c = parts.get(2);
    if (a.length() == 4) {
      return isYear(a) && b.length() <= 2 && c.length() <= 2 && between(b, 1, 12) && between(c, 1, 31);
    }
    return a.length() <= 2 && b.length() <= 2 && (c.length() == 2 || c.length() == 4)
        && ((between(a, 1, 31) && between(b, 1, 12)) || (between(a, 1, 12) && between(b, 1, 31)));
  }

  private static boolean between(String digits, int low, int high) {
    int v = Integer.parseInt(digits);
    return v >= low && v <= high;
  }

  /** {@code 2%}, {@code 2,5 %}: a number followed by a per-cent sign. */
  private static boolean isPercent(String w, String text, int end) {
    String number = w.endsWith("%") ? w.substring(0, w.length() - 1) : w;
    if (!w.endsWith("%")) {
      int next = end;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      if (next >= text.length() || text.charAt(next) != '%') {
        return false;
      }
    }
    if (number.isEmpty()) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!isAsciiDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** {@code EUR1190}, {@code €1190}, {@code 1190€}: a number glued to a currency. */
  private static boolean isCurrencyAmount(String w) {
    int prefix = w.length() > 3 && CURRENCIES.contains(w.substring(0, 3)) ? 3
        : w.length() > 1 && isCurrencySymbol(w.substring(0, 1)) ? 1 : 0;
    if (prefix > 0) {
      return isAsciiDigit(w.charAt(prefix)) && isAmountDigits(w.substring(prefix));
    }
    return w.length() > 1 && isCurrencySymbol(w.substring(w.length() - 1)) && isAmountDigits(w.substring(0, w.length() - 1));
  }

  private static boolean isAmountDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && c != '.' && c != ',' && c != '\'') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isCurrencySymbol(String s) {
    return s.equals("€") || s.equals("$") || s.equals("£") || s.equals("¥");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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
