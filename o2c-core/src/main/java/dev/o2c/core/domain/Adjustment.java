package dev.o2c.core.domain;

import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to an item's open amount that is not payment money: a bad-debt write-off or its
 * reinstatement, a credit memo offset or its reversal, a deduction or its rejection.
 *
 * <p>The {@linkplain #amount() amount} is signed like the item: it is what the open amount went down
 * by (negative when it went up, as for a rejected deduction). This instance is immutable.
 */
@Value.Immutable
public abstract class Adjustment {

  /** {@return the ledger's sequence number for this adjustment; positive} */
  public abstract AdjustmentId id();

  /** {@return the item adjusted} */
  public abstract DocumentNumber documentNumber();

  /** {@return what kind of adjustment this is} */
  public abstract AdjustmentType type();

  /** {@return what the item's open amount went down by, in the item's sign convention; never zero} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  /** {@return the other document involved: the credit memo or invoice of an offset, if any} */
  public abstract Optional<DocumentNumber> counterDocument();

  /** {@return the deduction involved, for deductions and their resolution} */
  public abstract Optional<DeductionId> deduction();

  /** {@return why, as given by the person or rule that made it} */
  public abstract Optional<String> reason();

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Adjustment} values; each attribute may be set once. */
  public static final class Builder extends ImmutableAdjustment.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    Problems p = new Problems("adjustment " + id());
    p.check(!amount().isZero(), "amount is zero");
    p.throwIfAny();
  }
}
