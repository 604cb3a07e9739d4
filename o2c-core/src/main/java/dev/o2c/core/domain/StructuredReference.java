package dev.o2c.core.domain;

import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One block of structured remittance information (camt {@code RmtInf/Strd}): the creditor
 * reference, the documents paid and their amounts, discounts and adjustments. This instance is
 * immutable.
 *
 * <p>{@link #creditorReferenceValid()} is computed from the reference: ISO 11649 {@code RF}
 * references (type {@code SCOR} or a reference starting with {@code RF} and two digits) are checked
 * with mod 97; Swiss {@code QRR} and {@code ISR Reference} references with the recursive mod 10
 * check. For other references it is empty: there is nothing to check.
 */
@ValueStyle
@Value.Immutable
public abstract class StructuredReference {

  StructuredReference() {}

  /**
   * The creditor's reference exactly as sent (camt {@code CdtrRefInf/Ref}), e.g.
   * {@code RF18539007547034}.
   *
   * @return the reference, empty when the block has none
   */
  public abstract Optional<String> creditorReference();

  /**
   * The reference type: an ISO code such as {@code SCOR} or a proprietary type such as
   * {@code QRR} or {@code ISR Reference}.
   *
   * @return the type, empty when not given
   */
  public abstract Optional<String> creditorReferenceType();

  /**
   * Who issued the reference type ({@code CdtrRefInf/Tp/Issr}).
   *
   * @return the issuer, empty when not given
   */
  public abstract Optional<String> creditorReferenceIssuer();

  /**
   * The documents (invoices, credit notes) this block pays.
   *
   * @return the referred documents in file order, possibly empty
   */
  public abstract List<ReferredDocument> referredDocuments();

  /**
   * The amount that was due ({@code RfrdDocAmt/DuePyblAmt}).
   *
   * @return the due payable amount, empty when not given
   */
  public abstract Optional<Money> duePayableAmount();

  /**
   * The amount actually remitted ({@code RfrdDocAmt/RmtdAmt}).
   *
   * @return the remitted amount, empty when not given
   */
  public abstract Optional<Money> remittedAmount();

  /**
   * The credit note amount ({@code RfrdDocAmt/CdtNoteAmt}).
   *
   * @return the credit note amount, empty when not given
   */
  public abstract Optional<Money> creditNoteAmount();

  /**
   * The tax amount ({@code RfrdDocAmt/TaxAmt}).
   *
   * @return the tax amount, empty when not given
   */
  public abstract Optional<Money> taxAmount();

  /**
   * Discounts the payer applied ({@code DscntApldAmt}), with their type codes.
   *
   * @return the discounts, possibly empty
   */
  public abstract List<RemittanceAdjustment> discounts();

  /**
   * Other adjustments with reasons ({@code AdjstmntAmtAndRsn}).
   *
   * @return the adjustments, possibly empty
   */
  public abstract List<RemittanceAdjustment> adjustments();

  /**
   * Additional remittance text ({@code AddtlRmtInf}), each line exactly as sent.
   *
   * @return the lines, possibly empty
   */
  public abstract List<String> additionalInfo();

  /**
   * The verdict of the check digit scheme the reference claims, computed from the reference and
   * its type.
   *
   * @return true or false when the reference is an RF, QRR or ISR reference; empty otherwise
   */
  @Value.Derived
  public Optional<Boolean> creditorReferenceValid() {
    if (creditorReference().isEmpty()) {
      return Optional.empty();
    }
    String ref = creditorReference().get();
    String compact = ref.replace(" ", "").toUpperCase(Locale.ROOT);
    String type = creditorReferenceType().orElse("").trim().toUpperCase(Locale.ROOT);
    boolean rf =
        compact.length() >= 4
            && compact.startsWith("RF")
            && Character.isDigit(compact.charAt(2))
            && Character.isDigit(compact.charAt(3));
    if (type.equals("SCOR") || rf) {
      return Optional.of(isValidIso11649(ref));
    }
    if (type.equals("QRR") || type.equals("ISR REFERENCE") || type.equals("ESR")) {
      return Optional.of(isValidSwissReference(ref));
    }
    return Optional.empty();
  }

  /**
   * Checks an ISO 11649 structured creditor reference ({@code RF} + 2 check digits + up to 21
   * letters or digits; spaces are ignored, letters are case-insensitive) with the ISO 7064 mod
   * 97-10 check.
   *
   * @param reference the reference, e.g. {@code "RF18 5390 0754 7034"}
   * @return true when the reference is well formed and its check digits are right
   */
  public static boolean isValidIso11649(String reference) {
    String s = reference.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.length() < 5 || s.length() > 25 || !s.startsWith("RF")) {
      return false;
    }
    if (!Character.isDigit(s.charAt(2)) || !Character.isDigit(s.charAt(3))) {
      return false;
    }
    String rotated = s.substring(4) + s.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rotated.length(); i++) {
      char c = rotated.charAt(i);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  /**
   * Checks a Swiss QR reference or ISR (ESR) reference: digits only (spaces ignored), at most 27,
   * the last being the recursive mod 10 check digit of the others.
   *
   * @param reference the reference, e.g. {@code "21 00000 00003 13947 14300 09017"}
   * @return true when the reference is well formed and its check digit is right
   */
  public static boolean isValidSwissReference(String reference) {
    String s = reference.replace(" ", "");
    if (s.length() < 2 || s.length() > 27) {
      return false;
    }
    int[] table = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
    int carry = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      carry = table[(carry + c - '0') % 10];
    }
    char last = s.charAt(s.length() - 1);
    return last >= '0' && last <= '9' && (10 - carry) % 10 == last - '0';
  }

  /**
   * Starts building a {@code StructuredReference}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A block that refers to one document, such as an invoice number the payer quoted.
   *
   * @param number the document number as the payer wrote it
   * @return the block
   */
  public static StructuredReference ofDocument(String number) {
    return builder().addReferredDocuments(ReferredDocument.builder().number(number).build()).build();
  }

  /**
   * A block that refers to one document and the amount remitted for it.
   *
   * @param number the document number as the payer wrote it
   * @param remitted the amount the payer says it pays for that document
   * @return the block
   */
  public static StructuredReference ofDocument(String number, Money remitted) {
    return builder().addReferredDocuments(ReferredDocument.builder().number(number).build())
        .remittedAmount(remitted).build();
  }

  /**
   * A block that carries a creditor reference (such as an ISO 11649 {@code RF} reference).
   *
   * @param reference the reference as the payer wrote it
   * @return the block
   */
  public static StructuredReference ofCreditorReference(String reference) {
    return builder().creditorReference(reference).build();
  }

  /** Builds a {@link StructuredReference}; each attribute may be set once, lists added to. */
  public static final class Builder extends ImmutableStructuredReference.Builder {
    Builder() {}
  }
}
