package dev.o2c.matching.statement;

/**
 * The bank statement file formats o2c reads.
 *
 * <p>ISO 20022 camt messages are recognised in every published version from {@code 001.02} on;
 * the version is not part of the format because the element model is shared.
 */
public enum StatementFormat {
  /** ISO 20022 camt.052, bank-to-customer account report (intraday). */
  CAMT_052,
  /** ISO 20022 camt.053, bank-to-customer statement (end of day). */
  CAMT_053,
  /** ISO 20022 camt.054, bank-to-customer debit/credit notification. */
  CAMT_054,
  /** SWIFT MT940 customer statement. */
  MT940,
  /** SWIFT MT942 interim transaction report. */
  MT942,
  /** BAI version 2 cash management balance reporting (North America). */
  BAI2;

  /**
   * Tells whether this is one of the ISO 20022 camt formats.
   *
   * @return true for {@link #CAMT_052}, {@link #CAMT_053} and {@link #CAMT_054}
   */
  public boolean isCamt() {
    return this == CAMT_052 || this == CAMT_053 || this == CAMT_054;
  }
}
