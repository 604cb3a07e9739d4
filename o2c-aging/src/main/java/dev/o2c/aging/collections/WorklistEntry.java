package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * One customer on a collector's worklist: its rank, the facts it was scored on and its score with
 * the reason.
 *
 * @param rank the position in its list, from 1 (call first)
 * @param facts what was known about the customer
 * @param score the priority score
 */
public record WorklistEntry(int rank, PriorityFacts facts, PriorityScore score) {

  /**
   * The ranking order: the higher score first; on equal scores the longer-overdue customer first
   * ({@link PriorityFacts#oldestDaysOverdue()}); then customer id in text order. Customer ids are
   * unique in a list, so the order is total and a ranking never depends on input order.
   */
  public static final Comparator<WorklistEntry> RANK_ORDER = Comparator
      .comparing((WorklistEntry e) -> e.score().total(), Comparator.reverseOrder())
      .thenComparing(e -> e.facts().oldestDaysOverdue(), Comparator.reverseOrder())
      .thenComparing(WorklistEntry::customer);

  /**
   * Validates the entry.
   *
   * @param rank the position, from 1
   * @param facts the facts
   * @param score the score
   * @throws IllegalArgumentException if the rank is below 1 or facts and score are of different customers
   */
  public WorklistEntry {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(score, "score");
    if (rank < 1) {
      throw new IllegalArgumentException("worklist rank " + rank + " of " + facts.customerId() + " is below 1");
    }
    if (!facts.customerId().equals(score.customer())) {
      throw new IllegalArgumentException("worklist entry: facts of " + facts.customerId() + " but score of "
          + score.customer());
    }
  }

  /** {@return the customer} */
  public CustomerId customer() {
    return facts.customerId();
  }

  /** {@return the total score} */
  public BigDecimal total() {
    return score.total();
  }

  /** {@return why the customer is where it is, in words} */
  public String reason() {
    return score.reason();
  }

  WorklistEntry withRank(int newRank) {
    return new WorklistEntry(newRank, facts, score);
  }
}
