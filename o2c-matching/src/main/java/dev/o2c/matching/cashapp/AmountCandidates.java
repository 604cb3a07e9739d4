package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * Proposals from amounts alone, for a payment whose references name nothing: the item sets of each
 * likely payer that the payment settles (exactly, less earned discounts, within tolerance), scored
 * by how surely amounts identify them among the payer's open items; and, when none settles, the
 * payer's nearest items above the payment as readings for a person.
 */
final class AmountCandidates {

  /** Payers below this score are too weak to search their items by amount alone. */
  private static final double PAYER_FOR_AMOUNT_SEARCH = 0.6;
  /** How often a wrongly identified payer's book holds an item set of exactly the payment's amount (assumed). */
  private static final double WRONG_PAYER_COINCIDENCE = 0.25;

  private final OpenItemBook book;
  private final MatchPolicy policy;
  private final Reconciler reconciler;
  private final AmountSearch search;
  private final PayerItems payerItems;

  AmountCandidates(OpenItemBook book, MatchPolicy policy, Reconciler reconciler, AmountSearch search,
      PayerItems payerItems) {
    this.book = book;
    this.policy = policy;
    this.reconciler = reconciler;
    this.search = search;
    this.payerItems = payerItems;
  }

  void add(Payment payment, List<PayerHypothesis> payers, long[] open, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    CurrencyUnit currency = payment.amount().currency();
    long tolerance = policy.tolerance(currency).limitMinor(paid);
    boolean foreign = ForeignAmounts.mentioned(payment);
    int searched = 0;
    for (PayerHypothesis payer : payers) {
      if (payer.score() < PAYER_FOR_AMOUNT_SEARCH || searched == 2) {
        break;
      }
      searched++;
      int[] pool = payerItems.pool(payer.customer(), open, currency, Set.of());
      if (pool.length == 0) {
        continue;
      }
      long[] gross = Arrays.stream(pool).mapToLong(i -> open[i]).toArray();
      long[] net = new long[pool.length];
      boolean anyDiscount = false;
      for (int k = 0; k < pool.length; k++) {
        long d = reconciler.earnedDiscount(pool[k], open[pool[k]], payment.valueDate());
        net[k] = gross[k] - d;
        anyDiscount |= d > 0;
      }
      List<AmountSearch.Found> tries = new ArrayList<>();
      tries.add(search.find(gross, paid, paid));
      if (anyDiscount) {
        tries.add(search.find(net, paid, paid));
      }
      if (tries.stream().allMatch(f -> f.solutions().isEmpty()) && tolerance > 0) {
        tries.add(search.find(gross, paid, paid + tolerance));
        if (anyDiscount) {
          tries.add(search.find(net, paid, paid + tolerance));
        }
      }
      if (tries.stream().allMatch(f -> f.solutions().isEmpty())) {
        nearestShortReadings(payment, payer, pool, open, out);
        continue;
      }
      int lateDiscountReading = -1;
      for (AmountSearch.Found found : tries) {
        for (int[] solution : found.solutions()) {
          int[] items = Arrays.stream(solution).map(k -> pool[k]).toArray();
          Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
          if (outcome != null && outcome.fit().settles()) {
            if (items.length == 1 && lateDiscountReading == -1) {
              lateDiscountReading = lateDiscountReading(pool, items[0], paid, open);
            }
            Candidate c = scoreAmountOnly(items, outcome, payer, pool.length, found, foreign);
            // Another item of the same amount paid after its discount deadline, less the discount, fits
            // the payment too (recurring prices): which one was meant is for a person.
            out.add(items.length == 1 && lateDiscountReading >= 0 ? Candidate.demote(c, 0.6) : c);
          }
        }
      }
    }
  }

  /**
   * For a payment no item set of the payer matches: the payer's items it pays most of (70 % or more),
   * closest first, read as short payments, for a person to choose from. Never automatic.
   */
  private void nearestShortReadings(Payment payment, PayerHypothesis payer, int[] pool, long[] open,
      List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    List<Integer> near = new ArrayList<>();
    for (int i : pool) {
      if (open[i] > paid && paid * 10 >= open[i] * 7) {
        near.add(i);
      }
    }
    near.sort(Comparator.comparingLong((Integer i) -> open[i] - paid).thenComparingInt(i -> i));
    // One item, and only one, that the payment settles less the discount its terms offered, taken after
    // the deadline: as identifying as an item of exactly the amount, and the late discount a deduction.
    List<Integer> lateDiscount = near.stream().filter(i -> paidLessLateDiscount(i, paid, open)).toList();
    if (lateDiscount.size() == 1) {
      int[] items = {lateDiscount.get(0)};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome != null && outcome.fit() == Fit.LATE_DISCOUNT) {
        double amountEvidence = identifiability(pool.length, 1);
        double confidence = Math.min(Candidate.CAP,
            Math.max(0, 1 - (1 - payer.score()) * WRONG_PAYER_COINCIDENCE - (1 - amountEvidence)));
        boolean eligible = payer.score() >= PaymentMatcher.STRONG_PAYER && policy.autoDeductions()
            && !ForeignAmounts.mentioned(payment) && !ForeignAmounts.converted(payment);
        out.add(new Candidate(items, outcome, Optional.of(payer.customer()), Candidate.round(confidence), eligible,
            "no usable reference; the only open item of " + pool.length + " of " + payer.customer()
                + " the amount pays less its terms' cash discount; " + outcome.fit().text + " (" + outcome.detail()
                + "); payer " + payer.reason()));
      }
    }
    for (int k = 0; k < Math.min(3, near.size()); k++) {
      int[] items = {near.get(k)};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome != null) {
        String reason = "no usable reference; " + book.at(items[0]).documentNumber() + " is the payer's item "
            + (k == 0 ? "closest above" : "next closest above") + " the amount; " + outcome.fit().text
            + (outcome.detail().isEmpty() ? "" : " (" + outcome.detail() + ")") + "; payer " + payer.reason();
        double confidence = Candidate.round(Math.min(0.6, payer.score() * 0.6) / (k + 1));
        out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence, false, reason));
      }
    }
  }

  /**
   * An item of the pool other than {@code chosen} whose open amount less the best discount its terms
   * ever offered equals the payment: the payment may be that item with the discount taken late; -1 if none.
   */
  private int lateDiscountReading(int[] pool, int chosen, long paid, long[] open) {
    for (int i : pool) {
      if (i != chosen && paidLessLateDiscount(i, paid, open)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the payment is the item's open amount less the best discount its terms ever offered. */
  private boolean paidLessLateDiscount(int item, long paid, long[] open) {
    return open[item] > paid && open[item] - reconciler.bestDiscount(item, open[item]) == paid;
  }

  private Candidate scoreAmountOnly(int[] items, Reconciler.Outcome outcome, PayerHypothesis payer, int poolSize,
      AmountSearch.Found found, boolean foreign) {
    int k = items.length;
    double amountEvidence = found.ambiguous() ? 0.5 : identifiability(poolSize, k);
    if (found.oldestWindow() && !found.ambiguous()) {
      amountEvidence = Math.max(amountEvidence, 0.8); // customers who pay "everything due up to X"
    }
    if (outcome.fit() == Fit.SMALL_DIFFERENCE) {
      amountEvidence *= 0.7;
    }
    // Wrong when the amount picked the wrong items of the right payer, or when the payer is wrong and
    // its book still holds exactly this amount (recurring prices make that far from impossible: a
    // quarter of the time is assumed).
    double confidence = Math.min(Candidate.CAP,
        Math.max(0, 1 - (1 - payer.score()) * WRONG_PAYER_COINCIDENCE - (1 - amountEvidence)));
    boolean eligible = !found.ambiguous() && outcome.fit() != Fit.SMALL_DIFFERENCE && payer.score() >= PaymentMatcher.STRONG_PAYER
        && policy.amountOnlyMayBeAuto(poolSize, k) && payerItems.commonOwner(items).isPresent() && !foreign
        && outcome.allocations().stream().noneMatch(a -> a.applied().isNegative() || a.writeOff().isPositive())
        && !isRound(outcome);
    String what = k == 1 ? "the only open item of this amount" : k + " items that add up to the amount";
    StringBuilder reason = new StringBuilder("no usable reference; ").append(what).append(" among ")
        .append(poolSize).append(" open item(s) of ").append(payer.customer());
    if (found.ambiguous()) {
      reason.append(" (not unique: other combinations fit too)");
    } else if (found.oldestWindow() && k > 1) {
      reason.append(" (the oldest items in a row)");
    }
    reason.append("; ").append(outcome.fit().text);
    if (!outcome.detail().isEmpty()) {
      reason.append(" (").append(outcome.detail()).append(')');
    }
    reason.append("; payer ").append(payer.reason());
    if (Arrays.stream(items).anyMatch(i -> !book.at(i).customerId().equals(payer.customer()))) {
      reason.append(" (paying parent)");
    }
    return new Candidate(items, outcome, Optional.of(payer.customer()), Candidate.round(confidence), eligible, reason.toString());
  }

  /**
   * Whether a payment is a round amount (a multiple of 100 major units): advances, deposits and
   * instalments are round, so an open item that happens to be round too is weak evidence on its own.
   */
  private static boolean isRound(Reconciler.Outcome outcome) {
    Money applied = Money.total(outcome.unapplied().currency(),
        outcome.allocations().stream().map(Allocation::applied).toList());
    return applied.amount().remainder(java.math.BigDecimal.valueOf(100)).signum() == 0;
  }

  /**
   * How likely a unique amount-only solution is the true one, from the identifiability measurements
   * of random payments against N open items (cash-application benchmark specification, section 1).
   */
  static double identifiability(int n, int k) {
    if (k == 1) {
      return n <= 100 ? 0.99 : 0.98;
    }
    if (k == 2) {
      return n <= 20 ? 0.98 : n <= 100 ? 0.95 : 0.5;
    }
    if (k <= 5) {
      return n <= 20 ? 0.97 : 0.3;
    }
    return 0.1;
  }
}
