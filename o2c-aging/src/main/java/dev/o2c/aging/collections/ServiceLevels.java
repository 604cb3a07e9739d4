package dev.o2c.aging.collections;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The service levels AR teams report, computed from an {@link ActivityLog} as of a day: time from due
 * date to first contact, follow-ups overdue, response turnaround and promises obtained per contact.
 *
 * <p>Shared definitions, used by every measure:
 * <ul>
 *   <li><b>Days</b> are calendar days, {@code ChronoUnit.DAYS.between(from, to)}: an activity the day
 *       after the due date is 1 day after it; no business calendar, no time of day.
 *   <li>A <b>contact</b> is an activity whose outcome {@linkplain ActivityOutcome#isContact() is a
 *       contact}: every outcome except {@code NO_ANSWER} and {@code UNDELIVERABLE}, in either
 *       direction (a customer calling in is in contact too). An unanswered call is an attempt, not a
 *       contact.
 *   <li><b>As of</b> a day means: activities dated after that day are ignored, as if not yet
 *       recorded. "Earlier" and "later" follow the log's time order ({@link ActivityLog}).
 * </ul>
 *
 * <p>Every method is a pure function of its arguments.
 */
public final class ServiceLevels {

  private ServiceLevels() {}

  /**
   * An item's first contact after it fell due.
   *
   * @param item the item
   * @param contact the first contact about it after its due date, if any by the as-of day
   * @param days with a contact, days from the due date to it (at least 1); without, days the item has
   *     been overdue so far (a lower bound of the eventual measure)
   */
  public record FirstContact(OpenItem item, Optional<Activity> contact, long days) {

    /**
     * Validates that nothing is null.
     *
     * @param item the item
     * @param contact the first contact, if any
     * @param days the days, as described on the record
     */
    public FirstContact {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(contact, "contact");
    }

    /** {@return true when the item had a contact by the as-of day} */
    public boolean isContacted() {
      return contact.isPresent();
    }
  }

  /**
   * Count, mean and median of day measures; the measures still open (no contact yet, no reply yet)
   * are counted apart and left out of mean and median.
   *
   * @param measured the number of completed measures
   * @param waiting the number still open as of the day
   * @param meanDays the exact mean of the completed measures; empty when there are none
   * @param medianDays the median of the completed measures (the mean of the two middle values for an
   *     even count); empty when there are none
   */
  public record DaySummary(int measured, int waiting, Optional<Ratio> meanDays, Optional<Ratio> medianDays) {

    /**
     * Validates that nothing is null.
     *
     * @param measured the number of completed measures
     * @param waiting the number still open
     * @param meanDays the mean
     * @param medianDays the median
     */
    public DaySummary {
      Objects.requireNonNull(meanDays, "meanDays");
      Objects.requireNonNull(medianDays, "medianDays");
    }

    static DaySummary of(long[] completed, int waiting) {
      if (completed.length == 0) {
        return new DaySummary(0, waiting, Optional.empty(), Optional.empty());
      }
      long[] sorted = completed.clone();
      Arrays.sort(sorted);
      BigDecimal sum = BigDecimal.ZERO;
      for (long d : sorted) {
        sum = sum.add(BigDecimal.valueOf(d));
      }
      int n = sorted.length;
      Ratio median = n % 2 == 1 ? Ratio.of(BigDecimal.valueOf(sorted[n / 2]))
          : Ratio.of(BigDecimal.valueOf(sorted[n / 2 - 1]).add(BigDecimal.valueOf(sorted[n / 2])), BigDecimal.valueOf(2));
      return new DaySummary(n, waiting, Optional.of(Ratio.of(sum, BigDecimal.valueOf(n))), Optional.of(median));
    }
  }

  /**
   * A follow-up date that has passed with nothing done on the account.
   *
   * @param scheduledBy the activity that set the follow-up date
   * @param followUp the follow-up date
   * @param daysOverdue days from the follow-up date to the as-of day, at least 1
   */
  public record OverdueFollowUp(Activity scheduledBy, LocalDate followUp, long daysOverdue) {

    /**
     * Validates that nothing is null.
     *
     * @param scheduledBy the activity that set the date
     * @param followUp the date
     * @param daysOverdue the days overdue
     */
    public OverdueFollowUp {
      Objects.requireNonNull(scheduledBy, "scheduledBy");
      Objects.requireNonNull(followUp, "followUp");
    }

    /** {@return the customer whose account is waiting} */
    public CustomerId customer() {
      return scheduledBy.customerId();
    }

    /** {@return the collector who set the follow-up} */
    public CollectorId collector() {
      return scheduledBy.collector();
    }
  }

  /**
   * The time from an outbound contact that awaited a reply to the customer's reply.
   *
   * @param contact the outbound contact (a message left or a written message sent)
   * @param reply the customer's reply: the first later inbound activity on the account, if any by the as-of day
   * @param days with a reply, days from the contact to it (0 on the same day); without, days waited so far
   * @param elapsed with a reply and a time of day on both, the exact time between them
   */
  public record Turnaround(Activity contact, Optional<Activity> reply, long days, Optional<Duration> elapsed) {

    /**
     * Validates that nothing is null.
     *
     * @param contact the outbound contact
     * @param reply the reply, if any
     * @param days the days, as described on the record
     * @param elapsed the exact time, if known
     */
    public Turnaround {
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(reply, "reply");
      Objects.requireNonNull(elapsed, "elapsed");
    }

    /** {@return true when the customer replied by the as-of day} */
    public boolean isAnswered() {
      return reply.isPresent();
    }
  }

  /**
   * Contacts and the promises they obtained.
   *
   * @param contacts the number of contacts
   * @param promises the number of them with outcome {@link ActivityOutcome#PROMISE_OBTAINED}
   */
  public record PromiseRate(long contacts, long promises) {

    /** {@return promises per contact, exactly; empty when there was no contact} */
    public Optional<Ratio> perContact() {
      return contacts == 0 ? Optional.empty()
          : Optional.of(Ratio.of(BigDecimal.valueOf(promises), BigDecimal.valueOf(contacts)));
    }
  }

  /**
   * Time from due date to first contact, per item.
   *
   * <p>Measured for every given invoice or debit memo (positive original amount) that is past due as
   * of the day ({@code dueDate < asOf}); credit memos and items not yet due are left out. Pass the
   * items you want measured, typically {@code ledger.asOf(asOf)} open items or the items that fell due
   * in a reporting period. The first contact is the earliest contact, dated after the due date and
   * on or before {@code asOf}, on the item's customer account that {@linkplain Activity#concerns
   * concerns} the item (names it, or names no item). Contacts on or before the due date (pre-due
   * reminders) do not count.
   *
   * @param items the items to measure; document numbers unique
   * @param log the activity log
   * @param asOf the day to measure as of
   * @return one measure per measured item, ordered by customer, due date and document number
   * @throws IllegalArgumentException if two items share a document number
   */
  public static List<FirstContact> firstContacts(Collection<OpenItem> items, ActivityLog log, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<CustomerId, List<Activity>> contacts = new HashMap<>();
    for (Activity activity : log.asOf(asOf).chronological()) {
      if (activity.isContact()) {
        contacts.computeIfAbsent(activity.customerId(), c -> new ArrayList<>()).add(activity);
      }
    }
    Set<DocumentNumber> seen = new HashSet<>();
    List<FirstContact> result = new ArrayList<>();
    for (OpenItem item : items) {
      if (!seen.add(item.documentNumber())) {
        throw new IllegalArgumentException("item " + item.documentNumber() + " is given twice");
      }
      if (!item.originalAmount().isPositive() || !item.dueDate().isBefore(asOf)) {
        continue;
      }
      Activity first = null;
      for (Activity contact : contacts.getOrDefault(item.customerId(), List.of())) {
        if (contact.date().isAfter(item.dueDate()) && contact.concerns(item.documentNumber())) {
          first = contact;
          break;
        }
      }
      long days = ChronoUnit.DAYS.between(item.dueDate(), first == null ? asOf : first.date());
      result.add(new FirstContact(item, Optional.ofNullable(first), days));
    }
    result.sort(Comparator.comparing((FirstContact f) -> f.item().customerId())
        .thenComparing(f -> f.item().dueDate()).thenComparing(f -> f.item().documentNumber()));
    return result;
  }

  /**
   * Mean and median days from due date to first contact over the contacted items; items not yet
   * contacted are counted as waiting.
   *
   * @param firstContacts measures from {@link #firstContacts}
   * @return the summary
   */
  public static DaySummary summariseFirstContacts(Collection<FirstContact> firstContacts) {
    long[] days = firstContacts.stream().filter(FirstContact::isContacted).mapToLong(FirstContact::days).toArray();
    return DaySummary.of(days, firstContacts.size() - days.length);
  }

  /**
   * Time from due date to first contact summarised per customer (see {@link #firstContacts}).
   *
   * @param items the items to measure
   * @param log the activity log
   * @param asOf the day to measure as of
   * @return the summary per customer with at least one measured item, ordered by customer id
   */
  public static Map<CustomerId, DaySummary> firstContactsByCustomer(Collection<OpenItem> items, ActivityLog log,
      LocalDate asOf) {
    Map<CustomerId, List<FirstContact>> grouped = new TreeMap<>();
    for (FirstContact f : firstContacts(items, log, asOf)) {
      grouped.computeIfAbsent(f.item().customerId(), c -> new ArrayList<>()).add(f);
    }
    Map<CustomerId, DaySummary> result = new TreeMap<>();
    grouped.forEach((customer, list) -> result.put(customer, summariseFirstContacts(list)));
    return result;
  }

  /**
   * Follow-ups overdue as of a day.
   *
   * <p>Only the latest activity on an account (on or before {@code asOf}) can hold an open follow-up:
   * any later activity, by any collector, in any direction and with any outcome (an unanswered call
   * too), means the account was worked, and that activity sets the next follow-up date itself (or
   * none). The latest activity's follow-up is overdue when its date is before {@code asOf}; one due
   * on {@code asOf} is due today, not overdue. To report per collector, filter the result by
   * {@link OverdueFollowUp#collector()} rather than filtering the log, so another collector's activity
   * still counts as working the account.
   *
   * @param log the activity log
   * @param asOf the day
   * @return the overdue follow-ups, at most one per customer, ordered by follow-up date and customer id
   */
  public static List<OverdueFollowUp> overdueFollowUps(ActivityLog log, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<CustomerId, Activity> latest = new HashMap<>();
    for (Activity activity : log.asOf(asOf).chronological()) {
      latest.put(activity.customerId(), activity);
    }
    List<OverdueFollowUp> result = new ArrayList<>();
    for (Activity activity : latest.values()) {
      activity.nextFollowUp().filter(f -> f.isBefore(asOf)).ifPresent(
          f -> result.add(new OverdueFollowUp(activity, f, ChronoUnit.DAYS.between(f, asOf))));
    }
    result.sort(Comparator.comparing(OverdueFollowUp::followUp).thenComparing(OverdueFollowUp::customer));
    return result;
  }

  /**
   * Response turnaround per outbound contact.
   *
   * <p>Measured for every outbound activity that {@linkplain Activity#awaitsReply() awaits a reply}
   * (a message left on a call, a written message sent) dated on or before {@code asOf}; a call or
   * meeting that reached the customer was answered on the spot and is not measured. The reply is the
   * first inbound activity on the same customer account that comes later in time order, on or
   * before {@code asOf}, whoever received it. Several unanswered messages answered by one reply each
   * get their own turnaround to that reply.
   *
   * @param log the activity log
   * @param asOf the day
   * @return one turnaround per measured contact, in time order
   */
  public static List<Turnaround> turnarounds(ActivityLog log, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Activity> timeline = log.asOf(asOf).chronological();
    Activity[] nextInbound = new Activity[timeline.size()];
    Map<CustomerId, Activity> seenInbound = new HashMap<>();
    for (int i = timeline.size() - 1; i >= 0; i--) {
      Activity activity = timeline.get(i);
      nextInbound[i] = seenInbound.get(activity.customerId());
      if (activity.direction() == ActivityDirection.INBOUND) {
        seenInbound.put(activity.customerId(), activity);
      }
    }
    List<Turnaround> result = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      Activity contact = timeline.get(i);
      if (!contact.awaitsReply()) {
        continue;
      }
      Activity reply = nextInbound[i];
      if (reply == null) {
        result.add(new Turnaround(contact, Optional.empty(), ChronoUnit.DAYS.between(contact.date(), asOf),
            Optional.empty()));
      } else {
        Optional<Duration> elapsed = contact.time().isPresent() && reply.time().isPresent()
            ? Optional.of(Duration.between(LocalDateTime.of(contact.date(), contact.time().get()),
                LocalDateTime.of(reply.date(), reply.time().get())))
            : Optional.empty();
        result.add(new Turnaround(contact, Optional.of(reply), ChronoUnit.DAYS.between(contact.date(), reply.date()),
            elapsed));
      }
    }
    return result;
  }

  /**
   * Mean and median turnaround in days over the answered contacts; unanswered ones are counted as
   * waiting.
   *
   * @param turnarounds measures from {@link #turnarounds}
   * @return the summary
   */
  public static DaySummary summariseTurnarounds(Collection<Turnaround> turnarounds) {
    long[] days = turnarounds.stream().filter(Turnaround::isAnswered).mapToLong(Turnaround::days).toArray();
    return DaySummary.of(days, turnarounds.size() - days.length);
  }

  /**
   * Promises obtained per contact in a period: contacts dated in the period (either direction), and
   * those of them with outcome {@link ActivityOutcome#PROMISE_OBTAINED}.
   *
   * @param log the activity log
   * @param fromInclusive the first day of the period
   * @param toInclusive the last day of the period
   * @return the counts
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static PromiseRate promisesPerContact(ActivityLog log, LocalDate fromInclusive, LocalDate toInclusive) {
    long contacts = 0;
    long promises = 0;
    for (Activity activity : log.between(fromInclusive, toInclusive).entries()) {
      if (activity.isContact()) {
        contacts++;
        if (activity.outcome() == ActivityOutcome.PROMISE_OBTAINED) {
          promises++;
        }
      }
    }
    return new PromiseRate(contacts, promises);
  }

  /**
   * Promises obtained per contact in a period, per collector (see {@link #promisesPerContact}).
   *
   * @param log the activity log
   * @param fromInclusive the first day of the period
   * @param toInclusive the last day of the period
   * @return the counts per collector with at least one contact, ordered by collector id
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static Map<CollectorId, PromiseRate> promisesPerContactByCollector(ActivityLog log, LocalDate fromInclusive,
      LocalDate toInclusive) {
    ActivityLog period = log.between(fromInclusive, toInclusive);
    Map<CollectorId, PromiseRate> result = new TreeMap<>();
    for (Activity activity : period.entries()) {
      if (activity.isContact() && !result.containsKey(activity.collector())) {
        result.put(activity.collector(),
            promisesPerContact(period.forCollector(activity.collector()), fromInclusive, toInclusive));
      }
    }
    return result;
  }
}
