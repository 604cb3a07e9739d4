package dev.o2c.core.domain;

import dev.o2c.core.id.BankReference;
import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A remittance advice: what a payer sends beside a payment to say what it pays, outside the bank
 * statement (an EDI 820, an ISO 20022 remt.001, an e-mailed advice a host transcribed). It carries
 * the full list of documents with the amount paid, the discount taken and the deductions with their
 * reasons, where a bank statement line keeps only what fits into its remittance field (140
 * characters of SEPA {@code Ustrd}, six lines of an MT940 {@code :86:}).
 *
 * <p>The keys that tie an advice to its payment are all optional, as senders fill them unevenly:
 * the bank's reference of the credit, the end-to-end id the payer gave the transfer, and the
 * payer's account or name with the amount and the payment date. At least one must be present. This
 * instance is immutable.
 *
 * <pre>{@code
 * RemittanceAdvice advice = RemittanceAdvice.builder()
 *     .id("820-000123")
 *     .endToEndId("PAY-2026-0042")
 *     .amount(Money.of("EUR", "1960.00"))
 *     .remittance(Remittance.builder().addStructured(block).build())
 *     .build();
 * }</pre>
 */
@ValueStyle
@Value.Immutable
public abstract class RemittanceAdvice {

  RemittanceAdvice() {}

  /**
   * The advice's own identifier as its sender numbered it (EDI 820 {@code TRN}/{@code BPR} trace,
   * remt.001 {@code RmtId}); named in reports of advices that joined no payment.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /** {@return the bank's reference of the credit the advice belongs to, if the sender knows it} */
  public abstract Optional<BankReference> bankReference();

  /** {@return the end-to-end id the payer gave the transfer, if stated} */
  public abstract Optional<String> endToEndId();

  /** {@return the payer's name, if stated} */
  public abstract Optional<String> payerName();

  /** {@return the account the payer paid from (IBAN or account number), if stated} */
  public abstract Optional<String> payerAccount();

  /**
   * The total the payer says it sent. Banks may credit less (charges taken on the way) or convert
   * it; it is strictly positive when present.
   *
   * @return the amount, if stated
   */
  public abstract Optional<Money> amount();

  /** {@return the day the payer says it paid, if stated} */
  public abstract Optional<LocalDate> paymentDate();

  /**
   * What the advice says the payment is for: one structured block per document with its amounts,
   * discount and adjustments, as camt {@code Strd} carries them, and any free text.
   *
   * @return the remittance; never empty
   */
  public abstract Remittance remittance();

  /**
   * Starts building a {@code RemittanceAdvice}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemittanceAdvice}; each attribute may be set once. */
  public static final class Builder extends ImmutableRemittanceAdvice.Builder {
    Builder() {}
  }

  /** What payers and banks write where there is no end-to-end id, in letters and digits only, upper case. */
  private static final Set<String> FILLERS = Set.of("NOTPROVIDED", "NONREF", "NONE", "NA", "NOREF");

  /**
   * Whether an end-to-end id is a filler that stands for none ({@code NOTPROVIDED}, the SEPA one,
   * {@code NONREF}, {@code NONE}, {@code NA}, {@code NOREF}; spaces, punctuation and case aside, so
   * {@code N/A} and {@code non-ref} are fillers too) or blank.
   *
   * @param endToEndId the id as written
   * @return true when it identifies no transfer
   */
  public static boolean isFiller(String endToEndId) {
    StringBuilder key = new StringBuilder(endToEndId.length());
    endToEndId.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(key::appendCodePoint);
    return key.isEmpty() || FILLERS.contains(key.toString());
  }

  @Value.Check
  final void validate() {
    Problems p = new Problems("remittance advice " + id());
    p.check(!id().isBlank(), "id is blank");
    p.check(amount().map(Money::isPositive).orElse(true), "amount " + amount().orElse(null) + " is not positive");
    p.check(!remittance().isEmpty(), "remittance is empty: an advice must say what it pays");
    // A filler (NOTPROVIDED, the SEPA one, NONREF, ...) is no end-to-end id: the join ignores it, so it is no key.
    p.check(bankReference().isPresent() || endToEndId().map(e -> !isFiller(e)).orElse(false)
        || ((payerAccount().isPresent() || payerName().isPresent()) && amount().isPresent()),
        "no key to its payment: needs a bank reference, an end-to-end id, or the payer's account or name with the"
            + " amount");
    p.throwIfAny();
  }
}
