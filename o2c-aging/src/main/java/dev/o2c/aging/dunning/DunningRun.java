package dev.o2c.aging.dunning;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dunning run: a pure function of its input, a policy and a day, returning proposals and nothing
 * else. It reads no clock, changes nothing and sends nothing, so every run is a dry run; the host sends
 * the letters and records {@link DunningResult#notices()} as history for the next run.
 *
 * <p>For each customer (none if the host blocked it), every open item is looked at, oldest due date
 * first, in this order:
 * <ol>
 *   <li>a credit memo is not dunned; its open amount counts as the customer's credit;
 *   <li>the disputed amount is taken off the open amount; an item disputed in full is not dunned;
 *   <li>an open promise to pay naming the item pauses it (a promise is open when its status is {@code
 *       OPEN}, it was made by the run's day and its last date has not passed);
 *   <li>an item that never reached a level and was never dunned is not due yet;
 *   <li>open promises naming no item, then the customer's credit (unapplied cash, money on account, unused
 *       credit memos), cover the remaining items of their currency, oldest due first, each item in full
 *       or not at all; the covering stops at the first item the rest does not cover;
 *   <li>an item dunned less than {@link DunningPolicy#minDaysBetweenNotices()} days ago waits; one with no
 *       level above its last notice's ({@link DunningPolicy#nextLevel}) is not dunned again, unless a
 *       promise to pay naming it (or its customer's balance) was {@code BROKEN}: that raises the item one
 *       level above the one due (the next level after its last notice when none is due), where the
 *       ladder has one;
 *   <li>an item below the minimum per item is left out, then the customer's items of a currency whose
 *       total is below the minimum per customer.
 * </ol>
 * What remains is dunned at its level, with the level's fee and the policy's interest, one notice per
 * customer or per item.
 *
 * <p>Partial payments re-anchor as follows: the level reached stays with the item (a smaller open amount
 * never resets it), the amount dunned is always the open amount on the run's day (less the disputed
 * part), and the item is escalated no earlier than the interval after its last notice, whatever its
 * amount. Running again on the same day with the notices of a run recorded proposes nothing new, since
 * the interval is at least one day.
 *
 * <pre>{@code
 * DunningResult run = DunningRun.evaluate(DunningInput.of(items), DunningPolicies.STANDARD, LocalDate.of(2026, 4, 1));
 * run.proposals().forEach(p -> System.out.println(p.customer() + " level " + p.level().number() + " " + p.totals()));
 * run.skipped().forEach(System.out::println);          // INV-9 TOO_SOON: dunned at level 1 on 2026-03-25; ...
 * history.addAll(run.notices());                        // once the letters are sent
 * }</pre>
 */
public final class DunningRun {

  private static final Comparator<OpenItem> OLDEST_DUE_FIRST =
      Comparator.comparing(OpenItem::dueDate).thenComparing(OpenItem::documentNumber);

  private DunningRun() {}

  /**
   * Proposes the notices of a dunning run.
   *
   * @param input the open items and what else the run looks at
   * @param policy the dunning policy
   * @param asOf the run's day
   * @return the proposals, the items not dunned with their reasons, the next evaluation days
   * @throws IllegalArgumentException if the policy is not valid ({@link DunningPolicy#validate()}), or the
   *     interest hook returns a negative amount or one in another currency than its item
   */
  public static DunningResult evaluate(DunningInput input, DunningPolicy policy, LocalDate asOf) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    policy.validate();

    Map<DocumentNumber, DunningNotice> lastNotices = lastNotices(input.history(), asOf);
    Map<DocumentNumber, PromiseToPay> itemPromises = new HashMap<>();
    Map<CustomerId, List<PromiseToPay>> balancePromises = new HashMap<>();
    // Promises broken by the run's day: on the customer's items they name, or on its whole balance.
    Set<PromisedItem> brokenItems = new HashSet<>();
    Set<CustomerId> brokenBalances = new HashSet<>();
    for (PromiseToPay promise : input.promises()) {
      if (promise.status() == PromiseStatus.BROKEN && !promise.madeOn().isAfter(asOf)) {
        if (promise.documentNumbers().isEmpty()) {
          brokenBalances.add(promise.customerId());
        } else {
          promise.documentNumbers().forEach(number -> brokenItems.add(new PromisedItem(promise.customerId(), number)));
        }
      }
      if (isActive(promise, asOf)) {
        if (promise.documentNumbers().isEmpty()) {
          balancePromises.computeIfAbsent(promise.customerId(), c -> new ArrayList<>()).add(promise);
        } else {
          promise.documentNumbers().forEach(number -> itemPromises.putIfAbsent(number, promise));
        }
      }
    }
    Map<CustomerId, List<OpenItem>> byCustomer = new TreeMap<>();
    for (OpenItem item : input.openItems()) {
      if (!item.isCleared()) {
        byCustomer.computeIfAbsent(item.customerId(), c -> new ArrayList<>()).add(item);
      }
    }

    List<DunningProposal> proposals = new ArrayList<>();
    List<SkippedItem> skipped = new ArrayList<>();
    Map<CustomerId, LocalDate> nextEvaluations = new HashMap<>();
    byCustomer.forEach((customer, items) -> {
      items.sort(OLDEST_DUE_FIRST);
      CustomerRun run = new CustomerRun(customer, policy, asOf, input, lastNotices, itemPromises,
          balancePromises.getOrDefault(customer, List.of()), brokenItems, brokenBalances.contains(customer));
      run.evaluate(items);
      proposals.addAll(run.proposals());
      skipped.addAll(run.skipped);
      if (run.next != null) {
        nextEvaluations.put(customer, run.next);
      }
    });
    return new DunningResult(asOf, proposals, skipped, nextEvaluations);
  }

  /** The latest notice on each item up to the run's day; later notices belong to a later run. */
  private static Map<DocumentNumber, DunningNotice> lastNotices(List<DunningNotice> history, LocalDate asOf) {
    Map<DocumentNumber, DunningNotice> last = new HashMap<>();
    for (DunningNotice notice : history) {
      if (notice.date().isAfter(asOf)) {
        continue;
      }
      last.merge(notice.item(), notice, (a, b) -> {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? (byDate > 0 ? a : b) : (a.level() >= b.level() ? a : b);
      });
    }
    return last;
  }

  /** An item a customer's promise named. */
  private record PromisedItem(CustomerId customer, DocumentNumber item) {}

  private static boolean isActive(PromiseToPay promise, LocalDate asOf) {
    return promise.status() == PromiseStatus.OPEN && !promise.madeOn().isAfter(asOf)
        && !asOf.isAfter(promise.lastDate());
  }

  /** An item still in the running after disputes, promises naming it and the not-yet-due check. */
  private static final class Candidate {
    final OpenItem item;
    final Money disputed;
    final Money dunned;
    final long daysOverdue;
    final DunningNotice last;

    Candidate(OpenItem item, Money disputed, Money dunned, long daysOverdue, DunningNotice last) {
      this.item = item;
      this.disputed = disputed;
      this.dunned = dunned;
      this.daysOverdue = daysOverdue;
      this.last = last;
    }

    int lastLevel() {
      return last == null ? 0 : last.level();
    }
  }

  /** One customer's part of the run. */
  private static final class CustomerRun {
    private final CustomerId customer;
    private final DunningPolicy policy;
    private final LocalDate asOf;
    private final DunningInput input;
    private final Map<DocumentNumber, DunningNotice> lastNotices;
    private final Map<DocumentNumber, PromiseToPay> itemPromises;
    private final List<PromiseToPay> balancePromises;
    private final Set<PromisedItem> brokenItems;
    private final boolean balancePromiseBroken;
    final List<SkippedItem> skipped = new ArrayList<>();
    final List<DunningLine> lines = new ArrayList<>();
    final Map<DocumentNumber, LocalDate> lineNext = new HashMap<>();
    LocalDate next;
    MoneyTotals creditLeft = MoneyTotals.ZERO;

    CustomerRun(CustomerId customer, DunningPolicy policy, LocalDate asOf, DunningInput input,
        Map<DocumentNumber, DunningNotice> lastNotices, Map<DocumentNumber, PromiseToPay> itemPromises,
        List<PromiseToPay> balancePromises, Set<PromisedItem> brokenItems, boolean balancePromiseBroken) {
      this.customer = customer;
      this.policy = policy;
      this.asOf = asOf;
      this.input = input;
      this.lastNotices = lastNotices;
      this.itemPromises = itemPromises;
      this.balancePromises = balancePromises;
      this.brokenItems = brokenItems;
      this.balancePromiseBroken = balancePromiseBroken;
    }

    void evaluate(List<OpenItem> items) {
      if (input.blockedCustomers().contains(customer)) {
        items.forEach(item -> skip(item, SkipReason.CUSTOMER_BLOCKED, "customer " + customer + " is blocked from dunning"));
        return;
      }
      Map<String, Money> credit = new TreeMap<>();
      input.credit(customer).amounts().forEach(m -> {
        if (m.isPositive()) {
          credit.put(m.currency().getCurrencyCode(), m);
        }
      });
      List<Candidate> candidates = new ArrayList<>();
      for (OpenItem item : items) {
        if (item.kind() == ItemKind.CREDIT_MEMO) {
          credit.merge(item.openAmount().currency().getCurrencyCode(), item.openAmount().negated(), Money::plus);
          skip(item, SkipReason.CREDIT_MEMO, "credit memo: its " + item.openAmount().negated()
              + " counts as credit against the customer's items");
          continue;
        }
        Candidate candidate = candidate(item);
        if (candidate != null) {
          candidates.add(candidate);
        }
      }
      candidates = coverByBalancePromises(candidates);
      candidates = coverByCredit(candidates, credit);
      for (Candidate c : candidates) {
        decide(c);
      }
      applyCustomerMinimum();
    }

    /** Disputes, promises naming the item and the not-yet-due check; null if the item is out of the running. */
    private Candidate candidate(OpenItem item) {
      Money open = item.openAmount();
      Money disputed = input.disputedAmounts().getOrDefault(item.documentNumber(), Money.zero(open.currency()));
      disputed = disputed.min(open);
      Money dunned = open.minus(disputed);
      if (!dunned.isPositive()) {
        skip(item, SkipReason.DISPUTED, "all of its " + open + " is in dispute");
        return null;
      }
      PromiseToPay promise = itemPromises.get(item.documentNumber());
      if (promise != null) {
        skip(item, SkipReason.PROMISED, "promise " + promise.id() + " of " + promise.madeOn() + " to pay "
            + promise.totalAmount() + " by " + promise.lastDate());
        earliest(promise.lastDate().plusDays(1));
        return null;
      }
      long days = policy.daysOverdue(item, asOf);
      DunningNotice last = lastNotices.get(item.documentNumber());
      if (last == null && policy.nextLevel(days, 0).isEmpty()) {
        LocalDate reach = nextChance(item, 0, null);
        skip(item, SkipReason.NOT_DUE, days > 0 ? days + " days overdue" + reachText(reach)
            : "not overdue (due " + item.dueDate() + ")" + reachText(reach));
        earliest(reach);
        return null;
      }
      return new Candidate(item, disputed, dunned, days, last);
    }

    private static String reachText(LocalDate reach) {
      return reach == null ? ", past every pre-due reminder" : "; first dunned from " + reach;
    }

    private List<Candidate> coverByBalancePromises(List<Candidate> candidates) {
      List<Candidate> rest = candidates;
      for (PromiseToPay promise : balancePromises) {
        Map<String, Money> promised = new TreeMap<>();
        promised.put(promise.totalAmount().currency().getCurrencyCode(), promise.totalAmount());
        List<Candidate> uncovered = new ArrayList<>();
        Set<Candidate> covered = cover(rest, promised);
        for (Candidate c : rest) {
          if (covered.contains(c)) {
            skip(c.item, SkipReason.PROMISED, "promise " + promise.id() + " of " + promise.madeOn() + " to pay "
                + promise.totalAmount() + " by " + promise.lastDate() + " against the balance covers it");
            earliest(promise.lastDate().plusDays(1));
          } else {
            uncovered.add(c);
          }
        }
        rest = uncovered;
      }
      return rest;
    }

    private List<Candidate> coverByCredit(List<Candidate> candidates, Map<String, Money> credit) {
      Map<String, Money> available = new TreeMap<>(credit);
      Set<Candidate> covered = cover(candidates, available);
      creditLeft = MoneyTotals.of(available.values());
      List<Candidate> rest = new ArrayList<>();
      for (Candidate c : candidates) {
        if (covered.contains(c)) {
          skip(c.item, SkipReason.COVERED_BY_CREDIT, "covered by the customer's credit of "
              + credit.get(c.dunned.currency().getCurrencyCode()) + " (unapplied cash, on account, credit memos)");
        } else {
          rest.add(c);
        }
      }
      return rest;
    }

    /**
     * Covers items oldest due first, each in full or not at all, until the first item that what is left
     * does not cover; per currency. Consumes {@code amounts}.
     */
    private static Set<Candidate> cover(List<Candidate> candidates, Map<String, Money> amounts) {
      Set<Candidate> covered = new HashSet<>();
      Set<String> exhausted = new HashSet<>();
      for (Candidate c : candidates) {
        String code = c.dunned.currency().getCurrencyCode();
        Money left = amounts.get(code);
        if (left == null || exhausted.contains(code)) {
          continue;
        }
        if (left.isGreaterThanOrEqualTo(c.dunned)) {
          covered.add(c);
          amounts.put(code, left.minus(c.dunned));
        } else {
          exhausted.add(code);
        }
      }
      return covered;
    }

    /** Whether a promise naming the item, or the customer's balance, was broken by the run's day. */
    private boolean promiseBroken(OpenItem item) {
      return balancePromiseBroken || brokenItems.contains(new PromisedItem(item.customerId(), item.documentNumber()));
    }

    private void decide(Candidate c) {
      OpenItem item = c.item;
      DunningNotice last = c.last;
      if (last != null) {
        LocalDate notBefore = last.date().plusDays(policy.minDaysBetweenNotices());
        if (asOf.isBefore(notBefore)) {
          skip(item, SkipReason.TOO_SOON, "dunned at level " + last.level() + " on " + last.date()
              + "; not again before " + notBefore);
          earliest(nextChance(item, last.level(), last.date()));
          return;
        }
      }
      DunningLevel level = policy.nextLevel(c.daysOverdue, c.lastLevel()).orElse(null);
      if (promiseBroken(item)) {
        // A broken promise costs the customer a step: the next level above the one due, if the ladder has one.
        int above = level == null ? c.lastLevel() : level.number();
        DunningLevel raised = null;
        for (DunningLevel l : policy.levels()) {
          if (l.number() > above && !l.isPreDue() && (raised == null || l.number() < raised.number())) {
            raised = l;
          }
        }
        level = raised != null ? raised : level;
      }
      if (level == null) {
        LocalDate reach = nextChance(item, last.level(), last.date());
        skip(item, SkipReason.AT_LEVEL, "dunned at level " + last.level() + " on " + last.date()
            + (reach == null ? "; no higher level" : "; next level from " + reach));
        earliest(reach);
        return;
      }
      Money minimum = policy.minimumItemAmount(c.dunned.currency()).orElse(null);
      if (minimum != null && c.dunned.isLessThan(minimum)) {
        skip(item, SkipReason.BELOW_ITEM_MINIMUM, c.dunned + " is below the minimum of " + minimum + " per item");
        return;
      }
      if (!level.fee().covers(c.dunned.currency())) {
        skip(item, SkipReason.FEE_NOT_IN_CURRENCY, "level " + level.number() + "'s fee " + level.fee()
            + " names no amount in " + c.dunned.currency().getCurrencyCode());
        return;
      }
      Money fee = policy.fee(level, c.dunned);
      Money interest = policy.interest().interest(item, c.dunned, asOf);
      Objects.requireNonNull(interest, "interest");
      if (!interest.currency().equals(c.dunned.currency()) || interest.isNegative()) {
        throw new IllegalArgumentException("interest " + interest + " on " + item.documentNumber()
            + " is negative or not in the item's currency " + c.dunned.currency());
      }
      lines.add(new DunningLine(item, level, c.lastLevel(), c.daysOverdue, c.disputed, c.dunned, fee, interest));
      lineNext.put(item.documentNumber(), nextChance(item, level.number(), asOf));
    }

    private void applyCustomerMinimum() {
      Map<String, Money> totals = new TreeMap<>();
      lines.forEach(l -> totals.merge(l.dunnedAmount().currency().getCurrencyCode(), l.dunnedAmount(), Money::plus));
      List<DunningLine> kept = new ArrayList<>();
      for (DunningLine line : lines) {
        Money total = totals.get(line.dunnedAmount().currency().getCurrencyCode());
        Money minimum = policy.minimumCustomerAmount(total.currency()).orElse(null);
        if (minimum != null && total.isLessThan(minimum)) {
          skip(line.item(), SkipReason.BELOW_CUSTOMER_MINIMUM, "the customer's " + total + " to dun is below the "
              + "minimum of " + minimum + " per customer");
        } else {
          kept.add(line);
          earliest(lineNext.get(line.item().documentNumber()));
        }
      }
      lines.clear();
      lines.addAll(kept);
    }

    List<DunningProposal> proposals() {
      if (lines.isEmpty()) {
        return List.of();
      }
      if (policy.grouping() == DunningGrouping.PER_ITEM) {
        List<DunningProposal> result = new ArrayList<>();
        for (DunningLine line : lines) {
          result.add(new DunningProposal(customer, asOf, List.of(line), line.level(),
              policy.payBy(line.level(), asOf), java.util.Optional.ofNullable(lineNext.get(line.item().documentNumber())),
              creditLeft));
        }
        return result;
      }
      DunningLevel highest = lines.get(0).level();
      for (DunningLine line : lines) {
        if (line.level().number() > highest.number()) {
          highest = line.level();
        }
      }
      return List.of(new DunningProposal(customer, asOf, lines, highest, policy.payBy(highest, asOf),
          java.util.Optional.ofNullable(next), creditLeft));
    }

    /**
     * The first day after the run an item could be dunned above a level: the lowest level above it that
     * applies on a day no earlier than the interval after the last notice (and, for a pre-due level, not
     * after the due date). Null if none.
     */
    private LocalDate nextChance(OpenItem item, int aboveLevel, LocalDate lastDate) {
      LocalDate earliest = asOf.plusDays(1);
      if (lastDate != null) {
        LocalDate interval = lastDate.plusDays(policy.minDaysBetweenNotices());
        earliest = interval.isAfter(earliest) ? interval : earliest;
      }
      for (DunningLevel level : policy.levels()) {
        if (level.number() <= aboveLevel) {
          continue;
        }
        LocalDate reach = policy.reachDate(level, item.dueDate());
        LocalDate day = reach.isAfter(earliest) ? reach : earliest;
        if (level.isPreDue() && day.isAfter(item.dueDate())) {
          continue;
        }
        return day;
      }
      return null;
    }

    private void earliest(LocalDate day) {
      if (day != null && (next == null || day.isBefore(next))) {
        next = day;
      }
    }

    private void skip(OpenItem item, SkipReason reason, String detail) {
      skipped.add(new SkippedItem(item, reason, detail));
    }
  }
}
