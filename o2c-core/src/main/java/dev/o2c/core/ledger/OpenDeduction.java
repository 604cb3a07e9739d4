package dev.o2c.core.ledger;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Moves part of an invoice or debit memo into a deduction, typically the shortfall of a short
 * payment: the item's open amount goes down and the amount waits on the deductions account until
 * resolved. Journal: debit deductions, credit receivables.
 */
@Value.Immutable
public abstract non-sealed class OpenDeduction implements LedgerCommand {

  OpenDeduction() {}

  /** {@return the new deduction's id, unique in the ledger} */
  public abstract DeductionId deduction();

  /** {@return the item short-paid} */
  public abstract DocumentNumber item();

  /** {@return the amount deducted, positive, at most the open amount} */
  public abstract Money amount();

  /** {@return why the customer deducted} */
  public abstract DeductionReason reason();

  /** {@return the posting date} */
  public abstract LocalDate date();

  /** {@return the short-paying payment} */
  public abstract Optional<PaymentId> payment();

  /** {@return free text} */
  public abstract Optional<String> note();

  @Override
  public final Operation operation() {
    return Operation.OPEN_DEDUCTION;
  }

  /**
   * The command with its required parts; everything else at its default.
   *
   * @param deduction the deduction id
   * @param item the item
   * @param amount the amount
   * @param reason the reason
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static OpenDeduction of(DeductionId deduction, DocumentNumber item, Money amount, DeductionReason reason, LocalDate date) {
    return builder().deduction(deduction).item(item).amount(amount).reason(reason).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OpenDeduction} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableOpenDeduction.Builder {
    Builder() {}
  }
}
