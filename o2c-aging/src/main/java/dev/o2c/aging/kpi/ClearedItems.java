package dev.o2c.aging.kpi;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.ReceivablesLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The payment history of a ledger as {@link ClearedItem}s, for {@link PaymentStatistics}.
 *
 * <p>An item counts as paid when it is cleared (nothing open) and payments cleared all of it: its
 * original amount equals what was applied plus the cash discount and small differences written off
 * with the applications. Items settled otherwise (wholly or partly by credit memo, bad-debt
 * write-off, deduction, or before the cut-over) and credit memos are left out, since their dates say
 * nothing about paying. The paid date is the date of the last application to the item that was not
 * reversed (unapplied or returned), and the amount its original amount. An item whose last
 * application is dated before its document date (a prepayment) is left out too.
 *
 * <pre>{@code
 * PaymentStatistics history = PaymentStatistics.of(ClearedItems.of(ledger));
 * }</pre>
 */
public final class ClearedItems {

  private ClearedItems() {}

  /**
   * The items the ledger's payments cleared, as they stand now.
   *
   * @param ledger the ledger; read through its applications and item states, not changed
   * @return the paid items, in the ledger's posting order
   */
  public static List<ClearedItem> of(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    Map<DocumentNumber, LocalDate> lastApplied = new HashMap<>();
    for (Application application : ledger.applications()) {
      lastApplied.merge(application.documentNumber(), application.date(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<ClearedItem> result = new ArrayList<>();
    for (ItemState state : ledger.items()) {
      OpenItem item = state.item();
      LocalDate paid = lastApplied.get(item.documentNumber());
      if (paid == null || item.kind() == ItemKind.CREDIT_MEMO || !item.isCleared()
          || paid.isBefore(item.documentDate())) {
        continue;
      }
      boolean byPayments = state.applied().plus(state.discount()).plus(state.smallDifferences())
          .equals(state.original());
      if (byPayments) {
        result.add(new ClearedItem(item.customerId(), state.original(), item.documentDate(), item.dueDate(), paid));
      }
    }
    return result;
  }
}
