package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;

/**
 * Proposals from amounts alone, for a payment whose references name nothing: the item sets of each
 * likely payer that the payment settles (exactly, less earned discounts, within tolerance), scored
 * by how surely amounts identify them among the payer's open items; the payer's oldest items in a
 * row when they add up to the payment exactly; several items of exactly the amount in the order of
 * their due dates; and, when amounts identify nothing, the payer's single items nearest the payment
 * as readings for a person.
 */
final class AmountCandidates {

  /** Payers below this score are too weak to search their items by amount alone. */
  static final double PAYER_FOR_AMOUNT_SEARCH = 0.6;
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

  /**
   * Adds the readings of the payment's amount against the items of its likeliest payers.
   *
   * @param referenced whether the payment names open items in the currency: then the span readings,
   *     which explain a payment that names nothing, are not sought
   */
  void add(Payment payment, List<PayerHypothesis> payers, long[] open, boolean referenced, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    CurrencyUnit currency = payment.amount().currency();
    long tolerance = policy.tolerance(currency).limitMinor(paid);
    // Money sent in another currency (the payer's words or the bank say so) is never applied on amounts
    // alone. What the payer's words say is read once for all the payers tried.
    PaymentText text = PaymentText.of(payment);
    boolean foreign = text.foreignMentioned() || ForeignAmounts.converted(payment);
    long stated = text.statedDeduction();
    long charges = ForeignAmounts.chargesMinor(payment);
    long extra = text.statedExtra();
    Matcher instalment = INSTALMENT.matcher(text.upper());
    int[] part = instalment.find() ? new int[] {Integer.parseInt(instalment.group(1)), Integer.parseInt(instalment.group(2))} : null;
    // An excess the payer's words or the bank do not explain may be an item counted twice or rounded up.
    boolean unexplained = part == null && stated <= 0 && charges <= 0 && extra <= 0;
    int searched = 0;
    for (PayerHypothesis payer : payers) {
      if (payer.score() < PAYER_FOR_AMOUNT_SEARCH || searched == 2) {
        break;
      }
      searched++;
      int first = out.size();
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
      boolean window = oldestInARow(payment, payer, pool, open, foreign, out);
      if (!window && !referenced && noSingleItem(tries)) {
        oldestWithGaps(payment, payer, pool, open, out);
      }
      if (part != null) {
        instalmentOf(payment, part[0], part[1], payer, pool, open, out);
      }
      if (stated > 0) {
        statedDeduction(payment, stated, payer, pool, open, foreign, out);
      }
      int chargesReading = charges > 0 ? reportedCharges(payment, charges, payer, pool, open, foreign, out) : -1;
      if (extra > 0) {
        statedExtra(payment, extra, payer, pool, open, foreign, out);
      }
      if (part == null && stated <= 0 && charges <= 0) {
        roundShareReadings(payment, payer, pool, open, out);
      }
      if (tries.stream().allMatch(f -> f.solutions().isEmpty())) {
        if (!referenced) {
          everySet(payment, payer, pool, open, foreign, out);
        }
        if (unexplained) {
          countedTwice(payment, payer, pool, open, out);
          roundedUp(payment, payer, pool, open, out);
        }
        nearestReadings(payment, payer, pool, open, foreign, out);
        chargesFirst(chargesReading, first, out);
        continue;
      }
      int lateDiscountReading = -1;
      boolean sameAmount = false;
      boolean unambiguous = false;
      boolean singleItem = false;
      for (AmountSearch.Found found : tries) {
        for (int[] solution : found.solutions()) {
          int[] items = Arrays.stream(solution).map(k -> pool[k]).toArray();
          if (items.length == 1 && found.ambiguous()) {
            sameAmount = true; // all of them, in order of their due dates, below
            continue;
          }
          Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
          if (outcome != null && outcome.fit().settles()) {
            if (items.length == 1 && lateDiscountReading == -1) {
              lateDiscountReading = lateDiscountReading(pool, items[0], paid, open);
            }
            String what = items.length == 1 ? "the only open item of this amount" : items.length + " items that add up to the amount";
            Candidate c = scoreAmountOnly(items, outcome, payer, pool.length, found, foreign, what);
            // Another item of the same amount paid after its discount deadline, less the discount, fits
            // the payment too (recurring prices): which one was meant is for a person.
            out.add(items.length == 1 && lateDiscountReading >= 0 ? Candidate.demote(c, 0.6) : c);
            unambiguous |= !found.ambiguous();
            singleItem |= items.length == 1;
          }
        }
      }
      if (sameAmount) {
        itemsOfTheAmount(payment, payer, pool, gross, net, open, foreign, out);
      }
      if (!unambiguous && unexplained) {
        countedTwice(payment, payer, pool, open, out);
      }
      if (!singleItem && unexplained) {
        // A set of several items that adds up may be chance; one item a little below a payment is not.
        roundedUp(payment, payer, pool, open, out);
      }
      if (!unambiguous || foreign) {
        // Combinations that amounts cannot tell apart, or money converted on its way (the exchange
        // difference puts the item paid off its amount): the nearest single items are as likely.
        nearestReadings(payment, payer, pool, open, foreign, out);
      }
      chargesFirst(chargesReading, first, out);
    }
  }

  /**
   * When the bank reports charges and an item fits the amount plus those charges, that is what the
   * payer meant to pay: any other reading of this payer's items (an item of exactly the amount
   * credited) goes below it, and where one would have been automatic, neither is.
   */
  private static void chargesFirst(int chargesReading, int first, List<Candidate> out) {
    if (chargesReading < 0) {
      return;
    }
    Candidate charged = out.get(chargesReading);
    boolean rival = false;
    for (int c = first; c < out.size(); c++) {
      Candidate other = out.get(c);
      if (c != chargesReading && other.autoEligible()) {
        rival = true;
        out.set(c, Candidate.demote(other, 0.9));
      }
    }
    if (rival && charged.autoEligible()) {
      out.set(chargesReading, Candidate.demote(charged, 1));
    }
  }

  /** Several items of the payer settle the payment alone: at most this many are offered. */
  private static final int SAME_AMOUNT_OFFERED = 3;

  /**
   * Several of the payer's items each settle the payment alone (recurring prices): the likeliest by
   * their due date first ({@link #likeliestByDueDate}), then the oldest, at most {@value
   * #SAME_AMOUNT_OFFERED}, for a person to pick. Never automatic.
   */
  private void itemsOfTheAmount(Payment payment, PayerHypothesis payer, int[] pool, long[] gross, long[] net,
      long[] open, boolean foreign, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    List<Integer> same = new ArrayList<>();
    for (int k = 0; k < pool.length; k++) {
      if (gross[k] == paid || net[k] == paid) {
        same.add(pool[k]);
      }
    }
    AmountSearch.Found ambiguous = new AmountSearch.Found(List.of(), true, false);
    offerTied(payment, same, open, Fit::settles, (i, outcome, first) -> scoreAmountOnly(new int[] {i}, outcome, payer,
        pool.length, ambiguous, foreign, "one of " + same.size() + " open items of this amount, due "
            + book.at(i).dueDate() + (first ? " (the likeliest by its due date)" : "")), out);
  }

  /** A reading of one of several tied items: {@code first} for the likeliest by its due date. */
  private interface TiedReading {
    Candidate of(int item, Reconciler.Outcome outcome, boolean first);
  }

  /**
   * Offers tied items, each read alone, the likeliest by their due date first (customers pay around
   * the due date), then the oldest, at most {@value #SAME_AMOUNT_OFFERED} of those whose outcome
   * {@code fits}, each next one a little less likely.
   */
  private void offerTied(Payment payment, List<Integer> tied, long[] open, java.util.function.Predicate<Fit> fits,
      TiedReading reading, List<Candidate> out) {
    offerTied(payment, tied, i -> reconciler.reconcile(payment, new int[] {i}, open), fits, reading, out);
  }

  /** As above, each item's outcome given by {@code outcomeOf} (a part payment, say) instead of reconciled. */
  private void offerTied(Payment payment, List<Integer> tied, java.util.function.IntFunction<Reconciler.Outcome> outcomeOf,
      java.util.function.Predicate<Fit> fits, TiedReading reading, List<Candidate> out) {
    tied.sort(likeliestByDueDate(payment).thenComparingInt(i -> i));
    int offered = 0;
    for (int i : tied) {
      if (offered == SAME_AMOUNT_OFFERED) {
        break;
      }
      Reconciler.Outcome outcome = outcomeOf.apply(i);
      if (outcome == null || !fits.test(outcome.fit())) {
        continue;
      }
      out.add(Candidate.demote(reading.of(i, outcome, offered == 0), 1 - 0.02 * offered));
      offered++;
    }
  }

  /**
   * The payer's oldest open items in a row that add up to the payment exactly ("everything due up to
   * a date"), with or without its credit memos: a sum that a payment for other items matches only by
   * a rare coincidence, so with a strong payer it may be applied automatically.
   */
  private boolean oldestInARow(Payment payment, PayerHypothesis payer, int[] pool, long[] open, boolean foreign,
      List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    for (boolean invoicesOnly : new boolean[] {false, true}) {
      int n = 0;
      long sum = 0;
      boolean memos = false;
      int end = 0;
      while (end < pool.length) {
        int i = pool[end++];
        if (open[i] < 0) {
          memos = true;
          if (invoicesOnly) {
            continue;
          }
        }
        sum += open[i];
        n++;
        if (sum == paid || (invoicesOnly && sum > paid)) {
          break;
        }
      }
      if (sum != paid || n < 2 || (invoicesOnly && !memos)) {
        continue;
      }
      // Found: only now the window's positions are gathered (most payments have none).
      int[] window = new int[n];
      for (int k = 0, w = 0; k < end; k++) {
        if (!invoicesOnly || open[pool[k]] >= 0) {
          window[w++] = pool[k];
        }
      }
      Reconciler.Outcome outcome = reconciler.reconcile(payment, window, open);
      if (outcome == null || outcome.fit() != Fit.EXACT) {
        continue;
      }
      // An item outside the window of the same amount as one inside (recurring prices) makes other
      // sets add up just as well: then the window is only one of them.
      Set<Long> amounts = new HashSet<>();
      for (int i : window) {
        amounts.add(open[i]);
      }
      // Everything before the window's last item is in it, or a credit memo left aside.
      boolean twins = false;
      for (int k = end; k < pool.length && !twins; k++) {
        twins = open[pool[k]] > 0 && amounts.contains(open[pool[k]]);
      }
      double confidence = confidence(payer, twins ? 0.5 : WINDOW_EVIDENCE);
      boolean eligible = !twins && payer.score() >= PaymentMatcher.STRONG_PAYER && payerItems.commonOwner(window).isPresent()
          && !foreign && !isRound(outcome)
          && outcome.allocations().stream().noneMatch(a -> a.applied().isNegative());
      String reason = "no usable reference; the " + n + " oldest open items of " + payer.customer()
          + (invoicesOnly ? " (leaving its credit memos aside)" : "") + " in a row add up to the amount exactly"
          + " (everything due up to " + book.at(window[n - 1]).dueDate() + ")"
          + (twins ? " (not unique: other items of the same amounts are open too)" : "") + "; payer " + payer.reason();
      out.add(new Candidate(window, outcome, Optional.of(payer.customer()), confidence, eligible, reason));
      return true;
    }
    return false;
  }

  /** Whether no search found a single item that settles the payment. */
  private static boolean noSingleItem(List<AmountSearch.Found> tries) {
    for (AmountSearch.Found found : tries) {
      for (int[] solution : found.solutions()) {
        if (solution.length == 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** How surely the one set of the oldest items, less some left out, that adds up to a payment is the one it pays. */
  private static final double GAPPED_SPAN_EVIDENCE = 0.55;

  /**
   * The payer's oldest open items up to one of them, less some it leaves out, that add up to the
   * payment exactly: "everything due up to a date" from a payer that has paid some of those items
   * otherwise, or disputes or holds them back. Only the shortest span that holds such a set is read,
   * among the oldest {@value SpanSums#MAX_AMOUNTS} items, and only when exactly one set in it does: the
   * more items a span holds, the likelier a set of them adds up by chance. Never automatic: which items
   * the payer left out, and why, is for a person to confirm.
   */
  private void oldestWithGaps(Payment payment, PayerHypothesis payer, int[] pool, long[] open, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    long[] amounts = new long[Math.min(pool.length, SpanSums.MAX_AMOUNTS)];
    long positives = 0;
    for (int k = 0; k < amounts.length; k++) {
      amounts[k] = open[pool[k]];
      positives += Math.max(0, amounts[k]);
      if (Math.abs(amounts[k]) >= SpanSums.MAX_AMOUNT) {
        return;
      }
    }
    if (positives < paid || amounts.length < 3) {
      return;
    }
    long chosen = SpanSums.shortestSpanSubset(amounts, paid);
    if (chosen == SpanSums.NONE || chosen == SpanSums.SEVERAL || Long.bitCount(chosen) < 2) {
      return;
    }
    int end = 63 - Long.numberOfLeadingZeros(chosen);
    int last = pool[end];
    int[] items = new int[Long.bitCount(chosen)];
    List<String> leftOut = new ArrayList<>();
    for (int k = 0, w = 0; k <= end; k++) {
      if ((chosen >>> k & 1) != 0) {
        items[w++] = pool[k];
      } else if (open[pool[k]] > 0) {
        leftOut.add(book.at(pool[k]).documentNumber().toString());
      }
    }
    // No item left out is the window in a row, read elsewhere; the span ends at an invoice.
    if (leftOut.isEmpty() || open[last] <= 0) {
      return;
    }
    Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
    if (outcome == null || outcome.fit() != Fit.EXACT) {
      return;
    }
    String reason = "no usable reference; the oldest open items of " + payer.customer() + " up to "
        + book.at(last).documentNumber() + " add up to the amount exactly without " + leftOut.size()
        + " of them (" + String.join(", ", leftOut.subList(0, Math.min(5, leftOut.size())))
        + (leftOut.size() > 5 ? ", ..." : "") + ": paid otherwise, disputed or held back?); payer " + payer.reason();
    out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence(payer, GAPPED_SPAN_EVIDENCE),
        false, reason));
  }

  /** At most this many items are offered as paid in a round share. */
  private static final int ROUND_SHARES_OFFERED = 3;

  /**
   * Items of the payer the payment pays a round share of: a whole percentage of the item or a half,
   * third or quarter of it (a part payment), or the item less a whole amount or a whole tenth of a
   * percent of it, up to 15 % (a deduction). A share that exact rarely comes about by chance for a
   * given item, so such items go to a person before the merely nearest ones; never automatic, since
   * which item the payer meant is the payer's to say. The likeliest by their due date come first
   * (customers pay around the due date).
   */
  private void roundShareReadings(Payment payment, PayerHypothesis payer, int[] pool, long[] open, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    long round = roundAmount(payment.amount().currency());
    List<Integer> items = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    for (int i : pool) {
      String share = open[i] > paid ? roundShare(open[i], paid, round) : null;
      if (share != null) {
        items.add(i);
        shares.add(share);
      }
    }
    if (items.isEmpty() || items.size() > 2 * ROUND_SHARES_OFFERED) {
      return; // so many round shares say nothing
    }
    Comparator<Integer> byItem = likeliestByDueDate(payment).thenComparingInt(i -> i);
    Integer[] order = IntStream.range(0, items.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(items::get, byItem));
    double base = items.size() == 1 ? 0.46 : 0.44;
    for (int r = 0; r < Math.min(ROUND_SHARES_OFFERED, order.length); r++) {
      int[] chosen = {items.get(order[r])};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, chosen, open);
      if (outcome == null) {
        continue;
      }
      String reason = "no usable reference; the amount is "
          + shares.get(order[r]).replace("%s", book.at(chosen[0]).documentNumber().toString()) + (items.size() == 1 ? ", the only item of the payer it is a round share of"
              : ", one of " + items.size() + " items of the payer it is a round share of")
          + "; " + outcome.fit().text + (outcome.detail().isEmpty() ? "" : " (" + outcome.detail() + ")") + "; payer "
          + payer.reason();
      double confidence = Candidate.round(Math.min(base, payer.score() * base) / (r + 1));
      out.add(new Candidate(chosen, outcome, Optional.of(payer.customer()), confidence, false, reason));
    }
  }

  /**
   * How a payment is a round share of an item larger than it, in words with {@code %s} for the item;
   * null when it is none. A share is exact to the minor unit, whichever way the payer rounded.
   */
  static String roundShare(long item, long paid, long roundAmount) {
    long p = (paid * 100 + item / 2) / item;
    if (p >= 1 && p <= 99 && Math.abs(item * p - paid * 100) < 100) {
      return p + " % of %s";
    }
    for (int n = 2; n <= 4; n++) {
      if (Math.abs(item - n * paid) < n) {
        return "1/" + n + " of %s";
      }
    }
    long shortfall = item - paid;
    if (shortfall * 100 > item * 15) {
      return null;
    }
    if (shortfall % roundAmount == 0) {
      return "%s less a whole amount";
    }
    long q = (shortfall * 1000 + item / 2) / item;
    if (q >= 1 && Math.abs(item * q - shortfall * 1000) < 1000) {
      return "%s less " + (q / 10) + (q % 10 == 0 ? "" : "." + (q % 10)) + " % of it";
    }
    return null;
  }

  /** The minor units of a whole amount: one unit of a currency with decimals, 100 of one without. */
  private static long roundAmount(CurrencyUnit currency) {
    long unit = Reconciler.minorPerMajor(currency);
    return unit == 1 ? 100 : unit;
  }

  /**
   * How widely payment lags spread around the term, as the standard deviation of their logarithm: most
   * payments of a 30-day term arrive 21 to 42 days after the document date.
   */
  private static final double LAG_SPREAD = 0.35;

  /**
   * Items by how likely the payment's value date is as the day their payer pays them: customers pay
   * around the due date, early or late by a share of the term rather than by a number of days, so the
   * lag from the document date is taken as lognormal around the term ({@value #LAG_SPREAD} spread),
   * whose density also favours the earlier of two items as far from the due date. Items without a
   * term (due on their date) or dated on or after the value date go by days from the due date, after
   * those with a lag.
   */
  private Comparator<Integer> likeliestByDueDate(Payment payment) {
    long day = payment.valueDate().toEpochDay();
    return Comparator.comparingDouble((Integer i) -> {
      OpenItem item = book.at(i);
      long lag = day - item.documentDate().toEpochDay();
      long term = item.dueDate().toEpochDay() - item.documentDate().toEpochDay();
      if (lag <= 0 || term <= 0) {
        return Double.MAX_VALUE;
      }
      double z = (Math.log(lag) - Math.log(term)) / LAG_SPREAD;
      return Math.log(lag) + z * z / 2; // minus the log density, but for a constant
    }).thenComparingLong(i -> Math.abs(book.at(i).dueDate().toEpochDay() - day));
  }

  /** "instalment 1/3", "Rate 2 von 4", "installment 2 of 6". */
  private static final Pattern INSTALMENT = Pattern.compile(
      "(?:INSTAL+MENT|RATE|TEILZAHLUNG)\\s*(?:NO\\.?\\s*)?(\\d{1,2})\\s*(?:/|OF|VON)\\s*(\\d{1,2})\\b");

  /**
   * A payment the payer calls instalment i of n pays the item whose open amount is the n - i + 1
   * instalments still due: the payment that many times, give or take the rounding of n parts (less
   * than n minor units). When exactly one of the payer's items is that, it is offered first for a
   * person to confirm; of several (a recurring price), up to three, the likeliest by due date first. A
   * part payment found by amount alone is never automatic.
   */
  private void instalmentOf(Payment payment, int i, int n, PayerHypothesis payer, int[] pool, long[] open,
      List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    if (i < 1 || n < 2 || i > n || paid > Long.MAX_VALUE / n) {
      return;
    }
    long due = paid * (n - i + 1);
    List<Integer> fitting = new ArrayList<>();
    for (int k : pool) {
      if (open[k] > paid && Math.abs(open[k] - due) < n) {
        fitting.add(k);
      }
    }
    // Items of one recurring price: each is as likely but for when it fell due, the likeliest by that
    // first, and all of them likelier than items the amount is merely near (the payer's words and the
    // amount agree).
    double confidence = Math.min(0.6, payer.score() * 0.6) * (fitting.size() == 1 ? 1 : 0.9);
    offerTied(payment, fitting, k -> reconciler.asPartial(payment, k), f -> true, (found, outcome, first) -> {
      String which = fitting.size() == 1 ? " is the one item of " + payer.customer()
          : " is one of " + fitting.size() + " items of " + payer.customer() + ", due " + book.at(found).dueDate()
              + (first ? " (the likeliest by its due date)," : ",");
      return new Candidate(new int[] {found}, outcome, Optional.of(payer.customer()), confidence, false,
          "no usable reference; instalment " + i + " of " + n + ": " + book.at(found).documentNumber() + which
              + " whose open amount is " + (n - i + 1) + " such instalments; " + outcome.detail() + "; payer "
              + payer.reason());
    }, out);
  }

  /**
   * A payer that says what it deducted ("less 187.25 DUPL billed twice") without naming the item: the
   * item is the one of the payer's whose open amount is the payment plus that deduction. When exactly
   * one is, it is as well identified as an item of exactly the payment's amount, and follows the same
   * rule for automatic application; the deduction carries the payer's reason.
   */
  private void statedDeduction(Payment payment, long stated, PayerHypothesis payer, int[] pool, long[] open,
      boolean foreign, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    if (stated <= 0 || stated >= Long.MAX_VALUE - paid) {
      return;
    }
    int found = onlyOrTied(payment, payer, pool, open, paid + stated, Fit.SHORT_WITH_REASON,
        "the amount plus the deduction the payer states", out);
    if (found < 0) {
      return;
    }
    int[] items = {found};
    Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
    if (outcome == null || outcome.fit() != Fit.SHORT_WITH_REASON) {
      return;
    }
    boolean eligible = payer.score() >= PaymentMatcher.STRONG_PAYER && policy.autoDeductions() && !foreign;
    out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence(payer, identifiability(pool.length, 1)),
        eligible, "no usable reference; " + book.at(found).documentNumber() + " is the only open item of " + payer.customer()
            + " of the amount plus the deduction the payer states; " + outcome.fit().text + " (" + outcome.detail()
            + "); payer " + payer.reason()));
  }

  /** How surely one of several items that fit a payment equally is the one it pays, before the due dates rank them. */
  private static final double TIED_EVIDENCE = 0.5;

  /**
   * The payer's one item whose open amount is {@code amount}: the payment plus what the payer or the
   * bank says was taken off, or less what the payer says it pays on top. When several are (recurring
   * prices), the likeliest by their due date are offered instead, at most {@value
   * #SAME_AMOUNT_OFFERED}, for a person to pick, never automatic.
   *
   * @param fit how each of several must reconcile to be offered ({@link Fit#SHORT_WITH_REASON} for a
   *     stated deduction, {@link Fit#BANK_CHARGES} for reported charges, {@link Fit#OVERPAID} for a
   *     stated deposit)
   * @param ofWhat the amount in words, for the reason ("the amount plus the charges the bank reports")
   * @return the one item, or -1 if none or several are of the amount
   */
  private int onlyOrTied(Payment payment, PayerHypothesis payer, int[] pool, long[] open, long amount, Fit fit,
      String ofWhat, List<Candidate> out) {
    List<Integer> fitting = new ArrayList<>();
    for (int k : pool) {
      if (open[k] == amount) {
        fitting.add(k);
      }
    }
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    offerTied(payment, fitting, open, f -> f == fit, (i, outcome, first) -> new Candidate(
        new int[] {i}, outcome, Optional.of(payer.customer()), confidence(payer, TIED_EVIDENCE), false,
        "no usable reference; " + book.at(i).documentNumber() + " is one of " + fitting.size() + " open items of "
            + payer.customer() + " of " + ofWhat + ", due " + book.at(i).dueDate()
            + (first ? " (the likeliest by its due date)" : "") + "; " + outcome.fit().text + " (" + outcome.detail()
            + "); payer " + payer.reason()), out);
    return -1;
  }

  /**
   * A payment the bank reports charges for (camt {@code Chrgs}, MT940 {@code /CHGS/}, or an
   * instructed amount above the one credited), without naming the item: the item is the one of the
   * payer's whose open amount is the payment plus those charges. When exactly one is, it is as well
   * identified as an item of exactly the payment's amount, and follows the same rule for automatic
   * application; the charges are written off as the statement reports them.
   *
   * @return the position of the candidate added to {@code out}, or -1 if none
   */
  private int reportedCharges(Payment payment, long charges, PayerHypothesis payer, int[] pool, long[] open,
      boolean foreign, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    if (charges >= Long.MAX_VALUE - paid) {
      return -1;
    }
    int found = onlyOrTied(payment, payer, pool, open, paid + charges, Fit.BANK_CHARGES,
        "the amount plus the charges the bank reports", out);
    if (found < 0) {
      return -1;
    }
    int[] items = {found};
    Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
    if (outcome == null || outcome.fit() != Fit.BANK_CHARGES) {
      return -1;
    }
    boolean eligible = payer.score() >= PaymentMatcher.STRONG_PAYER && policy.amountOnlyMayBeAuto(pool.length, 1)
        && !foreign && !isRound(outcome);
    out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence(payer, identifiability(pool.length, 1)),
        eligible, "no usable reference; " + book.at(found).documentNumber() + " is the only open item of "
            + payer.customer() + " of the amount plus the charges the bank reports; " + outcome.fit().text + " ("
            + outcome.detail() + "); payer " + payer.reason()));
    return out.size() - 1;
  }

  /** "incl. deposit 1,054.000", "inkl. Anzahlung 500,00", "plus advance 300.00": money paid on top of the items. */
  private static final Pattern STATED_EXTRA = Pattern.compile(
      "(?:INCL\\.?|INCLUDING|INKL\\.?|INKLUSIVE|PLUS|ZZGL\\.?)\\s+(?:DEPOSIT|ADVANCE(?: PAYMENT)?|PREPAYMENT|ANZAHLUNG"
          + "|VORAUSZAHLUNG|ACOMPTE)\\s+(?:[A-Z]{3}\\s?)?(\\d(?:[\\d.,]*\\d)?)(?![\\d.,]*\\d)");

  /** The deposit or advance the remittance text says is paid on top, in minor units; -1 if none or unreadable. */
  static long statedExtraMinor(String upperText, CurrencyUnit currency) {
    Matcher m = STATED_EXTRA.matcher(upperText);
    return m.find() ? DeductionReasons.minor(m.group(1), currency.getDefaultFractionDigits()) : -1;
  }

  /**
   * A payer that says it pays a deposit or an advance on top ("incl. deposit 1,054.000") without
   * naming the item: the item is the one of the payer's whose open amount is the payment less that
   * extra, which stays unapplied (or on account, as the policy says). When exactly one is, it is as
   * well identified as an item of exactly the payment's amount, and follows the same rule for
   * automatic application; when several are, up to three are offered, the likeliest by due date
   * first, never automatic.
   */
  private void statedExtra(Payment payment, long extra, PayerHypothesis payer, int[] pool, long[] open,
      boolean foreign, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    if (extra >= paid) {
      return;
    }
    int found = onlyOrTied(payment, payer, pool, open, paid - extra, Fit.OVERPAID,
        "the amount less the deposit or advance the payer states", out);
    if (found < 0) {
      return;
    }
    int[] items = {found};
    Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
    if (outcome == null || outcome.fit() != Fit.OVERPAID || outcome.unapplied().minorUnits() != extra) {
      return;
    }
    boolean eligible = payer.score() >= PaymentMatcher.STRONG_PAYER && policy.amountOnlyMayBeAuto(pool.length, 1)
        && !foreign;
    out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence(payer, identifiability(pool.length, 1)),
        eligible, "no usable reference; " + book.at(found).documentNumber() + " is the only open item of "
            + payer.customer() + " of the amount less the deposit or advance the payer states; " + outcome.fit().text
            + " (" + outcome.detail() + "); payer " + payer.reason()));
  }

  /** How many sets of items adding up to a payment a person is offered when the amount alone finds several. */
  private static final int EVERY_SET_OFFERED = 3;

  /**
   * Where the bounded search found no set of the payer's items that adds up to a payment without a
   * usable reference (it looks at sets of a few items): when the payer has few enough items issued by
   * the value date to try every set of them, the sets that add up exactly, whatever their size. One
   * set is held to the rule of an amount-only combination, with its uniqueness proven; two or three
   * are offered to a person. With up to {@value ExactSubsets#MAX_FEW_AMOUNTS} items, the sets of a few of
   * them that add up: each may fit by chance, so it is weighed as an amount-only set of its size among so
   * many items (halved when a set of as few items fits too) and never applied automatically.
   */
  private void everySet(Payment payment, PayerHypothesis payer, int[] pool, long[] open, boolean foreign,
      List<Candidate> out) {
    // The bounded search saw the whole pool: where it tries sets as large, it has tried every set
    // already. A pool of more than twice the searchable size rarely has few enough issued by the value
    // date to filter.
    int tried = search.largestSetTried(pool.length);
    if (pool.length <= tried || pool.length > 2 * ExactSubsets.MAX_FEW_AMOUNTS) {
      return;
    }
    int[] payable = payerItems.issuedBy(pool, payment.valueDate());
    if (payable.length <= tried || payable.length > ExactSubsets.MAX_FEW_AMOUNTS) {
      return;
    }
    // Few enough to try every set; beyond, the sets of a few items, which may fit by chance.
    boolean everyTried = payable.length <= ExactSubsets.MAX_AMOUNTS;
    long[] amounts = Arrays.stream(payable).mapToLong(i -> open[i]).toArray();
    long paid = payment.amount().minorUnits();
    // The bounded search tried every set of up to so many items: a new set has more, so it sums to at
    // least the smallest that many items do, less any credit memos beside them. Most payments are less.
    long[] sorted = amounts.clone();
    Arrays.sort(sorted);
    int fewest = tried + 1;
    long least = 0;
    long most = 0;
    for (int k = 0; k < sorted.length; k++) {
      least += k < fewest || sorted[k] < 0 ? sorted[k] : 0;
      most += Math.max(0, sorted[k]);
    }
    if (paid < least || paid > most) {
      return;
    }
    ExactSubsets.Found found = everyTried ? ExactSubsets.find(amounts, paid, EVERY_SET_OFFERED)
        : ExactSubsets.findFew(amounts, paid, EVERY_SET_OFFERED);
    if (found == null || found.solutions().isEmpty()) {
      return;
    }
    List<int[]> sets = found.solutions(); // fewest items first
    boolean unique = everyTried && found.unique();
    for (int n = 0; n < sets.size(); n++) {
      int[] solution = sets.get(n);
      // Where every set was tried, any other set is a rival; where only the sets of a few items were,
      // a set of as few items is (larger sets fit by chance more often).
      boolean rivals = everyTried ? !unique : n > 0 || (sets.size() > 1 && sets.get(1).length == solution.length);
      int[] items = Arrays.stream(solution).map(k -> payable[k]).toArray();
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome == null || outcome.fit() != Fit.EXACT) {
        continue;
      }
      String what = items.length + " items, " + (unique ? "the only set" : sets.size() > 1 ? "one of "
          + (found.more() ? "more than " : "") + sets.size() + " sets" : "a set") + " of the " + payable.length
          + " issued by the value date that " + (sets.size() > 1 ? "add" : "adds") + " up to the amount"
          + (everyTried ? "," : " (not every set of so many items tried),");
      Candidate c = scoreAmountOnly(items, outcome, payer, payable.length,
          new AmountSearch.Found(List.of(solution), rivals, false), foreign, what);
      if (!everyTried) {
        // Beyond the sets of a few items nothing is proven: never automatic, halved with a rival.
        out.add(Candidate.demote(c, rivals ? 0.5 : 1));
      } else if (unique) {
        // Proven the only set of any size, it is surer than a set proven the only one of its size.
        out.add(new Candidate(items, outcome, c.payer(),
            Math.max(c.confidence(), confidence(payer, PROVEN_SET_EVIDENCE)), c.autoEligible(), c.reason()));
      } else {
        out.add(c);
      }
    }
  }

  /**
   * A payment a little above one of the payer's items: less than one currency unit more (the payer
   * rounded its cents up), or a round ten units just above it (the payer rounded the amount up). The
   * item is applied and the excess stays unapplied, for a person to confirm; of several such items, up
   * to three, the likeliest by due date first.
   */
  private void roundedUp(Payment payment, PayerHypothesis payer, int[] pool, long[] open, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    long unit = Reconciler.minorPerMajor(payment.amount().currency());
    long round = 10 * unit;
    long below = paid % round == 0 ? round : unit;
    List<Integer> fitting = new ArrayList<>();
    for (int i : pool) {
      if (open[i] > 0 && open[i] < paid && paid - open[i] < below
          && !book.at(i).documentDate().isAfter(payment.valueDate())) {
        fitting.add(i);
      }
    }
    double evidence = fitting.size() == 1 ? ROUNDED_UP_EVIDENCE : TIED_EVIDENCE;
    String how = below == round ? "a round amount just above " : "a few cents above ";
    offerTied(payment, fitting, open, f -> f == Fit.OVERPAID, (i, outcome, first) -> new Candidate(new int[] {i},
        outcome, Optional.of(payer.customer()), confidence(payer, evidence), false,
        "no usable reference; the amount is " + how + book.at(i).documentNumber()
            + (fitting.size() == 1 ? ", the payer's only such item" : ", one of " + fitting.size()
                + " such items of the payer, due " + book.at(i).dueDate()
                + (first ? " (the likeliest by its due date)" : ""))
            + ": rounded up, the excess stays unapplied; " + outcome.fit().text + " (" + outcome.detail() + "); payer "
            + payer.reason()), out);
  }

  /** How surely the one item a little below a payment is the payment's. */
  private static final double ROUNDED_UP_EVIDENCE = 0.6;

  /**
   * The most items of a payer among which an item counted twice is looked for: among more, pairs of
   * items that happen to fit are too many for the reading to say anything.
   */
  private static final int COUNTED_TWICE_POOL = 500;

  /** How many readings of an item counted twice are offered. */
  private static final int COUNTED_TWICE_OFFERED = 3;

  /**
   * A payer's list that holds one item twice: the payment is one item's amount twice, or another
   * item's amount and one item's twice. Both items are applied and the second count stays unapplied
   * (to refund or to keep on account), for a person to confirm; of several such readings, up to three.
   */
  private void countedTwice(Payment payment, PayerHypothesis payer, int[] pool, long[] open, List<Candidate> out) {
    if (pool.length > COUNTED_TWICE_POOL) {
      return;
    }
    long paid = payment.amount().minorUnits();
    long[] sorted = new long[pool.length];
    for (int k = 0; k < pool.length; k++) {
      sorted[k] = open[pool[k]];
    }
    Arrays.sort(sorted);
    List<int[]> readings = new ArrayList<>();
    for (int twice : pool) {
      long rest = paid - 2 * open[twice];
      if (open[twice] <= 0 || rest < 0 || (rest > 0 && Arrays.binarySearch(sorted, rest) < 0)
          || book.at(twice).documentDate().isAfter(payment.valueDate())) {
        continue;
      }
      if (rest == 0) {
        readings.add(new int[] {twice});
      } else {
        for (int other : pool) {
          if (other != twice && open[other] == rest && !book.at(other).documentDate().isAfter(payment.valueDate())) {
            readings.add(new int[] {other, twice});
          }
        }
      }
      if (readings.size() > COUNTED_TWICE_OFFERED) {
        return; // so many readings that the amount says none of them
      }
    }
    double evidence = readings.size() == 1 ? COUNTED_TWICE_EVIDENCE : TIED_EVIDENCE;
    for (int rank = 0; rank < readings.size(); rank++) {
      int[] items = readings.get(rank);
      int twice = items[items.length - 1];
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome == null || outcome.fit() != Fit.OVERPAID) {
        continue;
      }
      String listed = items.length == 1 ? book.at(twice).documentNumber() + " twice"
          : book.at(items[0]).documentNumber() + " and " + book.at(twice).documentNumber() + " twice";
      out.add(new Candidate(items, outcome, Optional.of(payer.customer()),
          Candidate.round(confidence(payer, evidence) * (1 - 0.02 * rank)), false,
          "no usable reference; the amount is " + listed + (readings.size() > 1 ? " (one of " + readings.size()
              + " such readings)" : "") + ": an item counted twice, its second count stays unapplied; "
              + outcome.fit().text + " (" + outcome.detail() + "); payer " + payer.reason()));
    }
  }

  /** How surely the one reading of an item counted twice is the payment's: above items merely near the amount. */
  private static final double COUNTED_TWICE_EVIDENCE = 0.6;

  /**
   * How surely a set is the payment's (or a list's rest) when no other set of the payer's items adds
   * up to it, however many items it takes: proven among the open items, but the payer may have meant
   * an item not open here.
   */
  static final double PROVEN_SET_EVIDENCE = 0.9;

  /** The one item of the pool that fits, or -1 when none or several do. */
  static int theOnly(int[] pool, IntPredicate fits) {
    int at = theOnlyAt(pool.length, p -> fits.test(pool[p]));
    return at < 0 ? -1 : pool[at];
  }

  /** The one position of {@code 0..n-1} that fits, or -1 when none or several do. */
  static int theOnlyAt(int n, IntPredicate fits) {
    int found = -1;
    for (int p = 0; p < n; p++) {
      if (fits.test(p)) {
        if (found >= 0) {
          return -1;
        }
        found = p;
      }
    }
    return found;
  }

  /**
   * The confidence of an answer from amounts: wrong when the amount picked the wrong items of the right
   * payer ({@code 1 - amountEvidence}), or when the payer is wrong and its book still holds exactly this
   * amount (recurring prices make that far from impossible: a quarter of the time is assumed).
   */
  private static double confidence(PayerHypothesis payer, double amountEvidence) {
    return Candidate.round(Math.min(Candidate.CAP,
        Math.max(0, 1 - (1 - payer.score()) * WRONG_PAYER_COINCIDENCE - (1 - amountEvidence))));
  }

  /** How surely the oldest items in a row that add up to a payment exactly are the ones it pays. */
  private static final double WINDOW_EVIDENCE = 0.97;

  /**
   * For a payment no item set of the payer identifies: the payer's single items nearest its amount,
   * for a person to choose from, never automatic. Above it, items it pays 70 % or more of (short
   * payments, deductions, bank charges, part payments); below it, items it exceeds by at most 10 %
   * (rounded up, a deposit or charges added, an exchange gain); nearest first, at most three.
   */
  private void nearestReadings(Payment payment, PayerHypothesis payer, int[] pool, long[] open, boolean foreign,
      List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    List<Integer> near = new ArrayList<>();
    for (int i : pool) {
      if (open[i] > paid && paid * 10 >= open[i] * 7) {
        near.add(i);
      } else if (open[i] > 0 && open[i] < paid && open[i] * 11 >= paid * 10) {
        near.add(i);
      }
    }
    // A ranking key, not money: the share of the item by which the payment misses it; among items of
    // one amount (recurring prices), the likeliest by its due date (customers pay around the due date).
    near.sort(Comparator.comparingDouble((Integer i) -> Math.abs(open[i] - paid) / (double) open[i])
        .thenComparing(likeliestByDueDate(payment))
        .thenComparingInt(i -> i));
    // One item, and only one, that the payment settles less the discount its terms offered, taken after
    // the deadline: as identifying as an item of exactly the amount, and the late discount a deduction.
    List<Integer> lateDiscount = near.stream().filter(i -> paidLessLateDiscount(i, paid, open)).toList();
    if (lateDiscount.size() == 1) {
      int[] items = {lateDiscount.get(0)};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome != null && outcome.fit() == Fit.LATE_DISCOUNT) {
        boolean eligible = payer.score() >= PaymentMatcher.STRONG_PAYER && policy.autoDeductions() && !foreign;
        out.add(new Candidate(items, outcome, Optional.of(payer.customer()), confidence(payer, identifiability(pool.length, 1)),
            eligible,
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
            + (k == 0 ? "nearest" : "next nearest") + (open[items[0]] > paid ? " above" : " below") + " the amount; "
            + outcome.fit().text + (outcome.detail().isEmpty() ? "" : " (" + outcome.detail() + ")") + "; payer "
            + payer.reason();
        // Below the items of exactly the amount, which the search could not tell apart.
        double confidence = Candidate.round(Math.min(0.45, payer.score() * 0.45) / (k + 1));
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

  private Candidate scoreAmountOnly(int[] items, Reconciler.Outcome outcome, PayerHypothesis payer,
      int poolSize, AmountSearch.Found found, boolean foreign, String what) {
    int k = items.length;
    double amountEvidence = found.ambiguous() ? Math.min(0.5, identifiability(poolSize, k)) : identifiability(poolSize, k);
    if (found.oldestWindow() && !found.ambiguous()) {
      amountEvidence = Math.max(amountEvidence, 0.8); // customers who pay "everything due up to X"
    }
    if (outcome.fit() == Fit.SMALL_DIFFERENCE) {
      amountEvidence *= 0.7;
    }
    double confidence = confidence(payer, amountEvidence);
    boolean eligible = !found.ambiguous() && outcome.fit() != Fit.SMALL_DIFFERENCE && payer.score() >= PaymentMatcher.STRONG_PAYER
        && policy.amountOnlyMayBeAuto(poolSize, k) && payerItems.commonOwner(items).isPresent() && !foreign
        && outcome.allocations().stream().noneMatch(a -> a.applied().isNegative() || !a.writeOff().isZero())
        && !isRound(outcome);
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
