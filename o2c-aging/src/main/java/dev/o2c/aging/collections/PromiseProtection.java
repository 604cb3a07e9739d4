package dev.o2c.aging.collections;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which items an active promise to pay protects on a day: the question a dunning run asks before it
 * reminds a customer of an item.
 *
 * <p>A promise is active on day {@code D} when its status is {@link PromiseStatus#OPEN}, it was made
 * on or before {@code D}, and {@code D} is not after its last promised date plus the grace days.
 * Statuses are taken as given: grade the promises first ({@link PromiseEvaluator#graded}, or {@link
 * PromiseEvaluator#protection} which does both), so a broken promise no longer protects. A promise
 * covering items protects those items; a promise against the balance (no items) protects every item
 * of its customer.
 *
 * <pre>{@code
 * PromiseProtection protection = evaluator.protection(promises, receipts, runDay);
 * if (protection.isProtected(item, runDay)) { ... leave the item out of the reminder ... }
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class PromiseProtection {

  private final Map<DocumentNumber, List<PromiseToPay>> byItem = new HashMap<>();
  private final Map<CustomerId, List<PromiseToPay>> againstBalance = new HashMap<>();
  private final int graceDays;

  private PromiseProtection(Collection<PromiseToPay> promises, int graceDays) {
    this.graceDays = graceDays;
    for (PromiseToPay promise : promises) {
      Objects.requireNonNull(promise, "promise");
      if (promise.status() != PromiseStatus.OPEN) {
        continue;
      }
      if (promise.documentNumbers().isEmpty()) {
        againstBalance.computeIfAbsent(promise.customerId(), k -> new ArrayList<>()).add(promise);
      } else {
        for (DocumentNumber item : promise.documentNumbers()) {
          byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(promise);
        }
      }
    }
  }

  /**
   * The protection given by promises in their current statuses, with the grace days of a tolerance.
   *
   * @param promises the promises, graded
   * @param tolerance whose grace days extend each promise's last date
   * @return the protection
   */
  public static PromiseProtection of(Collection<PromiseToPay> promises, PromiseTolerance tolerance) {
    return new PromiseProtection(Objects.requireNonNull(promises, "promises"), tolerance.graceDays());
  }

  /**
   * The protection given by promises in their current statuses, without grace days.
   *
   * @param promises the promises, graded
   * @return the protection
   */
  public static PromiseProtection of(Collection<PromiseToPay> promises) {
    return of(promises, PromiseTolerance.NONE);
  }

  /**
   * Whether an item is protected by an active promise on a day.
   *
   * @param item the item
   * @param day the day
   * @return true if an active promise covers the item or its customer's balance
   */
  public boolean isProtected(OpenItem item, LocalDate day) {
    return activePromise(item.customerId(), item.documentNumber(), day).isPresent();
  }

  /**
   * The active promise that protects an item on a day; of several, the one made last.
   *
   * @param item the item
   * @param day the day
   * @return the promise, or empty if none protects the item
   */
  public Optional<PromiseToPay> activePromise(OpenItem item, LocalDate day) {
    return activePromise(item.customerId(), item.documentNumber(), day);
  }

  /**
   * The active promise that protects an item, named by its customer and number, on a day; of several,
   * the one made last (the one first in the list on a tie).
   *
   * @param customer the item's customer, for promises against the balance
   * @param item the item's document number
   * @param day the day
   * @return the promise, or empty if none protects the item
   */
  public Optional<PromiseToPay> activePromise(CustomerId customer, DocumentNumber item, LocalDate day) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(day, "day");
    PromiseToPay best = latestActive(byItem.get(item), customer, day, null);
    best = latestActive(againstBalance.get(customer), customer, day, best);
    return Optional.ofNullable(best);
  }

  /**
   * Whether a promise is active on a day: open, made by then, and its last date plus the grace days
   * not passed.
   *
   * @param promise the promise
   * @param day the day
   * @return true if it is active
   */
  public boolean isActive(PromiseToPay promise, LocalDate day) {
    return promise.status() == PromiseStatus.OPEN && !promise.madeOn().isAfter(day)
        && !day.isAfter(promise.lastDate().plusDays(graceDays));
  }

  private PromiseToPay latestActive(List<PromiseToPay> promises, CustomerId customer, LocalDate day,
      PromiseToPay best) {
    if (promises == null) {
      return best;
    }
    for (PromiseToPay promise : promises) {
      if (promise.customerId().equals(customer) && isActive(promise, day)
          && (best == null || promise.madeOn().isAfter(best.madeOn()))) {
        best = promise;
      }
    }
    return best;
  }
}
