package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Writes off (part of) an item as bad debt: debit bad debt, credit receivables (the other way
 * round for a small credit balance on a credit memo). Not to be confused with an application's
 * {@link ApplyPayment#smallDifference()}, which goes to its own account.
 */
@Value.Immutable
public abstract non-sealed class WriteOffBadDebt implements LedgerCommand {

  WriteOffBadDebt() {}

  /** {@return the item} */
  public abstract DocumentNumber item();

  /** {@return the amount, positive (a magnitude, also for credit memos), at most the open amount} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  /** {@return why, for the audit trail} */
  public abstract Optional<String> reason();

  @Override
  public final Operation operation() {
    return Operation.WRITE_OFF_BAD_DEBT;
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
  public static WriteOffBadDebt of(DocumentNumber item, Money amount, LocalDate date) {
    return builder().item(item).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WriteOffBadDebt} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableWriteOffBadDebt.Builder {
    Builder() {}
  }
}
