package dev.o2c.matching.cashapp.combination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The test oracle: every subset of at most 20 items, by enumeration. Solutions grouped by size, each
 * group in lexicographic order of the ascending index lists; items of amount 0 are never used.
 */
final class BruteForce {

  final TreeMap<Integer, List<int[]>> solutionsBySize = new TreeMap<>();

  BruteForce(long[] amounts, long low, long high) {
    int n = amounts.length;
    if (n > 20) {
      throw new IllegalArgumentException("the oracle enumerates at most 20 items, got " + n);
    }
    long zeros = 0;
    for (int i = 0; i < n; i++) {
      if (amounts[i] == 0) {
        zeros |= 1L << i;
      }
    }
    long[] sums = new long[1 << n];
    for (int mask = 1; mask < 1 << n; mask++) {
      int lowest = Integer.numberOfTrailingZeros(mask);
      sums[mask] = sums[mask & (mask - 1)] + amounts[lowest];
      if ((mask & zeros) == 0 && sums[mask] >= low && sums[mask] <= high) {
        int[] s = new int[Integer.bitCount(mask)];
        int j = 0;
        for (int i = 0; i < n; i++) {
          if ((mask >>> i & 1) != 0) {
            s[j++] = i;
          }
        }
        solutionsBySize.computeIfAbsent(s.length, k -> new ArrayList<>()).add(s);
      }
    }
    solutionsBySize.values().forEach(list -> list.sort(Arrays::compare));
  }

  boolean none() {
    return solutionsBySize.isEmpty();
  }

  int minSize() {
    return solutionsBySize.firstKey();
  }

  List<int[]> ofSize(int size) {
    return solutionsBySize.getOrDefault(size, List.of());
  }
}
