package dev.o2c.testkit.cashapp;

import java.util.ArrayList;
import java.util.List;

/**
 * Which items of a {@link CustomerBook} are still unpaid while the statement is drawn, and the picks
 * of open invoices by payment lag, so that each line pays items nobody else pays in the statement.
 */
final class OpenInvoices {

  private final CustomerBook book;
  private final WorldDraws r;
  private final boolean[] taken;
  private final ByDay all;
  private final ByDay discount;
  /** Invoices of customers with a paying parent; [0, childrenLive) may be open, lazily pruned. */
  private final int[] children;
  private int childrenLive;

  OpenInvoices(CustomerBook book, WorldDraws r) {
    this.book = book;
    this.r = r;
    this.taken = new boolean[book.items];
    this.all = new ByDay(false);
    this.discount = new ByDay(true);
    int childCount = 0;
    for (int k = 0; k < book.items; k++) {
      childCount += !book.itemMemo[k] && book.custParent[book.itemCust[k]] >= 0 ? 1 : 0;
    }
    children = new int[childCount];
    for (int k = 0; k < book.items; k++) {
      if (!book.itemMemo[k] && book.custParent[book.itemCust[k]] >= 0) {
        children[childrenLive++] = k;
      }
    }
  }

  void take(int k) {
    taken[k] = true;
  }

  boolean isTaken(int k) {
    return taken[k];
  }

  /** An open invoice paid around its due date (lag lognormal, median 30 days); -1 if none. */
  int pickRegular(int payDay) {
    return all.pick(payDay, 0, 364, (int) Math.round(r.lognormal(30, 0.35)));
  }

  /**
   * An open invoice of a 2/10 NET 30 customer whose age on payDay is between minAge and maxAge
   * days, as close as possible to a target age; -1 if there is none.
   */
  int pickDiscount(int payDay, int minAge, int maxAge, int targetAge) {
    return discount.pick(payDay, minAge, maxAge, targetAge);
  }

  /** {@return whether an invoice of a customer with a paying parent may still be open} */
  boolean hasChildInvoices() {
    return childrenLive > 0;
  }

  /** An open invoice of a customer with a paying parent, dated on or before payDay (50 tries); -1 if none found. */
  int pickChild(int payDay) {
    for (int attempt = 0; attempt < 50 && childrenLive > 0; attempt++) {
      int j = r.nextInt(childrenLive);
      int item = children[j];
      if (taken[item]) {
        children[j] = children[--childrenLive];
      } else if (book.itemDay[item] <= payDay) {
        return item;
      }
    }
    return -1;
  }

  /** The customer's open invoices dated on or before payDay, oldest first. */
  List<Integer> openInvoices(int c, int payDay) {
    List<Integer> open = new ArrayList<>();
    for (int k = book.custStart[c]; k < book.custEnd[c] && book.itemDay[k] <= payDay; k++) {
      if (!taken[k] && !book.itemMemo[k]) {
        open.add(k);
      }
    }
    return open;
  }

  /** Invoices by document day; a random open one of a day is drawn in O(1), taken ones are pruned on sight. */
  private final class ByDay {
    final int[] start = new int[366];
    final int[] live = new int[366];
    final int[] ids;

    ByDay(boolean discountOnly) {
      int[] count = new int[366];
      int n = 0;
      for (int k = 0; k < book.items; k++) {
        if (!book.itemMemo[k] && (!discountOnly || book.custDiscount[book.itemCust[k]])) {
          count[book.itemDay[k] - book.firstDay]++;
          n++;
        }
      }
      ids = new int[n];
      for (int d = 1; d < 366; d++) {
        start[d] = start[d - 1] + count[d - 1];
      }
      for (int k = 0; k < book.items; k++) {
        if (!book.itemMemo[k] && (!discountOnly || book.custDiscount[book.itemCust[k]])) {
          int d = book.itemDay[k] - book.firstDay;
          ids[start[d] + live[d]++] = k;
        }
      }
    }

    /** A random open invoice of a day (offset from firstDay), or -1. */
    int pick(int d) {
      while (live[d] > 0) {
        int j = start[d] + r.nextInt(live[d]);
        int k = ids[j];
        if (!taken[k]) {
          return k;
        }
        ids[j] = ids[start[d] + live[d] - 1];
        live[d]--;
      }
      return -1;
    }

    /**
     * An open invoice whose age on payDay is between minAge and maxAge days, as close as possible
     * to a target age; -1 if there is none.
     */
    int pick(int payDay, int minAge, int maxAge, int targetAge) {
      int firstDay = book.firstDay;
      int lo = Math.max(firstDay, payDay - maxAge) - firstDay;
      int hi = Math.min(book.asOfDay, payDay - minAge) - firstDay;
      if (lo > hi) {
        return -1;
      }
      int target = Math.max(lo, Math.min(hi, payDay - targetAge - firstDay));
      for (int delta = 0; target - delta >= lo || target + delta <= hi; delta++) {
        if (target + delta <= hi) {
          int k = pick(target + delta);
          if (k >= 0) {
            return k;
          }
        }
        if (delta > 0 && target - delta >= lo) {
          int k = pick(target - delta);
          if (k >= 0) {
            return k;
          }
        }
      }
      return -1;
    }
  }
}
