package dev.o2c.matching.statement.bai2;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The BAI2 funds type of a summary or detail: when the money becomes available.
 *
 * <p>Codes: {@code 0} immediate, {@code 1} one day, {@code 2} two or more days, {@code Z} unknown (also
 * when the field is empty), {@code V} value dated (date and optional time), {@code S} distributed as
 * immediate / one-day / two-or-more-days amounts, {@code D} distributed over a list of (days, amount).
 *
 * @param code the funds type code as written, {@code "Z"} when empty
 * @param valueDate the value date for {@code V}
 * @param valueTime the value time {@code HHMM} for {@code V}, when given
 * @param availability for {@code S} and {@code D}: days until available → amount in minor units
 *     in ascending days (for {@code S}, 2 stands for two or more days)
 */
record FundsType(String code, Optional<LocalDate> valueDate, Optional<String> valueTime, Map<Integer, Long> availability) {

  /** Unknown availability. */
  static final FundsType UNKNOWN = new FundsType("Z", Optional.empty(), Optional.empty(), Map.of());

  /** Guards against a hostile distribution count. */
  static final int MAX_DISTRIBUTIONS = 100;

  FundsType {
    availability = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(availability));
  }

  /** Reads the funds type and the fields it brings along from the cursor. */
  static FundsType read(FieldCursor c, int line) {
    String code = c.next();
    switch (code) {
      case "", "Z" -> {
        return UNKNOWN;
      }
      case "0", "1", "2" -> {
        return new FundsType(code, Optional.empty(), Optional.empty(), Map.of());
      }
      case "V" -> {
        LocalDate date = Bai2Values.date(c.next(), line, "value date");
        String time = c.next();
        return new FundsType(code, Optional.of(date),
            time.isEmpty() ? Optional.empty() : Optional.of(Bai2Values.time(time, line)), Map.of());
      }
      case "S" -> {
        Map<Integer, Long> a = new java.util.TreeMap<>();
        a.put(0, Bai2Values.amount(c.next(), line).orElse(0L));
        a.put(1, Bai2Values.amount(c.next(), line).orElse(0L));
        a.put(2, Bai2Values.amount(c.next(), line).orElse(0L));
        return new FundsType(code, Optional.empty(), Optional.empty(), a);
      }
      case "D" -> {
        String n = c.next();
        if (n.isEmpty() || n.length() > 3 || !Bai2Values.allDigits(n)) {
          throw new Bai2FormatException(line, "funds type D needs a number of distributions, found '"
              + Bai2Values.abbreviate(n) + "'");
        }
        int count = Integer.parseInt(n);
        if (count > MAX_DISTRIBUTIONS) {
          throw new Bai2FormatException(line, "funds type D with " + count + " distributions (at most "
              + MAX_DISTRIBUTIONS + ")");
        }
        Map<Integer, Long> a = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
          if (!c.hasNext()) {
            throw new Bai2FormatException(line, "funds type D announces " + count + " distributions but the record ends");
          }
          String days = c.next();
          if (days.isEmpty() || days.length() > 4 || !Bai2Values.allDigits(days)) {
            throw new Bai2FormatException(line, "availability days '" + Bai2Values.abbreviate(days) + "' is not a number");
          }
          a.merge(Integer.parseInt(days), Bai2Values.amount(c.next(), line).orElse(0L), Math::addExact);
        }
        return new FundsType(code, Optional.empty(), Optional.empty(), a);
      }
      default -> throw new Bai2FormatException(line, "unknown funds type '" + Bai2Values.abbreviate(code)
          + "' (expected 0, 1, 2, V, S, D or Z)");
    }
  }

  /** A short readable form, e.g. {@code "V 2006-03-16"} or {@code "S 0:100 1:50 2:0"}. */
  String describe() {
    StringBuilder sb = new StringBuilder(code);
    valueDate.ifPresent(d -> sb.append(' ').append(d));
    valueTime.ifPresent(t -> sb.append(' ').append(t));
    availability.forEach((days, minor) -> sb.append(' ').append(days).append(':').append(minor));
    return sb.toString();
  }
}
