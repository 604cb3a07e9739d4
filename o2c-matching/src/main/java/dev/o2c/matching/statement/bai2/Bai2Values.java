package dev.o2c.matching.statement.bai2;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Parsers for BAI2 value formats: dates, times, signed amounts in minor units, type codes. */
final class Bai2Values {
  private Bai2Values() {}

  /** A {@code YYMMDD} date; years 00-79 are 2000-2079, 80-99 are 1980-1999. */
  static LocalDate date(String yymmdd, int line, String what) {
    if (yymmdd.length() != 6 || !allDigits(yymmdd)) {
      throw new Bai2FormatException(line, what + " '" + abbreviate(yymmdd) + "' is not YYMMDD");
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    try {
      return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new Bai2FormatException(line, what + " '" + yymmdd + "' does not exist");
    }
  }

  /** A {@code HHMM} time as written; {@code 2400} and {@code 9999} (end of day) are accepted. */
  static String time(String hhmm, int line) {
    if (hhmm.equals("2400") || hhmm.equals("9999")) {
      return hhmm;
    }
    if (hhmm.length() != 4 || !allDigits(hhmm) || Integer.parseInt(hhmm.substring(0, 2)) > 23
        || Integer.parseInt(hhmm.substring(2)) > 59) {
      throw new Bai2FormatException(line, "time '" + abbreviate(hhmm) + "' is not HHMM");
    }
    return hhmm;
  }

  /** A signed amount in minor units ({@code +000123}, {@code -45}, {@code 67}); empty when the field is empty. */
  static Optional<Long> amount(String text, int line) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    if (digits.isEmpty() || digits.length() > 18 || !allDigits(digits)) {
      throw new Bai2FormatException(line, "amount '" + abbreviate(text) + "' is not a whole number of minor units");
    }
    long v = Long.parseLong(digits);
    return Optional.of(text.startsWith("-") ? -v : v);
  }

  /** A count such as a number of items or records; empty when the field is empty. */
  static Optional<Long> count(String text, int line, String what) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > 18 || !allDigits(text)) {
      throw new Bai2FormatException(line, what + " '" + abbreviate(text) + "' is not a number");
    }
    return Optional.of(Long.parseLong(text));
  }

  /** A three-digit type code; empty when the field is empty. */
  static Optional<String> typeCode(String text, int line) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() != 3 || !allDigits(text)) {
      throw new Bai2FormatException(line, "type code '" + abbreviate(text) + "' is not three digits");
    }
    return Optional.of(text);
  }

  static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
