package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * A band of overdue amounts handled by one collector, from an amount upwards (to the next band's
 * start); see {@link CollectorAssignment#byAmountBand}.
 *
 * @param fromInclusive the smallest overdue amount of the band, not negative; its currency is the band's
 * @param collector the collector of the band
 */
public record CollectorAmountBand(Money fromInclusive, CollectorId collector) {

  /**
   * Validates the band.
   *
   * @param fromInclusive the smallest overdue amount, not negative
   * @param collector the collector
   * @throws IllegalArgumentException if the amount is negative
   */
  public CollectorAmountBand {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(collector, "collector");
    if (fromInclusive.isNegative()) {
      throw new IllegalArgumentException("amount band of " + collector + " starts at a negative " + fromInclusive);
    }
  }

  /**
   * A band.
   *
   * @param fromInclusive the smallest overdue amount, not negative
   * @param collector the collector
   * @return the band
   * @throws IllegalArgumentException if the amount is negative
   */
  public static CollectorAmountBand of(Money fromInclusive, CollectorId collector) {
    return new CollectorAmountBand(fromInclusive, collector);
  }
}
