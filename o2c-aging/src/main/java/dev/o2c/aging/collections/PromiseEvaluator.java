package dev.o2c.aging.collections;

import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Grades promises to pay against the money that arrived for them, as of a day: a pure function of
 * the promise, the receipts, the tolerance and the as-of day.
 *
 * <p>Which money counts: {@link PromiseReceipt}s of the promise's customer, in the promise's
 * currency, dated from the day the promise was made to the as-of day; for a promise covering items,
 * only receipts for those items; for a promise against the balance (no items), every receipt of the
 * customer. Each promise is graded on its own: a receipt may count toward two promises that overlap.
 *
 * <p>How it is graded: the money fills the promised amounts in date order (the first instalment
 * first, whenever the money came), so what arrived by an instalment's deadline (its date plus the
 * grace days) is what is left of the money received by then after the earlier instalments. Each
 * instalment is
 * <ul>
 *   <li>{@code KEPT} when it falls short by no more than the tolerated shortfall on its amount (also
 *       before its deadline: early money keeps it early);</li>
 *   <li>{@code OPEN} while its deadline has not passed (on the deadline day itself it is still open);</li>
 *   <li>{@code BROKEN} after its deadline when nothing arrived in time;</li>
 *   <li>{@code PARTIALLY_KEPT} after its deadline when some, but not enough, arrived in time.</li>
 * </ul>
 * The whole promise is {@code KEPT} when every instalment is kept, else {@code BROKEN} when an
 * instalment is broken (a missed instalment breaks a payment plan, as a missed single date breaks a
 * single promise), else {@code PARTIALLY_KEPT} when an instalment was partly kept (the promise can no
 * longer be kept in full, so it stops protecting its items), else {@code OPEN}. A promise in status
 * {@code CANCELLED} stays cancelled (the collector's decision), with its instalments graded for
 * information. The grades only improve with more money: in the order {@code BROKEN < PARTIALLY_KEPT <
 * OPEN < KEPT}, more money received never gives a lower grade, for the instalments and the whole.
 *
 * <p>This differs in one point from the words on {@link PromiseStatus}: a promise is decided as soon
 * as an instalment fails, not only at the last promised date.
 *
 * <pre>{@code
 * PromiseEvaluator evaluator = PromiseEvaluator.of(PromiseTolerance.NONE.withGraceDays(2));
 * PromiseEvaluation graded = evaluator.evaluate(promise, receipts, LocalDate.of(2026, 4, 30));
 * graded.status();               // e.g. PARTIALLY_KEPT
 * graded.promise().status();     // the same, set with PromiseToPay.withStatus
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class PromiseEvaluator {

  /** Grades with no tolerance: every cent by the promised date. */
  public static final PromiseEvaluator STRICT = new PromiseEvaluator(PromiseTolerance.NONE);

  private final PromiseTolerance tolerance;

  private PromiseEvaluator(PromiseTolerance tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * An evaluator with a tolerance.
   *
   * @param tolerance the tolerated shortfall and grace days
   * @return the evaluator
   */
  public static PromiseEvaluator of(PromiseTolerance tolerance) {
    return new PromiseEvaluator(Objects.requireNonNull(tolerance, "tolerance"));
  }

  /** {@return the tolerance the evaluator grades with} */
  public PromiseTolerance tolerance() {
    return tolerance;
  }

  /**
   * Grades one promise as of a day.
   *
   * @param promise the promise
   * @param receipts money received, of any customers and days (what does not count is left out)
   * @param asOf the day to grade as of, inclusive
   * @return the grades, with the promise carrying the whole promise's status
   */
  public PromiseEvaluation evaluate(PromiseToPay promise, Collection<PromiseReceipt> receipts, LocalDate asOf) {
    Objects.requireNonNull(promise, "promise");
    Objects.requireNonNull(receipts, "receipts");
    Objects.requireNonNull(asOf, "asOf");
    List<PromisedPayment> payments = promise.payments();
    CurrencyUnit currency = payments.get(0).amount().currency();
    int n = payments.size();
    long[] deadlines = new long[n];
    for (int i = 0; i < n; i++) {
      deadlines[i] = tolerance.deadline(payments.get(i).date()).toEpochDay();
    }
    // Money received by each deadline, and by the as-of day.
    long[] byDeadline = new long[n];
    long byAsOf = 0;
    Set<DocumentNumber> items = new HashSet<>(promise.documentNumbers());
    for (PromiseReceipt receipt : receipts) {
      if (!counts(promise, items, currency, receipt, asOf)) {
        continue;
      }
      long amount = receipt.amount().minorUnits();
      byAsOf = Math.addExact(byAsOf, amount);
      long day = receipt.date().toEpochDay();
      for (int i = 0; i < n; i++) {
        if (day <= deadlines[i]) {
          byDeadline[i] = Math.addExact(byDeadline[i], amount);
        }
      }
    }
    long asOfDay = asOf.toEpochDay();
    List<PromiseInstalmentGrade> grades = new ArrayList<>(n);
    long promisedBefore = 0;
    long inTimeTotal = 0;
    long receivedTotal = 0;
    for (int i = 0; i < n; i++) {
      PromisedPayment payment = payments.get(i);
      long amount = payment.amount().minorUnits();
      long inTime = clamp(byDeadline[i] - promisedBefore, amount);
      long total = clamp(byAsOf - promisedBefore, amount);
      promisedBefore += amount;
      inTimeTotal += inTime;
      receivedTotal += total;
      Money promised = payment.amount();
      Money tolerated = tolerance.toleratedShortfall(promised);
      LocalDate deadline = LocalDate.ofEpochDay(deadlines[i]);
      Money arrived = Money.ofMinor(currency, inTime);
      PromiseStatus status;
      String reason;
      if (amount - inTime <= tolerated.minorUnits()) {
        status = PromiseStatus.KEPT;
        reason = arrived + " of " + promised + " arrived by " + deadline
            + (inTime < amount ? ", short by " + Money.ofMinor(currency, amount - inTime) + " within the tolerated "
                + tolerated : "");
      } else if (asOfDay <= deadlines[i]) {
        status = PromiseStatus.OPEN;
        reason = arrived + " of " + promised + " arrived so far; in time until " + deadline;
      } else if (inTime == 0) {
        status = PromiseStatus.BROKEN;
        reason = "nothing of " + promised + " arrived by " + deadline;
      } else {
        status = PromiseStatus.PARTIALLY_KEPT;
        reason = arrived + " of " + promised + " arrived by " + deadline + ", short by "
            + Money.ofMinor(currency, amount - inTime);
      }
      grades.add(new PromiseInstalmentGrade(i + 1, payment.date(), deadline, promised, arrived,
          Money.ofMinor(currency, total - inTime), Money.ofMinor(currency, amount - total), status, reason));
    }
    PromiseStatus whole;
    String reason;
    if (promise.status() == PromiseStatus.CANCELLED) {
      whole = PromiseStatus.CANCELLED;
      reason = "cancelled";
    } else if (grades.stream().allMatch(g -> g.status() == PromiseStatus.KEPT)) {
      whole = PromiseStatus.KEPT;
      reason = n == 1 ? grades.get(0).reason() : "all " + n + " promised amounts arrived in time";
    } else {
      whole = first(grades, PromiseStatus.BROKEN) != null ? PromiseStatus.BROKEN
          : first(grades, PromiseStatus.PARTIALLY_KEPT) != null ? PromiseStatus.PARTIALLY_KEPT : PromiseStatus.OPEN;
      PromiseInstalmentGrade decisive = first(grades, whole);
      reason = "instalment " + decisive.number() + " of " + n + ": " + decisive.reason();
    }
    Money total = promise.totalAmount();
    Money received = Money.ofMinor(currency, receivedTotal);
    return new PromiseEvaluation(promise.status() == whole ? promise : promise.withStatus(whole), asOf, whole, total,
        Money.ofMinor(currency, inTimeTotal), received, total.minus(received), grades, reason);
  }

  /**
   * Grades several promises as of a day.
   *
   * @param promises the promises
   * @param receipts money received
   * @param asOf the day to grade as of
   * @return one evaluation per promise, in the promises' order
   */
  public List<PromiseEvaluation> evaluateAll(Collection<PromiseToPay> promises, Collection<PromiseReceipt> receipts,
      LocalDate asOf) {
    List<PromiseEvaluation> result = new ArrayList<>(promises.size());
    for (PromiseToPay promise : promises) {
      result.add(evaluate(promise, receipts, asOf));
    }
    return result;
  }

  /**
   * The promises with their graded statuses, as the dunning run and {@link PromiseProtection} take them.
   *
   * @param promises the promises
   * @param receipts money received
   * @param asOf the day to grade as of
   * @return the promises with their statuses set, in the given order
   */
  public List<PromiseToPay> graded(Collection<PromiseToPay> promises, Collection<PromiseReceipt> receipts,
      LocalDate asOf) {
    List<PromiseToPay> result = new ArrayList<>(promises.size());
    for (PromiseEvaluation evaluation : evaluateAll(promises, receipts, asOf)) {
      result.add(evaluation.promise());
    }
    return result;
  }

  /**
   * Which items are protected by an open promise on a day, after grading the promises as of that day
   * with this evaluator's tolerance.
   *
   * @param promises the promises
   * @param receipts money received
   * @param asOf the day
   * @return the protection, for that day's questions
   */
  public PromiseProtection protection(Collection<PromiseToPay> promises, Collection<PromiseReceipt> receipts,
      LocalDate asOf) {
    return PromiseProtection.of(graded(promises, receipts, asOf), tolerance);
  }

  private static boolean counts(PromiseToPay promise, Set<DocumentNumber> items, CurrencyUnit currency,
      PromiseReceipt receipt, LocalDate asOf) {
    if (!receipt.customerId().equals(promise.customerId()) || !receipt.amount().currency().equals(currency)
        || receipt.date().isBefore(promise.madeOn()) || receipt.date().isAfter(asOf)) {
      return false;
    }
    return items.isEmpty() || receipt.item().map(items::contains).orElse(false);
  }

  private static long clamp(long value, long max) {
    return Math.max(0, Math.min(value, max));
  }

  private static PromiseInstalmentGrade first(List<PromiseInstalmentGrade> grades, PromiseStatus status) {
    for (PromiseInstalmentGrade grade : grades) {
      if (grade.status() == status) {
        return grade;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "PromiseEvaluator[" + tolerance + "]";
  }
}
