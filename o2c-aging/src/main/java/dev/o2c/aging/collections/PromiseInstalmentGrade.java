package dev.o2c.aging.collections;

import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The grade of one promised amount of a promise to pay, as of a day ({@link PromiseEvaluator}).
 *
 * <p>{@code promised = receivedInTime + receivedLate + missing}. The status is {@link
 * PromiseStatus#KEPT} when what arrived by the deadline falls short by no more than the tolerance,
 * {@link PromiseStatus#OPEN} while the deadline has not passed, and after it {@link
 * PromiseStatus#BROKEN} when nothing arrived in time or {@link PromiseStatus#PARTIALLY_KEPT} when
 * some did.
 *
 * @param number the instalment's position in the promise, from 1
 * @param date the promised date
 * @param deadline the last day money is in time: the promised date plus the tolerance's grace days
 * @param promised the amount promised for the date
 * @param receivedInTime the money that arrived for this instalment by the deadline
 * @param receivedLate the money that arrived for it after the deadline, up to the as-of day
 * @param missing what has not arrived for it by the as-of day
 * @param status OPEN, KEPT, PARTIALLY_KEPT or BROKEN
 * @param reason why, in words, e.g. {@code "EUR 0.00 of EUR 300.00 arrived by 2026-04-18"}
 */
public record PromiseInstalmentGrade(
    int number,
    LocalDate date,
    LocalDate deadline,
    Money promised,
    Money receivedInTime,
    Money receivedLate,
    Money missing,
    PromiseStatus status,
    String reason) {

  /**
   * Validates that nothing is null.
   *
   * @param number the instalment's position in the promise, from 1
   * @param date the promised date
   * @param deadline the last day money is in time
   * @param promised the amount promised for the date
   * @param receivedInTime the money that arrived for this instalment by the deadline
   * @param receivedLate the money that arrived for it after the deadline
   * @param missing what has not arrived for it
   * @param status OPEN, KEPT, PARTIALLY_KEPT or BROKEN
   * @param reason why, in words
   */
  public PromiseInstalmentGrade {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(promised, "promised");
    Objects.requireNonNull(receivedInTime, "receivedInTime");
    Objects.requireNonNull(receivedLate, "receivedLate");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
