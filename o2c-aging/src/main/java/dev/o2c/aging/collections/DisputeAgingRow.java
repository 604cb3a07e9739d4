package dev.o2c.aging.collections;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * One open dispute case in a {@link DisputeAgingReport}.
 *
 * @param id the case
 * @param customerId the customer
 * @param reason the reason code
 * @param status the case's state on the as-of day
 * @param amount the total disputed
 * @param daysOpen days from the day raised to the as-of day
 * @param daysPastTarget days from the target date to the as-of day; zero or negative while the target
 *     has not passed
 * @param bucket the index of the aging bucket
 * @param bucketLabel the bucket's label, e.g. {@code 1-30}
 */
public record DisputeAgingRow(
    DisputeId id,
    CustomerId customerId,
    DeductionReason reason,
    DisputeStatus status,
    Money amount,
    long daysOpen,
    long daysPastTarget,
    int bucket,
    String bucketLabel) {

  /**
   * Validates that nothing is null.
   *
   * @param id the case
   * @param customerId the customer
   * @param reason the reason code
   * @param status the case's state on the as-of day
   * @param amount the total disputed
   * @param daysOpen days from the day raised to the as-of day
   * @param daysPastTarget days from the target date to the as-of day
   * @param bucket the index of the aging bucket
   * @param bucketLabel the bucket's label
   */
  public DisputeAgingRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bucketLabel, "bucketLabel");
  }

  /** {@return true if the target date has passed} */
  public boolean isPastTarget() {
    return daysPastTarget > 0;
  }
}
