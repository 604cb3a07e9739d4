package dev.o2c.matching.cashapp.text;

import java.util.Objects;

/**
 * The one normalisation of document numbers and references: the key under which an open item is
 * indexed and a payer's reference is looked up. Extraction and lookup both use this class, so what
 * the payer wrote and what the company issued meet in the same form.
 *
 * <p>The {@linkplain #key(CharSequence) key} keeps the ASCII letters (upper-cased) and digits and drops
 * everything else, with two more rules: letters before the first digit are dropped (the prefix:
 * {@code INV-}, {@code RE}, {@code Rechnung}), and every run of digits loses its leading zeros. So
 * {@code "INV-2026-000123"}, {@code "inv 2026 123"}, {@code "2026/123"} and {@code "RE 2026-0123"} all
 * have the key {@code 2026123}. Precisely: everything before the first non-zero digit is dropped, then
 * separators are dropped and each later digit run loses its leading zeros. A text without digits
 * keeps its letters ({@code "ABC"}); a text whose digits are all zeros has the key {@code 0}; a text
 * with neither letters nor digits has the empty key. The key of a key is the key itself.
 *
 * <p>Run boundaries depend on the separators, which a payer may leave out: {@code "INV2026000123"}
 * is one run, key {@code 2026000123}. The {@linkplain #compactKey(CharSequence) compact key} applies
 * the same rules after removing every separator, so an index that files each document under both
 * keys finds it whether the payer wrote the separators or not.
 */
public final class ReferenceKeys {

  private static final int SEPARATOR = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;

  private ReferenceKeys() {}

  /**
   * The key of a document number or reference: letters and digits upper-cased, the prefix before the
   * first digit dropped, leading zeros of each digit run dropped.
   *
   * <pre>{@code
   * ReferenceKeys.key("INV-2026-000123")   // "2026123"
   * ReferenceKeys.key("Inv 2026/123")      // "2026123"
   * ReferenceKeys.key("INV2026000123")     // "2026000123"
   * ReferenceKeys.key("PO-AB-00450")       // "450"
   * }</pre>
   *
   * @param text the text as written
   * @return the key; empty when the text has no ASCII letter or digit. {@code key(key(x)).equals(key(x))}
   */
  public static String key(CharSequence text) {
    return normalise(text, false);
  }

  /**
   * The key of a text after its separators are removed: {@code "INV-2026-000123"} gives
   * {@code 2026000123}, the key a payer's {@code "INV2026000123"} has.
   *
   * @param text the text as written
   * @return the compact key; empty when the text has no ASCII letter or digit
   */
  public static String compactKey(CharSequence text) {
    return normalise(text, true);
  }

  /**
   * The letters and digits of a text from its first digit on, upper-cased, zeros kept:
   * {@code "INV-2026-000123"} gives {@code 2026000123}, {@code "Nr. 0026000123"} gives
   * {@code 0026000123}. Not a key: a typo that turns the first digit into a zero would lose more than
   * one character in the key, so fuzzy lookup also tries the text in this form.
   *
   * @param text the text as written
   * @return the characters; empty when the text has no digit
   */
  public static String typedDigits(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != 0 && (sb.length() > 0 || c <= '9')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The letters before a text's first digit, upper-cased, separators removed: {@code "INV-2026-000123"}
   * and {@code "inv 2026/123"} give {@code INV}, {@code "2026-000123"} gives the empty string. The key
   * drops this prefix; it tells an invoice from a credit memo of the same number.
   *
   * @param text the text as written
   * @return the prefix; empty when the text starts with a digit or has none
   */
  public static String prefix(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(4);
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c >= '0' && c <= '9') {
        return sb.toString();
      }
      if (c != 0) {
        sb.append(c);
      }
    }
    return "";
  }

  /**
   * A text with the letters that stand among digits read as the digits they look like, as an OCR
   * reading or a hurried typist writes them: {@code O}/{@code o} 0, {@code I}/{@code l} 1, {@code Z}/{@code z}
   * 2, {@code S}/{@code s} 5, {@code G} 6, {@code B} 8. A run of digits and such letters is read so
   * only when it has at least as many digits as letters: {@code "INV-2O2G-019683"} gives
   * {@code "INV-2026-019683"}, while {@code "INV"} and {@code "B2B"} stay as they are.
   *
   * @param text the text as written
   * @return the text read so; the same text when nothing was read
   */
  public static String lookalikeDigits(CharSequence text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      int digits = 0;
      int letters = 0;
      for (char c; i < n && ((c = text.charAt(i)) >= '0' && c <= '9' || lookalike(c) != 0); i++) {
        if (c <= '9') {
          digits++;
        } else {
          letters++;
        }
      }
      if (letters > 0 && digits >= letters) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        for (int j = start; j < i; j++) {
          char d = lookalike(text.charAt(j));
          if (d != 0) {
            sb.setCharAt(j, d);
          }
        }
      }
      if (i == start) {
        i++;
      }
    }
    return sb == null ? text.toString() : sb.toString();
  }

  /** The digit a letter looks like, or 0 when it looks like none. */
  private static char lookalike(char c) {
    return switch (c) {
      case 'O', 'o' -> '0';
      case 'I', 'l' -> '1';
      case 'Z', 'z' -> '2';
      case 'S', 's' -> '5';
      case 'G' -> '6';
      case 'B' -> '8';
      default -> 0;
    };
  }

  /**
   * Tells whether a character may appear in a key: {@code A}-{@code Z} or {@code 0}-{@code 9}.
   *
   * @param c a character
   * @return true for upper-case ASCII letters and digits
   */
  public static boolean isKeyChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The key character of {@code c}: an ASCII letter upper-cased, a digit, or 0 for a separator. */
  static char fold(char c) {
    if (c >= 'a' && c <= 'z') {
      return (char) (c - ('a' - 'A'));
    }
    return isKeyChar(c) ? c : 0;
  }

  /**
   * Whether two keys differ by exactly one typing error: one substitution, one adjacent transposition,
   * or one insertion or deletion. {@code oneEditApart("2026013346", "2026013316")} is true; equal keys
   * are not one edit apart.
   *
   * @param a a key
   * @param b another key
   * @return true when one edit turns one into the other
   */
  public static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) {
        return true; // substitution
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
  }

  private static String normalise(CharSequence text, boolean compact) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    emit(text, compact, sb::append);
    return sb.toString();
  }

  /**
   * Tells whether the key (or compact key) of a text is the given characters, without building the
   * key: for checking index hits where every allocation counts.
   *
   * @param text the text, e.g. a document number
   * @param compact true for {@link #compactKey}, false for {@link #key}
   * @param key the characters to compare with
   * @param length how many of them
   * @return true when the text's key is exactly those characters
   */
  public static boolean keyEquals(CharSequence text, boolean compact, char[] key, int length) {
    int[] at = {0};
    boolean[] same = {true};
    emit(text, compact, c -> {
      if (same[0]) {
        if (at[0] < length && key[at[0]] == c) {
          at[0]++;
        } else {
          same[0] = false;
        }
      }
    });
    return same[0] && at[0] == length;
  }

  /** Receives the characters of a key. */
  private interface CharSink {
    void put(char c);
  }

  private static void emit(CharSequence text, boolean compact, CharSink out) {
    int length = text.length();
    int first = -1;
    boolean anyDigit = false;
    for (int i = 0; i < length && first < 0; i++) {
      char c = fold(text.charAt(i));
      if (c >= '1' && c <= '9') {
        first = i;
      } else if (c == '0') {
        anyDigit = true;
      }
    }
    if (first < 0) {
      if (anyDigit) {
        out.put('0');
        return;
      }
      for (int i = 0; i < length; i++) {
        char c = fold(text.charAt(i));
        if (c != 0) {
          out.put(c);
        }
      }
      return;
    }
    // Everything before the first non-zero digit is the prefix (letters, separators, leading zeros).
    int previous = DIGIT;
    boolean stripping = false;
    for (int i = first; i < length; i++) {
      char c = fold(text.charAt(i));
      if (c == 0) {
        if (!compact) {
          previous = SEPARATOR;
        }
        continue;
      }
      if (c >= 'A') {
        out.put(c);
        previous = LETTER;
        continue;
      }
      if (previous != DIGIT) {
        stripping = true;
      }
      previous = DIGIT;
      if (stripping && c == '0') {
        continue;
      }
      stripping = false;
      out.put(c);
    }
  }
}
