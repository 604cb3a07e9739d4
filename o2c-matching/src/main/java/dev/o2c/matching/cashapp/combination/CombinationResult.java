package dev.o2c.matching.cashapp.combination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link CombinationSearch} found for one payment: the best combinations of open items and
 * what is proven about them.
 *
 * <p>A solution is a non-empty set of item indices (into the amounts the search was given), listed
 * in ascending order, whose amounts sum into the target window; items with amount 0 are never part
 * of one. All solutions of a result have the same size, the smallest the search found, and are listed
 * oldest first: in lexicographic order of their ascending index lists, so {@code [0, 5]} comes
 * before {@code [1, 2]} (it clears the oldest item) and {@code [1, 2]} before {@code [1, 3]}. They are
 * always the oldest solutions of that size, never an arbitrary subset of them.
 *
 * <p>How to read the flags when deciding:
 * <ul>
 *   <li>{@link #unique()}: exactly one combination of the smallest size, proven; safe to act on as far
 *       as amounts go.
 *   <li>{@link #ambiguous()}: at least two different combinations of the smallest size; never apply
 *       one automatically.
 *   <li>neither, with solutions: the budget ran out (or the solution is an oldest-first window
 *       beyond {@link CombinationLimits#maxItems()}) before uniqueness could be proven.
 *   <li>no solutions: {@link #infeasible()} when no subset of any size fits; otherwise, without
 *       {@link #budgetExhausted()}, no subset of at most {@code maxItems} items fits.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CombinationResult {

  private final int[][] solutions;
  private final boolean minimalProven;
  private final boolean ambiguous;
  private final boolean unique;
  private final boolean budgetExhausted;
  private final boolean infeasible;
  private final boolean oldestFirst;
  private final long nodes;

  CombinationResult(int[][] solutions, boolean minimalProven, boolean ambiguous, boolean unique,
      boolean budgetExhausted, boolean infeasible, boolean oldestFirst, long nodes) {
    this.solutions = solutions;
    this.minimalProven = minimalProven;
    this.ambiguous = ambiguous;
    this.unique = unique;
    this.budgetExhausted = budgetExhausted;
    this.infeasible = infeasible;
    this.oldestFirst = oldestFirst;
    this.nodes = nodes;
  }

  /**
   * The solutions, oldest first, at most {@link CombinationLimits#maxSolutions()} of them, each a
   * fresh copy of the ascending item indices.
   *
   * @return the solutions, possibly empty; the list is unmodifiable
   */
  public List<int[]> solutions() {
    List<int[]> copy = new ArrayList<>(solutions.length);
    for (int[] s : solutions) {
      copy.add(s.clone());
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * The number of solutions listed.
   *
   * @return how many solutions {@link #solutions()} holds
   */
  public int solutionCount() {
    return solutions.length;
  }

  /**
   * The best solution: the oldest of the smallest size found.
   *
   * @return a copy of its ascending item indices, or an empty array when there is no solution
   */
  public int[] best() {
    return solutions.length == 0 ? new int[0] : solutions[0].clone();
  }

  /**
   * The number of items in each solution.
   *
   * @return the solutions' size, or 0 when there is none
   */
  public int solutionSize() {
    return solutions.length == 0 ? 0 : solutions[0].length;
  }

  /**
   * Whether no smaller combination exists than the solutions': every smaller size was searched
   * completely. False when there is no solution.
   *
   * @return true if the solutions' size is proven minimal
   */
  public boolean minimalProven() {
    return minimalProven;
  }

  /**
   * Whether at least two different combinations of the smallest size fit the window. True only when
   * both were found, so it is always proven; the second need not be listed when {@code maxSolutions}
   * is 1.
   *
   * @return true if the smallest solution is not unique
   */
  public boolean ambiguous() {
    return ambiguous;
  }

  /**
   * Whether the best solution is proven to be the only one of its size, and that size minimal.
   *
   * @return true if exactly one smallest combination exists
   */
  public boolean unique() {
    return unique;
  }

  /**
   * Whether the node budget ran out before the search finished; what was proven before that stands.
   *
   * @return true if the search stopped for lack of budget
   */
  public boolean budgetExhausted() {
    return budgetExhausted;
  }

  /**
   * Whether it is proven that no non-empty set of the items, of any size, sums into the window (by the
   * items' total bounds, by a common divisor of the amounts that no amount in the window has, by the
   * bitset over reachable sums, or by searching every size).
   *
   * @return true if no combination at all fits
   */
  public boolean infeasible() {
    return infeasible;
  }

  /**
   * Whether the best solution is the oldest-first window: the k oldest items with a non-zero amount,
   * as when a customer pays everything due up to a date ("clear past due").
   *
   * @return true if the best solution is the k oldest items
   */
  public boolean oldestFirst() {
    return oldestFirst;
  }

  /**
   * The search nodes spent (see {@link CombinationLimits#nodeBudget()}).
   *
   * @return the number of nodes used
   */
  public long nodes() {
    return nodes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CombinationResult other && Arrays.deepEquals(solutions, other.solutions)
        && minimalProven == other.minimalProven && ambiguous == other.ambiguous && unique == other.unique
        && budgetExhausted == other.budgetExhausted && infeasible == other.infeasible
        && oldestFirst == other.oldestFirst && nodes == other.nodes;
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(solutions) * 31 + Long.hashCode(nodes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CombinationResult{solutions=[");
    for (int i = 0; i < solutions.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(Arrays.toString(solutions[i]));
    }
    sb.append(']');
    if (minimalProven) {
      sb.append(", minimalProven");
    }
    if (unique) {
      sb.append(", unique");
    }
    if (ambiguous) {
      sb.append(", ambiguous");
    }
    if (oldestFirst) {
      sb.append(", oldestFirst");
    }
    if (infeasible) {
      sb.append(", infeasible");
    }
    if (budgetExhausted) {
      sb.append(", budgetExhausted");
    }
    return sb.append(", nodes=").append(nodes).append('}').toString();
  }
}
