package dev.o2c.core.ledger;

import dev.o2c.core.id.ApplicationId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Reverses an application exactly: the item's open amount and the payment's unapplied cash go back
 * up by what the application took. The application stays in the history, marked reversed.
 */
@Value.Immutable
public abstract non-sealed class Unapply implements LedgerCommand {

  Unapply() {}

  /** {@return the application} */
  public abstract ApplicationId application();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.UNAPPLY;
  }

  /**
   * The command with its required parts.
   *
   * @param application the application
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static Unapply of(ApplicationId application, LocalDate date) {
    return builder().application(application).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Unapply} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableUnapply.Builder {
    Builder() {}
  }
}
