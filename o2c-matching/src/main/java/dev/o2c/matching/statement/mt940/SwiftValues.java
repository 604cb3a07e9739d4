package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the small SWIFT value formats: dates, amounts, balances, floor limits, sums. */
final class SwiftValues {
  private static final Pattern BALANCE = Pattern.compile("([CD])([0-9]{6})([A-Z]{3})([0-9,]+)");
  private static final Pattern FLOOR = Pattern.compile("([A-Z]{3})([CD]?)([0-9,]+)");
  private static final Pattern SUM = Pattern.compile("([0-9]{1,9})([A-Z]{3})([0-9,]+)");
  private static final Pattern DATE_TIME = Pattern.compile("([0-9]{6})([0-9]{2})([0-9]{2})([+-][0-9]{4})?");

  private SwiftValues() {}

  /**
   * A SWIFT {@code YYMMDD} date. Years 00-79 are read as 2000-2079 and 80-99 as 1980-1999, the window
   * every MT940 producer we know of uses.
   */
  static LocalDate date(String yymmdd, int line) {
    if (yymmdd.length() != 6 || !allDigits(yymmdd)) {
      throw new SwiftFormatException(line, "date '" + yymmdd + "' is not YYMMDD");
    }
    int yy = twoDigits(yymmdd, 0);
    int year = yy < 80 ? 2000 + yy : 1900 + yy;
    try {
      return LocalDate.of(year, twoDigits(yymmdd, 2), twoDigits(yymmdd, 4));
    } catch (DateTimeException e) {
      throw new SwiftFormatException(line, "date '" + yymmdd + "' does not exist");
    }
  }

  /**
   * The booking (entry) date {@code MMDD} of a {@code :61:} line, placed in the year that brings it
   * closest to the value date: an entry on 31 Dec for a value date of 2 Jan lies in the previous year.
   */
  static LocalDate entryDate(LocalDate valueDate, String mmdd, int line) {
    int month = twoDigits(mmdd, 0);
    int day = twoDigits(mmdd, 2);
    MonthDay md;
    try {
      md = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw new SwiftFormatException(line, "entry date '" + mmdd + "' does not exist");
    }
    LocalDate best = null;
    for (int y = valueDate.getYear() - 1; y <= valueDate.getYear() + 1; y++) {
      if (!md.isValidYear(y)) {
        continue;
      }
      LocalDate candidate = md.atYear(y);
      if (best == null || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
          < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
        best = candidate;
      }
    }
    if (best == null) {
      throw new SwiftFormatException(line, "entry date '" + mmdd + "' does not exist near " + valueDate);
    }
    return best;
  }

  /** A SWIFT amount such as {@code 1234,56}, {@code 75,} or {@code 0} (decimal comma, no sign). */
  static BigDecimal amount(String text, int line) {
    BigDecimal small = smallAmount(text);
    if (small != null) {
      return small;
    }
    if (!isAmount(text)) {
      throw new SwiftFormatException(line, "amount '" + abbreviate(text) + "' is not a SWIFT amount");
    }
    String plain = text.endsWith(",") ? text.substring(0, text.length() - 1) : text.replace(',', '.');
    return new BigDecimal(plain);
  }

  /**
   * The common case of {@link #amount} without a String copy: at most 18 digits in all, at most one
   * comma. Gives the same value and scale as {@code new BigDecimal} on the text with a point; null when
   * the text is anything else (the general path then decides).
   */
  private static BigDecimal smallAmount(String text) {
    int n = text.length();
    if (n == 0 || n > 19) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int comma = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == ',' && comma < 0 && i > 0) {
        comma = i;
      } else {
        return null;
      }
    }
    if (digits > 18 || (comma < 0 ? digits : comma) > 17) {
      // At most 17 digits before the comma (isAmount's rule); the general path reports the rest.
      return null;
    }
    return BigDecimal.valueOf(unscaled, comma < 0 ? 0 : n - comma - 1);
  }

  /** A balance field such as {@code :60F:C140731EUR436,90}. */
  static SwiftBalance balance(SwiftField f) {
    String s = f.first().strip();
    Matcher m = BALANCE.matcher(s);
    if (!m.matches()) {
      throw new SwiftFormatException(f.line(), "balance :" + f.tag() + ": '" + abbreviate(s)
          + "' is not D/C mark, YYMMDD date, currency and amount");
    }
    return new SwiftBalance(m.group(1).equals("D"), date(m.group(2), f.line()), m.group(3),
        amount(m.group(4), f.line()), f.line());
  }

  /** An MT942 floor limit {@code :34F:EURD0,00} (the mark is optional: one limit for both sides). */
  static FloorLimit floorLimit(SwiftField f) {
    String s = f.first().strip();
    Matcher m = FLOOR.matcher(s);
    if (!m.matches()) {
      throw new SwiftFormatException(f.line(), "floor limit :34F: '" + abbreviate(s) + "' is not currency, mark, amount");
    }
    Optional<Boolean> debit = m.group(2).isEmpty() ? Optional.empty() : Optional.of(m.group(2).equals("D"));
    return new FloorLimit(m.group(1), debit, amount(m.group(3), f.line()));
  }

  /** An MT942 entry summary {@code :90D:3EUR12,30}: number of entries, currency and sum. */
  static EntrySum entrySum(SwiftField f) {
    String s = f.first().strip();
    Matcher m = SUM.matcher(s);
    if (!m.matches()) {
      throw new SwiftFormatException(f.line(), "sum :" + f.tag() + ": '" + abbreviate(s) + "' is not count, currency, amount");
    }
    return new EntrySum(Integer.parseInt(m.group(1)), m.group(2), amount(m.group(3), f.line()));
  }

  /** The MT942 {@code :13D:} date-time {@code YYMMDDhhmm+hhmm}; without an offset, UTC is assumed. */
  static OffsetDateTime dateTime(SwiftField f) {
    String s = f.first().strip();
    Matcher m = DATE_TIME.matcher(s);
    if (!m.matches()) {
      throw new SwiftFormatException(f.line(), "date-time :" + f.tag() + ": '" + abbreviate(s) + "' is not YYMMDDhhmm+hhmm");
    }
    LocalDate d = date(m.group(1), f.line());
    try {
      LocalDateTime ldt = d.atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      ZoneOffset offset = m.group(4) == null ? ZoneOffset.UTC
          : ZoneOffset.ofHoursMinutes(Integer.parseInt(m.group(4).substring(0, 3)),
              Integer.parseInt(m.group(4).substring(0, 1) + m.group(4).substring(3, 5)));
      return OffsetDateTime.of(ldt, offset);
    } catch (DateTimeException e) {
      throw new SwiftFormatException(f.line(), "date-time '" + s + "' does not exist");
    }
  }

  /** Digits (1 to 17), then optionally a comma and up to 17 digits: {@code [0-9]{1,17}(,[0-9]{0,17})?}. */
  private static boolean isAmount(String s) {
    int comma = s.indexOf(',');
    String whole = comma < 0 ? s : s.substring(0, comma);
    String fraction = comma < 0 ? "" : s.substring(comma + 1);
    return !whole.isEmpty() && whole.length() <= 17 && allDigits(whole) && fraction.length() <= 17
        && allDigits(fraction);
  }

  /** The number written by the two ASCII digits at {@code from} (the caller has checked they are digits). */
  private static int twoDigits(String s, int from) {
    return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
  }

  static boolean allDigits(CharSequence s) {
    return allDigits(s, 0, s.length());
  }

  /** True when the characters from {@code start} (inclusive) to {@code end} (exclusive) are all ASCII digits. */
  static boolean allDigits(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Keeps messages short when a hostile file puts megabytes into one value. */
  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
