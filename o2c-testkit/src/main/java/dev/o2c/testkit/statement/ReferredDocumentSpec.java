package dev.o2c.testkit.statement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One document a payer refers to in structured remittance, as camt.053 carries it in {@code
 * RmtInf/Strd}: the document number ({@code RfrdDocInf/Nb}) with its type code ({@code CINV} for an
 * invoice, {@code CREN} for a credit note), and optionally the amounts of {@code RfrdDocAmt}: the
 * amount remitted, the discount applied and an adjustment with its reason (a deduction).
 *
 * <pre>{@code
 * // INV-2026-000123 paid 980.00 after a 20.00 discount:
 * new ReferredDocumentSpec("INV-2026-000123", "CINV", OptionalLong.of(98000), 2000, 0, Optional.empty());
 * }</pre>
 *
 * @param number the document number as the payer wrote it
 * @param typeCode the document type code, e.g. {@code CINV} or {@code CREN}
 * @param remittedMinor the amount remitted for the document in minor units (camt {@code RmtdAmt}), if given
 * @param discountMinor the discount applied in minor units ({@code DscntApldAmt}), 0 for none
 * @param adjustmentMinor the amount deducted in minor units ({@code AdjstmntAmtAndRsn}), 0 for none
 * @param adjustmentReason the reason code of the adjustment, if given
 */
public record ReferredDocumentSpec(String number, String typeCode, OptionalLong remittedMinor, long discountMinor,
    long adjustmentMinor, Optional<String> adjustmentReason) {

  /**
   * Checks the values.
   *
   * @param number the document number as the payer wrote it
   * @param typeCode the document type code, e.g. {@code CINV} or {@code CREN}
   * @param remittedMinor the amount remitted for the document in minor units (camt {@code RmtdAmt}), if given
   * @param discountMinor the discount applied in minor units ({@code DscntApldAmt}), 0 for none
   * @param adjustmentMinor the amount deducted in minor units ({@code AdjstmntAmtAndRsn}), 0 for none
   * @param adjustmentReason the reason code of the adjustment, if given
   * @throws IllegalArgumentException if an amount is negative or the number is blank
   */
  public ReferredDocumentSpec {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(typeCode, "typeCode");
    Objects.requireNonNull(remittedMinor, "remittedMinor");
    Objects.requireNonNull(adjustmentReason, "adjustmentReason");
    if (number.isBlank()) {
      throw new IllegalArgumentException("referred document number is blank");
    }
    if (discountMinor < 0 || adjustmentMinor < 0 || remittedMinor.orElse(0) < 0) {
      throw new IllegalArgumentException("referred document " + number + " has a negative amount");
    }
  }
}
