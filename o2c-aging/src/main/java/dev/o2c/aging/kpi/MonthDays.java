package dev.o2c.aging.kpi;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many days a month counts in DSO and turnover: sources disagree, so the KPIs take it as a
 * parameter. The CLI's {@code --month-days calendar|30}.
 */
public enum MonthDays {

  /** A month counts its calendar days: 31 for January, 28 or 29 for February. */
  CALENDAR,

  /** Every month counts 30 days (the banker's month), so a quarter is 90 days. */
  THIRTY;

  /**
   * The days a month counts.
   *
   * @param month the month
   * @return its calendar length for {@link #CALENDAR}, 30 for {@link #THIRTY}
   */
  public int days(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return this == THIRTY ? 30 : month.lengthOfMonth();
  }
}
