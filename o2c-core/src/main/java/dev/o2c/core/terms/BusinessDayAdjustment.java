package dev.o2c.core.terms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a date computed from payment terms (a net due date, a discount deadline, an instalment date)
 * moves when it falls on a holiday of a {@link HolidayCalendar}. A date that is already a business
 * day never moves.
 *
 * <p>Examples with {@link HolidayCalendars#SAT_SUN}, for Saturday 2024-08-31 (the last day of its
 * month): {@code NONE} keeps 2024-08-31, {@code FOLLOWING} gives Monday 2024-09-02,
 * {@code MODIFIED_FOLLOWING} gives Friday 2024-08-30 (the following day is in the next month),
 * {@code PRECEDING} gives Friday 2024-08-30.
 */
public enum BusinessDayAdjustment {

  /** The date is kept even if it is a holiday. */
  NONE,

  /**
   * The date moves forward to the next business day. This is the usual rule for due dates and
   * discount deadlines: a payment received on the next business day counts as on time.
   */
  FOLLOWING,

  /**
   * The date moves forward to the next business day unless that day is in a later calendar month, in
   * which case it moves back to the previous business day instead, so the date stays in its month.
   */
  MODIFIED_FOLLOWING,

  /** The date moves back to the previous business day. */
  PRECEDING;

  /**
   * Applies this adjustment to a date.
   *
   * @param date the unadjusted date
   * @param calendar the calendar deciding which days are business days
   * @return the adjusted date, equal to {@code date} when it is a business day or for {@link #NONE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the calendar has no business day near the date
   */
  public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(calendar, "calendar");
    switch (this) {
      case NONE:
        return date;
      case FOLLOWING:
        return calendar.nextOrSame(date);
      case MODIFIED_FOLLOWING:
        LocalDate following = calendar.nextOrSame(date);
        return following.getMonth() == date.getMonth() && following.getYear() == date.getYear()
            ? following
            : calendar.previousOrSame(date);
      case PRECEDING:
        return calendar.previousOrSame(date);
      default:
        throw new AssertionError(this);
    }
  }
}
