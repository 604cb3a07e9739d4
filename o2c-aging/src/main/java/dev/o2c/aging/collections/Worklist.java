package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The collectors' worklists as of a day: per collector, the customers with something overdue in rank
 * order and the tasks on its customers' accounts; customers and tasks no rule assigned wait in the
 * fallback queue. Every customer with an overdue item appears exactly once, in one collector's list or
 * in the fallback queue. Built by {@link WorklistPlanner}.
 *
 * <pre>{@code
 * for (CollectorId collector : worklist.collectors()) {
 *   for (WorklistEntry entry : worklist.entries(collector)) {
 *     System.out.println(entry.rank() + ". " + entry.customer() + " " + entry.total() + ": " + entry.reason());
 *   }
 *   worklist.tasks(collector).forEach(t -> System.out.println(t.priority() + " " + t.dueDate() + " " + t.description()));
 * }
 * worklist.unassigned();       // the fallback queue, ranked the same way
 * }</pre>
 *
 * <p>Equal by value. This instance is immutable.
 */
public final class Worklist {

  private final LocalDate asOf;
  private final Map<CollectorId, List<WorklistEntry>> entries;
  private final List<WorklistEntry> unassigned;
  private final Map<CollectorId, List<Task>> tasks;
  private final List<Task> unassignedTasks;
  private final Map<CustomerId, CollectorId> assignments;

  Worklist(LocalDate asOf, Map<CollectorId, List<WorklistEntry>> entries, List<WorklistEntry> unassigned,
      Map<CollectorId, List<Task>> tasks, List<Task> unassignedTasks, Map<CustomerId, CollectorId> assignments) {
    this.asOf = asOf;
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    this.unassigned = List.copyOf(unassigned);
    this.tasks = Collections.unmodifiableMap(new TreeMap<>(tasks));
    this.unassignedTasks = List.copyOf(unassignedTasks);
    this.assignments = Collections.unmodifiableMap(new TreeMap<>(assignments));
  }

  /** {@return the day the worklist is for} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return every collector with at least one customer or task, in id order} */
  public Set<CollectorId> collectors() {
    Set<CollectorId> all = new TreeSet<>(entries.keySet());
    all.addAll(tasks.keySet());
    return Collections.unmodifiableSet(all);
  }

  /**
   * A collector's customers, rank 1 first.
   *
   * @param collector the collector
   * @return the entries; empty for a collector with none
   */
  public List<WorklistEntry> entries(CollectorId collector) {
    return entries.getOrDefault(collector, List.of());
  }

  /** {@return each collector's ranked customers, collectors in id order} */
  public Map<CollectorId, List<WorklistEntry>> byCollector() {
    return entries;
  }

  /** {@return the fallback queue: customers with something overdue whom no rule assigned, ranked from 1} */
  public List<WorklistEntry> unassigned() {
    return unassigned;
  }

  /**
   * A collector's tasks, in {@link Task#ORDER}.
   *
   * @param collector the collector
   * @return the tasks; empty for a collector with none
   */
  public List<Task> tasks(CollectorId collector) {
    return tasks.getOrDefault(collector, List.of());
  }

  /** {@return the tasks on accounts no rule assigned, in {@link Task#ORDER}} */
  public List<Task> unassignedTasks() {
    return unassignedTasks;
  }

  /** {@return every task, assigned or not, in {@link Task#ORDER}} */
  public List<Task> allTasks() {
    List<Task> all = new ArrayList<>(unassignedTasks);
    tasks.values().forEach(all::addAll);
    all.sort(Task.ORDER);
    return all;
  }

  /**
   * The collector a customer is assigned to.
   *
   * @param customer the customer
   * @return the collector; empty if no rule assigned the customer, or it was not planned
   */
  public Optional<CollectorId> collectorOf(CustomerId customer) {
    return Optional.ofNullable(assignments.get(customer));
  }

  /** Two worklists are equal when they are of the same day with the same entries, tasks and assignments. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Worklist)) {
      return false;
    }
    Worklist w = (Worklist) o;
    return asOf.equals(w.asOf) && entries.equals(w.entries) && unassigned.equals(w.unassigned)
        && tasks.equals(w.tasks) && unassignedTasks.equals(w.unassignedTasks) && assignments.equals(w.assignments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, entries, unassigned, tasks, unassignedTasks, assignments);
  }

  @Override
  public String toString() {
    int customers = unassigned.size();
    for (List<WorklistEntry> list : entries.values()) {
      customers += list.size();
    }
    return "Worklist[" + asOf + ": " + collectors().size() + " collectors, " + customers + " customers ("
        + unassigned.size() + " unassigned), " + allTasks().size() + " tasks]";
  }
}
