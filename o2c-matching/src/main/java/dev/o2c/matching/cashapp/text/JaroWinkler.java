package dev.o2c.matching.cashapp.text;

import java.util.Objects;

/**
 * Jaro-Winkler similarity of two strings (Winkler 1990): the Jaro similarity of matching characters
 * and transpositions, raised for a common prefix of up to four characters with the usual scaling
 * factor 0.1. 1 for equal strings, 0 when nothing matches; case-sensitive (normalise first).
 */
public final class JaroWinkler {

  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  /**
   * The Jaro-Winkler similarity.
   *
   * <pre>{@code
   * JaroWinkler.similarity("MARTHA", "MARHTA")   // 0.961
   * JaroWinkler.similarity("MULLER", "MULER")    // 0.967
   * }</pre>
   *
   * @param a a string
   * @param b another string
   * @return the similarity in [0, 1]; symmetric
   */
  public static double similarity(CharSequence a, CharSequence b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    if (la > lb || (la == lb && CharSequence.compare(a, b) > 0)) {
      return similarity(b, a); // one order for both, so the greedy matching is symmetric
    }
    int window = Math.max(0, lb / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      char c = a.charAt(i);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && b.charAt(j) == c) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int halfTranspositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          halfTranspositions++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(MAX_PREFIX, la) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
  }
}
