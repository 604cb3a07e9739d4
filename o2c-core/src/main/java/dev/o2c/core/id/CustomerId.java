package dev.o2c.core.id;

/**
 * The id of a customer account in the receivables, unique in the company (e.g. {@code C-42}).
 *
 * <p>Text of at most {@value TextId#MAX_LENGTH} characters, not blank, no leading or trailing white
 * space; equal by text. {@link #toString()} gives the text back.
 */
public final class CustomerId extends TextId {

  private CustomerId(String value) {
    super(value, "customer id");
  }

  /**
   * A customer id.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }
}
