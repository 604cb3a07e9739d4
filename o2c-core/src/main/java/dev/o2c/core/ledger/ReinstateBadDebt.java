package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Reinstates (part of) a bad-debt write-off when the customer pays after all: the item opens
 * again by the amount (debit receivables) and the recovery is credited to {@link
 * AccountRole#BAD_DEBT_RECOVERED}, so a recovery payment is applied to the invoice it pays like any
 * other and recovered bad debt stays visible as income of its own.
 */
@Value.Immutable
public abstract non-sealed class ReinstateBadDebt implements LedgerCommand {

  ReinstateBadDebt() {}

  /** {@return the item written off} */
  public abstract DocumentNumber item();

  /** {@return the amount, positive, at most what was written off} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  /** {@return why, for the audit trail} */
  public abstract Optional<String> reason();

  @Override
  public final Operation operation() {
    return Operation.REINSTATE_BAD_DEBT;
  }

  /**
   * The command with its required parts; everything else at its default.
   *
   * @param item the item
   * @param amount the amount
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ReinstateBadDebt of(DocumentNumber item, Money amount, LocalDate date) {
    return builder().item(item).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReinstateBadDebt} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableReinstateBadDebt.Builder {
    Builder() {}
  }
}
