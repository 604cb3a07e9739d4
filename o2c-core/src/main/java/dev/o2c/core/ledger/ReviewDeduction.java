package dev.o2c.core.ledger;

import dev.o2c.core.id.DeductionId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Puts an open deduction into review. Changes no amounts and produces no journal lines.
 */
@Value.Immutable
public abstract non-sealed class ReviewDeduction implements LedgerCommand {

  ReviewDeduction() {}

  /** {@return the deduction} */
  public abstract DeductionId deduction();

  /** {@return the date of the change} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.REVIEW_DEDUCTION;
  }

  /**
   * The command with its required parts.
   *
   * @param deduction the deduction
   * @param date the date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ReviewDeduction of(DeductionId deduction, LocalDate date) {
    return builder().deduction(deduction).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReviewDeduction} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableReviewDeduction.Builder {
    Builder() {}
  }
}
