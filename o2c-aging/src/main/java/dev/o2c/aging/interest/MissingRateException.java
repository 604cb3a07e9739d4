package dev.o2c.aging.interest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a {@link RateTable} has no rate in force on a day that an interest calculation needs:
 * the table starts later. The message names the day and the table's first effective date, e.g.
 * {@code no rate in force on 2023-12-31: the table starts on 2024-01-01}.
 */
public final class MissingRateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The day without a rate. */
  private final LocalDate day;

  /**
   * A day the table does not cover.
   *
   * @param day the day a rate was asked for
   * @param firstEffectiveDate the table's first effective date
   */
  public MissingRateException(LocalDate day, LocalDate firstEffectiveDate) {
    super("no rate in force on " + Objects.requireNonNull(day, "day") + ": the table starts on "
        + Objects.requireNonNull(firstEffectiveDate, "firstEffectiveDate"));
    this.day = day;
  }

  /** {@return the day a rate was asked for and the table does not cover} */
  public LocalDate day() {
    return day;
  }
}
