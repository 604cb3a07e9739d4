package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * A payment as the ledger holds it: where its money is now. All amounts are in the payment's
 * currency and never negative: {@code amount = applied + unapplied + onAccount + suspense + refunded
 * + returned}.
 *
 * @param payment the payment (with its payer once identified)
 * @param applied applied to items
 * @param unapplied held for the known payer, not yet applied
 * @param onAccount left on account by the payer
 * @param suspense held while the payer is unknown
 * @param refunded paid back to the customer (a later return charges it back and moves it to returned)
 * @param returned taken back by the bank
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
   * Validates that nothing is null.
   *
   * @param payment the payment (with its payer once identified)
   * @param applied applied to items
   * @param unapplied held for the known payer, not yet applied
   * @param onAccount left on account by the payer
   * @param suspense held while the payer is unknown
   * @param refunded paid back to the customer (a later return charges it back and moves it to returned)
   * @param returned taken back by the bank
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

  /** {@return the payment's id} */
  public PaymentId id() {
    return payment.id();
  }

  /** {@return the amount received} */
  public Money amount() {
    return payment.amount();
  }

  /** {@return true when the bank took the whole amount back; such a payment accepts no further command} */
  public boolean isReturned() {
    return returned.equals(payment.amount());
  }

  /**
   * The money in one bucket.
   *
   * @param bucket the bucket
   * @return what it holds
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
