package dev.o2c.core.ledger;

import dev.o2c.core.domain.OpenItem;
import org.immutables.value.Value;

/**
 * Posts a new invoice, credit memo or debit memo on its document date, at its original amount:
 * an invoice or debit memo debits receivables and credits sales, a credit memo the other way round.
 */
@Value.Immutable
public abstract non-sealed class PostItem implements LedgerCommand {

  PostItem() {}

  /** {@return the item; its open amount must equal its original amount} */
  public abstract OpenItem item();

  /** {@return the posting date: the item's document date} */
  @Override
  public final java.time.LocalDate date() {
    return item().documentDate();
  }

  @Override
  public final Operation operation() {
    return Operation.POST_ITEM;
  }

  /**
   * The command with its required parts.
   *
   * @param item the item
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static PostItem of(OpenItem item) {
    return builder().item(item).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PostItem} commands; each attribute may be set once. */
  public static final class Builder extends ImmutablePostItem.Builder {
    Builder() {}
  }
}
