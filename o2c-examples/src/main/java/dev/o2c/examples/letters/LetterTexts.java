package dev.o2c.examples.letters;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The wording of reminder letters by the text key of their level: a title and an opening paragraph.
 * {@link #DEFAULT} knows the keys of {@code DunningPolicies.STANDARD} and a pre-due reminder; any other
 * key gets a neutral wording. Hosts with their own templates do not need this class.
 *
 * <pre>{@code
 * LetterTexts texts = LetterTexts.DEFAULT.with("legal", "Notice before legal action",
 *     "Unless the amount below reaches us by the date given, we will hand the matter to our lawyers.");
 * }</pre>
 */
public final class LetterTexts {

  /** The wording for {@code pre-due}, {@code reminder}, {@code second-reminder} and {@code final-demand}. */
  public static final LetterTexts DEFAULT = new LetterTexts(new TreeMap<>(Map.of(
      "pre-due", new Wording("Upcoming payment",
          "This is a courtesy note: the items below fall due shortly. If you have already arranged payment, "
              + "thank you, and please disregard this note."),
      "reminder", new Wording("Payment reminder",
          "Our records show the items below as unpaid after their due date. Perhaps this has escaped your "
              + "attention; please pay the amount shown by the date given."),
      "second-reminder", new Wording("Second payment reminder",
          "Despite our reminder, the items below are still unpaid. Please pay the amount shown, including the "
              + "reminder fees, by the date given."),
      "final-demand", new Wording("Final demand",
          "The items below remain unpaid despite our reminders. Unless the amount shown reaches us by the date "
              + "given, we will take further steps to collect it without further notice."))));

  private static final Wording OTHER = new Wording("Payment reminder",
      "The items below are open on your account. Please pay the amount shown by the date given.");

  /**
   * A title and an opening paragraph.
   *
   * @param title the letter's heading
   * @param opening the paragraph before the items
   */
  public record Wording(String title, String opening) {

    /**
     * Checks that nothing is null.
     *
     * @param title the heading
     * @param opening the paragraph
     */
    public Wording {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(opening, "opening");
    }
  }

  private final Map<String, Wording> byKey;

  private LetterTexts(Map<String, Wording> byKey) {
    this.byKey = byKey;
  }

  /**
   * The wording for a text key.
   *
   * @param textKey the level's text key
   * @return its wording, or a neutral one for an unknown key
   */
  public Wording wording(String textKey) {
    return byKey.getOrDefault(textKey, OTHER);
  }

  /**
   * A copy with one more (or another) wording.
   *
   * @param textKey the text key
   * @param title the heading
   * @param opening the paragraph before the items
   * @return the copy; this instance is unaffected
   */
  public LetterTexts with(String textKey, String title, String opening) {
    Map<String, Wording> copy = new TreeMap<>(byKey);
    copy.put(Objects.requireNonNull(textKey, "textKey"), new Wording(title, opening));
    return new LetterTexts(copy);
  }
}
