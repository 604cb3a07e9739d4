package dev.o2c.core.ledger;

import dev.o2c.core.domain.Deduction;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Loads a deduction that is open at cut-over. Its item must have been loaded with {@link
 * PostOpeningItem} and its amount must lie within the item's part settled before the cut-over (the
 * ERP had taken it off the item): that part is reclassified as deducted. Journal: debit deductions,
 * credit the opening balance account.
 */
@Value.Immutable
public abstract non-sealed class PostOpeningDeduction implements LedgerCommand {

  PostOpeningDeduction() {}

  /** {@return the deduction, open or in review} */
  public abstract Deduction deduction();

  /** {@return the cut-over date, not before the deduction's creation} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.POST_OPENING_DEDUCTION;
  }

  /**
   * The command with its required parts.
   *
   * @param deduction the deduction
   * @param date the cut-over date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static PostOpeningDeduction of(Deduction deduction, LocalDate date) {
    return builder().deduction(deduction).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PostOpeningDeduction} commands; each attribute may be set once. */
  public static final class Builder extends ImmutablePostOpeningDeduction.Builder {
    Builder() {}
  }
}
