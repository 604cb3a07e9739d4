package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.promise;
import static dev.o2c.aging.collections.WorklistTestData.sampleLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of task from a real ledger (see {@link WorklistTestData#sampleLedger()}), as of 28 Nov 2026. */
class TaskRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final ReceivablesLedger LEDGER = sampleLedger();

  /** P-1 open: 400.00 on 1 Dec (within 7 days), 300.00 on 20 Dec (beyond); P-0 broken: no task. */
  static final List<PromiseToPay> PROMISES = List.of(
      PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(CustomerId.of("C-1")).madeOn(LocalDate.of(2026, 11, 20))
          .addPayments(PromisedPayment.of(LocalDate.of(2026, 12, 1), Money.of("EUR", "400.00")),
              PromisedPayment.of(LocalDate.of(2026, 12, 20), Money.of("EUR", "300.00"))).build(),
      promise("P-0", "C-1", LocalDate.of(2026, 11, 1), PromiseStatus.BROKEN, LocalDate.of(2026, 11, 10), "1000.00"));

  /** DSP-1 was due 20 Nov; DSP-2 is due 10 Dec. */
  static final List<WorklistDispute> DISPUTES = List.of(
      new WorklistDispute(CustomerId.of("C-2"), "DSP-1", LocalDate.of(2026, 11, 20), Money.of("EUR", "50.00")),
      new WorklistDispute(CustomerId.of("C-3"), "DSP-2", LocalDate.of(2026, 12, 10), Money.of("EUR", "900.00")));

  @Test
  void test_unappliedPayments_dueRemittanceDaysAfterValueDate() {
    List<Task> tasks = TaskRules.STANDARD.unappliedPayments(LEDGER.payments(), AS_OF);
    // PAY-2 is fully applied, PAY-4 arrives after the day
    assertThat(tasks).extracting(Task::customer, Task::amount, Task::dueDate, Task::priority).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CustomerId.of("C-3"), Money.of("EUR", "250.00"), LocalDate.of(2026, 11, 13),
            TaskPriority.HIGH),   // 10 Nov + 3: late
        org.assertj.core.groups.Tuple.tuple(CustomerId.of("C-1"), Money.of("EUR", "300.00"), LocalDate.of(2026, 11, 28),
            TaskPriority.NORMAL)); // 25 Nov + 3: today
    assertThat(tasks.get(1).kind()).isEqualTo(TaskKind.UNAPPLIED_PAYMENT);
    assertThat(tasks.get(1).reference()).isEqualTo(WorklistTestData.payment("PAY-1", "C-1", "300.00", AS_OF).id().toString());
    assertThat(tasks.get(1).description())
        .isEqualTo("EUR 300.00 of payment PAY-1 received 2026-11-25 is unapplied: ask for the remittance advice");
  }

  @Test
  void test_shortPayments_openDeductionsOnly_dueDecisionDaysAfterCreation() {
    List<Task> tasks = TaskRules.STANDARD.shortPayments(LEDGER.asOf(AS_OF).openDeductions(CustomerId.of("C-2")), AS_OF);
    // DED-2 is in review already: no decision task
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TaskKind.SHORT_PAYMENT);
      assertThat(t.reference()).isEqualTo("DED-1");
      assertThat(t.amount()).isEqualTo(Money.of("EUR", "50.00"));
      assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));   // 20 Nov + 10
      assertThat(t.priority()).isEqualTo(TaskPriority.LOW);
      assertThat(t.description()).isEqualTo("EUR 50.00 deducted from INV-2 (DAMAGE) on 2026-11-20: decide or send to review");
    });
    // as of the day before DED-1 was recorded, there is nothing to decide
    assertThat(TaskRules.STANDARD.shortPayments(LEDGER.asOf(LocalDate.of(2026, 11, 19)).openDeductions(CustomerId.of("C-2")),
        LocalDate.of(2026, 11, 19))).isEmpty();
  }

  @Test
  void test_disputesPastTarget() {
    List<Task> tasks = TaskRules.STANDARD.disputesPastTarget(DISPUTES, AS_OF);
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.reference()).isEqualTo("DSP-1");
      assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
      assertThat(t.description()).isEqualTo("dispute DSP-1 over EUR 50.00 was to be resolved by 2026-11-20");
    });
    // on its target day a dispute is not past it
    assertThat(TaskRules.STANDARD.disputesPastTarget(DISPUTES, LocalDate.of(2026, 11, 20))).isEmpty();
  }

  @Test
  void test_promisesFallingDue_withinTheHorizon_openPromisesOnly() {
    List<Task> tasks = TaskRules.STANDARD.promisesFallingDue(PROMISES, AS_OF);
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.reference()).isEqualTo("P-1");
      assertThat(t.amount()).isEqualTo(Money.of("EUR", "400.00"));
      assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
      assertThat(t.priority()).isEqualTo(TaskPriority.LOW);
      assertThat(t.description()).isEqualTo("EUR 400.00 promised for 2026-12-01 (promise P-1 of 2026-11-20): check it arrives");
    });
    // with a 22-day horizon both instalments are listed; on 1 Dec the first is due today
    assertThat(TaskRules.of(3, 10, 22).promisesFallingDue(PROMISES, AS_OF)).hasSize(2);
    assertThat(TaskRules.STANDARD.promisesFallingDue(PROMISES, LocalDate.of(2026, 12, 1)))
        .extracting(Task::priority).containsExactly(TaskPriority.NORMAL);
  }

  @Test
  void test_fromLedger_allKinds_inTaskOrder() {
    List<Task> tasks = TaskRules.STANDARD.fromLedger(LEDGER, AS_OF, PROMISES, DISPUTES);
    assertThat(tasks).extracting(Task::kind, Task::dueDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TaskKind.UNAPPLIED_PAYMENT, LocalDate.of(2026, 11, 13)),
        org.assertj.core.groups.Tuple.tuple(TaskKind.DISPUTE_PAST_TARGET, LocalDate.of(2026, 11, 20)),
        org.assertj.core.groups.Tuple.tuple(TaskKind.UNAPPLIED_PAYMENT, LocalDate.of(2026, 11, 28)),
        org.assertj.core.groups.Tuple.tuple(TaskKind.SHORT_PAYMENT, LocalDate.of(2026, 11, 30)),
        org.assertj.core.groups.Tuple.tuple(TaskKind.PROMISE_DUE, LocalDate.of(2026, 12, 1)));
    assertThat(tasks).extracting(Task::priority).containsExactly(TaskPriority.HIGH, TaskPriority.HIGH,
        TaskPriority.NORMAL, TaskPriority.LOW, TaskPriority.LOW);
  }

  @Test
  void test_rulesAndTasks_refuseBadInput() {
    assertThatThrownBy(() -> TaskRules.of(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remittanceDays -1 is negative");
    assertThatThrownBy(() -> new WorklistDispute(CustomerId.of("C-1"), " ", AS_OF, Money.of("EUR", "1.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case id is blank");
    assertThatThrownBy(() -> new Task(TaskKind.PROMISE_DUE, CustomerId.of("C-1"), "P-1", Money.of("EUR", "0.00"), AS_OF,
        TaskPriority.LOW, "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount EUR 0.00 is not positive");
  }
}
