package dev.o2c.testkit.statement;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
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
 * sub-fields and BAI2 records unchanged. This instance is immutable.
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
   * {@return the counterparty's name, up to 54 characters: the payer of a credit, the payee of a debit}
   */
  public String counterpartyName() {
    return counterpartyName;
  }

  /**
   * {@return the counterparty's IBAN, with valid check digits}
   */
  public String counterpartyIban() {
    return counterpartyIban;
  }

  /**
   * {@return the counterparty bank's BIC (8 or 11 characters)}
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
        && Objects.equals(creditorReference, e.creditorReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amountMinor, credit, bookingDate, valueDate, bankReference, endToEndId,
        counterpartyName, counterpartyIban, counterpartyBic, remittanceText, creditorReference);
  }

  @Override
  public String toString() {
    return "EntrySpec{" + (credit ? "C " : "D ") + amountMinor + " " + bookingDate + "/" + valueDate
        + " ref=" + bankReference + " e2e=" + endToEndId + " " + counterpartyName + " "
        + counterpartyIban + " " + counterpartyBic + " rmt=" + remittanceText + " cref="
        + creditorReference + "}";
  }
}
