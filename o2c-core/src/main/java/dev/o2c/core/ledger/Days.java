package dev.o2c.core.ledger;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Numbers the days the ledger meets (posting, document, due and value dates), so items, payments,
 * applications and journal lines keep a day as an {@code int} and share one {@link LocalDate} per
 * day. A ledger meets a few thousand distinct days and holds millions of dates: a {@code LocalDate}
 * per date costs 24 bytes and a reference to it 4.
 *
 * <p>Numbers follow first sight, not the calendar: compare days by {@link #epochDay(int)}.
 */
final class Days {
  private final IdTable<LocalDate> days = new IdTable<>();
  private long[] epochDays = new long[64];
  /** The day added last and its number: postings come day after day, so most days are the last one again. */
  private LocalDate last;
  private int lastNumber;

  /**
   * The number of a day, numbering it if it is new.
   *
   * @param date the day
   * @return its number
   */
  int add(LocalDate date) {
    if (date.equals(last)) {
      return lastNumber;
    }
    int known = days.size();
    int number = days.add(date);
    if (number == known) {
      if (number == epochDays.length) {
        epochDays = Arrays.copyOf(epochDays, number * 2);
      }
      epochDays[number] = date.toEpochDay();
    }
    last = date;
    lastNumber = number;
    return number;
  }

  /** {@return the day with a number returned by {@link #add}} */
  LocalDate get(int number) {
    return days.get(number);
  }

  /** {@return the epoch day of the day with a number returned by {@link #add}} */
  long epochDay(int number) {
    return epochDays[number];
  }
}
