package dev.o2c.core.ledger;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * An item as the ledger holds it now: the item with its current open amount, and where the rest of
 * its original amount went.
 *
 * <p>All amounts are in the item's currency and signed like the item (negative for credit memos).
 * They always satisfy {@code original = open + applied + discount + writtenOff + credited + deducted}.
 * This instance is immutable.
 *
 * @param item the item, with its current open amount
 * @param applied payment money applied to the item
 * @param discount cash discount granted on it
 * @param writtenOff small differences and bad debt written off
 * @param credited offset against credit memos (on a credit memo: offset against invoices)
 * @param deducted moved into deductions still open or credited or written off
 */
public record ItemState(
    OpenItem item, Money applied, Money discount, Money writtenOff, Money credited, Money deducted) {

  /**
   * Checks that no component is null.
   *
   * @param item the item, with its current open amount
   * @param applied payment money applied to the item
   * @param discount cash discount granted on it
   * @param writtenOff small differences and bad debt written off
   * @param credited offset against credit memos (on a credit memo: offset against invoices)
   * @param deducted moved into deductions still open or credited or written off
   */
  public ItemState {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(writtenOff, "writtenOff");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(deducted, "deducted");
  }

  /** {@return the item's document number} */
  public String documentNumber() {
    return item.documentNumber();
  }

  /** {@return the original amount} */
  public Money original() {
    return item.originalAmount();
  }

  /** {@return the amount still open} */
  public Money open() {
    return item.openAmount();
  }
}
