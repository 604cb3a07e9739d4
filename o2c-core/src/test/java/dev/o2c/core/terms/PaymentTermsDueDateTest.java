package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.money.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

class PaymentTermsDueDateTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  private static final HolidayCalendar XMAS = HolidayCalendars.of(
      EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
      List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1)));

  @ParameterizedTest(name = "{0} on {1} is due {2}")
  @MethodSource
  void test_dueDate_unadjusted(String terms, String documentDate, String expected) {
    PaymentTerms t = PaymentTerms.parse(terms);
    assertThat(t.dueDate(LocalDate.parse(documentDate))).isEqualTo(LocalDate.parse(expected));
  }

  static Stream<Arguments> test_dueDate_unadjusted() {
    return Stream.of(
        Arguments.of("DUE ON RECEIPT", "2024-05-17", "2024-05-17"),
        Arguments.of("NET 30", "2024-03-01", "2024-03-31"),
        Arguments.of("NET 30", "2024-01-31", "2024-03-01"), // through leap Feb 29
        Arguments.of("NET 30", "2023-01-31", "2023-03-02"), // through Feb 28
        Arguments.of("NET 30", "2024-02-29", "2024-03-30"),
        Arguments.of("NET 365", "2024-02-29", "2025-02-28"),
        Arguments.of("NET 60", "2024-12-15", "2025-02-13"), // December -> February
        Arguments.of("NET 30", "2024-12-15", "2025-01-14"), // December -> January
        Arguments.of("NET 30 EOM", "2024-01-20", "2024-03-01"),
        Arguments.of("NET 30 EOM", "2024-01-31", "2024-03-01"),
        Arguments.of("NET 30 EOM", "2023-02-01", "2023-03-30"),
        Arguments.of("NET 30 EOM", "2024-02-10", "2024-03-30"),
        Arguments.of("NET 30 EOM", "2024-12-15", "2025-01-30"),
        Arguments.of("NET 0 EOM", "2024-02-03", "2024-02-29"),
        Arguments.of("NET 15 EOM", "2024-11-30", "2024-12-15"),
        Arguments.of("DAY 15 NEXT MONTH", "2024-12-05", "2025-01-15"),
        Arguments.of("DAY 15 NEXT MONTH", "2024-01-31", "2024-02-15"),
        Arguments.of("DAY 31 NEXT MONTH", "2024-01-15", "2024-02-29"),
        Arguments.of("DAY 31 NEXT MONTH", "2023-01-15", "2023-02-28"),
        Arguments.of("DAY 30 NEXT MONTH", "2024-01-01", "2024-02-29"),
        Arguments.of("DAY 31 NEXT MONTH", "2024-03-31", "2024-04-30"),
        Arguments.of("DAY 31 NEXT MONTH", "2024-11-30", "2024-12-31"),
        Arguments.of("DAY 1 NEXT MONTH", "2024-12-31", "2025-01-01"),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "2024-01-01", "2024-03-01"),
        Arguments.of("INSTALMENTS 50%/0 50%/30 EOM", "2024-01-10", "2024-03-01"));
  }

  @ParameterizedTest(name = "{0} on {1} with {2}, {3} is due {4}")
  @MethodSource
  void test_dueDate_adjusted(
      String terms, String documentDate, String calendar, BusinessDayAdjustment adjustment,
      String expected) {
    HolidayCalendar cal = calendar.equals("SAT_SUN") ? HolidayCalendars.SAT_SUN : XMAS;
    PaymentTerms t = PaymentTerms.parse(terms);
    assertThat(t.dueDate(LocalDate.parse(documentDate), cal, adjustment))
        .isEqualTo(LocalDate.parse(expected));
  }

  static Stream<Arguments> test_dueDate_adjusted() {
    return Stream.of(
        // 2024-09-01 is a Sunday, at the start of its month
        Arguments.of("NET 30", "2024-08-02", "SAT_SUN", BusinessDayAdjustment.NONE, "2024-09-01"),
        Arguments.of("NET 30", "2024-08-02", "SAT_SUN", BusinessDayAdjustment.FOLLOWING,
            "2024-09-02"),
        Arguments.of("NET 30", "2024-08-02", "SAT_SUN", BusinessDayAdjustment.MODIFIED_FOLLOWING,
            "2024-09-02"),
        Arguments.of("NET 30", "2024-08-02", "SAT_SUN", BusinessDayAdjustment.PRECEDING,
            "2024-08-30"),
        // 2024-08-31 is a Saturday, at the end of its month
        Arguments.of("NET 30", "2024-08-01", "SAT_SUN", BusinessDayAdjustment.FOLLOWING,
            "2024-09-02"),
        Arguments.of("NET 30", "2024-08-01", "SAT_SUN", BusinessDayAdjustment.MODIFIED_FOLLOWING,
            "2024-08-30"),
        Arguments.of("NET 30 EOM", "2024-09-10", "SAT_SUN", BusinessDayAdjustment.FOLLOWING,
            "2024-10-30"),
        Arguments.of("DAY 30 NEXT MONTH", "2024-10-03", "SAT_SUN", BusinessDayAdjustment.FOLLOWING,
            "2024-12-02"),
        Arguments.of("DAY 30 NEXT MONTH", "2024-10-03", "SAT_SUN",
            BusinessDayAdjustment.MODIFIED_FOLLOWING, "2024-11-29"),
        // custom calendar: Christmas and New Year
        Arguments.of("NET 30", "2024-11-25", "XMAS", BusinessDayAdjustment.FOLLOWING, "2024-12-27"),
        Arguments.of("NET 30", "2024-11-25", "XMAS", BusinessDayAdjustment.PRECEDING, "2024-12-24"),
        Arguments.of("NET 1 EOM", "2024-12-05", "XMAS", BusinessDayAdjustment.FOLLOWING,
            "2025-01-02"),
        Arguments.of("NET 1 EOM", "2024-12-05", "XMAS", BusinessDayAdjustment.MODIFIED_FOLLOWING,
            "2025-01-02"),
        Arguments.of("NET 1 EOM", "2024-12-05", "XMAS", BusinessDayAdjustment.PRECEDING,
            "2024-12-31"),
        Arguments.of("DAY 25 NEXT MONTH", "2024-11-02", "XMAS", BusinessDayAdjustment.FOLLOWING,
            "2024-12-27"),
        Arguments.of("DUE ON RECEIPT", "2024-12-26", "XMAS", BusinessDayAdjustment.FOLLOWING,
            "2024-12-27"));
  }

  @Test
  void test_instalmentDates_adjustedLikeDueDate() {
    PaymentTerms t = PaymentTerms.parse("INSTALMENTS 50%/30 50%/60");
    List<DueAmount> due = t.instalments(Money.of("EUR", "100.00"), LocalDate.of(2024, 8, 1),
        HolidayCalendars.SAT_SUN, BusinessDayAdjustment.FOLLOWING);
    // 2024-08-31 is a Saturday, 2024-09-30 a Monday
    assertThat(due).containsExactly(
        DueAmount.of(LocalDate.of(2024, 9, 2), Money.of("EUR", "50.00")),
        DueAmount.of(LocalDate.of(2024, 9, 30), Money.of("EUR", "50.00")));
  }

  @Test
  void test_dueDate_property_matchesDefinitionForEveryKind() {
    qt().withExamples(EXAMPLES)
        .forAll(TermsGen.terms(), TermsGen.dates(),
            Generate.enumValues(BusinessDayAdjustment.class))
        .checkAssert((terms, date, adjustment) -> {
          LocalDate due = terms.dueDate(date);
          switch (terms.basis()) {
            case DOCUMENT_DATE:
              assertThat(ChronoUnit.DAYS.between(date, due)).isEqualTo(terms.netDays());
              break;
            case END_OF_MONTH:
              LocalDate monthEnd = date.withDayOfMonth(date.lengthOfMonth());
              assertThat(ChronoUnit.DAYS.between(monthEnd, due)).isEqualTo(terms.netDays());
              break;
            default:
              assertThat(due.withDayOfMonth(1)).isEqualTo(date.withDayOfMonth(1).plusMonths(1));
              assertThat(due.getDayOfMonth())
                  .isEqualTo(Math.min(terms.dayOfMonth(), due.lengthOfMonth()));
          }
          LocalDate adjusted = terms.dueDate(date, HolidayCalendars.SAT_SUN, adjustment);
          assertThat(adjusted).isEqualTo(adjustment.adjust(due, HolidayCalendars.SAT_SUN));
          if (adjustment != BusinessDayAdjustment.NONE) {
            assertThat(HolidayCalendars.SAT_SUN.isBusinessDay(adjusted)).isTrue();
          }
        });
  }
}
