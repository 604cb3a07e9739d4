package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The collection activities of a company, in the order they were recorded: an append-only log.
 * Appending returns a new log and leaves this one as it was; nothing is ever removed or changed.
 *
 * <pre>{@code
 * ActivityLog log = ActivityLog.empty().append(call).append(letter);
 * log.forCustomer(CustomerId.of("C-42")).chronological();       // what happened on the account, in time order
 * log.lastContact(CustomerId.of("C-42"), asOf);                 // the latest contact on or before asOf
 * }</pre>
 *
 * <p><b>Time order.</b> Activities are often recorded after the fact, so log order is not time
 * order. {@link #chronological()} orders by day, then by time of day, where an activity without a
 * time comes before the timed activities of its day, then by log order. "Latest", "earlier" and
 * "later" in this package always mean this order.
 *
 * <p>Each query returns a copy. This instance is immutable; appending copies the entries, so build a
 * large log with {@link #appendAll} or {@link #of}.
 */
public final class ActivityLog {

  /** Day, then time (untimed first); a stable sort keeps log order among equals. */
  private static final Comparator<Activity> TIME_ORDER = Comparator.comparing(Activity::date)
      .thenComparing(a -> a.time().orElse(null), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()));

  private static final ActivityLog EMPTY = new ActivityLog(List.of());

  private final List<Activity> entries;

  private ActivityLog(List<Activity> entries) {
    this.entries = entries;
  }

  /** {@return the log with no activity} */
  public static ActivityLog empty() {
    return EMPTY;
  }

  /**
   * A log of activities, recorded in the order given.
   *
   * @param activities the activities
   * @return the log
   * @throws NullPointerException if an activity is null
   */
  public static ActivityLog of(Collection<Activity> activities) {
    return EMPTY.appendAll(activities);
  }

  /**
   * This log with one more activity at its end.
   *
   * @param activity the activity
   * @return the longer log; this instance is unaffected
   */
  public ActivityLog append(Activity activity) {
    return appendAll(List.of(Objects.requireNonNull(activity, "activity")));
  }

  /**
   * This log with activities added at its end, in the order given.
   *
   * @param activities the activities
   * @return the longer log; this instance is unaffected
   * @throws NullPointerException if an activity is null
   */
  public ActivityLog appendAll(Collection<Activity> activities) {
    List<Activity> all = new ArrayList<>(entries.size() + activities.size());
    all.addAll(entries);
    for (Activity activity : activities) {
      all.add(Objects.requireNonNull(activity, "activity"));
    }
    return new ActivityLog(List.copyOf(all));
  }

  /** {@return every activity in log (recording) order} */
  public List<Activity> entries() {
    return entries;
  }

  /** {@return the number of activities} */
  public int size() {
    return entries.size();
  }

  /** {@return every activity in time order (see the class description)} */
  public List<Activity> chronological() {
    List<Activity> sorted = new ArrayList<>(entries);
    sorted.sort(TIME_ORDER);
    return sorted;
  }

  /**
   * The activities on one customer's account.
   *
   * @param customer the customer
   * @return a log of them, in log order
   */
  public ActivityLog forCustomer(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return filter(a -> a.customerId().equals(customer));
  }

  /**
   * The activities one collector made or received.
   *
   * @param collector the collector
   * @return a log of them, in log order
   */
  public ActivityLog forCollector(CollectorId collector) {
    Objects.requireNonNull(collector, "collector");
    return filter(a -> a.collector().equals(collector));
  }

  /**
   * The activities dated within a period.
   *
   * @param fromInclusive the first day
   * @param toInclusive the last day
   * @return a log of them, in log order
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromInclusive}
   */
  public ActivityLog between(LocalDate fromInclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException("period ends " + toInclusive + " before it starts " + fromInclusive);
    }
    return filter(a -> !a.date().isBefore(fromInclusive) && !a.date().isAfter(toInclusive));
  }

  /**
   * The activities dated on or before a day: the log as it could be known at the end of that day.
   *
   * @param asOf the day, inclusive
   * @return a log of them, in log order
   */
  public ActivityLog asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return filter(a -> !a.date().isAfter(asOf));
  }

  /**
   * The latest activity on a customer's account dated on or before a day.
   *
   * @param customer the customer
   * @param asOf the day, inclusive
   * @return the activity, or empty if there is none
   */
  public Optional<Activity> latest(CustomerId customer, LocalDate asOf) {
    return latestMatching(customer, asOf, a -> true);
  }

  /**
   * The latest contact (an activity whose outcome {@linkplain ActivityOutcome#isContact() is a
   * contact}, either direction) on a customer's account dated on or before a day.
   *
   * @param customer the customer
   * @param asOf the day, inclusive
   * @return the activity, or empty if the customer was never contacted by then
   */
  public Optional<Activity> lastContact(CustomerId customer, LocalDate asOf) {
    return latestMatching(customer, asOf, Activity::isContact);
  }

  /**
   * The latest contact of every customer that had one on or before a day, in one pass.
   *
   * @param asOf the day, inclusive
   * @return the latest contact per customer, ordered by customer id
   */
  public Map<CustomerId, Activity> lastContacts(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<CustomerId, Activity> latest = new TreeMap<>();
    for (Activity activity : chronological()) {
      if (activity.isContact() && !activity.date().isAfter(asOf)) {
        latest.put(activity.customerId(), activity);
      }
    }
    return latest;
  }

  private Optional<Activity> latestMatching(CustomerId customer, LocalDate asOf, Predicate<Activity> test) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    Activity latest = null;
    for (Activity activity : entries) {
      if (activity.customerId().equals(customer) && !activity.date().isAfter(asOf) && test.test(activity)
          && (latest == null || TIME_ORDER.compare(activity, latest) >= 0)) {
        latest = activity;
      }
    }
    return Optional.ofNullable(latest);
  }

  private ActivityLog filter(Predicate<Activity> test) {
    List<Activity> kept = new ArrayList<>();
    for (Activity activity : entries) {
      if (test.test(activity)) {
        kept.add(activity);
      }
    }
    return new ActivityLog(List.copyOf(kept));
  }

  /** Two logs are equal when they hold equal activities in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityLog && ((ActivityLog) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ActivityLog[" + entries.size() + " activities]";
  }
}
