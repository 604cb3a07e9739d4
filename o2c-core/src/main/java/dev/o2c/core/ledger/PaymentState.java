package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * A payment as the ledger holds it now: where every part of its amount is.
 *
 * <p>All amounts are in the payment's currency, zero or positive, and always satisfy
 * {@code amount = applied + unapplied + onAccount + suspense + refunded + returned}. This instance is
 * immutable.
 *
 * @param payment the payment, with the customer it is attributed to
 * @param applied applied to items (net of unapplications)
 * @param unapplied received from a known payer, waiting for application
 * @param onAccount left on the customer's account on purpose
 * @param suspense payer not known yet, or parked for investigation
 * @param refunded paid back to the customer
 * @param returned taken back by the bank (a returned or reversed payment)
 */
public record PaymentState(
    Payment payment,
    Money applied,
    Money unapplied,
    Money onAccount,
    Money suspense,
    Money refunded,
    Money returned) {

  /**
   * Checks that no component is null.
   *
   * @param payment the payment, with the customer it is attributed to
   * @param applied applied to items (net of unapplications)
   * @param unapplied received from a known payer, waiting for application
   * @param onAccount left on the customer's account on purpose
   * @param suspense payer not known yet, or parked for investigation
   * @param refunded paid back to the customer
   * @param returned taken back by the bank (a returned or reversed payment)
   */
  public PaymentState {
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(unapplied, "unapplied");
    Objects.requireNonNull(onAccount, "onAccount");
    Objects.requireNonNull(suspense, "suspense");
    Objects.requireNonNull(refunded, "refunded");
    Objects.requireNonNull(returned, "returned");
  }

  /** {@return the payment's bank reference} */
  public String bankReference() {
    return payment.bankReference();
  }

  /** {@return the amount received} */
  public Money amount() {
    return payment.amount();
  }

  /** {@return true once the bank has returned the payment} */
  public boolean isReturned() {
    return returned.isPositive();
  }

  /**
   * The money held in one bucket.
   *
   * @param bucket the bucket
   * @return the amount in it, zero or positive
   */
  public Money in(CashBucket bucket) {
    switch (bucket) {
      case UNAPPLIED:
        return unapplied;
      case ON_ACCOUNT:
        return onAccount;
      default:
        return suspense;
    }
  }
}
