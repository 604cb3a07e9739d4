package dev.o2c.core.ledger;

import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.DeductionId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Resolves a deduction. {@link DeductionStatus#RESOLVED_CREDITED}: the customer was right, the
 * amount is credited (debit sales, credit deductions). {@link DeductionStatus#RESOLVED_WRITTEN_OFF}:
 * written off as a small difference. {@link DeductionStatus#RESOLVED_REJECTED}: the amount is owed
 * again and goes back onto the item (debit receivables, credit deductions).
 */
@Value.Immutable
public abstract non-sealed class ResolveDeduction implements LedgerCommand {

  ResolveDeduction() {}

  /** {@return the deduction} */
  public abstract DeductionId deduction();

  /** {@return one of the three resolved states} */
  public abstract DeductionStatus resolution();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.RESOLVE_DEDUCTION;
  }

  /**
   * The command with its required parts.
   *
   * @param deduction the deduction
   * @param resolution the resolution
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ResolveDeduction of(DeductionId deduction, DeductionStatus resolution, LocalDate date) {
    return builder().deduction(deduction).resolution(resolution).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResolveDeduction} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableResolveDeduction.Builder {
    Builder() {}
  }
}
