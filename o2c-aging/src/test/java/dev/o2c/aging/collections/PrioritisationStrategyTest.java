package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.customer;
import static dev.o2c.aging.collections.WorklistTestData.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ranking: by score, ties by the oldest overdue item, then by customer id. */
class PrioritisationStrategyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);

  private static PriorityFacts facts(String customer, String overdue, int days) {
    return PriorityFacts.of(customer(customer), List.of(invoice("INV-" + customer, customer, AS_OF.minusDays(days),
        overdue)), List.of(), Optional.empty(), Optional.empty(), AS_OF);
  }

  @Test
  void test_rank_tiesBrokenByDaysOverdueThenCustomerId() {
    // C-A: 5,000.00 for 16 days: 5 + 4 + 10 (never contacted) = 19
    // C-B: 4,000.00 for 20 days: 4 + 5 + 10 = 19, same score, older: before C-A
    // C-C: the same as C-B: after it by id
    // C-D: 1,000.00 for 4 days: 1 + 1 + 10 = 12
    List<PriorityFacts> facts = List.of(facts("C-A", "5000.00", 16), facts("C-D", "1000.00", 4),
        facts("C-C", "4000.00", 20), facts("C-B", "4000.00", 20));
    List<WorklistEntry> ranked = PriorityScoring.STANDARD.rank(facts);
    assertThat(ranked).extracting(e -> e.customer().toString()).containsExactly("C-B", "C-C", "C-A", "C-D");
    assertThat(ranked).extracting(WorklistEntry::rank).containsExactly(1, 2, 3, 4);
    assertThat(ranked).extracting(WorklistEntry::total).usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("19"), new java.math.BigDecimal("19"),
            new java.math.BigDecimal("19"), new java.math.BigDecimal("12"));
    assertThat(ranked.get(0).reason()).isEqualTo("EUR 4,000.00 overdue up to 20 days; no contact yet");

    List<PriorityFacts> reversed = new ArrayList<>(facts);
    Collections.reverse(reversed);
    assertThat(PriorityScoring.STANDARD.rank(reversed)).isEqualTo(ranked);
    assertThat(PriorityScoring.STANDARD.top(facts, 2)).isEqualTo(ranked.subList(0, 2));
    assertThat(PriorityScoring.STANDARD.top(facts, 9)).isEqualTo(ranked);
  }

  @Test
  void test_hostStrategy_oneMethod_defaultsRankIt() {
    // a host ranks by days overdue alone
    PrioritisationStrategy byAge = f -> PriorityScore.of(f.customerId(), List.of(new PriorityContribution(
        PriorityFactor.OTHER, java.math.BigDecimal.valueOf(f.oldestDaysOverdue()))), "oldest first");
    List<WorklistEntry> ranked = byAge.rank(List.of(facts("C-1", "9000.00", 3), facts("C-2", "10.00", 30)));
    assertThat(ranked).extracting(e -> e.customer().toString()).containsExactly("C-2", "C-1");
  }

  @Test
  void test_rank_refusesDuplicatesAndScoresOfOtherCustomers() {
    assertThatThrownBy(() -> PriorityScoring.STANDARD.rank(List.of(facts("C-1", "1.00", 1), facts("C-1", "2.00", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer C-1 is given twice");
    PrioritisationStrategy wrong = f -> PriorityScore.of(CustomerId.of("C-X"), List.of(), "wrong");
    assertThatThrownBy(() -> wrong.rank(List.of(facts("C-1", "1.00", 1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("scored C-X when given C-1");
    assertThatThrownBy(() -> PriorityScoring.STANDARD.top(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
