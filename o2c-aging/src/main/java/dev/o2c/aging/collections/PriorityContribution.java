package dev.o2c.aging.collections;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one factor adds to a customer's priority score.
 *
 * @param factor the factor
 * @param points the points it adds; a host's strategy may also subtract (negative points)
 */
public record PriorityContribution(PriorityFactor factor, BigDecimal points) {

  /**
   * Validates that nothing is null.
   *
   * @param factor the factor
   * @param points the points
   */
  public PriorityContribution {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(points, "points");
  }

  /**
   * A contribution.
   *
   * @param factor the factor
   * @param points the points, as decimal text (e.g. {@code "12.40"})
   * @return the contribution
   * @throws NumberFormatException if the text is no decimal
   */
  public static PriorityContribution of(PriorityFactor factor, String points) {
    return new PriorityContribution(factor, new BigDecimal(points));
  }
}
