package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A piece of collection work on a customer account that is not a call to the customer as such: a
 * payment to apply, a short payment to decide, a dispute to chase, a promise to watch.
 *
 * @param kind what the task is about
 * @param customer the customer
 * @param reference the id of what it is about: payment id, deduction id, dispute case id or promise id
 * @param amount the amount at stake, positive
 * @param dueDate the day the task should be done by
 * @param priority how urgent it is
 * @param description what to do, in words
 */
public record Task(TaskKind kind, CustomerId customer, String reference, Money amount, LocalDate dueDate,
    TaskPriority priority, String description) {

  /**
   * The order of a task list: the more urgent first (HIGH, NORMAL, LOW), then by due date, kind,
   * customer id and reference; total for tasks with distinct kind, customer, reference and due date.
   */
  public static final Comparator<Task> ORDER = Comparator.comparing(Task::priority).thenComparing(Task::dueDate)
      .thenComparing(Task::kind).thenComparing(Task::customer).thenComparing(Task::reference);

  /**
   * Validates the task.
   *
   * @param kind the kind
   * @param customer the customer
   * @param reference the reference
   * @param amount the amount, positive
   * @param dueDate the due date
   * @param priority the priority
   * @param description the description
   * @throws IllegalArgumentException if the reference or description is blank or the amount not positive
   */
  public Task {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(description, "description");
    if (reference.isBlank()) {
      throw new IllegalArgumentException(kind + " task of " + customer + ": reference is blank");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(kind + " task " + reference + " of " + customer + ": amount " + amount
          + " is not positive");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException(kind + " task " + reference + " of " + customer + ": description is blank");
    }
  }
}
