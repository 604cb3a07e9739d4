package dev.o2c.core.ledger;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** Mutable bookkeeping of one item, in signed minor units of the item's currency. */
final class ItemRecord implements ClosedIndex.Closable {
  final OpenItem item;
  final int ordinal;
  long open;
  long applied;
  long discount;
  long smallDifferences;
  long badDebt;
  long credited;
  long deducted;
  long settledBeforeCutOver;
  /** The date of the last operation on the item; nothing may be dated before it. */
  LocalDate lastDate;
  /** Where the item is in its customer's {@link ClosedIndex}: set while nothing is open, -1 otherwise. */
  private int closedSlot = -1;

  ItemRecord(OpenItem item, int ordinal, LocalDate date) {
    this.item = item;
    this.ordinal = ordinal;
    this.open = item.originalAmount().minorUnits();
    this.lastDate = date;
  }

  @Override
  public int closedSlot() {
    return closedSlot;
  }

  @Override
  public void closedSlot(int slot) {
    closedSlot = slot;
  }

  CurrencyUnit currency() {
    return item.originalAmount().currency();
  }

  int sign() {
    return item.kind().sign();
  }

  Money money(long minor) {
    return Money.ofMinor(currency(), minor);
  }

  ItemState state() {
    OpenItem current = open == item.openAmount().minorUnits() ? item : item.withOpenAmount(money(open));
    return new ItemState(current, money(applied), money(discount), money(smallDifferences), money(badDebt),
        money(credited), money(deducted), money(settledBeforeCutOver));
  }
}
