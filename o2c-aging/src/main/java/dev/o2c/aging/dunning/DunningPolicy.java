package dev.o2c.aging.dunning;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * How a business dunns: its ladder of {@link DunningLevel levels} and the rules around it. Hosts
 * configure {@link LevelDunningPolicy} (or take {@link DunningPolicies#STANDARD}) or implement this
 * interface, overriding only what differs: {@link #levels()} is the one method without a default.
 *
 * <p>The rules, as {@link DunningRun} applies them to an item {@code d} days overdue ({@code asOf −
 * dueDate}):
 * <ul>
 *   <li>an item reaches a level when {@code d ≥ threshold}, plus {@link #graceDays()} for a level past
 *       the due date (grace never delays a pre-due reminder); a pre-due level is proposed only while
 *       {@code d ≤ 0};
 *   <li>{@link #nextLevel} is the level to propose above the item's last notice: with {@link
 *       #stepByStep()} the lowest level reached above it (a customer gets every step of the ladder in
 *       turn), otherwise the highest reached;
 *   <li>an item is not dunned again until {@link #minDaysBetweenNotices()} days after its last notice,
 *       and never twice at the same level;
 *   <li>items and customers below the minimum amounts in their currency are not dunned.
 * </ul>
 *
 * <pre>{@code
 * DunningPolicy mine = () -> List.of(
 *     new DunningLevel(1, 7, DunningFee.NONE, "reminder", 10),
 *     new DunningLevel(2, 21, DunningFee.fixed(Money.of("EUR", "5.00")), "final-demand", 7));
 * }</pre>
 */
@FunctionalInterface
public interface DunningPolicy {

  /**
   * The ladder: levels numbered 1, 2, ... with strictly increasing thresholds.
   *
   * @return the levels, lowest first; at least one
   */
  List<DunningLevel> levels();

  /** {@return the fewest days between two notices on the same item, at least 1; 14 unless overridden} */
  default int minDaysBetweenNotices() {
    return 14;
  }

  /** {@return days of tolerance added to every past-due threshold before an item counts as reaching it; 0 unless overridden} */
  default int graceDays() {
    return 0;
  }

  /**
   * The smallest amount dunned on one item.
   *
   * @param currency the item's currency
   * @return the minimum, or empty for none (the default)
   */
  default Optional<Money> minimumItemAmount(CurrencyUnit currency) {
    return Optional.empty();
  }

  /**
   * The smallest total a customer is dunned for, in one currency: below it, none of the customer's
   * items in that currency are dunned.
   *
   * @param currency the currency
   * @return the minimum, or empty for none (the default)
   */
  default Optional<Money> minimumCustomerAmount(CurrencyUnit currency) {
    return Optional.empty();
  }

  /** {@return one notice per customer (the default) or per item} */
  default DunningGrouping grouping() {
    return DunningGrouping.PER_CUSTOMER;
  }

  /** {@return true (the default) to climb the ladder one level per notice, false to jump to the highest level reached} */
  default boolean stepByStep() {
    return true;
  }

  /** {@return the interest claimed on dunned items; none unless overridden} */
  default DunningInterest interest() {
    return DunningInterest.NONE;
  }

  /**
   * Days an item is overdue on a day: {@code asOf − dueDate}, negative before the due date.
   *
   * @param item the item
   * @param asOf the day
   * @return the days overdue
   */
  default long daysOverdue(OpenItem item, LocalDate asOf) {
    return asOf.toEpochDay() - item.dueDate().toEpochDay();
  }

  /**
   * The first day an item reaches a level: its due date plus the threshold, plus the grace days for a
   * past-due level.
   *
   * @param level the level
   * @param dueDate the item's due date
   * @return the day
   */
  default LocalDate reachDate(DunningLevel level, LocalDate dueDate) {
    return dueDate.plusDays(level.daysOverdue() + (level.isPreDue() ? 0 : graceDays()));
  }

  /**
   * Whether an item so many days overdue may be dunned at a level: it has reached the threshold (with
   * grace) and, for a pre-due level, is not overdue yet.
   *
   * @param level the level
   * @param daysOverdue the item's days overdue
   * @return true if the level applies
   */
  default boolean applies(DunningLevel level, long daysOverdue) {
    long threshold = level.daysOverdue() + (level.isPreDue() ? 0L : graceDays());
    return daysOverdue >= threshold && (!level.isPreDue() || daysOverdue <= 0);
  }

  /**
   * The level to propose for an item, given the level of its last notice.
   *
   * @param daysOverdue the item's days overdue
   * @param lastLevel the number of the item's last notice's level, 0 if never dunned
   * @return the level, or empty when no level above {@code lastLevel} applies
   */
  default Optional<DunningLevel> nextLevel(long daysOverdue, int lastLevel) {
    DunningLevel found = null;
    for (DunningLevel level : levels()) {
      if (level.number() > lastLevel && applies(level, daysOverdue)) {
        if (stepByStep()) {
          return Optional.of(level);
        }
        found = level;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * A level by its number.
   *
   * @param number the number
   * @return the level, or empty if the ladder has no such level
   */
  default Optional<DunningLevel> level(int number) {
    return levels().stream().filter(l -> l.number() == number).findFirst();
  }

  /**
   * The fee on one item dunned at a level: the level's fee in the item's currency. A run asks only
   * for items in a currency the level's fee {@linkplain DunningFee#covers covers}.
   *
   * @param level the level
   * @param dunnedAmount the amount dunned on the item
   * @return the fee, in the item's currency, never above the level fee's {@link DunningFee#maximum maximum}
   */
  default Money fee(DunningLevel level, Money dunnedAmount) {
    return level.fee().on(dunnedAmount);
  }

  /**
   * The day a letter at a level asks to be paid by.
   *
   * @param level the (highest) level of the letter
   * @param asOf the run's day
   * @return {@code asOf} plus the level's days to pay
   */
  default LocalDate payBy(DunningLevel level, LocalDate asOf) {
    return asOf.plusDays(level.payWithinDays());
  }

  /**
   * Checks the ladder and the settings: at least one level, numbered 1, 2, ... in order, thresholds
   * strictly increasing, at least one day between notices, no negative grace days.
   *
   * @throws IllegalArgumentException listing every problem
   */
  default void validate() {
    List<String> problems = new java.util.ArrayList<>();
    List<DunningLevel> levels = levels();
    if (levels.isEmpty()) {
      problems.add("no dunning levels");
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).number() != i + 1) {
        problems.add("level at position " + (i + 1) + " is numbered " + levels.get(i).number());
      }
      if (i > 0 && levels.get(i).daysOverdue() <= levels.get(i - 1).daysOverdue()) {
        problems.add("level " + (i + 1) + " threshold " + levels.get(i).daysOverdue()
            + " days does not follow level " + i + "'s " + levels.get(i - 1).daysOverdue() + " days");
      }
    }
    if (minDaysBetweenNotices() < 1) {
      problems.add("minimum days between notices " + minDaysBetweenNotices() + " is below 1");
    }
    if (graceDays() < 0) {
      problems.add("grace days " + graceDays() + " are negative");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("dunning policy: " + String.join("; ", problems));
    }
  }
}
