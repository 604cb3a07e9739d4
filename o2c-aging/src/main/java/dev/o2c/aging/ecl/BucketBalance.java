package dev.o2c.aging.ecl;

import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * The gross open amount of one aging bucket: one row of {@link BucketBalances}.
 *
 * @param label the bucket's label, as the aging report shows it (e.g. {@code 31-60}); not blank
 * @param gross the signed open amount in the bucket (credit memos reduce it)
 */
public record BucketBalance(String label, Money gross) {

  /**
   * Checks the row.
   *
   * @param label the bucket's label, not blank
   * @param gross the signed open amount in the bucket
   * @throws IllegalArgumentException if the label is blank
   */
  public BucketBalance {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(gross, "gross");
    if (label.isBlank()) {
      throw new IllegalArgumentException("bucket label is blank");
    }
  }
}
