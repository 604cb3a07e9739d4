package dev.o2c.matching.cashapp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every set of a few dozen amounts that adds up to a target exactly, whatever its size: the proof a
 * bounded combination search cannot give that a set is the only one. Meet in the middle: the sums of
 * every subset of each half, one half sorted and searched from the other, 2^(n/2) work per half.
 * Among up to 64 amounts, {@link #findFew} meets in the middle over the sets of a few amounts of each
 * half instead: no proof, but the sets of a few items that fit.
 */
final class ExactSubsets {

  /** The most amounts searched: 2 x 8,192 sums, well under a millisecond. */
  static final int MAX_AMOUNTS = 26;

  /** The largest absolute total searched, so that a sum and a 13-bit set fit in one {@code long}. */
  private static final long MAX_TOTAL = 1L << 49;

  private static final int HALF_BITS = 13;

  /** Sets beyond this many are not looked at: so many fit that none of them is evidence. */
  private static final int MAX_SETS = 1_000;

  /**
   * What a search found.
   *
   * @param solutions the fewest-item sets, up to the limit asked for, each the positions of its
   *     amounts in ascending order; fewest items first, then in the order found
   * @param more whether further sets add up to the target beyond those listed
   * @param fewestUnique whether one set has fewer items than every other
   */
  record Found(List<int[]> solutions, boolean more, boolean fewestUnique) {

    /** {@return whether exactly one set of the amounts adds up to the target} */
    boolean unique() {
      return solutions.size() == 1 && !more;
    }
  }

  private ExactSubsets() {}

  /**
   * The sets of {@code amounts} that sum to {@code target} exactly, the empty set excepted.
   *
   * @param amounts signed minor units, at most {@link #MAX_AMOUNTS}
   * @param target the sum wanted, in the same units
   * @param limit how many sets to list (at least 1); {@link Found#more()} tells whether there are more
   * @return the sets found (none, with {@code more}, when over a thousand fit), or {@code null} when the
   *     amounts are too many or too large to search
   */
  static Found find(long[] amounts, long target, int limit) {
    int n = amounts.length;
    if (!searchable(amounts, target, MAX_AMOUNTS)) {
      return null;
    }
    int low = n / 2;
    int high = n - low;
    // Each left sum carries its set in the low bits, so sorting the keys sorts by sum.
    long[] left = new long[1 << low];
    long[] leftSums = sums(amounts, 0, low);
    for (int mask = 0; mask < left.length; mask++) {
      left[mask] = leftSums[mask] << HALF_BITS | mask;
    }
    Arrays.sort(left);
    long[] rightSums = sums(amounts, low, high);
    List<int[]> solutions = new ArrayList<>();
    for (int mask = 0; mask < rightSums.length; mask++) {
      long need = target - rightSums[mask];
      if (Math.abs(need) > MAX_TOTAL) {
        continue; // no left sum reaches it, and shifted it would overflow
      }
      for (int at = firstAtLeast(left, need << HALF_BITS); at < left.length && left[at] >> HALF_BITS == need; at++) {
        int leftMask = (int) (left[at] & ((1 << HALF_BITS) - 1));
        if (leftMask == 0 && mask == 0) {
          continue;
        }
        if (solutions.size() == MAX_SETS) {
          return new Found(List.of(), true, false);
        }
        solutions.add(positions(leftMask, mask, low));
      }
    }
    solutions.sort(Comparator.comparingInt(set -> set.length));
    boolean fewestUnique = solutions.size() == 1
        || (solutions.size() > 1 && solutions.get(0).length < solutions.get(1).length);
    return new Found(List.copyOf(solutions.subList(0, Math.min(limit, solutions.size()))), solutions.size() > limit,
        fewestUnique);
  }

  /** The most amounts {@link #findFew} searches: two halves of 32, a set's items in one {@code long} each. */
  static final int MAX_FEW_AMOUNTS = 64;

  /** Every set of up to this many amounts {@link #findFew} finds, however many amounts it searches. */
  static final int FEW_ALWAYS_FOUND = 3;

  /** The most sets of one half {@link #findFew} builds, so that it stays well under a millisecond. */
  private static final int MAX_HALF_SETS = 8_192;

  /**
   * The sets of a few of up to {@value #MAX_FEW_AMOUNTS} amounts that add up to a target exactly: too
   * many amounts to try every set, so each half of the array gives its sets of up to {@code per}
   * amounts, {@code per} the most that keep them under 8,192 (4 of 20, 3 of 32). Every set of up to
   * {@code per} amounts is found, and sets of up to twice as many that spread over both halves; a set
   * found alone is therefore no proof that no other one fits.
   *
   * @param amounts signed minor units, at most {@link #MAX_FEW_AMOUNTS}
   * @param target the sum wanted, in the same units
   * @param limit how many sets to list (at least 1)
   * @return the sets found, fewest items first, then those of the lowest positions (the oldest items,
   *     amounts given oldest first); none, with {@code more}, when over a thousand fit; or {@code null}
   *     when the amounts are too many or too large to search
   */
  static Found findFew(long[] amounts, long target, int limit) {
    int n = amounts.length;
    if (!searchable(amounts, target, MAX_FEW_AMOUNTS)) {
      return null;
    }
    int low = n / 2;
    int per = 1;
    while (per < n - low && setsOfAtMost(n - low, per + 1) <= MAX_HALF_SETS) {
      per++;
    }
    int leftCount = (int) setsOfAtMost(low, per);
    long[] leftSums = new long[leftCount];
    long[] leftItems = new long[leftCount];
    halfSets(amounts, 0, low, per, 0, 0, leftSums, leftItems, 0);
    int rightCount = (int) setsOfAtMost(n - low, per);
    long[] rightSums = new long[rightCount];
    long[] rightItems = new long[rightCount];
    halfSets(amounts, low, n, per, 0, 0, rightSums, rightItems, 0);
    // The left sets hashed by sum (a chain per bucket), looked up from each right set.
    int bits = 32 - Integer.numberOfLeadingZeros(2 * leftCount - 1);
    int[] head = new int[1 << bits];
    Arrays.fill(head, -1);
    int[] next = new int[leftCount];
    for (int k = 0; k < leftCount; k++) {
      int bucket = bucket(leftSums[k], bits);
      next[k] = head[bucket];
      head[bucket] = k;
    }
    // Each set found as its items (bits of positions): only those listed are spelt out.
    long[] found = new long[MAX_SETS];
    int count = 0;
    for (int r = 0; r < rightCount; r++) {
      long need = target - rightSums[r];
      for (int l = head[bucket(need, bits)]; l >= 0; l = next[l]) {
        if (leftSums[l] != need || (leftItems[l] | rightItems[r]) == 0) {
          continue;
        }
        if (count == MAX_SETS) {
          return new Found(List.of(), true, false);
        }
        found[count++] = leftItems[l] | rightItems[r];
      }
    }
    // Fewest items first, then the oldest: the set whose first differing position is lower.
    Long[] sets = new Long[count];
    for (int k = 0; k < count; k++) {
      sets[k] = found[k];
    }
    Arrays.sort(sets, Comparator.comparingInt((Long set) -> Long.bitCount(set))
        .thenComparing((x, y) -> Long.compareUnsigned(Long.reverse(y), Long.reverse(x))));
    List<int[]> solutions = new ArrayList<>(Math.min(limit, count));
    for (int k = 0; k < Math.min(limit, count); k++) {
      solutions.add(positions(sets[k]));
    }
    boolean fewestUnique = count == 1 || (count > 1 && Long.bitCount(sets[0]) < Long.bitCount(sets[1]));
    return new Found(List.copyOf(solutions), count > limit, fewestUnique);
  }

  /** Whether at most {@code most} amounts and the target are small enough that no sum overflows its bits. */
  private static boolean searchable(long[] amounts, long target, int most) {
    long total = 0;
    for (long a : amounts) {
      total += Math.abs(a);
      if (total > MAX_TOTAL) {
        return false;
      }
    }
    return amounts.length <= most && Math.abs(target) <= MAX_TOTAL;
  }

  /** A sum's bucket among {@code 2^bits}: Fibonacci hashing, the high bits of the product. */
  private static int bucket(long sum, int bits) {
    return (int) ((sum * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }

  /** How many sets of at most {@code k} of {@code n} amounts there are, the empty one included. */
  private static long setsOfAtMost(int n, int k) {
    long sets = 0;
    long c = 1;
    for (int j = 0; j <= k && j <= n; j++) {
      sets += c;
      c = c * (n - j) / (j + 1);
    }
    return sets;
  }

  /**
   * Writes the sum and the items (as bits) of every set of at most {@code left} amounts of positions
   * [from, to) from {@code at} on, the empty set first.
   *
   * @return the position after the last set written
   */
  private static int halfSets(long[] amounts, int from, int to, int left, long sum, long items, long[] sums,
      long[] sets, int at) {
    sums[at] = sum;
    sets[at] = items;
    int next = at + 1;
    if (left > 0) {
      for (int k = from; k < to; k++) {
        next = halfSets(amounts, k + 1, to, left - 1, sum + amounts[k], items | 1L << k, sums, sets, next);
      }
    }
    return next;
  }

  private static int[] positions(long items) {
    int[] out = new int[Long.bitCount(items)];
    int k = 0;
    for (long m = items; m != 0; m &= m - 1) {
      out[k++] = Long.numberOfTrailingZeros(m);
    }
    return out;
  }

  /** The sums of every subset of {@code count} amounts from {@code from}, indexed by the subset's bits. */
  private static long[] sums(long[] amounts, int from, int count) {
    long[] sums = new long[1 << count];
    for (int mask = 1; mask < sums.length; mask++) {
      int lowest = Integer.numberOfTrailingZeros(mask);
      sums[mask] = sums[mask & (mask - 1)] + amounts[from + lowest];
    }
    return sums;
  }

  private static int firstAtLeast(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int[] positions(int leftMask, int rightMask, int low) {
    int[] out = new int[Integer.bitCount(leftMask) + Integer.bitCount(rightMask)];
    int k = 0;
    for (int m = leftMask; m != 0; m &= m - 1) {
      out[k++] = Integer.numberOfTrailingZeros(m);
    }
    for (int m = rightMask; m != 0; m &= m - 1) {
      out[k++] = low + Integer.numberOfTrailingZeros(m);
    }
    return out;
  }
}
