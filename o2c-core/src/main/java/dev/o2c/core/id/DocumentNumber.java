package dev.o2c.core.id;

/**
 * The number of a receivable document (invoice, credit memo, debit memo), unique in the company's receivables (e.g. {@code INV-1001}).
 *
 * <p>Text of at most {@value TextId#MAX_LENGTH} characters, not blank, no leading or trailing white
 * space; equal by text. {@link #toString()} gives the text back.
 */
public final class DocumentNumber extends TextId {

  private DocumentNumber(String value) {
    super(value, "document number");
  }

  /**
   * A document number.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static DocumentNumber of(String value) {
    return new DocumentNumber(value);
  }
}
