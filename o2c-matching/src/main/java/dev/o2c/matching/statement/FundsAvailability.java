package dev.o2c.matching.statement;

import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * When the money of an entry, transaction, balance or summary becomes available to the account
 * owner, as the bank reports it (BAI2 funds type {@code 0}, {@code 1}, {@code 2}, {@code Z},
 * {@code V}, {@code S}, {@code D}; camt {@code Avlbty}).
 *
 * <p>Examples: {@code FundsAvailability.of(Type.IMMEDIATE)} for funds type {@code 0};
 * {@code valueDated(2020-01-14, 10:30)} for {@code V,200114,1030}; {@code S,10000,5000,5000} on a
 * USD 200.00 detail is {@code immediateOneDayTwoOrMore(USD 100.00, USD 50.00, USD 50.00)}, i.e.
 * the distributions (0 days, USD 100.00), (1 day, USD 50.00), (2 days, USD 50.00); {@code
 * D,2,0,15000,1,5000} is {@code distributed([(0, USD 150.00), (1, USD 50.00)])}. camt {@code
 * Avlbty} is always {@link Type#DISTRIBUTED} with code {@code D}: {@code NbOfDays} 1 with {@code
 * Amt} EUR 50.00 {@code CRDT} is the distribution (1 day, EUR 50.00), {@code ActlDt} 2024-03-05
 * with EUR 20.00 {@code DBIT} the dated distribution (2024-03-05, EUR -20.00).
 *
 * <p>Whether the distributed amounts add up to the amount they distribute is not checked here
 * (real files do not always agree). The BAI2 reader reports a disagreement as a {@link Finding}
 * with code {@link Finding#AVAILABILITY_MISMATCH}; camt defines no such rule, so its reader
 * compares nothing. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class FundsAvailability {

  /** How the availability is expressed. */
  public enum Type {
    /** Available at once (BAI2 {@code 0}). */
    IMMEDIATE("0"),
    /** Available after one business day (BAI2 {@code 1}). */
    ONE_DAY("1"),
    /** Available after two or more business days (BAI2 {@code 2}). */
    TWO_OR_MORE_DAYS("2"),
    /** The bank does not say (BAI2 {@code Z}). */
    UNKNOWN("Z"),
    /** Available from a given date and possibly time (BAI2 {@code V}). */
    VALUE_DATED("V"),
    /**
     * Parts of the amount become available after different numbers of days or on given dates:
     * BAI2 {@code S} (immediate, one-day and two-or-more-day amounts) or {@code D} (any list of
     * days and amounts), camt {@code Avlbty} (a list of days or dates and amounts, code {@code
     * D}).
     */
    DISTRIBUTED("D");

    private final String defaultCode;

    Type(String defaultCode) {
      this.defaultCode = defaultCode;
    }

    /**
     * The BAI2 funds type code of this type; for {@link #DISTRIBUTED} the general form {@code D}.
     *
     * @return the code, e.g. {@code "0"} or {@code "V"}
     */
    public String defaultCode() {
      return defaultCode;
    }
  }

  /**
   * One part of a distributed availability: an amount that becomes available after a number of
   * days ({@link #of}) or on a given date ({@link #onDate}, camt {@code ActlDt}). This instance is
   * immutable.
   */
  public static final class Distribution {
    /** The number of days; meaningless when {@link #date} is set. */
    private final int days;
    /** The date, or null for a distribution by days. */
    private final LocalDate date;
    private final Money amount;

    private Distribution(int days, LocalDate date, Money amount) {
      this.days = days;
      this.date = date;
      this.amount = amount;
    }

    /**
     * Creates a distribution.
     *
     * @param days the number of days until the amount is available, 0 for immediately; for BAI2
     *     {@code S}, 2 stands for two or more days
     * @param amount the amount, signed as in the file
     * @return the distribution
     * @throws IllegalArgumentException if days is negative
     * @throws NullPointerException if amount is null
     */
    public static Distribution of(int days, Money amount) {
      Objects.requireNonNull(amount, "amount");
      if (days < 0) {
        throw new IllegalArgumentException("days must not be negative: " + days);
      }
      return new Distribution(days, null, amount);
    }

    /**
     * Creates a distribution by date: the amount is available from the given date on (camt {@code
     * Avlbty/Dt/ActlDt}).
     *
     * @param date the date from which the amount is available
     * @param amount the amount, signed as in the file
     * @return the dated distribution
     * @throws NullPointerException if an argument is null
     */
    public static Distribution onDate(LocalDate date, Money amount) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
      return new Distribution(0, date, amount);
    }

    /**
     * The number of days until the amount is available, for a distribution by days.
     *
     * @return the days, 0 for immediately
     * @throws IllegalStateException if this is a distribution by date (see {@link #date()})
     */
    public int days() {
      if (date != null) {
        throw new IllegalStateException("a distribution by date has no number of days: " + this);
      }
      return days;
    }

    /**
     * The date from which the amount is available, for a distribution by date.
     *
     * @return the date, empty for a distribution by days
     */
    public Optional<LocalDate> date() {
      return Optional.ofNullable(date);
    }

    /**
     * The amount that becomes available after {@link #days()} or on {@link #date()}.
     *
     * @return the amount
     */
    public Money amount() {
      return amount;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Distribution d && days == d.days && Objects.equals(date, d.date)
          && amount.equals(d.amount);
    }

    @Override
    public int hashCode() {
      return 31 * (date == null ? days : date.hashCode()) + amount.hashCode();
    }

    /**
     * The days or the date, a colon and the amount, e.g. {@code 1:EUR 50.00} or {@code
     * 2024-03-05:EUR -20.00}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return (date == null ? String.valueOf(days) : date.toString()) + ":" + amount;
    }
  }

  FundsAvailability() {}

  /**
   * How the availability is expressed.
   *
   * @return the type
   */
  public abstract Type type();

  /**
   * The BAI2 funds type code: {@code 0}, {@code 1}, {@code 2}, {@code Z}, {@code V}, or for
   * {@link Type#DISTRIBUTED} {@code S} (fixed immediate / one-day / two-or-more-day amounts) or
   * {@code D} (a list of days and amounts; also camt {@code Avlbty}, whose parts may be by date,
   * which BAI2 cannot express).
   *
   * @return the code; by default the type's {@link Type#defaultCode()}
   */
  @Value.Default
  public String code() {
    return type().defaultCode();
  }

  /**
   * The date from which the money is available, for {@link Type#VALUE_DATED}.
   *
   * @return the value date, empty for every other type
   */
  public abstract Optional<LocalDate> valueDate();

  /**
   * The time of day from which the money is available, for {@link Type#VALUE_DATED} when the
   * bank gives one; the end of the day (BAI2 {@code 2400} or {@code 9999}) is {@link
   * LocalTime#MAX}.
   *
   * @return the value time, empty when not given
   */
  public abstract Optional<LocalTime> valueTime();

  /**
   * The amounts available after a number of days or on a date, for {@link Type#DISTRIBUTED}: first
   * the distributions by days in strictly ascending days, then those by date in strictly
   * ascending dates; for code {@code S} exactly the days 0, 1 and 2 (2 meaning two or more).
   *
   * @return the distributions, empty for every other type
   */
  public abstract List<Distribution> distributions();

  /**
   * The sum of the {@link #distributions()}, to compare with the amount they distribute.
   *
   * @return the total, empty when the availability is not distributed
   * @throws ArithmeticException if the total overflows
   */
  public Optional<Money> distributedTotal() {
    if (distributions().isEmpty()) {
      return Optional.empty();
    }
    Money total = Money.zero(distributions().get(0).amount().currency());
    for (Distribution d : distributions()) {
      total = total.plus(d.amount());
    }
    return Optional.of(total);
  }

  /**
   * An availability without date or amounts.
   *
   * @param type {@link Type#IMMEDIATE}, {@link Type#ONE_DAY}, {@link Type#TWO_OR_MORE_DAYS} or
   *     {@link Type#UNKNOWN}
   * @return the availability
   * @throws IllegalArgumentException if the type needs a date or amounts
   * @throws NullPointerException if type is null
   */
  public static FundsAvailability of(Type type) {
    return builder().type(type).build();
  }

  /**
   * A value-dated availability (BAI2 {@code V}).
   *
   * @param date the date from which the money is available
   * @param time the time of day, if given; {@link LocalTime#MAX} for the end of the day
   * @return the availability
   * @throws NullPointerException if an argument is null
   */
  public static FundsAvailability valueDated(LocalDate date, Optional<LocalTime> time) {
    return builder().type(Type.VALUE_DATED).valueDate(date).valueTime(time).build();
  }

  /**
   * The fixed three-part distribution (BAI2 {@code S}).
   *
   * @param immediate the amount available at once
   * @param oneDay the amount available after one day
   * @param twoOrMoreDays the amount available after two or more days
   * @return the availability with code {@code S}
   * @throws IllegalArgumentException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static FundsAvailability immediateOneDayTwoOrMore(Money immediate, Money oneDay, Money twoOrMoreDays) {
    return builder().type(Type.DISTRIBUTED).code("S").addDistributions(Distribution.of(0, immediate),
        Distribution.of(1, oneDay), Distribution.of(2, twoOrMoreDays)).build();
  }

  /**
   * A distribution over any days or dates (BAI2 {@code D}, camt {@code Avlbty}).
   *
   * @param distributions the amounts by days in strictly ascending days, followed by the amounts
   *     by date in strictly ascending dates
   * @return the availability with code {@code D}
   * @throws IllegalArgumentException if the list is empty, is not in that order or the currencies
   *     differ
   * @throws NullPointerException if the list or an element is null
   */
  public static FundsAvailability distributed(List<Distribution> distributions) {
    return builder().type(Type.DISTRIBUTED).code("D").addAllDistributions(distributions).build();
  }

  /** The problem with an availability that belongs to an amount in {@code currency}, if any. */
  static Optional<String> currencyProblem(Optional<FundsAvailability> availability, CurrencyUnit currency) {
    if (availability.isPresent()) {
      for (Distribution d : availability.get().distributions()) {
        if (!d.amount().currency().equals(currency)) {
          return Optional.of("availability amount " + d.amount() + " is not in " + currency.getCurrencyCode());
        }
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    Type type = type();
    String code = code();
    if (type == Type.DISTRIBUTED ? !code.equals("S") && !code.equals("D") : !code.equals(type.defaultCode())) {
      problems.add("code " + code + " does not belong to type " + type);
    }
    if (type != Type.VALUE_DATED && (valueDate().isPresent() || valueTime().isPresent())) {
      problems.add("only a value-dated availability has a value date or time");
    }
    if (type == Type.VALUE_DATED && valueDate().isEmpty()) {
      problems.add("a value-dated availability needs a value date");
    }
    List<Distribution> ds = distributions();
    if (type != Type.DISTRIBUTED && !ds.isEmpty()) {
      problems.add("only a distributed availability has distributions");
    }
    if (type == Type.DISTRIBUTED) {
      if (ds.isEmpty()) {
        problems.add("a distributed availability needs at least one distribution");
      }
      for (int i = 1; i < ds.size(); i++) {
        if (!ascends(ds.get(i - 1), ds.get(i))) {
          problems.add("distributions must ascend strictly, those by days before those by date: "
              + ds);
          break;
        }
      }
      for (Distribution d : ds) {
        if (!d.amount().currency().equals(ds.get(0).amount().currency())) {
          problems.add("distribution amounts must share one currency: " + ds);
          break;
        }
      }
      if (code.equals("S") && !(ds.size() == 3 && ds.stream().allMatch(d -> d.date == null)
          && ds.get(0).days == 0 && ds.get(1).days == 1 && ds.get(2).days == 2)) {
        problems.add("code S distributes over exactly 0, 1 and 2 days: " + ds);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** Whether {@code next} may follow {@code previous} in a distribution list. */
  private static boolean ascends(Distribution previous, Distribution next) {
    if (previous.date == null) {
      return next.date != null || next.days > previous.days;
    }
    return next.date != null && next.date.isAfter(previous.date);
  }

  /**
   * Starts building a {@code FundsAvailability}; the factories {@link #of}, {@link #valueDated},
   * {@link #immediateOneDayTwoOrMore} and {@link #distributed} cover every type.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundsAvailability}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableFundsAvailability.Builder {
    Builder() {}
  }
}
