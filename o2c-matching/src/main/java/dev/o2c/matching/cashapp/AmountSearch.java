package dev.o2c.matching.cashapp;

import java.util.List;

/**
 * The combination-search stage as the matcher uses it: which sets of the payer's open amounts sum
 * into a window. Amounts are given oldest first; solutions are positions into that array.
 */
interface AmountSearch {

  /**
   * What a search found.
   *
   * @param solutions up to a few solutions, fewest items first, then oldest
   * @param ambiguous whether another solution with as few items exists
   * @param oldestWindow whether the best solution is the oldest items in a row
   */
  record Found(List<int[]> solutions, boolean ambiguous, boolean oldestWindow) {}

  Found find(long[] amounts, long low, long high);

  /**
   * The most items of a set this search tries among so many amounts: a set of more items it never
   * finds, so where it found none, such a set may still fit.
   *
   * @param amounts how many amounts are searched
   * @return the largest set size tried, at least 1
   */
  int largestSetTried(int amounts);
}
