package dev.o2c.aging.interest;

import dev.o2c.aging.kpi.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The standard day-count conventions as named constants.
 *
 * <ul>
 *   <li>{@link #ACT_365F}: actual days / 365, also in leap years. The UK Late Payment Act's daily
 *       rate (a year's interest / 365) and o2c's default.
 *   <li>{@link #ACT_360}: actual days / 360 (money-market and many bank contracts).
 *   <li>{@link #THIRTY_E_360}: 30E/360 (Eurobond basis): a day 31 counts as 30, at either end; no
 *       special rule for February, so 31 January to 28 February is 28 days but 28 February to 31
 *       March is 32.
 *   <li>{@link #ACT_ACT_ISDA}: ACT/ACT (ISDA): the days falling in a leap year / 366 plus the days
 *       falling in other years / 365, the period split at each year end.
 * </ul>
 */
public final class DayCounts {

  /** Actual days / 365, whether or not the year is a leap year. */
  public static final DayCount ACT_365F = new Actual("ACT/365F", 365);

  /** Actual days / 360. */
  public static final DayCount ACT_360 = new Actual("ACT/360", 360);

  /**
   * 30E/360: {@code (360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1)) / 360} with a day 31 read as 30 at
   * either date (ISDA 2006 4.16(g), the Eurobond basis).
   */
  public static final DayCount THIRTY_E_360 = new ThirtyE360();

  /**
   * ACT/ACT (ISDA 2006 4.16(b)): actual days in leap years / 366 plus actual days in other years /
   * 365. As ISDA counts them, the days of a period are {@code start} up to the day before {@code
   * end}; the number of days is the same as late-payment interest counts them ({@code end − start}),
   * and a period from 31 December to 10 January has one day in the old year and nine in the new.
   */
  public static final DayCount ACT_ACT_ISDA = new ActActIsda();

  private DayCounts() {}

  static DayCount of(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.strip().toUpperCase(Locale.ROOT)) {
      case "ACT/365F":
      case "ACT/365":
        return ACT_365F;
      case "ACT/360":
        return ACT_360;
      case "30E/360":
        return THIRTY_E_360;
      case "ACT/ACT":
      case "ACT/ACT ISDA":
        return ACT_ACT_ISDA;
      default:
        throw new IllegalArgumentException("unknown day count '" + name + "': use ACT/365F, ACT/360, 30E/360 or ACT/ACT");
    }
  }

  /** Actual days over a fixed year length. */
  private static final class Actual implements DayCount {
    private final String name;
    private final BigDecimal year;

    Actual(String name, int yearDays) {
      this.name = name;
      this.year = BigDecimal.valueOf(yearDays);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public long days(LocalDate start, LocalDate end) {
      check(start, end);
      return ChronoUnit.DAYS.between(start, end);
    }

    @Override
    public Ratio yearFraction(LocalDate start, LocalDate end) {
      return Ratio.of(BigDecimal.valueOf(days(start, end)), year);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** 30E/360. */
  private static final class ThirtyE360 implements DayCount {
    private static final BigDecimal YEAR = BigDecimal.valueOf(360);

    @Override
    public String name() {
      return "30E/360";
    }

    @Override
    public long days(LocalDate start, LocalDate end) {
      check(start, end);
      return serial(end) - serial(start);
    }

    @Override
    public Ratio yearFraction(LocalDate start, LocalDate end) {
      return Ratio.of(BigDecimal.valueOf(days(start, end)), YEAR);
    }

    /** The day on a calendar of 30-day months, so that a count is a difference (hence additive). */
    private static long serial(LocalDate date) {
      return 360L * date.getYear() + 30L * (date.getMonthValue() - 1) + Math.min(date.getDayOfMonth(), 30);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** ACT/ACT (ISDA). */
  private static final class ActActIsda implements DayCount {
    private static final BigDecimal COMMON_DENOMINATOR = BigDecimal.valueOf(365L * 366);

    @Override
    public String name() {
      return "ACT/ACT";
    }

    @Override
    public long days(LocalDate start, LocalDate end) {
      check(start, end);
      return ChronoUnit.DAYS.between(start, end);
    }

    @Override
    public Ratio yearFraction(LocalDate start, LocalDate end) {
      check(start, end);
      long inLeap = 0;
      long inOther = 0;
      LocalDate from = start;
      while (from.isBefore(end)) {
        LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
        LocalDate to = nextYear.isBefore(end) ? nextYear : end;
        long days = ChronoUnit.DAYS.between(from, to);
        if (Year.isLeap(from.getYear())) {
          inLeap += days;
        } else {
          inOther += days;
        }
        from = to;
      }
      // inOther / 365 + inLeap / 366 over the common denominator 365 × 366
      return Ratio.of(BigDecimal.valueOf(inOther * 366 + inLeap * 365), COMMON_DENOMINATOR);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private static void check(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
  }
}
