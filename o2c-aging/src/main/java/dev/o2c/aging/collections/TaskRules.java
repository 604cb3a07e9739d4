package dev.o2c.aging.collections;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which tasks a worklist carries beside its customers, and when each is due. Every task's priority
 * follows from its due date ({@link TaskPriority#of}); every list comes in {@link Task#ORDER}.
 *
 * <table>
 * <caption>Task kinds and their due dates ({@link #STANDARD} days)</caption>
 * <tr><th>kind</th><th>a task for</th><th>due</th></tr>
 * <tr><td>{@link TaskKind#UNAPPLIED_PAYMENT}</td><td>each payment of a known customer with money unapplied,
 *     received (value date) on or before the day</td><td>value date + 3 days (remittance days)</td></tr>
 * <tr><td>{@link TaskKind#SHORT_PAYMENT}</td><td>each deduction with status OPEN (not yet in review),
 *     created on or before the day</td><td>creation day + 10 days (decision days)</td></tr>
 * <tr><td>{@link TaskKind#DISPUTE_PAST_TARGET}</td><td>each open dispute whose target date is before the
 *     day</td><td>the target date (so always HIGH)</td></tr>
 * <tr><td>{@link TaskKind#PROMISE_DUE}</td><td>each promised payment of an OPEN promise dated from the day
 *     to the day + 7 days (horizon), inclusive</td><td>the promised date</td></tr>
 * </table>
 *
 * <p>All methods are pure functions of their arguments. This instance is immutable.
 */
public final class TaskRules {

  /** Remittance 3 days, decision 10 days, promise horizon 7 days. */
  public static final TaskRules STANDARD = new TaskRules(3, 10, 7);

  private final int remittanceDays;
  private final int decisionDays;
  private final int promiseHorizonDays;

  private TaskRules(int remittanceDays, int decisionDays, int promiseHorizonDays) {
    this.remittanceDays = nonNegative(remittanceDays, "remittanceDays");
    this.decisionDays = nonNegative(decisionDays, "decisionDays");
    this.promiseHorizonDays = nonNegative(promiseHorizonDays, "promiseHorizonDays");
  }

  /**
   * Rules with other periods.
   *
   * @param remittanceDays calendar days after a payment's value date by which its remittance advice is chased
   * @param decisionDays calendar days after a deduction is recorded by which it is decided or sent to review
   * @param promiseHorizonDays how many days ahead promised payments are listed
   * @return the rules
   * @throws IllegalArgumentException if a number is negative
   */
  public static TaskRules of(int remittanceDays, int decisionDays, int promiseHorizonDays) {
    return new TaskRules(remittanceDays, decisionDays, promiseHorizonDays);
  }

  /** {@return calendar days after a payment's value date by which its remittance advice is chased} */
  public int remittanceDays() {
    return remittanceDays;
  }

  /** {@return calendar days after a deduction is recorded by which it is decided or sent to review} */
  public int decisionDays() {
    return decisionDays;
  }

  /** {@return how many days ahead of the as-of day promised payments are listed} */
  public int promiseHorizonDays() {
    return promiseHorizonDays;
  }

  /**
   * Unapplied payments waiting for a remittance advice.
   *
   * @param payments payment states, e.g. {@code ledger.payments()}
   * @param asOf the day
   * @return one task per payment of a known customer with unapplied money received on or before the day
   */
  public List<Task> unappliedPayments(Collection<PaymentState> payments, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Task> tasks = new ArrayList<>();
    for (PaymentState state : payments) {
      LocalDate received = state.payment().valueDate();
      if (!state.unapplied().isPositive() || received.isAfter(asOf) || state.payment().customerId().isEmpty()) {
        continue;
      }
      LocalDate due = received.plusDays(remittanceDays);
      tasks.add(new Task(TaskKind.UNAPPLIED_PAYMENT, state.payment().customerId().get(), state.id().toString(),
          state.unapplied(), due, TaskPriority.of(due, asOf),
          WorklistText.money(state.unapplied()) + " of payment " + state.payment().bankReference() + " received "
              + received + " is unapplied: ask for the remittance advice"));
    }
    tasks.sort(Task.ORDER);
    return tasks;
  }

  /**
   * Short payments awaiting a deduction decision.
   *
   * @param deductions deductions, e.g. {@code ledger.asOf(asOf).openDeductions(customer)}
   * @param asOf the day
   * @return one task per deduction with status OPEN created on or before the day
   */
  public List<Task> shortPayments(Collection<Deduction> deductions, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Task> tasks = new ArrayList<>();
    for (Deduction deduction : deductions) {
      if (deduction.status() != DeductionStatus.OPEN || deduction.createdOn().isAfter(asOf)) {
        continue;
      }
      LocalDate due = deduction.createdOn().plusDays(decisionDays);
      tasks.add(new Task(TaskKind.SHORT_PAYMENT, deduction.customerId(), deduction.id().toString(), deduction.amount(),
          due, TaskPriority.of(due, asOf), WorklistText.money(deduction.amount()) + " deducted from "
              + deduction.documentNumber() + " (" + deduction.reason() + ") on " + deduction.createdOn()
              + ": decide or send to review"));
    }
    tasks.sort(Task.ORDER);
    return tasks;
  }

  /**
   * Disputes past their target date.
   *
   * @param disputes the open disputes
   * @param asOf the day
   * @return one task per dispute whose target date is before the day
   */
  public List<Task> disputesPastTarget(Collection<WorklistDispute> disputes, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Task> tasks = new ArrayList<>();
    for (WorklistDispute dispute : disputes) {
      if (dispute.targetDate().isBefore(asOf)) {
        tasks.add(new Task(TaskKind.DISPUTE_PAST_TARGET, dispute.customer(), dispute.caseId(), dispute.amount(),
            dispute.targetDate(), TaskPriority.of(dispute.targetDate(), asOf), "dispute " + dispute.caseId()
                + " over " + WorklistText.money(dispute.amount()) + " was to be resolved by " + dispute.targetDate()));
      }
    }
    tasks.sort(Task.ORDER);
    return tasks;
  }

  /**
   * Promised payments falling due within the horizon.
   *
   * @param promises promises to pay; only OPEN ones give tasks
   * @param asOf the day
   * @return one task per promised payment dated from the day to the day plus the horizon, inclusive
   */
  public List<Task> promisesFallingDue(Collection<PromiseToPay> promises, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate last = asOf.plusDays(promiseHorizonDays);
    List<Task> tasks = new ArrayList<>();
    for (PromiseToPay promise : promises) {
      if (promise.status() != PromiseStatus.OPEN) {
        continue;
      }
      for (PromisedPayment payment : promise.payments()) {
        if (!payment.date().isBefore(asOf) && !payment.date().isAfter(last)) {
          tasks.add(new Task(TaskKind.PROMISE_DUE, promise.customerId(), promise.id().toString(), payment.amount(),
              payment.date(), TaskPriority.of(payment.date(), asOf), WorklistText.money(payment.amount())
                  + " promised for " + payment.date() + " (promise " + promise.id() + " of " + promise.madeOn()
                  + "): check it arrives"));
        }
      }
    }
    tasks.sort(Task.ORDER);
    return tasks;
  }

  /**
   * All four kinds of task from a ledger: unapplied payments from the ledger's payment book, short
   * payments from {@code ledger.asOf(asOf).openDeductions}, and disputes and promises as given.
   *
   * <p>The ledger keeps payments only as they stand now, so the unapplied amounts are today's; the
   * as-of day leaves out payments received after it. Deductions are read as of the day.
   *
   * @param ledger the ledger
   * @param asOf the day
   * @param promises the promises to pay
   * @param disputes the open disputes
   * @return the tasks, in {@link Task#ORDER}
   */
  public List<Task> fromLedger(ReceivablesLedger ledger, LocalDate asOf, Collection<PromiseToPay> promises,
      Collection<WorklistDispute> disputes) {
    Objects.requireNonNull(ledger, "ledger");
    LedgerView view = ledger.asOf(asOf);
    List<Deduction> deductions = new ArrayList<>();
    for (Customer customer : ledger.customers()) {
      deductions.addAll(view.openDeductions(customer.id()));
    }
    List<Task> tasks = new ArrayList<>(unappliedPayments(ledger.payments(), asOf));
    tasks.addAll(shortPayments(deductions, asOf));
    tasks.addAll(disputesPastTarget(disputes, asOf));
    tasks.addAll(promisesFallingDue(promises, asOf));
    tasks.sort(Task.ORDER);
    return tasks;
  }

  private static int nonNegative(int days, String what) {
    if (days < 0) {
      throw new IllegalArgumentException(what + " " + days + " is negative");
    }
    return days;
  }

  @Override
  public String toString() {
    return "TaskRules[remittance " + remittanceDays + " days, decision " + decisionDays + " days, promise horizon "
        + promiseHorizonDays + " days]";
  }
}
