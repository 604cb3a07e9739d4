package dev.o2c.aging.collections;

import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A promise to pay graded as of a day: the whole promise and each promised amount, with the money
 * promised, received and missing and the reason ({@link PromiseEvaluator}).
 *
 * <p>{@code promised = received + missing}; money beyond the promised total is not counted.
 *
 * @param promise the promise, carrying the graded status ({@link PromiseToPay#withStatus})
 * @param asOf the day of the grading
 * @param status the whole promise's grade; {@link PromiseStatus#CANCELLED} if the promise was cancelled
 * @param promised the total promised
 * @param receivedInTime the money that arrived by each instalment's deadline, summed
 * @param received the money that arrived for the promise by the as-of day, in time or late
 * @param missing what has not arrived by the as-of day
 * @param instalments each promised amount's grade, in date order
 * @param reason why the promise has its grade, in words
 */
public record PromiseEvaluation(
    PromiseToPay promise,
    LocalDate asOf,
    PromiseStatus status,
    Money promised,
    Money receivedInTime,
    Money received,
    Money missing,
    List<PromiseInstalmentGrade> instalments,
    String reason) {

  /**
   * Validates that nothing is null and copies the instalments.
   *
   * @param promise the promise, carrying the graded status
   * @param asOf the day of the grading
   * @param status the whole promise's grade
   * @param promised the total promised
   * @param receivedInTime the money that arrived by each instalment's deadline, summed
   * @param received the money that arrived for the promise by the as-of day
   * @param missing what has not arrived by the as-of day
   * @param instalments each promised amount's grade, in date order
   * @param reason why the promise has its grade
   */
  public PromiseEvaluation {
    Objects.requireNonNull(promise, "promise");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(promised, "promised");
    Objects.requireNonNull(receivedInTime, "receivedInTime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(missing, "missing");
    instalments = List.copyOf(instalments);
    Objects.requireNonNull(reason, "reason");
  }
}
