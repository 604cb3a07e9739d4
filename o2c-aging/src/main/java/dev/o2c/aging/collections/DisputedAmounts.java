package dev.o2c.aging.collections;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The amount in dispute on each open item on a day: what a dunning run leaves out of its reminders.
 *
 * <p>Only cases raised by a collector count ({@link DisputeCase#raise}), while open on the day: their
 * amounts are still in the items' open amounts. A case from a ledger deduction adds nothing, because
 * the ledger already took the deducted amount off the item. Several cases on one item add up, and the
 * sum is capped at the item's open amount on the day, so an item partly paid since the dispute was
 * raised is never excluded beyond what is open. Items not open on the day (cleared, or credit memos)
 * are left out.
 *
 * <pre>{@code
 * Map<DocumentNumber, Money> disputed = DisputedAmounts.asOf(cases, ledger.asOf(runDay), runDay);
 * // dunnable = item.openAmount() minus disputed.getOrDefault(item.documentNumber(), zero)
 * }</pre>
 */
public final class DisputedAmounts {

  private DisputedAmounts() {}

  /**
   * The disputed amount per item on a day, against the given open items.
   *
   * @param cases the dispute cases, in any state
   * @param openItems the items with their open amounts on the day
   * @param asOf the day
   * @return the disputed amount per item, positive, at most the item's open amount; items without a
   *     disputed amount are absent
   * @throws IllegalArgumentException if a case disputes an item in another currency than the item's
   */
  public static Map<DocumentNumber, Money> asOf(Collection<DisputeCase> cases, Collection<OpenItem> openItems,
      LocalDate asOf) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(openItems, "openItems");
    Objects.requireNonNull(asOf, "asOf");
    Map<DocumentNumber, OpenItem> items = new HashMap<>();
    for (OpenItem item : openItems) {
      items.put(item.documentNumber(), item);
    }
    Map<DocumentNumber, Money> disputed = new LinkedHashMap<>();
    for (DisputeCase disputeCase : cases) {
      if (disputeCase.deduction().isPresent() || !disputeCase.isOpenOn(asOf)) {
        continue;
      }
      for (DisputeLine line : disputeCase.lines()) {
        OpenItem item = items.get(line.item());
        if (item == null || !item.openAmount().isPositive()) {
          continue;
        }
        if (!item.openAmount().currency().equals(line.amount().currency())) {
          throw new IllegalArgumentException("Dispute " + disputeCase.id() + " disputes " + line.amount() + " on "
              + line.item() + ", which is in " + item.openAmount().currency());
        }
        disputed.merge(line.item(), line.amount(), Money::plus);
      }
    }
    disputed.replaceAll((number, amount) -> amount.min(items.get(number).openAmount()));
    return disputed;
  }

  /**
   * The disputed amount per item on a day, against the open items a ledger view holds for the cases'
   * customers.
   *
   * @param cases the dispute cases, in any state
   * @param view the books on the day, e.g. {@code ledger.asOf(day)}
   * @param asOf the day
   * @return the disputed amount per item, as {@link #asOf(Collection, Collection, LocalDate)}
   * @throws IllegalArgumentException as {@link #asOf(Collection, Collection, LocalDate)}
   */
  public static Map<DocumentNumber, Money> asOf(Collection<DisputeCase> cases, LedgerView view, LocalDate asOf) {
    Objects.requireNonNull(view, "view");
    Set<CustomerId> customers = new LinkedHashSet<>();
    for (DisputeCase disputeCase : cases) {
      customers.add(disputeCase.customerId());
    }
    List<OpenItem> items = new java.util.ArrayList<>();
    for (CustomerId customer : customers) {
      items.addAll(view.openItems(customer));
    }
    return asOf(cases, items, asOf);
  }
}
