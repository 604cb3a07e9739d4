package dev.o2c.aging.collections;

import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a prioritisation strategy knows about one customer as of a day: what is overdue and for how
 * long, broken promises, the host's risk class, the balance against the credit limit, and the last
 * contact. Computed once from the customer's open items, promises and activity log.
 *
 * <ul>
 *   <li><b>Overdue</b>: the open amounts of invoices and debit memos (positive open amount) whose due
 *       date is before the as-of day, per currency; unused credit memos are not netted (they are a
 *       matter for cash application, not a reason to call less).
 *   <li><b>Days overdue</b>: calendar days from the oldest overdue item's due date to the as-of day.
 *   <li><b>Broken promises</b>: the customer's promises with status {@link PromiseStatus#BROKEN} made
 *       on or before the as-of day, ordered by their first promised date.
 *   <li><b>Balance</b>: the sum of all open amounts given (credit memos reduce it), per currency.
 *   <li><b>Credit utilisation</b>: the balance in the customer's account currency divided by its
 *       credit limit, exactly; none without a limit or with a zero limit; zero for a balance at or
 *       below zero.
 * </ul>
 *
 * <p>Equal by value. This instance is immutable.
 */
public final class PriorityFacts {

  private final Customer customer;
  private final LocalDate asOf;
  private final MoneyTotals overdue;
  private final int overdueItemCount;
  private final long oldestDaysOverdue;
  private final MoneyTotals balance;
  private final List<PromiseToPay> brokenPromises;
  private final Optional<PriorityRisk> riskClass;
  private final Optional<LocalDate> lastContact;

  private PriorityFacts(Customer customer, LocalDate asOf, MoneyTotals overdue, int overdueItemCount,
      long oldestDaysOverdue, MoneyTotals balance, List<PromiseToPay> brokenPromises, Optional<PriorityRisk> riskClass,
      Optional<LocalDate> lastContact) {
    this.customer = customer;
    this.asOf = asOf;
    this.overdue = overdue;
    this.overdueItemCount = overdueItemCount;
    this.oldestDaysOverdue = oldestDaysOverdue;
    this.balance = balance;
    this.brokenPromises = brokenPromises;
    this.riskClass = riskClass;
    this.lastContact = lastContact;
  }

  /**
   * The facts of one customer.
   *
   * @param customer the customer
   * @param openItems the customer's open items as of the day (e.g. {@code ledger.asOf(asOf).openItems(id)})
   * @param promises the customer's promises to pay, graded as of the day; other statuses than BROKEN are ignored
   * @param riskClass the host's risk class of the customer, if rated
   * @param lastContact the day of the customer's last contact (see {@link ActivityLog#lastContact}), if any
   * @param asOf the day
   * @return the facts
   * @throws IllegalArgumentException if an item or promise belongs to another customer, or the last
   *     contact is after the as-of day
   */
  public static PriorityFacts of(Customer customer, Collection<OpenItem> openItems, Collection<PromiseToPay> promises,
      Optional<PriorityRisk> riskClass, Optional<LocalDate> lastContact, LocalDate asOf) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(riskClass, "riskClass");
    Objects.requireNonNull(lastContact, "lastContact");
    Objects.requireNonNull(asOf, "asOf");
    CustomerId id = customer.id();
    MoneyTotals.Accumulator overdue = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator balance = new MoneyTotals.Accumulator();
    int count = 0;
    long oldest = 0;
    for (OpenItem item : openItems) {
      if (!item.customerId().equals(id)) {
        throw new IllegalArgumentException("priority facts of " + id + ": item " + item.documentNumber()
            + " belongs to " + item.customerId());
      }
      balance.add(item.openAmount());
      if (item.openAmount().isPositive() && item.dueDate().isBefore(asOf)) {
        overdue.add(item.openAmount());
        count++;
        oldest = Math.max(oldest, ChronoUnit.DAYS.between(item.dueDate(), asOf));
      }
    }
    List<PromiseToPay> broken = new ArrayList<>();
    for (PromiseToPay promise : promises) {
      if (!promise.customerId().equals(id)) {
        throw new IllegalArgumentException("priority facts of " + id + ": promise " + promise.id()
            + " belongs to " + promise.customerId());
      }
      if (promise.status() == PromiseStatus.BROKEN && !promise.madeOn().isAfter(asOf)) {
        broken.add(promise);
      }
    }
    broken.sort(Comparator.comparing((PromiseToPay p) -> p.payments().get(0).date()).thenComparing(PromiseToPay::id));
    lastContact.filter(d -> d.isAfter(asOf)).ifPresent(d -> {
      throw new IllegalArgumentException("priority facts of " + id + ": last contact " + d + " is after asOf " + asOf);
    });
    return new PriorityFacts(customer, asOf, overdue.total(), count, oldest, balance.total(), List.copyOf(broken),
        riskClass, lastContact);
  }

  /** {@return the customer} */
  public Customer customer() {
    return customer;
  }

  /** {@return the customer's id} */
  public CustomerId customerId() {
    return customer.id();
  }

  /** {@return the day the facts are as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the amount overdue per currency (see the class description)} */
  public MoneyTotals overdue() {
    return overdue;
  }

  /** {@return the number of overdue items} */
  public int overdueItemCount() {
    return overdueItemCount;
  }

  /** {@return true when at least one item is overdue} */
  public boolean hasOverdue() {
    return overdueItemCount > 0;
  }

  /** {@return calendar days the oldest overdue item is past its due date; 0 when nothing is overdue} */
  public long oldestDaysOverdue() {
    return oldestDaysOverdue;
  }

  /** {@return the sum of the open amounts, per currency} */
  public MoneyTotals balance() {
    return balance;
  }

  /** {@return the broken promises, ordered by first promised date} */
  public List<PromiseToPay> brokenPromises() {
    return brokenPromises;
  }

  /** {@return the host's risk class, if rated} */
  public Optional<PriorityRisk> riskClass() {
    return riskClass;
  }

  /** {@return the day of the last contact, if any} */
  public Optional<LocalDate> lastContact() {
    return lastContact;
  }

  /** {@return calendar days from the last contact to the as-of day; empty if never contacted} */
  public Optional<Long> daysSinceLastContact() {
    return lastContact.map(d -> ChronoUnit.DAYS.between(d, asOf));
  }

  /**
   * The balance in the account currency over the credit limit, exactly (1 = the limit fully used).
   *
   * @return the utilisation; empty without a limit or with a zero limit
   */
  public Optional<Ratio> creditUtilisation() {
    Optional<Money> limit = customer.creditLimit().filter(Money::isPositive);
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    Money owed = balance.get(customer.currency());
    BigDecimal numerator = owed.isPositive() ? owed.amount() : BigDecimal.ZERO;
    return Optional.of(Ratio.of(numerator, limit.get().amount()));
  }

  /** Two facts are equal when every part is: customer, day, amounts, counts, promises, risk and last contact. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PriorityFacts)) {
      return false;
    }
    PriorityFacts f = (PriorityFacts) o;
    return customer.equals(f.customer) && asOf.equals(f.asOf) && overdue.equals(f.overdue)
        && overdueItemCount == f.overdueItemCount && oldestDaysOverdue == f.oldestDaysOverdue
        && balance.equals(f.balance) && brokenPromises.equals(f.brokenPromises) && riskClass.equals(f.riskClass)
        && lastContact.equals(f.lastContact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, asOf, overdue, overdueItemCount, oldestDaysOverdue, balance, brokenPromises,
        riskClass, lastContact);
  }

  @Override
  public String toString() {
    return "PriorityFacts[" + customer.id() + " as of " + asOf + ": overdue " + overdue + " (" + overdueItemCount
        + " items, up to " + oldestDaysOverdue + " days), " + brokenPromises.size() + " broken promises, risk "
        + riskClass.map(Enum::name).orElse("unrated") + ", last contact " + lastContact.map(LocalDate::toString)
        .orElse("none") + "]";
  }
}
