package dev.o2c.core.ledger;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Offsets a credit memo against an invoice or debit memo of the same currency: both open amounts
 * move toward zero by the amount. Journal: debit receivables on the credit memo, credit receivables
 * on the invoice.
 */
@Value.Immutable
public abstract non-sealed class OffsetCreditMemo implements LedgerCommand {

  OffsetCreditMemo() {}

  /** {@return the credit memo} */
  public abstract DocumentNumber creditMemo();

  /** {@return the invoice or debit memo} */
  public abstract DocumentNumber item();

  /** {@return the amount offset, positive} */
  public abstract Money amount();

  /** {@return the posting date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.OFFSET_CREDIT_MEMO;
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
  public static OffsetCreditMemo of(DocumentNumber creditMemo, DocumentNumber item, Money amount, LocalDate date) {
    return builder().creditMemo(creditMemo).item(item).amount(amount).date(date).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OffsetCreditMemo} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableOffsetCreditMemo.Builder {
    Builder() {}
  }
}
