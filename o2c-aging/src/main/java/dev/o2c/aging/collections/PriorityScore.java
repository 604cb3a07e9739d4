package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's collection priority: the total score, what each factor contributed, and the reason in
 * words for the collector.
 *
 * <pre>{@code
 * score.total();                                        // 41.15
 * score.points(PriorityFactor.DAYS_OVERDUE);            // 16.00
 * score.reason();   // "EUR 12,400.00 overdue up to 64 days; promise of 2026-11-20 broken; last contact 21 days ago"
 * }</pre>
 *
 * @param customer the customer scored
 * @param total the score; higher means call first. Equal to the sum of the contributions
 * @param contributions the factors' contributions, each factor at most once
 * @param reason why, in a collector's words
 */
public record PriorityScore(CustomerId customer, BigDecimal total, List<PriorityContribution> contributions,
    String reason) {

  /**
   * Validates the score.
   *
   * @param customer the customer scored
   * @param total the score
   * @param contributions the contributions
   * @param reason the reason
   * @throws IllegalArgumentException if the total is not the sum of the contributions, a factor
   *     appears twice, or the reason is blank
   */
  public PriorityScore {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(reason, "reason");
    contributions = List.copyOf(contributions);
    BigDecimal sum = BigDecimal.ZERO;
    Set<PriorityFactor> factors = EnumSet.noneOf(PriorityFactor.class);
    for (PriorityContribution c : contributions) {
      sum = sum.add(c.points());
      if (!factors.add(c.factor())) {
        throw new IllegalArgumentException("priority score of " + customer + ": factor " + c.factor() + " twice");
      }
    }
    if (sum.compareTo(total) != 0) {
      throw new IllegalArgumentException("priority score of " + customer + ": total " + total.toPlainString()
          + " is not the sum of the contributions " + sum.toPlainString());
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("priority score of " + customer + ": reason is blank");
    }
  }

  /**
   * A score whose total is the sum of its contributions.
   *
   * @param customer the customer scored
   * @param contributions the contributions, each factor at most once
   * @param reason why, in words
   * @return the score
   * @throws IllegalArgumentException if a factor appears twice or the reason is blank
   */
  public static PriorityScore of(CustomerId customer, List<PriorityContribution> contributions, String reason) {
    BigDecimal sum = BigDecimal.ZERO;
    for (PriorityContribution c : contributions) {
      sum = sum.add(c.points());
    }
    return new PriorityScore(customer, sum, contributions, reason);
  }

  /**
   * The points one factor contributed.
   *
   * @param factor the factor
   * @return its points; zero if the factor did not contribute
   */
  public BigDecimal points(PriorityFactor factor) {
    for (PriorityContribution c : contributions) {
      if (c.factor() == factor) {
        return c.points();
      }
    }
    return BigDecimal.ZERO;
  }
}
