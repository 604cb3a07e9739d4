package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PaymentId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Attributes a payment in suspense to the customer who sent it and moves all its suspense money to
 * unapplied cash.
 */
@Value.Immutable
public abstract non-sealed class IdentifyPayer implements LedgerCommand {

  IdentifyPayer() {}

  /** {@return the payment} */
  public abstract PaymentId payment();

  /** {@return the identified payer} */
  public abstract CustomerId customer();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.IDENTIFY_PAYER;
  }

  /**
   * The command with its required parts.
   *
   * @param payment the payment
   * @param customer the payer
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static IdentifyPayer of(PaymentId payment, CustomerId customer, LocalDate date) {
    return builder().payment(payment).customer(customer).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IdentifyPayer} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableIdentifyPayer.Builder {
    Builder() {}
  }
}
