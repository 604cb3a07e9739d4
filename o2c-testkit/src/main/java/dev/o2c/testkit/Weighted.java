package dev.o2c.testkit;

import java.util.Objects;

/**
 * A value with a relative weight, for {@link Generator#weighted(java.util.List)}: a value of weight 3
 * comes three times as often as one of weight 1.
 *
 * <pre>{@code
 * Generator<String> kinds = Generator.weighted(List.of(Weighted.of(8, "INVOICE"), Weighted.of(2, "CREDIT_MEMO")));
 * }</pre>
 *
 * @param <T> the value type
 * @param weight the relative weight, zero or positive (zero: never chosen)
 * @param value the value, not null
 */
public record Weighted<T>(int weight, T value) {

  /**
   * Checks the weight and the value.
   *
   * @param weight the relative weight, zero or positive
   * @param value the value, not null
   * @throws IllegalArgumentException if the weight is negative
   */
  public Weighted {
    Objects.requireNonNull(value, "value");
    if (weight < 0) {
      throw new IllegalArgumentException("weight " + weight + " is negative");
    }
  }

  /**
   * A weighted value.
   *
   * @param <T> the value type
   * @param weight the relative weight, zero or positive
   * @param value the value
   * @return the weighted value
   * @throws IllegalArgumentException if the weight is negative
   */
  public static <T> Weighted<T> of(int weight, T value) {
    return new Weighted<>(weight, value);
  }
}
