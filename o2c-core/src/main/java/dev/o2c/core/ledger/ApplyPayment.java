package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Applies payment money to an invoice or debit memo. The item's open amount goes down by {@code
 * applied + discount + smallDifference}, the payment's unapplied cash by {@code applied}.
 *
 * <p><b>Discount by rule.</b> Without an explicit {@link #discount()}, the ledger grants what the
 * item's terms earn on the payment's value date, less discount already granted, when the payment
 * (with the small difference) settles the rest of the item; a part payment gets none. An explicit
 * discount above what the terms earn is refused unless {@link #discountOverride()} gives a reason.
 *
 * <p><b>Whose items.</b> A payment settles its payer's items and those of the payer's subsidiaries
 * (customers whose parent chain leads to the payer); another customer's item only with {@link
 * #payerOverride()}.
 *
 * <p><b>Gains.</b> A negative {@link #smallDifference()} books a gain: a payment made in another
 * currency that brought more than the item's rest. It is allowed only when the application settles
 * the item exactly ({@code applied + discount + smallDifference} equals the open amount); the
 * payment's unapplied cash goes down by the whole {@code applied}.
 *
 * <p>Journal: debit unapplied cash, cash discount and small differences (credit them for a gain);
 * credit receivables.
 */
@Value.Immutable
public abstract non-sealed class ApplyPayment implements LedgerCommand {

  ApplyPayment() {}

  /** {@return the payment; its payer must be known} */
  public abstract PaymentId payment();

  /** {@return the invoice or debit memo} */
  public abstract DocumentNumber item();

  /** {@return the payment money applied, zero or positive, in the item's and payment's currency} */
  public abstract Money applied();

  /** {@return the posting date, not before the payment's value date or the item's document date} */
  public abstract LocalDate date();

  /** {@return the cash discount granted, zero or positive; empty to grant what the terms earn} */
  public abstract Optional<Money> discount();

  /**
   * {@return the small difference: positive to write off (tolerance, bank charges, an exchange loss),
   * negative to book a gain that settles the item (an exchange gain); defaults to zero}
   */
  @Value.Default
  public Money smallDifference() {
    return Money.zero(applied().currency());
  }

  /** {@return why a discount above what the terms earn is granted} */
  public abstract Optional<String> discountOverride();

  /** {@return why the payment settles an item of a customer outside the payer's group} */
  public abstract Optional<String> payerOverride();

  /** {@return why, for the audit trail} */
  public abstract Optional<String> reason();

  @Override
  public final Operation operation() {
    return Operation.APPLY_PAYMENT;
  }

  /**
   * The command with its required parts; everything else at its default.
   *
   * @param payment the payment
   * @param item the item
   * @param applied the payment money applied
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ApplyPayment of(PaymentId payment, DocumentNumber item, Money applied, LocalDate date) {
    return builder().payment(payment).item(item).applied(applied).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApplyPayment} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableApplyPayment.Builder {
    Builder() {}
  }
}
