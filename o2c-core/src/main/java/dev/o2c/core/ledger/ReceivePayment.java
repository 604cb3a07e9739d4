package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import org.immutables.value.Value;

/**
 * Receives a payment on its value date: debits cash and credits unapplied cash when the payer is
 * known, suspense when not. A payment whose {@link Payment#id()} was received before is refused, so
 * a statement imported twice never counts twice.
 */
@Value.Immutable
public abstract non-sealed class ReceivePayment implements LedgerCommand {

  ReceivePayment() {}

  /** {@return the payment} */
  public abstract Payment payment();

  /** {@return the posting date: the payment's value date} */
  @Override
  public final java.time.LocalDate date() {
    return payment().valueDate();
  }

  @Override
  public final Operation operation() {
    return Operation.RECEIVE_PAYMENT;
  }

  /**
   * The command with its required parts.
   *
   * @param payment the payment
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ReceivePayment of(Payment payment) {
    return builder().payment(payment).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReceivePayment} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableReceivePayment.Builder {
    Builder() {}
  }
}
