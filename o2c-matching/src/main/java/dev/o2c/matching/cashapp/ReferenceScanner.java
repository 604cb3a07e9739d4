package dev.o2c.matching.cashapp;

import static dev.o2c.matching.cashapp.ScanChars.isAlnum;
import static dev.o2c.matching.cashapp.ScanChars.isAsciiDigit;
import static dev.o2c.matching.cashapp.ScanChars.isAsciiLetter;

import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds document numbers and creditor references in remittance text: the tokenizer behind
 * {@link ReferenceExtractor} and {@link MatchMemory#learn}. Dates, amounts, percentages and IBANs
 * are masked first; words are only markers; numbers broken by a space or a line break, lists and
 * ranges are expanded.
 *
 * <p>This class reads the words (creditor references, IBANs, what to mask); {@link MaskedWords} says
 * what is masked, {@link NumberTokens} finds the numbers in the masked text and
 * {@link NumberExpansion} expands lists and ranges.
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

  /** A reference found in text, with the payer's marker word before it (upper case, maybe empty). */
  record Found(String text, String key, String marker, boolean creditorReference, boolean checkDigitsValid) {

    static Found number(String text, String key, String marker) {
      return new Found(text, key, marker, false, false);
    }
  }

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
      if (MaskedWords.isMasked(upper, text, word[1])) {
        Arrays.fill(masked, word[0], word[1], ' ');
      } else if (MaskedWords.isCurrency(upper) && w + 1 < words.size()
          && isAsciiDigit(text.charAt(words.get(w + 1)[0]))) {
        Arrays.fill(masked, word[0], words.get(w + 1)[1], ' ');
        w++;
      }
    }
    NumberTokens.scanNumbers(text, masked, out);
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
}
