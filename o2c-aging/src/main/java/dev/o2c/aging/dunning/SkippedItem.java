package dev.o2c.aging.dunning;

import dev.o2c.core.domain.OpenItem;
import java.util.Objects;

/**
 * An open item a dunning run did not dun, and why.
 *
 * @param item the item, with its open amount
 * @param reason why it was not dunned
 * @param detail the reason in a sentence for the collector, e.g. {@code "dunned at level 1 on 2026-03-10;
 *     not again before 2026-03-24"}
 */
public record SkippedItem(OpenItem item, SkipReason reason, String detail) {

  /**
   * Checks that nothing is null.
   *
   * @param item the item
   * @param reason why it was not dunned
   * @param detail the reason in a sentence
   */
  public SkippedItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return item.documentNumber() + " " + reason + ": " + detail;
  }
}
