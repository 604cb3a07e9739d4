package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Reverses (part of) earlier offsets between a credit memo and an item: both open amounts move
 * away from zero again, by at most what is offset between the two.
 */
@Value.Immutable
public abstract non-sealed class ReverseCreditMemoOffset implements LedgerCommand {

  ReverseCreditMemoOffset() {}

  /** {@return the credit memo} */
  public abstract DocumentNumber creditMemo();

  /** {@return the invoice or debit memo} */
  public abstract DocumentNumber item();

  /** {@return the amount to reverse, positive} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.REVERSE_CREDIT_MEMO_OFFSET;
  }

  /**
   * The command with its required parts.
   *
   * @param creditMemo the credit memo
   * @param item the invoice or debit memo
   * @param amount the amount
   * @param date the posting date
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static ReverseCreditMemoOffset of(DocumentNumber creditMemo, DocumentNumber item, Money amount, LocalDate date) {
    return builder().creditMemo(creditMemo).item(item).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReverseCreditMemoOffset} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableReverseCreditMemoOffset.Builder {
    Builder() {}
  }
}
