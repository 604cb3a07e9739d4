package dev.o2c.core.ledger;

import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Moves payment money between buckets: unapplied cash, on account and suspense. Money goes to
 * unapplied or on account only when the payer is known.
 */
@Value.Immutable
public abstract non-sealed class MoveCash implements LedgerCommand {

  MoveCash() {}

  /** {@return the payment} */
  public abstract PaymentId payment();

  /** {@return the bucket the money leaves} */
  public abstract CashBucket from();

  /** {@return the bucket it goes to, not {@code from}} */
  public abstract CashBucket to();

  /** {@return the amount, positive, in the payment's currency} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.MOVE_CASH;
  }

  /**
   * The command with its required parts.
   *
   * @param payment the payment
   * @param from the bucket the money leaves
   * @param to the bucket it goes to
   * @param amount the amount
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static MoveCash of(PaymentId payment, CashBucket from, CashBucket to, Money amount, LocalDate date) {
    return builder().payment(payment).from(from).to(to).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MoveCash} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableMoveCash.Builder {
    Builder() {}
  }
}
