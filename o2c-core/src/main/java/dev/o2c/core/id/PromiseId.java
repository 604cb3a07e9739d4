package dev.o2c.core.id;

/**
 * The id of a customer's promise to pay, unique in the company.
 *
 * <p>Text of at most {@value TextId#MAX_LENGTH} characters, not blank, no leading or trailing white
 * space; equal by text. {@link #toString()} gives the text back.
 */
public final class PromiseId extends TextId {

  private PromiseId(String value) {
    super(value, "promise id");
  }

  /**
   * A promise id.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static PromiseId of(String value) {
    return new PromiseId(value);
  }
}
