package dev.o2c.core.terms;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class HolidayCalendarTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  /** Weekend Sat/Sun plus Christmas 2024 and New Year 2025. */
  private static final HolidayCalendar XMAS = HolidayCalendars.of(
      EnumSet.of(SATURDAY, SUNDAY),
      List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1)));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0}: holiday={1}")
  @MethodSource
  void test_isHoliday_satSun(String date, boolean holiday) {
    assertThat(HolidayCalendars.SAT_SUN.isHoliday(d(date))).isEqualTo(holiday);
    assertThat(HolidayCalendars.SAT_SUN.isBusinessDay(d(date))).isEqualTo(!holiday);
    assertThat(HolidayCalendars.NO_HOLIDAYS.isHoliday(d(date))).isFalse();
  }

  static Stream<Arguments> test_isHoliday_satSun() {
    return Stream.of(
        Arguments.of("2024-03-01", false), // Friday
        Arguments.of("2024-03-02", true), // Saturday
        Arguments.of("2024-03-03", true), // Sunday
        Arguments.of("2024-03-04", false), // Monday
        Arguments.of("2024-02-29", false)); // Thursday, leap day
  }

  @ParameterizedTest(name = "{0}: next {1}, nextOrSame {2}, previous {3}, previousOrSame {4}")
  @MethodSource
  void test_navigation_satSun(
      String date, String next, String nextOrSame, String previous, String previousOrSame) {
    HolidayCalendar cal = HolidayCalendars.SAT_SUN;
    assertThat(cal.next(d(date))).isEqualTo(d(next));
    assertThat(cal.nextOrSame(d(date))).isEqualTo(d(nextOrSame));
    assertThat(cal.previous(d(date))).isEqualTo(d(previous));
    assertThat(cal.previousOrSame(d(date))).isEqualTo(d(previousOrSame));
  }

  static Stream<Arguments> test_navigation_satSun() {
    return Stream.of(
        Arguments.of("2024-03-01", "2024-03-04", "2024-03-01", "2024-02-29", "2024-03-01"),
        Arguments.of("2024-03-02", "2024-03-04", "2024-03-04", "2024-03-01", "2024-03-01"),
        Arguments.of("2024-03-03", "2024-03-04", "2024-03-04", "2024-03-01", "2024-03-01"),
        Arguments.of("2024-03-04", "2024-03-05", "2024-03-04", "2024-03-01", "2024-03-04"),
        Arguments.of("2024-12-31", "2025-01-01", "2024-12-31", "2024-12-30", "2024-12-31"));
  }

  @ParameterizedTest(name = "{0} shifted {1} business days is {2}")
  @MethodSource
  void test_shift_customCalendar(String date, int amount, String expected) {
    assertThat(XMAS.shift(d(date), amount)).isEqualTo(d(expected));
  }

  static Stream<Arguments> test_shift_customCalendar() {
    return Stream.of(
        Arguments.of("2024-12-24", 1, "2024-12-27"), // Tue -> skips 25, 26 -> Fri
        Arguments.of("2024-12-24", 2, "2024-12-30"), // then the weekend -> Mon
        Arguments.of("2024-12-24", 3, "2024-12-31"),
        Arguments.of("2024-12-24", 4, "2025-01-02"), // skips New Year
        Arguments.of("2025-01-02", -4, "2024-12-24"),
        Arguments.of("2024-12-25", 0, "2024-12-25"), // zero never moves, even off a holiday
        Arguments.of("2024-12-25", 1, "2024-12-27"),
        Arguments.of("2024-12-25", -1, "2024-12-24"),
        Arguments.of("2024-12-28", 1, "2024-12-30")); // Saturday -> Monday
  }

  @Test
  void test_of_customWeekendAndHolidays() {
    // A Friday/Saturday weekend as in several Gulf states.
    HolidayCalendar gulf = HolidayCalendars.of(EnumSet.of(FRIDAY, SATURDAY), Set.of(d("2024-04-10")));
    assertThat(gulf.isHoliday(d("2024-03-01"))).isTrue(); // Friday
    assertThat(gulf.isHoliday(d("2024-03-03"))).isFalse(); // Sunday
    assertThat(gulf.isHoliday(d("2024-04-10"))).isTrue(); // Wednesday holiday
    assertThat(gulf.next(d("2024-02-29"))).isEqualTo(d("2024-03-03"));
  }

  @Test
  void test_of_copiesInputsAndIsEqualByValue() {
    List<LocalDate> dates = new ArrayList<>(List.of(d("2024-12-25")));
    Set<DayOfWeek> weekend = EnumSet.of(SATURDAY, SUNDAY);
    HolidayCalendar cal = HolidayCalendars.of(weekend, dates);
    dates.add(d("2024-12-27"));
    weekend.add(FRIDAY);
    assertThat(cal.isHoliday(d("2024-12-27"))).isFalse();
    assertThat(cal).isEqualTo(HolidayCalendars.of(EnumSet.of(SUNDAY, SATURDAY),
        List.of(d("2024-12-25"), d("2024-12-25"))));
    assertThat(cal.hashCode()).isEqualTo(HolidayCalendars.of(EnumSet.of(SUNDAY, SATURDAY),
        List.of(d("2024-12-25"))).hashCode());
    assertThat(cal.toString()).contains("2024-12-25", "SATURDAY");
    assertThat(HolidayCalendars.SAT_SUN).hasToString("SAT_SUN");
  }

  @Test
  void test_of_rejectsAllWeekAndNulls() {
    assertThatThrownBy(() -> HolidayCalendars.of(EnumSet.allOf(DayOfWeek.class), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seven days");
    assertThatThrownBy(() -> HolidayCalendars.of(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("weekend");
    List<LocalDate> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> HolidayCalendars.of(Set.of(), withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("holiday");
  }

  @Test
  void test_combinedWith_unionOfHolidays() {
    HolidayCalendar companyClosing = date -> date.getMonthValue() == 8 && date.getDayOfMonth() <= 2;
    HolidayCalendar both = HolidayCalendars.SAT_SUN.combinedWith(companyClosing);
    assertThat(both.isHoliday(d("2024-08-01"))).isTrue(); // Thursday, closing
    assertThat(both.isHoliday(d("2024-08-03"))).isTrue(); // Saturday
    assertThat(both.isHoliday(d("2024-08-05"))).isFalse();
    assertThat(both.nextOrSame(d("2024-08-01"))).isEqualTo(d("2024-08-05"));
    assertThat(both).isEqualTo(HolidayCalendars.SAT_SUN.combinedWith(companyClosing));
  }

  @Test
  void test_lambdaCalendarWithoutBusinessDays_failsFast() {
    HolidayCalendar never = date -> true;
    assertThatThrownBy(() -> never.next(d("2024-01-01")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No business day");
    assertThatThrownBy(() -> never.previous(d("2024-01-01")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No business day");
  }

  private static Gen<LocalDate> dates() {
    return Generate.range(0, 365 * 60).map(i -> LocalDate.of(1990, 1, 1).plusDays(i));
  }

  @Test
  void test_shift_property_nextIsBusinessAndBackAndForthReturns() {
    qt().withExamples(EXAMPLES)
        .forAll(dates(), Generate.range(-40, 40))
        .checkAssert((date, n) -> {
          LocalDate next = XMAS.next(date);
          assertThat(next).isAfter(date);
          assertThat(XMAS.isBusinessDay(next)).isTrue();
          for (LocalDate between = date.plusDays(1); between.isBefore(next);
              between = between.plusDays(1)) {
            assertThat(XMAS.isHoliday(between)).isTrue();
          }
          LocalDate start = XMAS.nextOrSame(date);
          LocalDate shifted = XMAS.shift(start, n);
          assertThat(XMAS.isBusinessDay(shifted)).isTrue();
          assertThat(XMAS.shift(shifted, -n)).isEqualTo(start);
          assertThat(Integer.signum(shifted.compareTo(start))).isEqualTo(Integer.signum(n));
        });
  }
}
