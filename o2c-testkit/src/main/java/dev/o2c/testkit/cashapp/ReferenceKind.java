package dev.o2c.testkit.cashapp;

/**
 * What a benchmark bank line carries to say what it pays (spec section 2, "Noise models"), before noise.
 */
public enum ReferenceKind {
  /** No remittance information at all. */
  NONE,
  /** Remittance text that names no document ("Payment", "Thank you", "Zahlung"). */
  UNUSABLE,
  /** A structured ISO 11649 creditor reference ({@code RF..}) built from the invoice number. */
  STRUCTURED_CREDITOR_REFERENCE,
  /** Structured referred documents (camt {@code Strd/RfrdDocInf}), one per item, with amounts on some. */
  STRUCTURED_DOCUMENTS,
  /** Free text giving the document numbers. */
  INVOICE_NUMBER,
  /** Free text giving the customer's purchase order numbers. */
  PO_NUMBER,
  /** Free text with the document numbers among other words. */
  MIXED_WORDS;

  /** {@return whether the line carries a reference a matcher can use (everything but NONE and UNUSABLE)} */
  public boolean isReference() {
    return this != NONE && this != UNUSABLE;
  }

  /** {@return whether the reference is structured} */
  public boolean isStructured() {
    return this == STRUCTURED_CREDITOR_REFERENCE || this == STRUCTURED_DOCUMENTS;
  }
}
