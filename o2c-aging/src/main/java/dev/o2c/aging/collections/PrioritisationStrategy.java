package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a collector's customers are put in order: one method scores a customer, the defaults rank a
 * set of them. Hosts implement {@link #score} or configure {@link PriorityScoring}, the default.
 *
 * <pre>{@code
 * PrioritisationStrategy strategy = PriorityScoring.STANDARD;
 * List<WorklistEntry> ranked = strategy.rank(facts);   // rank 1 first
 * ranked.get(0).reason();   // "EUR 12,400.00 overdue up to 64 days; promise of 2026-11-20 broken; last contact 21 days ago"
 * }</pre>
 *
 * <p>A strategy must be a pure function of the facts: the same facts give the same score, whatever
 * else is being ranked, so rankings never depend on input order.
 */
@FunctionalInterface
public interface PrioritisationStrategy {

  /**
   * Scores one customer.
   *
   * @param facts what is known about the customer as of a day
   * @return the score, for {@code facts.customerId()}
   */
  PriorityScore score(PriorityFacts facts);

  /**
   * Scores and ranks customers in {@link WorklistEntry#RANK_ORDER}, ranks numbered from 1.
   *
   * @param facts the customers' facts, one per customer, in any order
   * @return the ranked entries
   * @throws IllegalArgumentException if two facts are of the same customer
   * @throws IllegalStateException if the strategy scores another customer than it was given
   */
  default List<WorklistEntry> rank(Collection<PriorityFacts> facts) {
    Set<CustomerId> seen = new HashSet<>();
    List<WorklistEntry> entries = new ArrayList<>(facts.size());
    for (PriorityFacts f : facts) {
      if (!seen.add(f.customerId())) {
        throw new IllegalArgumentException("customer " + f.customerId() + " is given twice for ranking");
      }
      PriorityScore score = Objects.requireNonNull(score(f), "strategy returned no score for " + f.customerId());
      if (!score.customer().equals(f.customerId())) {
        throw new IllegalStateException("strategy scored " + score.customer() + " when given " + f.customerId());
      }
      entries.add(new WorklistEntry(1, f, score));
    }
    entries.sort(WorklistEntry.RANK_ORDER);
    List<WorklistEntry> ranked = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ranked.add(entries.get(i).withRank(i + 1));
    }
    return List.copyOf(ranked);
  }

  /**
   * The first customers of a ranking.
   *
   * @param facts the customers' facts, one per customer
   * @param count how many to keep, at least 0
   * @return at most {@code count} entries, rank 1 first
   * @throws IllegalArgumentException if {@code count} is negative or two facts are of the same customer
   */
  default List<WorklistEntry> top(Collection<PriorityFacts> facts, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " is negative");
    }
    List<WorklistEntry> ranked = rank(facts);
    return ranked.subList(0, Math.min(count, ranked.size()));
  }
}
