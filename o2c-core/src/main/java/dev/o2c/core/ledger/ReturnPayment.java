package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Records that the bank returned or reversed a payment, in full or in part. The ledger gives the
 * returned amount back out of cash, taking it from, in order: money still held (unapplied, on
 * account, suspense); applications, newest first, each reversed whole so its item opens again (what
 * it freed beyond the return stays unapplied); and money already refunded, which the customer now
 * owes: that part is charged back on a new debit memo ({@link #chargeBackDocument()}). A payment
 * returned in full accepts no further command.
 */
@Value.Immutable
public abstract non-sealed class ReturnPayment implements LedgerCommand {

  ReturnPayment() {}

  /** {@return the payment} */
  public abstract PaymentId payment();

  /** {@return the posting date} */
  public abstract LocalDate date();

  /** {@return the amount returned, positive, at most what has not been returned yet; empty for a full return} */
  public abstract Optional<Money> amount();

  /** {@return the document number of the debit memo that charges refunded money back to the customer; empty for {@code CB-} and the posting number} */
  public abstract Optional<DocumentNumber> chargeBackDocument();

  /** {@return the bank's return reason (e.g. an ISO 20022 code such as {@code AC04})} */
  public abstract Optional<String> reason();

  @Override
  public final Operation operation() {
    return Operation.RETURN_PAYMENT;
  }

  /**
   * The command with its required parts; everything else at its default.
   *
   * @param payment the payment
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ReturnPayment of(PaymentId payment, LocalDate date) {
    return builder().payment(payment).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReturnPayment} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableReturnPayment.Builder {
    Builder() {}
  }
}
