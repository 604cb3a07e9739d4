package dev.o2c.aging.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stretch of a period during which one annual rate applies: the days after {@code start} up to
 * and including {@code end}.
 *
 * @param start the last day before the stretch
 * @param end the last day of the stretch, after {@code start}
 * @param percent the annual rate in percent, e.g. {@code 12.62} for base rate 3.62 plus 9 points
 */
public record RatePeriod(LocalDate start, LocalDate end, BigDecimal percent) {

  /**
   * Checks the stretch.
   *
   * @param start the last day before the stretch
   * @param end the last day of the stretch
   * @param percent the annual rate in percent
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public RatePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(percent, "percent");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("rate period " + start + ".." + end + ": its end must be after its start");
    }
  }
}
