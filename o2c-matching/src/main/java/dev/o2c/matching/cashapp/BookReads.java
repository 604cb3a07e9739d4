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
   * The items taken so far in a walk through a batch in statement order, and by which lane of the
   * batch: a lane's decisions were made with its own earlier takes already off the book, so only
   * other lanes' takes change what they saw. Each customer above an item (its owner, the owner's
   * parent and so on up) is marked too, since its pool held the item.
   */
  static final class Taken {
    /** The lane of a take that differs from what every lane saw. */
    static final int EVERY_LANE = -1;
    private static final int NONE = 0;
    private static final int EVERY = 1;

    private final OpenItemBook book;
    /** Per item and per customer: NONE, EVERY, or a lane {@code L} as {@code L + 2}. */
    private final int[] items;
    private final int[] groups;

    Taken(OpenItemBook book) {
      this.book = book;
      this.items = new int[book.size()];
      this.groups = new int[book.groups()];
    }

    /** Records that a decision of {@code lane} (or {@link #EVERY_LANE}) changed the item's open amount. */
    void take(int index, int lane) {
      int mark = lane + 2;
      items[index] = merge(items[index], mark);
      // A customer's mark covers every mark below it: where one already covers this take, so do all above
      // it, which also ends the walk round a cycle of parents.
      for (int g = book.ownerGroup(index); g >= 0; g = book.parentGroup(g)) {
        int merged = merge(groups[g], mark);
        if (merged == groups[g]) {
          break;
        }
        groups[g] = merged;
      }
    }

    private static int merge(int before, int mark) {
      return before == NONE || before == mark ? mark : EVERY;
    }

    /** Whether the reads depend on an open amount that any take changed. */
    boolean touches(BookReads reads) {
      return touches(reads, EVERY_LANE - 1); // a lane no take is of
    }

    /** Whether the reads depend on an open amount that a take not of {@code lane} changed. */
    boolean touches(BookReads reads, int lane) {
      int own = lane + 2;
      for (int k = 0; k < reads.itemCount; k++) {
        int mark = items[reads.items[k]];
        if (mark != NONE && mark != own) {
          return true;
        }
      }
      for (int k = 0; k < reads.groupCount; k++) {
        int mark = groups[reads.groups[k]];
        if (mark != NONE && mark != own) {
          return true;
        }
      }
      return false;
    }
  }
}
