package dev.o2c.core.ledger;

import dev.o2c.core.domain.OpenItem;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Loads an item at cut-over as it stands in the books being taken over: with its original amount
 * and what is still open (a part-paid or part-credited invoice has an open amount below its
 * original). Debits receivables (credits for a credit memo) by the open amount against the opening
 * balance account; the part settled before the cut-over is kept as {@link ItemState#settledBeforeCutOver()}.
 */
@Value.Immutable
public abstract non-sealed class PostOpeningItem implements LedgerCommand {

  PostOpeningItem() {}

  /** {@return the item with its open amount at the cut-over date; not cleared} */
  public abstract OpenItem item();

  /** {@return the cut-over date: the opening posting's date, not before the item's document date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.POST_OPENING_ITEM;
  }

  /**
   * The command with its required parts.
   *
   * @param item the item with its open amount
   * @param date the cut-over date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static PostOpeningItem of(OpenItem item, LocalDate date) {
    return builder().item(item).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PostOpeningItem} commands; each attribute may be set once. */
  public static final class Builder extends ImmutablePostOpeningItem.Builder {
    Builder() {}
  }
}
