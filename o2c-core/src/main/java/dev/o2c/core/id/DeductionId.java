package dev.o2c.core.id;

/**
 * The id of a deduction, unique in the ledger (e.g. {@code D-2026-0042}).
 *
 * <p>Text of at most {@value TextId#MAX_LENGTH} characters, not blank, no leading or trailing white
 * space; equal by text. {@link #toString()} gives the text back.
 */
public final class DeductionId extends TextId {

  private DeductionId(String value) {
    super(value, "deduction id");
  }

  /**
   * A deduction id.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static DeductionId of(String value) {
    return new DeductionId(value);
  }
}
