package dev.o2c.matching.statement;

import java.util.List;

/** Random damage to a text file for the readers' property tests. */
public final class TextMutations {

  private TextMutations() {}

  /**
   * Applies edits to a text, three numbers per edit: a position, an operation (delete, insert or
   * replace one character) and which of {@code alphabet}'s characters to insert or put in place.
   *
   * @param text the text to damage
   * @param edits the edits, non-negative numbers; a trailing incomplete edit is ignored
   * @param alphabet the characters that may be inserted or put in place
   * @return the damaged text
   */
  public static String mutate(String text, List<Integer> edits, String alphabet) {
    StringBuilder sb = new StringBuilder(text);
    for (int k = 0; k + 2 < edits.size() && sb.length() > 0; k += 3) {
      int pos = edits.get(k) % sb.length();
      char c = alphabet.charAt(edits.get(k + 2) % alphabet.length());
      switch (edits.get(k + 1) % 3) {
        case 0 -> sb.deleteCharAt(pos);
        case 1 -> sb.insert(pos, c);
        default -> sb.setCharAt(pos, c);
      }
    }
    return sb.toString();
  }
}
