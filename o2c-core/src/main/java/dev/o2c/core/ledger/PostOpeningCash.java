package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Loads money held at cut-over (unapplied cash, money on account or suspense) as a payment whose
 * whole amount sits in one bucket: credits the bucket against the opening balance account.
 */
@Value.Immutable
public abstract non-sealed class PostOpeningCash implements LedgerCommand {

  PostOpeningCash() {}

  /** {@return the payment, with the amount still held as its amount} */
  public abstract Payment payment();

  /** {@return where the money sits; unapplied and on account need a known payer} */
  public abstract CashBucket bucket();

  /** {@return the cut-over date, not before the payment's value date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.POST_OPENING_CASH;
  }

  /**
   * The command with its required parts.
   *
   * @param payment the payment
   * @param bucket where the money sits
   * @param date the cut-over date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static PostOpeningCash of(Payment payment, CashBucket bucket, LocalDate date) {
    return builder().payment(payment).bucket(bucket).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PostOpeningCash} commands; each attribute may be set once. */
  public static final class Builder extends ImmutablePostOpeningCash.Builder {
    Builder() {}
  }
}
