package dev.o2c.matching.cashapp;

import java.util.Arrays;

/**
 * What one decision looked up in an {@link OpenItemBook}, and so which open amounts it depends on:
 * single items (named by a reference, or of the payment's amount) and whole customers (a payer's pool,
 * which holds its subsidiaries' items too). A batch decides its payments in parallel against the book
 * as it stood at the start, records these reads, and then, walking the payments in statement order,
 * decides again only those whose reads meet an item that an earlier AUTO decision {@link Taken took}:
 * every other decision saw exactly the open amounts it would have seen in order, so it is the same.
 */
final class BookReads {

  private int[] items = new int[8];
  private int itemCount;
  private int[] groups = new int[4];
  private int groupCount;

  /** Records that the decision looked at the open amount of the item at this position. */
  void item(int index) {
    if (itemCount == items.length) {
      items = Arrays.copyOf(items, itemCount * 2);
    }
    items[itemCount++] = index;
  }

  /** Records that the decision looked at the items of this customer and of every customer below it. */
  void group(int group) {
    if (groupCount == groups.length) {
      groups = Arrays.copyOf(groups, groupCount * 2);
    }
    groups[groupCount++] = group;
  }

  /**
   * The items taken so far in a walk through a batch in statement order, and the customers above
   * each (its owner, the owner's parent and so on up), whose pools those items were part of.
   */
  static final class Taken {
    private final OpenItemBook book;
    private final boolean[] items;
    private final boolean[] groups;

    Taken(OpenItemBook book) {
      this.book = book;
      this.items = new boolean[book.size()];
      this.groups = new boolean[book.groups()];
    }

    /** Records that a decision changed the item's open amount. */
    void take(int index) {
      items[index] = true;
      // A marked customer has all its parents marked already, which also ends the walk round a cycle.
      for (int g = book.ownerGroup(index); g >= 0 && !groups[g]; g = book.parentGroup(g)) {
        groups[g] = true;
      }
    }

    /** Whether the reads depend on an open amount that was changed since the book was made. */
    boolean touches(BookReads reads) {
      for (int k = 0; k < reads.itemCount; k++) {
        if (items[reads.items[k]]) {
          return true;
        }
      }
      for (int k = 0; k < reads.groupCount; k++) {
        if (groups[reads.groups[k]]) {
          return true;
        }
      }
      return false;
    }
  }
}
