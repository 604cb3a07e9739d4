package dev.o2c.aging.collections;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.ReceivablesLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the collectors' worklists: scores customers with a {@link PrioritisationStrategy}, assigns
 * them with a {@link CollectorAssignment}, ranks each list, and files the tasks of {@link TaskRules}
 * under the collector of their customer. A pure function of its inputs and the as-of day.
 *
 * <pre>{@code
 * WorklistPlanner planner = WorklistPlanner.standard(CollectorAssignment.byCustomer(collectors));
 * Worklist worklist = planner.plan(ledger, LocalDate.of(2026, 12, 15),
 *     WorklistSources.empty().withPromises(promises).withActivities(log).withRiskClasses(risk));
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class WorklistPlanner {

  private final PrioritisationStrategy strategy;
  private final CollectorAssignment assignment;
  private final TaskRules taskRules;

  private WorklistPlanner(PrioritisationStrategy strategy, CollectorAssignment assignment, TaskRules taskRules) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.taskRules = Objects.requireNonNull(taskRules, "taskRules");
  }

  /**
   * A planner.
   *
   * @param strategy how customers are scored
   * @param assignment who works which customer
   * @param taskRules which tasks, due when
   * @return the planner
   */
  public static WorklistPlanner of(PrioritisationStrategy strategy, CollectorAssignment assignment,
      TaskRules taskRules) {
    return new WorklistPlanner(strategy, assignment, taskRules);
  }

  /**
   * A planner with {@link PriorityScoring#STANDARD} and {@link TaskRules#STANDARD}.
   *
   * @param assignment who works which customer
   * @return the planner
   */
  public static WorklistPlanner standard(CollectorAssignment assignment) {
    return new WorklistPlanner(PriorityScoring.STANDARD, assignment, TaskRules.STANDARD);
  }

  /**
   * Plans from prepared facts and tasks.
   *
   * <p>Every customer's facts are assigned; those with something overdue ({@link
   * PriorityFacts#hasOverdue()}) go on their collector's list, or on the fallback queue when no rule
   * assigns them. A task goes to the collector of its customer; a task of a customer without facts or
   * not assigned goes to the fallback queue. Pass facts for every customer that may have tasks.
   *
   * @param customers the facts, at most one per customer, all as of {@code asOf}
   * @param tasks the tasks
   * @param asOf the day
   * @return the worklist
   * @throws IllegalArgumentException if two facts are of the same customer or facts are of another day
   * @throws NullPointerException if the assignment rule returns null
   */
  public Worklist plan(Collection<PriorityFacts> customers, Collection<Task> tasks, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<CustomerId, CollectorId> assigned = new HashMap<>();
    Map<CustomerId, PriorityFacts> seen = new HashMap<>();
    Map<Optional<CollectorId>, List<PriorityFacts>> groups = new HashMap<>();
    for (PriorityFacts facts : customers) {
      if (!facts.asOf().equals(asOf)) {
        throw new IllegalArgumentException("facts of " + facts.customerId() + " are as of " + facts.asOf()
            + ", the worklist is as of " + asOf);
      }
      if (seen.put(facts.customerId(), facts) != null) {
        throw new IllegalArgumentException("customer " + facts.customerId() + " is given twice");
      }
      Optional<CollectorId> collector = Objects.requireNonNull(assignment.collectorFor(facts),
          "collector assignment returned null for " + facts.customerId());
      collector.ifPresent(c -> assigned.put(facts.customerId(), c));
      if (facts.hasOverdue()) {
        groups.computeIfAbsent(collector, c -> new ArrayList<>()).add(facts);
      }
    }
    Map<CollectorId, List<WorklistEntry>> entries = new TreeMap<>();
    List<WorklistEntry> unassigned = List.of();
    for (Map.Entry<Optional<CollectorId>, List<PriorityFacts>> group : groups.entrySet()) {
      List<WorklistEntry> ranked = strategy.rank(group.getValue());
      if (group.getKey().isPresent()) {
        entries.put(group.getKey().get(), ranked);
      } else {
        unassigned = ranked;
      }
    }
    Map<CollectorId, List<Task>> taskLists = new TreeMap<>();
    List<Task> unassignedTasks = new ArrayList<>();
    for (Task task : tasks) {
      CollectorId collector = assigned.get(task.customer());
      if (collector == null) {
        unassignedTasks.add(task);
      } else {
        taskLists.computeIfAbsent(collector, c -> new ArrayList<>()).add(task);
      }
    }
    taskLists.values().forEach(list -> list.sort(Task.ORDER));
    unassignedTasks.sort(Task.ORDER);
    return new Worklist(asOf, entries, unassigned, taskLists, unassignedTasks, assigned);
  }

  /**
   * Plans from a ledger as of a day: the facts of every registered customer from its open items as
   * of the day ({@code ledger.asOf(asOf)}), its promises, its risk class and its last contact in the
   * log; the tasks from {@link TaskRules#fromLedger}.
   *
   * @param ledger the ledger
   * @param asOf the day
   * @param sources promises, disputes, activities and risk classes
   * @return the worklist
   * @throws IllegalArgumentException if a promise's customer is not registered in the ledger
   */
  public Worklist plan(ReceivablesLedger ledger, LocalDate asOf, WorklistSources sources) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(sources, "sources");
    LedgerView view = ledger.asOf(asOf);
    Map<CustomerId, List<PromiseToPay>> promises = new HashMap<>();
    for (PromiseToPay promise : sources.promises()) {
      if (ledger.customer(promise.customerId()).isEmpty()) {
        throw new IllegalArgumentException("promise " + promise.id() + " is of " + promise.customerId()
            + ", who is not registered in the ledger");
      }
      promises.computeIfAbsent(promise.customerId(), c -> new ArrayList<>()).add(promise);
    }
    Map<CustomerId, Activity> lastContacts = sources.activities().lastContacts(asOf);
    List<PriorityFacts> facts = new ArrayList<>();
    for (Customer customer : ledger.customers()) {
      CustomerId id = customer.id();
      facts.add(PriorityFacts.of(customer, view.openItems(id), promises.getOrDefault(id, List.of()),
          Optional.ofNullable(sources.riskClasses().get(id)),
          Optional.ofNullable(lastContacts.get(id)).map(Activity::date), asOf));
    }
    return plan(facts, taskRules.fromLedger(ledger, asOf, sources.promises(), sources.disputes()), asOf);
  }

  @Override
  public String toString() {
    return "WorklistPlanner[" + strategy + ", " + taskRules + "]";
  }
}
