package dev.o2c.testkit.cashapp;

/**
 * A benchmark metric as a share, both count-weighted (lines, triples) and value-weighted (their
 * amounts in euro cents at {@link CashAppScorer#EUR_RATES}).
 *
 * @param hits the lines (or triples) that count as hits
 * @param of the lines (or triples) the metric is over
 * @param hitValue the value of the hits, in euro cents
 * @param ofValue the value of all of them, in euro cents
 */
public record Ratio(long hits, long of, long hitValue, long ofValue) {

  /** The empty ratio, over nothing. */
  public static final Ratio NONE = new Ratio(0, 0, 0, 0);

  /** {@return hits / of, or NaN over nothing} */
  public double byCount() {
    return of == 0 ? Double.NaN : (double) hits / of;
  }

  /** {@return hitValue / ofValue, or NaN over nothing} */
  public double byValue() {
    return ofValue == 0 ? Double.NaN : (double) hitValue / ofValue;
  }

  /**
   * The sum of two ratios over disjoint sets.
   *
   * @param other the other ratio
   * @return the combined ratio; this instance is immutable and unaffected by this method
   */
  public Ratio plus(Ratio other) {
    return new Ratio(hits + other.hits, of + other.of, hitValue + other.hitValue, ofValue + other.ofValue);
  }
}
