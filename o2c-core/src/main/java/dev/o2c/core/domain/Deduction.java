package dev.o2c.core.domain;

import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deduction: the part of an item a customer did not pay, with a reason, tracked as a dispute until
 * it is credited, rejected or written off.
 *
 * <p>Deductions usually arise from a short payment: the customer pays 950.00 against an invoice of
 * 1000.00 and the remaining 50.00 is moved off the invoice into a deduction with reason
 * {@link DeductionReason#DAMAGE}. This instance is immutable; status changes return a copy.
 */
@Value.Immutable
public abstract class Deduction {

  /** {@return the deduction's own id (e.g. {@code DED-7})} */
  public abstract DeductionId id();

  /** {@return the customer that took the deduction} */
  public abstract CustomerId customerId();

  /** {@return the item the amount was deducted from} */
  public abstract DocumentNumber documentNumber();

  /** {@return the short-paying payment's bank reference, if the deduction came from a payment} */
  public abstract Optional<PaymentId> payment();

  /** {@return the amount deducted, in the item's currency; strictly positive} */
  public abstract Money amount();

  /** {@return why the customer deducted} */
  public abstract DeductionReason reason();

  /** {@return free text: the customer's explanation or the collector's note} */
  public abstract Optional<String> note();

  /** {@return the day the deduction was recorded} */
  public abstract LocalDate createdOn();

  /** {@return where the deduction stands; {@link DeductionStatus#OPEN} for a new one} */
  @Value.Default
  public DeductionStatus status() {
    return DeductionStatus.OPEN;
  }

  /**
   * A copy of this deduction in another state.
   *
   * @param next the new state
   * @return the copy; this instance is unaffected
   * @throws IllegalStateException if the current state may not move to {@code next}
   */
  public final Deduction moveTo(DeductionStatus next) {
    if (!status().canMoveTo(next)) {
      throw new IllegalStateException("Deduction " + id() + " cannot move from " + status() + " to " + next);
    }
    return withStatus(next);
  }

  abstract Deduction withStatus(DeductionStatus status);

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Deduction} values; each attribute may be set once. */
  public static final class Builder extends ImmutableDeduction.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    Problems p = new Problems("deduction " + id());
    p.check(amount().isPositive(), "amount " + amount() + " is not positive");
    p.throwIfAny();
  }
}
