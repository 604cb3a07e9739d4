package dev.o2c.core.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ready-made {@link HolidayCalendar}s and factories for simple ones.
 *
 * <p>o2c ships no country holiday tables: hosts build theirs with {@link #of(Set, Collection)} from
 * their own data, or implement {@link HolidayCalendar} directly.
 */
public final class HolidayCalendars {

  /** Saturdays and Sundays are holidays, every other day is a business day. The usual default. */
  public static final HolidayCalendar SAT_SUN =
      new WeekendAndDates("SAT_SUN", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());

  /** Every day is a business day; due dates under this calendar are never moved. */
  public static final HolidayCalendar NO_HOLIDAYS =
      new WeekendAndDates("NO_HOLIDAYS", EnumSet.noneOf(DayOfWeek.class), Set.of());

  private HolidayCalendars() {}

  /**
   * Returns a calendar with a weekly weekend and a list of holiday dates. For example
   * {@code of(EnumSet.of(SATURDAY, SUNDAY), List.of(LocalDate.of(2024, 12, 25)))}. The inputs are
   * copied, so later changes to them do not affect the calendar. Calendars built from equal inputs
   * are equal.
   *
   * @param weekend the days of the week that are never business days, may be empty
   * @param holidays further non-business dates, duplicates allowed
   * @return the calendar
   * @throws NullPointerException if an argument or a holiday is null
   * @throws IllegalArgumentException if {@code weekend} holds all seven days
   */
  public static HolidayCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    Objects.requireNonNull(weekend, "weekend");
    Objects.requireNonNull(holidays, "holidays");
    EnumSet<DayOfWeek> weekendCopy = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : weekend) {
      weekendCopy.add(Objects.requireNonNull(day, "weekend day"));
    }
    if (weekendCopy.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("A weekend of all seven days leaves no business day");
    }
    Set<LocalDate> holidaysCopy = new TreeSet<>();
    for (LocalDate date : holidays) {
      holidaysCopy.add(Objects.requireNonNull(date, "holiday"));
    }
    return new WeekendAndDates(null, weekendCopy, holidaysCopy);
  }

  static HolidayCalendar combined(HolidayCalendar first, HolidayCalendar second) {
    return new Combined(first, second);
  }

  /** A weekly weekend plus explicit dates; equal by value. */
  private static final class WeekendAndDates implements HolidayCalendar {
    private final String name;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    WeekendAndDates(String name, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
      this.name = name;
      this.weekend = Set.copyOf(weekend);
      this.holidays = Set.copyOf(holidays);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return weekend.contains(date.getDayOfWeek()) || holidays.contains(date);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WeekendAndDates
          && ((WeekendAndDates) o).weekend.equals(weekend)
          && ((WeekendAndDates) o).holidays.equals(holidays);
    }

    @Override
    public int hashCode() {
      return weekend.hashCode() * 31 + holidays.hashCode();
    }

    @Override
    public String toString() {
      if (name != null) {
        return name;
      }
      return "HolidayCalendar[weekend=" + new TreeSet<>(weekend) + ", holidays="
          + new TreeSet<>(holidays) + "]";
    }
  }

  /** The union of two calendars. */
  private static final class Combined implements HolidayCalendar {
    private final HolidayCalendar first;
    private final HolidayCalendar second;

    Combined(HolidayCalendar first, HolidayCalendar second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
      return first.isHoliday(date) || second.isHoliday(date);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Combined
          && ((Combined) o).first.equals(first)
          && ((Combined) o).second.equals(second);
    }

    @Override
    public int hashCode() {
      return first.hashCode() * 31 + second.hashCode();
    }

    @Override
    public String toString() {
      return first + "+" + second;
    }
  }
}
