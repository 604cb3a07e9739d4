package dev.o2c.core.terms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A business-day calendar: which dates are holidays (non-business days, weekends included).
 *
 * <p>Only {@link #isHoliday(LocalDate)} is abstract; every other method derives from it, so a host
 * application plugs in its own calendar with a lambda or a small class, for example one backed by
 * its ERP's factory calendar. Ready-made calendars live in {@link HolidayCalendars}.
 *
 * <p>The derived methods search at most {@value #MAX_SEARCH_DAYS} days for a business day and throw
 * {@link IllegalStateException} when there is none, so a calendar that marks every day a holiday
 * fails fast instead of looping. Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /** How many consecutive days the derived methods examine before giving up: one leap year. */
  int MAX_SEARCH_DAYS = 366;

  /**
   * Tells whether the date is a holiday, that is not a business day. Weekends count as holidays.
   *
   * @param date the date to check
   * @return true if no business is done on that date
   * @throws NullPointerException if date is null
   */
  boolean isHoliday(LocalDate date);

  /**
   * Tells whether the date is a business day, the opposite of {@link #isHoliday(LocalDate)}.
   *
   * @param date the date to check
   * @return true if business is done on that date
   * @throws NullPointerException if date is null
   */
  default boolean isBusinessDay(LocalDate date) {
    return !isHoliday(date);
  }

  /**
   * Returns the first business day strictly after the date. For {@link HolidayCalendars#SAT_SUN},
   * Friday 2024-03-01 gives Monday 2024-03-04.
   *
   * @param date the date to start from, excluded
   * @return the next business day, always after {@code date}
   * @throws IllegalStateException if no business day occurs within {@value #MAX_SEARCH_DAYS} days
   * @throws java.time.DateTimeException if the search passes {@link LocalDate#MAX}
   */
  default LocalDate next(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate candidate = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      candidate = candidate.plusDays(1);
      if (isBusinessDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No business day within " + MAX_SEARCH_DAYS + " days after " + date + " in " + this);
  }

  /**
   * Returns the date itself if it is a business day, otherwise the {@linkplain #next next} one.
   *
   * @param date the date to start from, included
   * @return the first business day on or after {@code date}
   * @throws IllegalStateException if no business day occurs within {@value #MAX_SEARCH_DAYS} days
   */
  default LocalDate nextOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isBusinessDay(date) ? date : next(date);
  }

  /**
   * Returns the last business day strictly before the date. For {@link HolidayCalendars#SAT_SUN},
   * Monday 2024-03-04 gives Friday 2024-03-01.
   *
   * @param date the date to start from, excluded
   * @return the previous business day, always before {@code date}
   * @throws IllegalStateException if no business day occurs within {@value #MAX_SEARCH_DAYS} days
   * @throws java.time.DateTimeException if the search passes {@link LocalDate#MIN}
   */
  default LocalDate previous(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate candidate = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      candidate = candidate.minusDays(1);
      if (isBusinessDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No business day within " + MAX_SEARCH_DAYS + " days before " + date + " in " + this);
  }

  /**
   * Returns the date itself if it is a business day, otherwise the {@linkplain #previous previous}
   * one.
   *
   * @param date the date to start from, included
   * @return the last business day on or before {@code date}
   * @throws IllegalStateException if no business day occurs within {@value #MAX_SEARCH_DAYS} days
   */
  default LocalDate previousOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isBusinessDay(date) ? date : previous(date);
  }

  /**
   * Moves the date by a number of business days: forward for a positive amount (by repeated
   * {@link #next}), backward for a negative one (by repeated {@link #previous}). An amount of zero
   * returns the date unchanged, even if it is a holiday. For {@link HolidayCalendars#SAT_SUN},
   * shifting Friday 2024-03-01 by 1 gives Monday 2024-03-04, and Saturday 2024-03-02 by 1 also gives
   * Monday 2024-03-04.
   *
   * @param date the date to start from
   * @param businessDays how many business days to move, negative to move back
   * @return the shifted date
   * @throws IllegalStateException if a gap without business days exceeds {@value #MAX_SEARCH_DAYS}
   *     days
   */
  default LocalDate shift(LocalDate date, int businessDays) {
    Objects.requireNonNull(date, "date");
    LocalDate result = date;
    if (businessDays > 0) {
      for (int i = 0; i < businessDays; i++) {
        result = next(result);
      }
    } else {
      for (int i = 0; i > businessDays; i--) {
        result = previous(result);
      }
    }
    return result;
  }

  /**
   * Returns a calendar in which a date is a holiday if it is a holiday in this calendar or in the
   * other one, for example a country calendar combined with a company's closing days.
   *
   * @param other the calendar to combine with
   * @return the union of both calendars' holidays; this instance is unaffected
   * @throws NullPointerException if other is null
   */
  default HolidayCalendar combinedWith(HolidayCalendar other) {
    Objects.requireNonNull(other, "other");
    return HolidayCalendars.combined(this, other);
  }
}
