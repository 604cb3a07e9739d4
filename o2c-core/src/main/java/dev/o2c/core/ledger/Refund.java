package dev.o2c.core.ledger;

import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Pays money from one of a payment's buckets back to the customer: debits the bucket, credits cash.
 */
@Value.Immutable
public abstract non-sealed class Refund implements LedgerCommand {

  Refund() {}

  /** {@return the payment} */
  public abstract PaymentId payment();

  /** {@return the bucket the refund comes from} */
  public abstract CashBucket from();

  /** {@return the amount, positive, in the payment's currency} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.REFUND;
  }

  /**
   * The command with its required parts.
   *
   * @param payment the payment
   * @param from the bucket
   * @param amount the amount
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static Refund of(PaymentId payment, CashBucket from, Money amount, LocalDate date) {
    return builder().payment(payment).from(from).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Refund} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableRefund.Builder {
    Builder() {}
  }
}
