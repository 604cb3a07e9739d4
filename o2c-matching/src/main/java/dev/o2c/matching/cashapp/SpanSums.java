package dev.o2c.matching.cashapp;

import java.util.Arrays;

/**
 * Exact subset sums over a short run of amounts in age order (at most {@value #MAX_AMOUNTS}), meet in
 * the middle: the sums of each half are listed, those of the newer half sorted, and each sum of the
 * older half looks up what it lacks. Every subset counts, not only the smallest ones: used for spans of
 * a payer's oldest items, where a payer settles everything up to an item but a few.
 */
final class SpanSums {

  /** No subset adds up to the target. */
  static final long NONE = -1;

  /** More than one subset of the shortest span adds up to the target. */
  static final long SEVERAL = -2;

  /** The most amounts a search takes: 2^8 sums per half. */
  static final int MAX_AMOUNTS = 16;

  /** The largest amount taken, in minor units: a sum and a subset of the newer half share a {@code long}. */
  static final long MAX_AMOUNT = 1L << 40;

  private SpanSums() {}

  /**
   * The subset of the amounts that adds up to the target exactly and ends earliest: whose newest
   * amount has the lowest index of all such subsets.
   *
   * @param amounts signed minor units, oldest first, at most {@value #MAX_AMOUNTS}, each of magnitude
   *     below {@link #MAX_AMOUNT}
   * @param target the sum sought, in minor units
   * @return the subset as a bit mask (bit k for {@code amounts[k]}; 0, the empty set, for a target of
   *     0), {@link #NONE} if no subset adds up to the target, {@link #SEVERAL} if two subsets that end
   *     at the same amount do
   * @throws IllegalArgumentException for more amounts or a larger amount than allowed
   */
  static long shortestSpanSubset(long[] amounts, long target) {
    if (amounts.length > MAX_AMOUNTS) {
      throw new IllegalArgumentException("at most " + MAX_AMOUNTS + " amounts, got " + amounts.length);
    }
    for (long amount : amounts) {
      if (Math.abs(amount) >= MAX_AMOUNT) {
        throw new IllegalArgumentException("amounts must be below 2^40 minor units, got " + amount);
      }
    }
    int older = amounts.length / 2;
    int newer = amounts.length - older;
    long[] olderSums = sums(amounts, 0, older);
    long[] newerSums = sums(amounts, older, amounts.length);
    // Sum and subset in one long, sorted by sum: (sum << newer) | mask.
    long[] packed = new long[newerSums.length];
    for (int mask = 0; mask < packed.length; mask++) {
      packed[mask] = newerSums[mask] << newer | mask;
    }
    Arrays.sort(packed);
    long best = NONE;
    int bestEnd = Integer.MAX_VALUE;
    int atBestEnd = 0;
    long lowMask = (1L << newer) - 1;
    for (int mask = 0; mask < olderSums.length; mask++) {
      long lacking = target - olderSums[mask];
      if (Math.abs(lacking) >= MAX_AMOUNT * MAX_AMOUNTS) {
        continue;
      }
      int at = Arrays.binarySearch(packed, lacking << newer);
      at = at >= 0 ? at : -at - 1;
      for (; at < packed.length && packed[at] >> newer == lacking; at++) {
        long newerMask = packed[at] & lowMask;
        long subset = mask | newerMask << older;
        int end = 63 - Long.numberOfLeadingZeros(subset); // -1 for the empty set
        if (end < bestEnd) {
          best = subset;
          bestEnd = end;
          atBestEnd = 1;
        } else if (end == bestEnd) {
          atBestEnd++;
        }
      }
    }
    return atBestEnd > 1 ? SEVERAL : best;
  }

  /** The sums of every subset of {@code amounts[from, to)}, indexed by the subset's bit mask. */
  private static long[] sums(long[] amounts, int from, int to) {
    long[] sums = new long[1 << (to - from)];
    for (int k = from; k < to; k++) {
      int bit = 1 << (k - from);
      for (int mask = 0; mask < bit; mask++) {
        sums[mask | bit] = sums[mask] + amounts[k];
      }
    }
    return sums;
  }
}
