package dev.o2c.core.ledger;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * An item as the ledger holds it: the item with its current open amount, and where the rest of its
 * original amount went. All amounts are in the item's currency and sign (negative for credit memos):
 * {@code original = open + applied + discount + smallDifferences + badDebt + credited + deducted +
 * settledBeforeCutOver}.
 *
 * @param item the item, with its open amount now
 * @param applied payment money applied to it
 * @param discount cash discount granted
 * @param smallDifferences small differences written off on application, less exchange gains (negative
 *     when gains outweigh what was written off; then applied exceeds what it cleared)
 * @param badDebt written off as bad debt, less what was reinstated
 * @param credited offset by credit memos (for a credit memo: offset against items)
 * @param deducted moved into deductions not (yet) rejected
 * @param settledBeforeCutOver the part of an item loaded at cut-over that was already settled in the
 *     books taken over; zero for items posted in this ledger
 */
public record ItemState(
    OpenItem item,
    Money applied,
    Money discount,
    Money smallDifferences,
    Money badDebt,
    Money credited,
    Money deducted,
    Money settledBeforeCutOver) {

  /**
   * Validates that nothing is null.
   *
   * @param item the item, with its open amount now
   * @param applied payment money applied to it
   * @param discount cash discount granted
   * @param smallDifferences small differences written off on application, less exchange gains
   * @param badDebt written off as bad debt, less what was reinstated
   * @param credited offset by credit memos (for a credit memo: offset against items)
   * @param deducted moved into deductions not (yet) rejected
   * @param settledBeforeCutOver the part of an item loaded at cut-over that was already settled in the books taken over; zero for items posted in this ledger
   */
  public ItemState {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(smallDifferences, "smallDifferences");
    Objects.requireNonNull(badDebt, "badDebt");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(deducted, "deducted");
    Objects.requireNonNull(settledBeforeCutOver, "settledBeforeCutOver");
  }

  /** {@return the item's document number} */
  public DocumentNumber documentNumber() {
    return item.documentNumber();
  }

  /** {@return the original amount} */
  public Money original() {
    return item.originalAmount();
  }

  /** {@return the open amount now} */
  public Money open() {
    return item.openAmount();
  }
}
