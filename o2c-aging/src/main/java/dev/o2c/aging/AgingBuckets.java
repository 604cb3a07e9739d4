package dev.o2c.aging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of aging buckets: consecutive ranges of age in days, each with a label, covering every age.
 *
 * <p>Two shapes, as the CLI contract fixes them for {@code --buckets 30,60,90,120}:
 * <ul>
 *   <li>{@link #pastDue(int...)} (for aging by due or promised date): {@code current} (age ≤ 0),
 *       {@code 1-30}, {@code 31-60}, {@code 61-90}, {@code 91-120}, {@code 121+};</li>
 *   <li>{@link #sinceDocument(int...)} (for aging by document date): {@code 0-30} (age ≤ 30,
 *       including an item dated after the as-of day), {@code 31-60}, {@code 61-90}, {@code 91-120},
 *       {@code 121+}.</li>
 * </ul>
 * A boundary {@code b} is the last day of its bucket: with boundaries 30 and 60, an age of 30 days
 * is in {@code 1-30} and 31 days in {@code 31-60}.
 *
 * <pre>{@code
 * AgingBuckets.STANDARD.labels();          // [current, 1-30, 31-60, 61-90, 91-120, 121+]
 * AgingBuckets.STANDARD.bucketOf(45);      // 2, i.e. "31-60"
 * AgingBuckets.sinceDocument(15, 45).labels(); // [0-15, 16-45, 46+]
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class AgingBuckets {

  /** The default boundaries of the CLI contract: 30, 60, 90 and 120 days. */
  private static final int[] DEFAULT_BOUNDARIES = {30, 60, 90, 120};

  /** The default set for aging by due date: current, 1-30, 31-60, 61-90, 91-120, 121+. */
  public static final AgingBuckets STANDARD = pastDue(DEFAULT_BOUNDARIES);

  /** The default set for aging by document date: 0-30, 31-60, 61-90, 91-120, 121+. */
  public static final AgingBuckets STANDARD_SINCE_DOCUMENT = sinceDocument(DEFAULT_BOUNDARIES);

  /** The last age of each bucket but the open-ended last one, strictly increasing. */
  private final int[] upperBounds;
  private final boolean current;
  private final List<String> labels;

  private AgingBuckets(int[] upperBounds, boolean current) {
    this.upperBounds = upperBounds;
    this.current = current;
    List<String> names = new ArrayList<>(upperBounds.length + 1);
    for (int i = 0; i < upperBounds.length; i++) {
      if (i == 0) {
        names.add(current ? "current" : "0-" + upperBounds[0]);
      } else {
        names.add((upperBounds[i - 1] + 1) + "-" + upperBounds[i]);
      }
    }
    names.add((upperBounds[upperBounds.length - 1] + 1) + "+");
    this.labels = List.copyOf(names);
  }

  /**
   * Buckets by days past due: {@code current} for items not yet past due (age ≤ 0), then one bucket
   * up to each boundary, then one open-ended bucket.
   *
   * @param boundaries the last day of each bucket after {@code current}, e.g. {@code 30, 60, 90, 120}
   * @return the bucket set, with {@code boundaries.length + 2} buckets
   * @throws IllegalArgumentException if there is no boundary, a boundary is below 1, or the
   *     boundaries are not strictly increasing
   */
  public static AgingBuckets pastDue(int... boundaries) {
    int[] checked = check(boundaries);
    int[] bounds = new int[checked.length + 1];
    System.arraycopy(checked, 0, bounds, 1, checked.length);
    return new AgingBuckets(bounds, true);
  }

  /**
   * Buckets by days since the document date: one bucket up to each boundary (the first from day 0),
   * then one open-ended bucket.
   *
   * @param boundaries the last day of each bucket, e.g. {@code 30, 60, 90, 120}
   * @return the bucket set, with {@code boundaries.length + 1} buckets
   * @throws IllegalArgumentException if there is no boundary, a boundary is below 1, or the
   *     boundaries are not strictly increasing
   */
  public static AgingBuckets sinceDocument(int... boundaries) {
    return new AgingBuckets(check(boundaries), false);
  }

  /**
   * The bucket set the CLI contract gives a basis: {@link #pastDue} for due and promised dates,
   * {@link #sinceDocument} for the document date.
   *
   * @param basis the aging basis
   * @param boundaries the boundaries, e.g. {@code 30, 60, 90, 120}
   * @return the bucket set
   * @throws IllegalArgumentException as {@link #pastDue} and {@link #sinceDocument}
   */
  public static AgingBuckets forBasis(AgingBasis basis, int... boundaries) {
    Objects.requireNonNull(basis, "basis");
    return basis == AgingBasis.DOCUMENT_DATE ? sinceDocument(boundaries) : pastDue(boundaries);
  }

  private static int[] check(int[] boundaries) {
    Objects.requireNonNull(boundaries, "boundaries");
    if (boundaries.length == 0) {
      throw new IllegalArgumentException("aging buckets need at least one boundary");
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < boundaries.length; i++) {
      if (boundaries[i] < 1) {
        problems.add("boundary " + boundaries[i] + " is below 1");
      }
      if (i > 0 && boundaries[i] <= boundaries[i - 1]) {
        problems.add("boundary " + boundaries[i] + " does not follow " + boundaries[i - 1] + " in increasing order");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("aging buckets " + Arrays.toString(boundaries) + ": "
          + String.join("; ", problems));
    }
    return boundaries.clone();
  }

  /** {@return the number of buckets} */
  public int size() {
    return labels.size();
  }

  /** {@return the bucket labels in order, e.g. {@code [current, 1-30, 31-60, 61-90, 91-120, 121+]}} */
  public List<String> labels() {
    return labels;
  }

  /**
   * The label of one bucket.
   *
   * @param bucket the bucket's index, from 0
   * @return the label, e.g. {@code "31-60"}
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public String label(int bucket) {
    return labels.get(bucket);
  }

  /** {@return true for a {@link #pastDue} set, whose first bucket is {@code current}} */
  public boolean hasCurrent() {
    return current;
  }

  /** {@return the boundaries as given to the factory, e.g. {@code [30, 60, 90, 120]}} */
  public int[] boundaries() {
    return current ? Arrays.copyOfRange(upperBounds, 1, upperBounds.length) : upperBounds.clone();
  }

  /**
   * The last age (in days) of each bucket but the last, which is open-ended; for {@link #STANDARD}
   * {@code [0, 30, 60, 90, 120]}. An age {@code a} is in the first bucket whose upper bound is at
   * least {@code a}.
   *
   * @return a copy of the upper bounds, strictly increasing
   */
  public int[] upperBounds() {
    return upperBounds.clone();
  }

  /**
   * The bucket an age falls in.
   *
   * @param ageDays the age in days; negative for an item not yet due (or dated after the as-of day)
   * @return the bucket's index, from 0 to {@code size() - 1}
   */
  public int bucketOf(long ageDays) {
    int bucket = 0;
    while (bucket < upperBounds.length && ageDays > upperBounds[bucket]) {
      bucket++;
    }
    return bucket;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgingBuckets && ((AgingBuckets) o).current == current
        && Arrays.equals(((AgingBuckets) o).upperBounds, upperBounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(upperBounds) * 31 + Boolean.hashCode(current);
  }

  /** {@return the labels, e.g. {@code [current, 1-30, 31-60, 61-90, 91-120, 121+]}} */
  @Override
  public String toString() {
    return labels.toString();
  }
}
