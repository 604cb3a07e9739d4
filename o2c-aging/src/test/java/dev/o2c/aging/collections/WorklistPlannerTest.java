package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.ANNA;
import static dev.o2c.aging.collections.WorklistTestData.BEN;
import static dev.o2c.aging.collections.WorklistTestData.activity;
import static dev.o2c.aging.collections.WorklistTestData.sampleLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PromiseId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole worklist from the sample ledger as of 28 Nov 2026, worked by hand: anna works C-1, ben
 * works C-2 and C-4, nobody works C-3.
 */
class WorklistPlannerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private static final ActivityLog LOG = ActivityLog.of(List.of(
      activity("C-1", ANNA, LocalDate.of(2026, 11, 20), ActivityType.CALL, ActivityDirection.OUTBOUND,
          ActivityOutcome.PROMISE_OBTAINED).promise(PromiseId.of("P-1")).build(),
      activity("C-2", BEN, LocalDate.of(2026, 11, 25), ActivityType.CALL, ActivityDirection.OUTBOUND,
          ActivityOutcome.REACHED).build(),
      // an unanswered call is no contact: C-3 stays "never contacted"
      activity("C-3", BEN, LocalDate.of(2026, 11, 26), ActivityType.CALL, ActivityDirection.OUTBOUND,
          ActivityOutcome.NO_ANSWER).build()));

  private static final WorklistSources SOURCES = WorklistSources.empty().withPromises(TaskRulesTest.PROMISES)
      .withDisputes(TaskRulesTest.DISPUTES).withActivities(LOG)
      .withRiskClasses(Map.of(CustomerId.of("C-2"), PriorityRisk.VERY_HIGH));

  private static final CollectorAssignment RULES = CollectorAssignment.byCustomer(Map.of(
      CustomerId.of("C-1"), ANNA, CustomerId.of("C-2"), BEN, CustomerId.of("C-4"), BEN));

  @Test
  void test_plan_fromLedger_entriesPerCollector_withScoresAndReasons() {
    Worklist worklist = WorklistPlanner.standard(RULES).plan(sampleLedger(), AS_OF, SOURCES);
    assertThat(worklist.asOf()).isEqualTo(AS_OF);
    assertThat(worklist.collectors()).containsExactly(ANNA, BEN);

    // C-1: 3,000.00 due 15 Oct (44 days): 3.00 + 11.00; P-0 broken 7.50; balance 3,000.00 of a 5,000.00
    // limit: 20 x (0.6 - 0.5) = 2.00; last contact 20 Nov, 8 days: 2.00. Total 25.50
    assertThat(worklist.entries(ANNA)).singleElement().satisfies(e -> {
      assertThat(e.customer()).isEqualTo(CustomerId.of("C-1"));
      assertThat(e.rank()).isEqualTo(1);
      assertThat(e.total()).isEqualByComparingTo("25.50");
      assertThat(e.reason()).isEqualTo("EUR 3,000.00 overdue up to 44 days; promise of 2026-11-10 broken; "
          + "credit limit 60% used; last contact 8 days ago");
    });
    // C-2: INV-2 settled by PAY-2 and DED-1; INV-5 1,200.00 less DED-2 100.00 = 1,100.00, 8 days: 1.10 + 2.00;
    // VERY_HIGH 10; last contact 25 Nov, 3 days: 0.75. Total 13.85. C-4 owes nothing overdue: no entry
    assertThat(worklist.entries(BEN)).singleElement().satisfies(e -> {
      assertThat(e.customer()).isEqualTo(CustomerId.of("C-2"));
      assertThat(e.total()).isEqualByComparingTo("13.85");
      assertThat(e.reason()).isEqualTo("EUR 1,100.00 overdue up to 8 days; risk class VERY_HIGH; last contact 3 days ago");
    });
    // C-3: 8,000.00 due 30 Sep (59 days): 8.00 + 14.75; never contacted 10. Total 32.75, in the fallback queue
    assertThat(worklist.unassigned()).singleElement().satisfies(e -> {
      assertThat(e.customer()).isEqualTo(CustomerId.of("C-3"));
      assertThat(e.total()).isEqualByComparingTo("32.75");
      assertThat(e.reason()).isEqualTo("EUR 8,000.00 overdue up to 59 days; no contact yet");
    });
  }

  @Test
  void test_plan_fromLedger_tasksGoToTheCustomersCollector() {
    Worklist worklist = WorklistPlanner.standard(RULES).plan(sampleLedger(), AS_OF, SOURCES);
    assertThat(worklist.tasks(ANNA)).extracting(Task::kind, Task::reference).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TaskKind.UNAPPLIED_PAYMENT,
            WorklistTestData.payment("PAY-1", "C-1", "300.00", AS_OF).id().toString()),
        org.assertj.core.groups.Tuple.tuple(TaskKind.PROMISE_DUE, "P-1"));
    assertThat(worklist.tasks(BEN)).extracting(Task::kind, Task::reference).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TaskKind.DISPUTE_PAST_TARGET, "DSP-1"),
        org.assertj.core.groups.Tuple.tuple(TaskKind.SHORT_PAYMENT, "DED-1"));
    assertThat(worklist.unassignedTasks()).extracting(Task::kind, Task::customer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TaskKind.UNAPPLIED_PAYMENT, CustomerId.of("C-3")));
    assertThat(worklist.allTasks()).hasSize(5);
    assertThat(worklist).hasToString("Worklist[2026-11-28: 2 collectors, 3 customers (1 unassigned), 5 tasks]");
  }

  @Test
  void test_plan_isAPureFunctionOfItsInputs() {
    WorklistPlanner planner = WorklistPlanner.standard(RULES);
    Worklist first = planner.plan(sampleLedger(), AS_OF, SOURCES);
    Worklist again = planner.plan(sampleLedger(), AS_OF, SOURCES);
    assertThat(again.byCollector()).isEqualTo(first.byCollector());
    assertThat(again.unassigned()).isEqualTo(first.unassigned());
    assertThat(again.allTasks()).isEqualTo(first.allTasks());
    // a day earlier the same ledger gives another list: the entries follow the as-of day, not the clock
    Worklist earlier = planner.plan(sampleLedger(), LocalDate.of(2026, 11, 1), SOURCES);
    assertThat(earlier.entries(BEN)).isEmpty();
    assertThat(earlier.entries(ANNA)).singleElement()
        .satisfies(e -> assertThat(e.facts().oldestDaysOverdue()).isEqualTo(17));
  }

  @Test
  void test_plan_refusesPromisesOfUnknownCustomers() {
    WorklistSources bad = SOURCES.withPromises(List.of(WorklistTestData.promise("P-9", "C-99", AS_OF,
        dev.o2c.core.domain.PromiseStatus.OPEN, AS_OF, "1.00")));
    assertThatThrownBy(() -> WorklistPlanner.standard(RULES).plan(sampleLedger(), AS_OF, bad))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promise P-9 is of C-99");
  }
}
