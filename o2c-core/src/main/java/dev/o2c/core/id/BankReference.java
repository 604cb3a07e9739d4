package dev.o2c.core.id;

/**
 * The reference a bank gave a booking on a statement: the account servicer reference of ISO 20022, the bank reference of an MT940 {@code :61:} line, the bank reference of a BAI2 16 record.
 *
 * <p>Text of at most {@value TextId#MAX_LENGTH} characters, not blank, no leading or trailing white
 * space; equal by text. {@link #toString()} gives the text back.
 */
public final class BankReference extends TextId {

  private BankReference(String value) {
    super(value, "bank reference");
  }

  /**
   * A bank reference, as the bank wrote it.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static BankReference of(String value) {
    return new BankReference(value);
  }
}
