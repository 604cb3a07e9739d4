package dev.o2c.aging.collections;

import java.time.LocalDate;

/** How urgent a task is, from its due date (see {@link #of}). */
public enum TaskPriority {
  /** Late: the due date has passed. */
  HIGH,
  /** Due today. */
  NORMAL,
  /** Due later. */
  LOW;

  /**
   * The priority of a task due on a day: HIGH if the day is before {@code asOf}, NORMAL on {@code
   * asOf}, LOW after it.
   *
   * @param dueDate the task's due date
   * @param asOf the day the worklist is for
   * @return the priority
   */
  public static TaskPriority of(LocalDate dueDate, LocalDate asOf) {
    int c = dueDate.compareTo(asOf);
    return c < 0 ? HIGH : c == 0 ? NORMAL : LOW;
  }
}
