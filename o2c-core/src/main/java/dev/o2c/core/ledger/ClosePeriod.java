package dev.o2c.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Closes the books through a date: from then on no command may be dated on or before it. Periods
 * close forward only. Produces no journal lines.
 */
@Value.Immutable
public abstract non-sealed class ClosePeriod implements LedgerCommand {

  ClosePeriod() {}

  /** {@return the last day of the closed period} */
  public abstract LocalDate through();

  @Override
  public final Operation operation() {
    return Operation.CLOSE_PERIOD;
  }

  /**
   * The command with its required parts.
   *
   * @param through the last day closed
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ClosePeriod of(LocalDate through) {
    return builder().through(through).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClosePeriod} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableClosePeriod.Builder {
    Builder() {}
  }

  /** {@return the closing date, {@link #through()}} */
  @Override
  public final LocalDate date() {
    return through();
  }
}
