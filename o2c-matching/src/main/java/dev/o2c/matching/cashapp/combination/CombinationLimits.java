package dev.o2c.matching.cashapp.combination;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far a {@link CombinationSearch} may go: the largest combination it looks for, how many
 * solutions it returns, how much work it may spend, and when it may prove infeasibility with a
 * bitset over all reachable sums.
 *
 * <p>The defaults ({@link #defaults()}) follow the recommended pipeline of the cash-application
 * benchmark specification: at most {@value #DEFAULT_MAX_ITEMS} items, {@value
 * #DEFAULT_MAX_SOLUTIONS} solutions (enough to tell a unique answer from an ambiguous one), a budget
 * of {@value #DEFAULT_NODE_BUDGET} search nodes (a few milliseconds on one core), and the bitset
 * proof when the sums to track span at most {@value #DEFAULT_BITSET_MAX_SPAN} minor units
 * (EUR 10,000.00).
 *
 * <pre>{@code
 * CombinationLimits limits = CombinationLimits.builder().maxItems(5).nodeBudget(200_000).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CombinationLimits {

  /** Default for {@link #maxItems()}. */
  public static final int DEFAULT_MAX_ITEMS = 8;
  /** Default for {@link #maxSolutions()}. */
  public static final int DEFAULT_MAX_SOLUTIONS = 2;
  /** Default for {@link #nodeBudget()}. */
  public static final long DEFAULT_NODE_BUDGET = 1_000_000L;
  /** Default for {@link #bitsetMaxSpan()}. */
  public static final long DEFAULT_BITSET_MAX_SPAN = 1_000_000L;
  /** The largest allowed {@link #maxItems()}. */
  public static final int MAX_ITEMS_LIMIT = 64;
  /** The largest allowed {@link #maxSolutions()}. */
  public static final int MAX_SOLUTIONS_LIMIT = 1_000;
  /** The largest allowed {@link #bitsetMaxSpan()}: 2^27 bits, a 16 MB bitset. */
  public static final long BITSET_MAX_SPAN_LIMIT = 1L << 27;

  private static final CombinationLimits DEFAULTS = builder().build();

  private final int maxItems;
  private final int maxSolutions;
  private final long nodeBudget;
  private final long bitsetMaxSpan;

  private CombinationLimits(Builder b) {
    List<String> problems = new ArrayList<>();
    if (b.maxItems < 1 || b.maxItems > MAX_ITEMS_LIMIT) {
      problems.add("maxItems must be between 1 and " + MAX_ITEMS_LIMIT + ", was " + b.maxItems);
    }
    if (b.maxSolutions < 1 || b.maxSolutions > MAX_SOLUTIONS_LIMIT) {
      problems.add("maxSolutions must be between 1 and " + MAX_SOLUTIONS_LIMIT + ", was " + b.maxSolutions);
    }
    if (b.nodeBudget < 1) {
      problems.add("nodeBudget must be at least 1, was " + b.nodeBudget);
    }
    if (b.bitsetMaxSpan < 0 || b.bitsetMaxSpan > BITSET_MAX_SPAN_LIMIT) {
      problems.add("bitsetMaxSpan must be between 0 and " + BITSET_MAX_SPAN_LIMIT + ", was " + b.bitsetMaxSpan);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid CombinationLimits: " + String.join("; ", problems));
    }
    this.maxItems = b.maxItems;
    this.maxSolutions = b.maxSolutions;
    this.nodeBudget = b.nodeBudget;
    this.bitsetMaxSpan = b.bitsetMaxSpan;
  }

  /**
   * The recommended limits: 8 items, 2 solutions, 1,000,000 nodes, bitset proof up to a span of
   * 1,000,000 minor units.
   *
   * @return the default limits
   */
  public static CombinationLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The largest number of items in a combination the search looks for (1 to 64, default 8). The
   * oldest-first window ("everything due up to X") is the one exception: it is found at any size.
   *
   * @return the maximum combination size
   */
  public int maxItems() {
    return maxItems;
  }

  /**
   * How many solutions of the smallest size a result lists (1 to 1,000, default 2). The search looks
   * for at least two in any case, so that {@link CombinationResult#ambiguous()} is known even with 1.
   *
   * @return the maximum number of solutions returned
   */
  public int maxSolutions() {
    return maxSolutions;
  }

  /**
   * The most search nodes one call may spend (at least 1, default 1,000,000). A node is one
   * partial combination tested against the bounds, one two-pointer step, or one candidate looked at
   * for the last item. When the budget runs out the result says so and holds what was found.
   *
   * @return the node budget
   */
  public long nodeBudget() {
    return nodeBudget;
  }

  /**
   * The widest range of sums, in minor units, for which the search may run the bitset proof of
   * infeasibility (0 switches it off, at most 2^27, default 1,000,000). The range runs from the sum
   * of the negative amounts (credit memos) to the window's upper end (or 0 if that is negative); the
   * proof costs about {@code items * span / 64} word operations, once per call.
   *
   * @return the maximum span of the bitset proof
   */
  public long bitsetMaxSpan() {
    return bitsetMaxSpan;
  }

  /**
   * A builder holding these limits.
   *
   * @return a new builder with this instance's values
   */
  public Builder toBuilder() {
    return new Builder().maxItems(maxItems).maxSolutions(maxSolutions).nodeBudget(nodeBudget)
        .bitsetMaxSpan(bitsetMaxSpan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CombinationLimits other && maxItems == other.maxItems
        && maxSolutions == other.maxSolutions && nodeBudget == other.nodeBudget
        && bitsetMaxSpan == other.bitsetMaxSpan;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxItems, maxSolutions, nodeBudget, bitsetMaxSpan);
  }

  @Override
  public String toString() {
    return "CombinationLimits{maxItems=" + maxItems + ", maxSolutions=" + maxSolutions
        + ", nodeBudget=" + nodeBudget + ", bitsetMaxSpan=" + bitsetMaxSpan + "}";
  }

  /** Builds {@link CombinationLimits}; every value starts at its default. */
  public static final class Builder {
    private int maxItems = DEFAULT_MAX_ITEMS;
    private int maxSolutions = DEFAULT_MAX_SOLUTIONS;
    private long nodeBudget = DEFAULT_NODE_BUDGET;
    private long bitsetMaxSpan = DEFAULT_BITSET_MAX_SPAN;

    private Builder() {}

    /**
     * Sets {@link CombinationLimits#maxItems()}.
     *
     * @param value the maximum combination size, 1 to 64
     * @return this builder
     */
    public Builder maxItems(int value) {
      this.maxItems = value;
      return this;
    }

    /**
     * Sets {@link CombinationLimits#maxSolutions()}.
     *
     * @param value the maximum number of solutions returned, 1 to 1,000
     * @return this builder
     */
    public Builder maxSolutions(int value) {
      this.maxSolutions = value;
      return this;
    }

    /**
     * Sets {@link CombinationLimits#nodeBudget()}.
     *
     * @param value the node budget, at least 1
     * @return this builder
     */
    public Builder nodeBudget(long value) {
      this.nodeBudget = value;
      return this;
    }

    /**
     * Sets {@link CombinationLimits#bitsetMaxSpan()}.
     *
     * @param value the maximum span of the bitset proof in minor units, 0 (off) to 2^27
     * @return this builder
     */
    public Builder bitsetMaxSpan(long value) {
      this.bitsetMaxSpan = value;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException listing every value out of its range
     */
    public CombinationLimits build() {
      return new CombinationLimits(this);
    }
  }
}
