package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessDayAdjustmentTest {

  private static final HolidayCalendar EASTER_2024 = HolidayCalendars.of(
      EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
      List.of(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1)));

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource
  void test_adjust_satSun(BusinessDayAdjustment adjustment, String date, String expected) {
    assertThat(adjustment.adjust(LocalDate.parse(date), HolidayCalendars.SAT_SUN))
        .isEqualTo(LocalDate.parse(expected));
  }

  static Stream<Arguments> test_adjust_satSun() {
    return Stream.of(
        // a business day never moves
        Arguments.of(BusinessDayAdjustment.NONE, "2024-08-30", "2024-08-30"),
        Arguments.of(BusinessDayAdjustment.FOLLOWING, "2024-08-30", "2024-08-30"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-08-30", "2024-08-30"),
        Arguments.of(BusinessDayAdjustment.PRECEDING, "2024-08-30", "2024-08-30"),
        // Saturday 31 August, the month's last day
        Arguments.of(BusinessDayAdjustment.NONE, "2024-08-31", "2024-08-31"),
        Arguments.of(BusinessDayAdjustment.FOLLOWING, "2024-08-31", "2024-09-02"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-08-31", "2024-08-30"),
        Arguments.of(BusinessDayAdjustment.PRECEDING, "2024-08-31", "2024-08-30"),
        // Saturday mid-month: modified following behaves like following
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-08-17", "2024-08-19"),
        Arguments.of(BusinessDayAdjustment.PRECEDING, "2024-08-18", "2024-08-16"),
        // December -> January
        Arguments.of(BusinessDayAdjustment.FOLLOWING, "2022-12-31", "2023-01-02"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2022-12-31", "2022-12-30"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource
  void test_adjust_customCalendar(BusinessDayAdjustment adjustment, String date, String expected) {
    assertThat(adjustment.adjust(LocalDate.parse(date), EASTER_2024))
        .isEqualTo(LocalDate.parse(expected));
  }

  static Stream<Arguments> test_adjust_customCalendar() {
    return Stream.of(
        // Good Friday 29 March .. Easter Monday 1 April 2024
        Arguments.of(BusinessDayAdjustment.FOLLOWING, "2024-03-29", "2024-04-02"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-03-29", "2024-03-28"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-03-31", "2024-03-28"),
        Arguments.of(BusinessDayAdjustment.PRECEDING, "2024-04-01", "2024-03-28"),
        Arguments.of(BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-04-01", "2024-04-02"),
        Arguments.of(BusinessDayAdjustment.NONE, "2024-04-01", "2024-04-01"));
  }
}
