package dev.o2c.core.domain;

import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An incoming payment as the bank reported it: amount, value date, who paid from which account,
 * the bank's references and the remittance.
 *
 * <p>The {@linkplain #id() payment id} identifies the payment in the ledger, which refuses a second
 * payment with the same id, so importing one statement twice never counts money twice. By default
 * the id is the receiving account plus the bank reference ({@link PaymentId#of(String,
 * BankReference)}): a bank reference alone is not unique across banks. This instance is immutable.
 */
@Value.Immutable
public abstract class Payment {

  /**
   * The bank's reference for the booking (for ISO 20022 the account servicer reference, for MT940
   * the bank reference of the :61: line, for BAI2 the bank reference of the 16 record).
   *
   * @return the bank reference
   */
  public abstract BankReference bankReference();

  /**
   * The company's own account the money came in on (IBAN or account number, as the bank wrote it),
   * if known.
   *
   * @return the receiving account
   */
  public abstract Optional<String> receivingAccount();

  /**
   * The ledger's key for this payment; defaults to {@link PaymentId#of(String, BankReference)} of the
   * receiving account and the bank reference.
   *
   * @return the payment id
   */
  @Value.Default
  public PaymentId id() {
    return PaymentId.of(receivingAccount().orElse(null), bankReference());
  }

  /** {@return the amount received; strictly positive} */
  public abstract Money amount();

  /** {@return the value date: the day the money is available} */
  public abstract LocalDate valueDate();

  /** {@return the customer the payment is known to come from, if identified} */
  public abstract Optional<CustomerId> customerId();

  /** {@return the payer's name as the bank reported it} */
  public abstract Optional<String> payerName();

  /** {@return the payer's IBAN or account number as the bank reported it} */
  public abstract Optional<String> payerAccount();

  /** {@return the end-to-end id the payer gave the transfer, if any} */
  public abstract Optional<String> endToEndId();

  /**
   * The amount the payer instructed its bank to send, as the statement reports it (camt
   * {@code AmtDtls/InstdAmt}, MT940 {@code /OCMT/}), if reported. It differs from {@link #amount()}
   * when banks deducted charges on the way or the money was converted from another currency (then
   * it is in that currency).
   *
   * @return the instructed amount
   */
  public abstract Optional<Money> instructedAmount();

  /**
   * The charges banks deducted from the transfer before it was credited, as the statement reports
   * them (camt {@code Chrgs}, MT940 {@code /CHGS/}); empty if none were reported.
   *
   * @return the charges, each positive
   */
  public abstract List<Money> charges();

  /** {@return what the payer said the payment is for; {@link Remittance#NONE} if nothing} */
  @Value.Default
  public Remittance remittance() {
    return Remittance.NONE;
  }

  /**
   * A copy of this payment attributed to a customer.
   *
   * @param customerId the identified customer
   * @return the copy; this instance is unaffected
   */
  public abstract Payment withCustomerId(CustomerId customerId);

  /**
   * A copy of this payment with other remittance information, e.g. the statement's own with a
   * {@link RemittanceAdvice}'s added.
   *
   * @param remittance the remittance
   * @return the copy; this instance is unaffected
   */
  public abstract Payment withRemittance(Remittance remittance);

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Payment} values; each attribute may be set once. */
  public static final class Builder extends ImmutablePayment.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    // Every payment read from a statement passes here: a message is written only for a problem.
    Problems p = new Problems("payment", id());
    if (!amount().isPositive()) {
      p.add("amount " + amount() + " is not positive");
    }
    p.check(receivingAccount().filter(String::isBlank).isEmpty(), "receivingAccount is blank");
    p.check(instructedAmount().filter(a -> !a.isPositive()).isEmpty(), "instructed amount is not positive");
    for (Money charge : charges()) {
      if (!charge.isPositive()) {
        p.add("charge " + charge + " is not positive");
      }
    }
    p.throwIfAny();
  }
}
