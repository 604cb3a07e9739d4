package dev.o2c.matching.cashapp;

import static dev.o2c.matching.cashapp.NumberExpansion.emit;
import static dev.o2c.matching.cashapp.NumberExpansion.expand;
import static dev.o2c.matching.cashapp.NumberExpansion.replaceTail;
import static dev.o2c.matching.cashapp.ScanChars.isAsciiDigit;
import static dev.o2c.matching.cashapp.ScanChars.isDigits;
import static dev.o2c.matching.cashapp.ScanChars.isYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the document numbers in remittance text whose amounts, dates and other non-references are
 * masked: tokens with digits, the marker word before them, numbers broken apart by a space or a
 * line break (joined again), and lists written as tails of a first number ({@code 4711, 12 und 13}).
 */
final class NumberTokens {

  /** How many number tokens, separated by single spaces, may be one number broken apart. */
  private static final int MAX_JOINED_TOKENS = 3;

  private static final Set<String> CONNECTORS = Set.of("AND", "UND", "ET", "U", "Y", "E");

  private record Token(int start, int end, String text, boolean hasDigit, String leadingLetters) {}

  private NumberTokens() {}

  /**
   * Adds the numbers of a text in written order.
   *
   * @param original the text as written
   * @param masked the text with what is no reference blanked, same length
   * @param out where the numbers go
   */
  static void scanNumbers(String original, char[] masked, List<ReferenceScanner.Found> out) {
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
          emit(out, member, listBase.leadingLetters());
          replaced = true;
        }
      }
      if (!replaced || blankGap) {
        expand(token.text(), marker, out);
      }
      if (blankGap && !chain.isEmpty()) {
        for (int from = Math.max(0, chain.size() - (MAX_JOINED_TOKENS - 1)); from < chain.size(); from++) {
          String joined = original.substring(chain.get(from).start(), token.end());
          emit(out, joined, chain.get(from).leadingLetters());
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
        tokens.add(new Token(start, i, text, digit, ReferenceScanner.leadingLetters(text)));
      }
    }
    return tokens;
  }

  /** A word of letters only, upper-cased, as the marker of the number after it; empty if it is not one. */
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
    return sb.length() <= ReferenceScanner.MAX_MARKER_LENGTH ? sb.toString() : "";
  }
}
