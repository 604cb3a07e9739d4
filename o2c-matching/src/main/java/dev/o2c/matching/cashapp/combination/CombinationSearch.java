package dev.o2c.matching.cashapp.combination;

import java.util.Objects;

/**
 * Finds which of a payer's open items add up to a payment: the fewest items, then the oldest, whose
 * amounts sum into a target window.
 *
 * <pre>{@code
 * CombinationSearch search = CombinationSearch.of(CombinationLimits.defaults());
 * long[] open = {120_00, 45_50, 300_00, -20_00, 45_00};   // age order, minor units; index 3 a credit memo
 * CombinationResult r = search.find(open, 325_50, 325_50);
 * r.best();        // [1, 2, 3]: 45.50 + 300.00 - 20.00
 * r.unique();      // true: no smaller set fits, and no other set of three
 * }</pre>
 *
 * <p>The amounts are the payer's open items in age order (index 0 the oldest), as signed minor
 * units: credit memos negative; items of amount 0 are never part of a solution. The window {@code
 * [low, high]} is inclusive: the payment amount within its tolerance. See {@link CombinationResult}
 * for the order of solutions ("oldest") and the meaning of its flags.
 *
 * <p>How it searches, in order, stopping as soon as the answer is settled:
 * <ol>
 *   <li>Bounds: the window must meet {@code [sum of negatives, sum of positives]}.
 *   <li>Common divisor: every sum of items is a multiple of the amounts' greatest common divisor, so
 *       whole-euro invoices can never make a payment with cents (decided in O(N)).
 *   <li>The oldest-first window: the smallest k whose k oldest items fit (O(N)); it is the oldest
 *       solution of its size, and is returned even beyond {@code maxItems} when nothing smaller is
 *       found ("everything due up to a date").
 *   <li>Sizes k = 1, 2, 3, ... up to {@code maxItems}, each searched completely before the next, so
 *       the first size with a solution is the proven minimum. A size is first tested by one branch
 *       and bound over all items sorted by amount, with the largest and smallest sums still
 *       reachable as bounds (correct with negative amounts), equal amounts tried once, the last two
 *       items by a two-pointer pass and the last one by binary search. Only a size with a solution
 *       is searched for the oldest ones: the first item is chosen in age order, and whether the
 *       remaining k - 1 exist among the younger items is decided by the same branch and bound. This
 *       costs O(N) for k = 1, O(N log N) for k = 2 and O(N^2) for k = 3; larger k are pruned,
 *       within the node budget.
 *   <li>When the budget runs out before any solution is found, a bit-parallel subset-sum table over
 *       all reachable sums (Bellman's recursion, 64 sums per machine word) proves infeasibility for
 *       every size at once, if the sums to track span at most {@link
 *       CombinationLimits#bitsetMaxSpan()} minor units. Where the table is cheaper than the size-3
 *       pass (a span of at most 64 N), it runs already after sizes 1 to 3 found nothing, before the
 *       larger sizes spend the budget.
 * </ol>
 *
 * <p>The search is deterministic: the same amounts, window and limits give the same result,
 * including the node count. It allocates arrays of about N times {@code maxItems} elements per call
 * (and the bitset, {@code bitsetMaxSpan / 8} bytes at most, when it runs) and never changes the
 * caller's array. This class is immutable and thread-safe; one instance can serve every thread.
 */
public final class CombinationSearch {

  /**
   * The largest total of the amounts' absolute values, 2^61 minor units: sums of items and
   * differences to the window then never overflow a {@code long}.
   */
  public static final long MAX_TOTAL = 1L << 61;

  private static final CombinationSearch DEFAULT = new CombinationSearch(CombinationLimits.defaults());

  private final CombinationLimits limits;

  private CombinationSearch(CombinationLimits limits) {
    this.limits = limits;
  }

  /**
   * A search within the given limits.
   *
   * @param limits how far the search may go
   * @return the search
   * @throws NullPointerException if {@code limits} is null
   */
  public static CombinationSearch of(CombinationLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return limits.equals(CombinationLimits.defaults()) ? DEFAULT : new CombinationSearch(limits);
  }

  /**
   * A search within {@link CombinationLimits#defaults()}.
   *
   * @return the default search
   */
  public static CombinationSearch withDefaults() {
    return DEFAULT;
  }

  /**
   * The limits this search works within.
   *
   * @return the limits
   */
  public CombinationLimits limits() {
    return limits;
  }

  /**
   * Finds the smallest, oldest sets of items whose amounts sum into {@code [low, high]}.
   *
   * @param amounts the open items' amounts in age order (index 0 the oldest), signed minor units; not
   *     changed
   * @param low the smallest acceptable sum, inclusive
   * @param high the largest acceptable sum, inclusive
   * @return the solutions and what is proven about them
   * @throws NullPointerException if {@code amounts} is null
   * @throws IllegalArgumentException if {@code low > high}, or if the absolute values of the amounts
   *     add up to more than {@link #MAX_TOTAL} (naming the index where the total passes it)
   */
  public CombinationResult find(long[] amounts, long low, long high) {
    Objects.requireNonNull(amounts, "amounts");
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
    return new SearchRun(limits, amounts, low, high).run();
  }

  @Override
  public String toString() {
    return "CombinationSearch{" + limits + "}";
  }
}
