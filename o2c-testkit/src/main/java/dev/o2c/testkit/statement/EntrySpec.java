package dev.o2c.testkit.statement;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * One generated booking on a statement, in neutral terms that every statement format can carry:
 * amount, direction, dates, the bank's reference, the end-to-end id, the counterparty (the payer of
 * a credit, the payee of a debit) and the remittance information.
 *
 * <p>Generated texts use only letters, digits, blanks (never two in a row, never at either end),
 * {@code - . ,} and {@code :}, so that they survive the SWIFT character set, the German {@code ?NN}
 * sub-fields and BAI2 records unchanged. Entries built with {@link #builder()} carry whatever text
 * the caller gives, and may leave out the counterparty's name, IBAN and BIC (cheques and card
 * settlements carry no IBAN) and list referred documents (camt {@code Strd/RfrdDocInf}). This
 * instance is immutable.
 */
public final class EntrySpec {

  private final long amountMinor;
  private final boolean credit;
  private final LocalDate bookingDate;
  private final LocalDate valueDate;
  private final String bankReference;
  private final String endToEndId;
  private final String counterpartyName;
  private final String counterpartyIban;
  private final String counterpartyBic;
  private final String remittanceText;
  private final String creditorReference;
  private final List<ReferredDocumentSpec> referredDocuments;
  private final Money instructedAmount;
  private final long chargesMinor;

  EntrySpec(
      long amountMinor,
      boolean credit,
      LocalDate bookingDate,
      LocalDate valueDate,
      String bankReference,
      String endToEndId,
      String counterpartyName,
      String counterpartyIban,
      String counterpartyBic,
      String remittanceText,
      String creditorReference) {
    this(amountMinor, credit, bookingDate, valueDate, bankReference, endToEndId, counterpartyName,
        counterpartyIban, counterpartyBic, remittanceText, creditorReference, List.of(), null, 0);
  }

  private EntrySpec(
      long amountMinor,
      boolean credit,
      LocalDate bookingDate,
      LocalDate valueDate,
      String bankReference,
      String endToEndId,
      String counterpartyName,
      String counterpartyIban,
      String counterpartyBic,
      String remittanceText,
      String creditorReference,
      List<ReferredDocumentSpec> referredDocuments,
      Money instructedAmount,
      long chargesMinor) {
    this.amountMinor = amountMinor;
    this.credit = credit;
    this.bookingDate = Objects.requireNonNull(bookingDate, "bookingDate");
    this.valueDate = Objects.requireNonNull(valueDate, "valueDate");
    this.bankReference = Objects.requireNonNull(bankReference, "bankReference");
    this.endToEndId = endToEndId;
    this.counterpartyName = Objects.requireNonNull(counterpartyName, "counterpartyName");
    this.counterpartyIban = Objects.requireNonNull(counterpartyIban, "counterpartyIban");
    this.counterpartyBic = Objects.requireNonNull(counterpartyBic, "counterpartyBic");
    this.remittanceText = remittanceText;
    this.creditorReference = creditorReference;
    this.referredDocuments = List.copyOf(referredDocuments);
    this.instructedAmount = instructedAmount;
    this.chargesMinor = chargesMinor;
  }

  /**
   * {@return a builder for an entry with given values; amount, dates and bank reference are required}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the amount in minor units of the statement currency, always positive}
   */
  public long amountMinor() {
    return amountMinor;
  }

  /**
   * The amount as money.
   *
   * @param currency the statement currency
   * @return the positive amount
   * @throws NullPointerException if currency is null
   */
  public Money amount(CurrencyUnit currency) {
    return Money.ofMinor(Objects.requireNonNull(currency, "currency"), amountMinor);
  }

  /**
   * {@return the signed amount in minor units: positive for a credit, negative for a debit}
   */
  public long signedAmountMinor() {
    return credit ? amountMinor : -amountMinor;
  }

  /**
   * {@return true for money in (credit to the account), false for money out}
   */
  public boolean credit() {
    return credit;
  }

  /**
   * {@return the booking (entry) date}
   */
  public LocalDate bookingDate() {
    return bookingDate;
  }

  /**
   * {@return the value date, at most a few days before the booking date}
   */
  public LocalDate valueDate() {
    return valueDate;
  }

  /**
   * {@return the bank's own reference (account servicer reference), 1 to 16 letters and digits}
   */
  public String bankReference() {
    return bankReference;
  }

  /**
   * {@return the end-to-end id set by the payer, up to 35 characters, when there is one}
   */
  public Optional<String> endToEndId() {
    return Optional.ofNullable(endToEndId);
  }

  /**
   * {@return the counterparty's name, up to 70 characters: the payer of a credit, the payee of a
   * debit; empty when the bank gave none}
   */
  public String counterpartyName() {
    return counterpartyName;
  }

  /**
   * {@return the counterparty's IBAN, with valid check digits; empty when the bank gave none}
   */
  public String counterpartyIban() {
    return counterpartyIban;
  }

  /**
   * {@return the counterparty bank's BIC (8 or 11 characters); empty when the bank gave none}
   */
  public String counterpartyBic() {
    return counterpartyBic;
  }

  /**
   * {@return the unstructured remittance text, up to 140 characters, when there is one}
   */
  public Optional<String> remittanceText() {
    return Optional.ofNullable(remittanceText);
  }

  /**
   * {@return the structured creditor reference (ISO 11649 {@code RF...} with valid check digits), when there is one}
   */
  public Optional<String> creditorReference() {
    return Optional.ofNullable(creditorReference);
  }

  /**
   * A copy with another unstructured remittance text.
   *
   * @param text the text, or empty for none
   * @return the entry with that text; this instance is immutable and unaffected by this method
   */
  public EntrySpec withRemittanceText(Optional<String> text) {
    return new EntrySpec(amountMinor, credit, bookingDate, valueDate, bankReference, endToEndId, counterpartyName,
        counterpartyIban, counterpartyBic, text.orElse(null), creditorReference, referredDocuments, instructedAmount,
        chargesMinor);
  }

  /**
   * {@return the amount the payer instructed (camt {@code AmtDtls/InstdAmt}, MT940 {@code OAMT+}),
   * possibly in another currency; empty when the bank does not report it}
   */
  public Optional<Money> instructedAmount() {
    return Optional.ofNullable(instructedAmount);
  }

  /**
   * {@return the charges deducted before crediting, in minor units of the statement currency (camt
   * {@code Chrgs}); zero when none are reported}
   */
  public long chargesMinor() {
    return chargesMinor;
  }

  /**
   * {@return the documents the payer referred to in structured remittance (camt {@code Strd}), in order;
   * empty for generated files}
   */
  public List<ReferredDocumentSpec> referredDocuments() {
    return referredDocuments;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EntrySpec)) {
      return false;
    }
    EntrySpec e = (EntrySpec) o;
    return amountMinor == e.amountMinor
        && credit == e.credit
        && bookingDate.equals(e.bookingDate)
        && valueDate.equals(e.valueDate)
        && bankReference.equals(e.bankReference)
        && Objects.equals(endToEndId, e.endToEndId)
        && counterpartyName.equals(e.counterpartyName)
        && counterpartyIban.equals(e.counterpartyIban)
        && counterpartyBic.equals(e.counterpartyBic)
        && Objects.equals(remittanceText, e.remittanceText)
        && Objects.equals(creditorReference, e.creditorReference)
        && referredDocuments.equals(e.referredDocuments)
        && Objects.equals(instructedAmount, e.instructedAmount)
        && chargesMinor == e.chargesMinor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amountMinor, credit, bookingDate, valueDate, bankReference, endToEndId,
        counterpartyName, counterpartyIban, counterpartyBic, remittanceText, creditorReference,
        referredDocuments, instructedAmount, chargesMinor);
  }

  @Override
  public String toString() {
    return "EntrySpec{" + (credit ? "C " : "D ") + amountMinor + " " + bookingDate + "/" + valueDate
        + " ref=" + bankReference + " e2e=" + endToEndId + " " + counterpartyName + " "
        + counterpartyIban + " " + counterpartyBic + " rmt=" + remittanceText + " cref="
        + creditorReference + (referredDocuments.isEmpty() ? "" : " docs=" + referredDocuments) + "}";
  }

  /** Collects the values of an {@link EntrySpec}; optional values left unset are absent. */
  public static final class Builder {
    private long amountMinor;
    private boolean credit = true;
    private LocalDate bookingDate;
    private LocalDate valueDate;
    private String bankReference;
    private String endToEndId;
    private String counterpartyName = "";
    private String counterpartyIban = "";
    private String counterpartyBic = "";
    private String remittanceText;
    private String creditorReference;
    private List<ReferredDocumentSpec> referredDocuments = List.of();
    private Money instructedAmount;
    private long chargesMinor;

    private Builder() {}

    /**
     * Sets the amount.
     *
     * @param amountMinor the amount in minor units of the statement currency, positive
     * @return this builder
     */
    public Builder amountMinor(long amountMinor) {
      this.amountMinor = amountMinor;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param credit true for money in (the default), false for money out
     * @return this builder
     */
    public Builder credit(boolean credit) {
      this.credit = credit;
      return this;
    }

    /**
     * Sets the booking date.
     *
     * @param bookingDate the booking date
     * @return this builder
     */
    public Builder bookingDate(LocalDate bookingDate) {
      this.bookingDate = bookingDate;
      return this;
    }

    /**
     * Sets the value date.
     *
     * @param valueDate the value date
     * @return this builder
     */
    public Builder valueDate(LocalDate valueDate) {
      this.valueDate = valueDate;
      return this;
    }

    /**
     * Sets the bank's reference.
     *
     * @param bankReference 1 to 16 letters and digits
     * @return this builder
     */
    public Builder bankReference(String bankReference) {
      this.bankReference = bankReference;
      return this;
    }

    /**
     * Sets the end-to-end id.
     *
     * @param endToEndId the id, or empty for none
     * @return this builder
     */
    public Builder endToEndId(Optional<String> endToEndId) {
      this.endToEndId = endToEndId.orElse(null);
      return this;
    }

    /**
     * Sets the counterparty.
     *
     * @param name the name, empty for none
     * @param iban the IBAN, empty for none
     * @param bic the bank's BIC, empty for none
     * @return this builder
     */
    public Builder counterparty(String name, String iban, String bic) {
      this.counterpartyName = Objects.requireNonNull(name, "name");
      this.counterpartyIban = Objects.requireNonNull(iban, "iban");
      this.counterpartyBic = Objects.requireNonNull(bic, "bic");
      return this;
    }

    /**
     * Sets the unstructured remittance text.
     *
     * @param text the text, or empty for none
     * @return this builder
     */
    public Builder remittanceText(Optional<String> text) {
      this.remittanceText = text.orElse(null);
      return this;
    }

    /**
     * Sets the structured creditor reference.
     *
     * @param reference the reference (ISO 11649 {@code RF...} or any other), or empty for none
     * @return this builder
     */
    public Builder creditorReference(Optional<String> reference) {
      this.creditorReference = reference.orElse(null);
      return this;
    }

    /**
     * Sets the referred documents of the structured remittance.
     *
     * @param documents the documents, in order
     * @return this builder
     */
    public Builder referredDocuments(List<ReferredDocumentSpec> documents) {
      this.referredDocuments = List.copyOf(documents);
      return this;
    }

    /**
     * Sets the amount details the bank reports: what the payer instructed and the charges deducted.
     *
     * @param instructed the instructed amount, possibly in another currency, or empty for none
     * @param chargesMinor the charges deducted, in minor units of the statement currency; 0 for none
     * @return this builder
     */
    public Builder amountDetails(Optional<Money> instructed, long chargesMinor) {
      this.instructedAmount = instructed.orElse(null);
      this.chargesMinor = chargesMinor;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws NullPointerException if a date or the bank reference is missing
     * @throws IllegalArgumentException if the amount is not positive
     */
    public EntrySpec build() {
      if (amountMinor <= 0) {
        throw new IllegalArgumentException("amount " + amountMinor + " of entry " + bankReference + " is not positive");
      }
      return new EntrySpec(amountMinor, credit, bookingDate, valueDate, bankReference, endToEndId, counterpartyName,
          counterpartyIban, counterpartyBic, remittanceText, creditorReference, referredDocuments, instructedAmount,
          chargesMinor);
    }
  }
}
