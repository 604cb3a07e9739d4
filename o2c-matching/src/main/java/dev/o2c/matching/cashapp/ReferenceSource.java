package dev.o2c.matching.cashapp;

/** Where in a payment an {@link ExtractedReference} was found. */
public enum ReferenceSource {
  /** A referred document number of the structured remittance. */
  STRUCTURED_DOCUMENT,
  /** A creditor reference (ISO 11649 RF or a national scheme) of the structured remittance. */
  CREDITOR_REFERENCE,
  /** A token of the unstructured remittance text. */
  FREE_TEXT,
  /** The end-to-end id the payer set. */
  END_TO_END_ID
}
