package dev.o2c.testkit.cashapp;

import dev.o2c.core.money.Money;
import dev.o2c.testkit.statement.ReferredDocumentSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the benchmark's bank statement, as the bank reports it, noise included. The camt.053
 * file carries all of it; the MT940 file carries the same line with {@link #mt940Text()} in place of
 * the unstructured text and the structured references (MT940 has no place for structure).
 *
 * @param entryRef the bank's reference: camt {@code AcctSvcrRef}, MT940 {@code :61:} bank reference;
 *     the key of the line's {@link LineTruth}
 * @param credit true for money in, false for a return (debit)
 * @param amount the amount, positive, in the account currency
 * @param bookingDate the booking date, a business day
 * @param valueDate the value date
 * @param payerName the counterparty name as the bank writes it, if any
 * @param payerAccount the counterparty IBAN, if any (none for cheques and cards)
 * @param payerBic the counterparty bank's BIC, present exactly when the IBAN is
 * @param endToEndId the payer's end-to-end id, if any
 * @param remittanceText the unstructured remittance as camt {@code Ustrd} carries it (at most 140 characters)
 * @param creditorReference the structured creditor reference, if any
 * @param referredDocuments the structured referred documents, in the payer's order
 * @param mt940Text the remittance as the MT940 {@code :86:} field carries it: text and structure
 *     flattened, cut to what fits
 * @param ocr whether the remittance went through the OCR channel (cheque or lockbox)
 * @param instructedAmount the amount the payer instructed as the bank reports it (camt {@code InstdAmt},
 *     MT940 {@code OAMT+} when it differs from the amount), possibly in another currency; empty if not reported
 * @param chargesMinor the charges banks deducted, in minor units of the amount's currency, as camt
 *     {@code Chrgs} reports them; 0 if none are reported
 */
public record BankLine(String entryRef, boolean credit, Money amount, LocalDate bookingDate, LocalDate valueDate,
    Optional<String> payerName, Optional<String> payerAccount, Optional<String> payerBic,
    Optional<String> endToEndId, Optional<String> remittanceText, Optional<String> creditorReference,
    List<ReferredDocumentSpec> referredDocuments, Optional<String> mt940Text, boolean ocr,
    Optional<Money> instructedAmount, long chargesMinor) {

  /**
   * Checks that no value is null and copies the list.
   *
   * @param entryRef the bank's reference: camt {@code AcctSvcrRef}, MT940 {@code :61:} bank reference; the
   *     key of the line's {@link LineTruth}
   * @param credit true for money in, false for a return (debit)
   * @param amount the amount, positive, in the account currency
   * @param bookingDate the booking date, a business day
   * @param valueDate the value date
   * @param payerName the counterparty name as the bank writes it, if any
   * @param payerAccount the counterparty IBAN, if any (none for cheques and cards)
   * @param payerBic the counterparty bank's BIC, present exactly when the IBAN is
   * @param endToEndId the payer's end-to-end id, if any
   * @param remittanceText the unstructured remittance as camt {@code Ustrd} carries it (at most 140
   *     characters)
   * @param creditorReference the structured creditor reference, if any
   * @param referredDocuments the structured referred documents, in the payer's order
   * @param mt940Text the remittance as the MT940 {@code :86:} field carries it: text and structure flattened,
   *     cut to what fits
   * @param ocr whether the remittance went through the OCR channel (cheque or lockbox)
   * @param instructedAmount the instructed amount the bank reports, if any
   * @param chargesMinor the charges the bank reports, in minor units; 0 if none
   */
  public BankLine {
    Objects.requireNonNull(entryRef, "entryRef");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bookingDate, "bookingDate");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(payerName, "payerName");
    Objects.requireNonNull(payerAccount, "payerAccount");
    Objects.requireNonNull(payerBic, "payerBic");
    Objects.requireNonNull(endToEndId, "endToEndId");
    Objects.requireNonNull(remittanceText, "remittanceText");
    Objects.requireNonNull(creditorReference, "creditorReference");
    referredDocuments = List.copyOf(referredDocuments);
    Objects.requireNonNull(mt940Text, "mt940Text");
    Objects.requireNonNull(instructedAmount, "instructedAmount");
    if (chargesMinor < 0) {
      throw new IllegalArgumentException("charges " + chargesMinor + " of line " + entryRef + " are negative");
    }
  }
}
