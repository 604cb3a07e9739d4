package dev.o2c.aging.collections;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a dispute case's workflow: who moved it from which state to which, on what day, and why.
 *
 * @param date the day of the change
 * @param from the state before
 * @param to the state after
 * @param by who made the change (a person or a rule)
 * @param note why, if given
 */
public record DisputeEvent(LocalDate date, DisputeStatus from, DisputeStatus to, String by, Optional<String> note) {

  /**
   * Validates that nothing is null.
   *
   * @param date the day of the change
   * @param from the state before
   * @param to the state after
   * @param by who made the change
   * @param note why, if given
   */
  public DisputeEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(note, "note");
  }
}
