package dev.o2c.matching.statement.bai2;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.FundsAvailability.Distribution;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The BAI2 funds type of a summary or detail as written: when the money becomes available.
 *
 * <p>Codes: {@code 0} immediate, {@code 1} one day, {@code 2} two or more days, {@code Z} unknown,
 * {@code V} value dated (date and optional time), {@code S} distributed as immediate / one-day /
 * two-or-more-days amounts, {@code D} distributed over a list of (days, amount). An empty field
 * has code {@code ""}: the BAI2 default is {@code Z}, but the file did not say so.
 *
 * @param code the funds type code as written, {@code ""} when the field is empty
 * @param valueDate the value date for {@code V}
 * @param valueTime the value time {@code HHMM} for {@code V}, when given
 * @param distribution for {@code S} and {@code D}: days until available → amount in minor units in
 *     ascending days, repeated days added up (for {@code S}, 2 stands for two or more days)
 */
record FundsType(String code, Optional<LocalDate> valueDate, Optional<String> valueTime,
    Map<Integer, Long> distribution) {

  /** No funds type given. */
  static final FundsType NONE = new FundsType("", Optional.empty(), Optional.empty(), Map.of());

  /** Unknown availability, written as {@code Z}. */
  static final FundsType UNKNOWN = new FundsType("Z", Optional.empty(), Optional.empty(), Map.of());

  /** Guards against a hostile distribution count. */
  static final int MAX_DISTRIBUTIONS = 100;

  FundsType {
    distribution = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(distribution));
  }

  /** Reads the funds type and the fields it brings along from the cursor. */
  static FundsType read(FieldCursor c, int line) {
    String code = c.next();
    switch (code) {
      case "" -> {
        return NONE;
      }
      case "Z" -> {
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

  /**
   * The model's form, with amounts in {@code currency}; empty when no funds type was given. A
   * {@code D} without distributions ({@code D,0}) says nothing about when the money is available
   * and becomes {@link FundsAvailability.Type#UNKNOWN}.
   */
  Optional<FundsAvailability> availability(CurrencyUnit currency) {
    switch (code) {
      case "" -> {
        return Optional.empty();
      }
      case "0" -> {
        return Optional.of(IMMEDIATE);
      }
      case "1" -> {
        return Optional.of(ONE_DAY);
      }
      case "2" -> {
        return Optional.of(TWO_OR_MORE);
      }
      case "V" -> {
        return Optional.of(FundsAvailability.valueDated(valueDate.orElseThrow(), valueTime.map(FundsType::localTime)));
      }
      case "S", "D" -> {
        if (distribution.isEmpty()) {
          return Optional.of(UNKNOWN_AVAILABILITY);
        }
        List<Distribution> parts = new ArrayList<>(distribution.size());
        distribution.forEach((days, minor) -> parts.add(Distribution.of(days, Money.ofMinor(currency, minor))));
        return Optional.of(code.equals("S")
            ? FundsAvailability.immediateOneDayTwoOrMore(parts.get(0).amount(), parts.get(1).amount(),
                parts.get(2).amount())
            : FundsAvailability.distributed(parts));
      }
      default -> {
        return Optional.of(UNKNOWN_AVAILABILITY);
      }
    }
  }

  /** The sum of the distributed amounts in minor units, for {@code S} and {@code D} with distributions. */
  Optional<Long> distributedTotal() {
    if (distribution.isEmpty()) {
      return Optional.empty();
    }
    long total = 0;
    for (long minor : distribution.values()) {
      total = Math.addExact(total, minor);
    }
    return Optional.of(total);
  }

  private static final FundsAvailability IMMEDIATE = FundsAvailability.of(FundsAvailability.Type.IMMEDIATE);
  private static final FundsAvailability ONE_DAY = FundsAvailability.of(FundsAvailability.Type.ONE_DAY);
  private static final FundsAvailability TWO_OR_MORE = FundsAvailability.of(FundsAvailability.Type.TWO_OR_MORE_DAYS);
  private static final FundsAvailability UNKNOWN_AVAILABILITY = FundsAvailability.of(FundsAvailability.Type.UNKNOWN);

  /** {@code HHMM} as checked by {@link Bai2Values#time}; {@code 2400} and {@code 9999} are the end of the day. */
  private static LocalTime localTime(String hhmm) {
    if (hhmm.equals("2400") || hhmm.equals("9999")) {
      return LocalTime.MAX;
    }
    return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2)));
  }
}
