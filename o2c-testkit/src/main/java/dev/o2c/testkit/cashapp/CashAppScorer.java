package dev.o2c.testkit.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a cash-application engine's {@link LineOutcome}s against a benchmark world's truth, with the
 * metrics of the benchmark spec, per scenario and overall, count- and value-weighted.
 *
 * <pre>{@code
 * CashAppScore score = CashAppScorer.score(world.truths(), outcomes);
 * System.out.print(score.report());
 * double precision = score.overall().precision().byCount();
 * }</pre>
 *
 * <p>Definitions. A credit line without an outcome counts as UNAPPLIED with no payer and fails the
 * balance; outcomes for entry references the truth does not know are counted in {@link
 * CashAppScore#unknownOutcomes()} and otherwise ignored. Value weights are line amounts (for triples:
 * the applied amount, unsigned) in euro cents at the fixed {@link #EUR_RATES}.
 * <ul>
 *   <li><b>Allocation equality</b> (precision of AUTO): the outcome's allocations and the truth's,
 *       each summed per document number and leaving out documents with all amounts zero, have the
 *       same documents, and per document equal applied amount, equal discount, equal deduction, and
 *       an outcome write-off equal to the truth's {@linkplain AllocationTruth#smallDifference() small
 *       difference} (fee + FX difference + write-off: an engine may book any of them as a write-off);
 *       and the outcome's unapplied amount equals the truth's. All to the minor unit, in the same
 *       currency.
 *   <li><b>Auto-match rate</b>: AUTO outcomes among credit lines; also among the credit lines that
 *       {@linkplain LineTruth#enoughEvidence() carry enough evidence}.
 *   <li><b>Triples</b>: an AUTO outcome's (line, document, applied) for every allocation with a non-zero
 *       applied amount; true ones are the truth's. Precision over AUTO triples, recall over all true
 *       triples of credit lines. <b>Invoice-level hits</b>: true (line, document) pairs to which the AUTO
 *       outcome applies something, whatever the amount.
 *   <li><b>Payer hits</b>: over credit lines with a customer to find (a truth payer or an allocated
 *       item), the outcome's payer is the truth payer or the customer of one of the allocated items (a
 *       parent's payment may be booked to the child's account).
 *   <li><b>Correct suggestion@k and MRR</b>: over credit lines that are not AUTO and have a true match.
 *       The proposals are the outcome's allocations if SUGGESTED, then its alternatives, in order; one
 *       is right when its set of documents (non-zero applied, discount, write-off or deduction) is the
 *       truth's set (a person confirms amounts, so they are not compared).
 *   <li><b>Abstention</b>: over lines without a true match (not ours, on account, duplicates) and
 *       returns, those on which no AUTO outcome applies money to an item.
 *   <li><b>Balance</b>: over credit lines, outcomes whose applied amounts plus unapplied equal the line
 *       amount exactly (what the CLI contract requires of every payment). Must be 100 %.
 * </ul>
 */
public final class CashAppScorer {

  /** Fixed rates to weigh amounts in euros: 1 EUR, 1 JPY = 0.0062 EUR, 1 KWD = 2.95 EUR. */
  public static final Map<String, BigDecimal> EUR_RATES =
      Map.of("EUR", BigDecimal.ONE, "JPY", new BigDecimal("0.0062"), "KWD", new BigDecimal("2.95"));

  private CashAppScorer() {}

  /**
   * Scores outcomes against the truths of a world.
   *
   * @param truths the truth of every line
   * @param outcomes the engine's outcomes, at most one per entry reference, any order
   * @return the score
   * @throws IllegalArgumentException if two outcomes have the same entry reference, a line's currency
   *     has no {@linkplain #EUR_RATES rate}, or an outcome's amounts mix currencies
   */
  public static CashAppScore score(Collection<LineTruth> truths, Collection<LineOutcome> outcomes) {
    Objects.requireNonNull(truths, "truths");
    Objects.requireNonNull(outcomes, "outcomes");
    Map<String, LineOutcome> byRef = new HashMap<>(outcomes.size() * 2);
    for (LineOutcome o : outcomes) {
      if (byRef.put(o.entryRef(), o) != null) {
        throw new IllegalArgumentException("two outcomes for line " + o.entryRef());
      }
    }
    Map<CashAppScenario, Tally> tallies = new EnumMap<>(CashAppScenario.class);
    Set<String> known = new HashSet<>(truths.size() * 2);
    for (LineTruth t : truths) {
      known.add(t.entryRef());
      tallies.computeIfAbsent(t.scenario(), s -> new Tally()).add(t, byRef.get(t.entryRef()));
    }
    int unknown = 0;
    for (String ref : byRef.keySet()) {
      unknown += known.contains(ref) ? 0 : 1;
    }
    Map<CashAppScenario, ScenarioScore> scores = new LinkedHashMap<>();
    Tally all = new Tally();
    for (CashAppScenario s : CashAppScenario.values()) {
      Tally t = tallies.get(s);
      if (t != null) {
        scores.put(s, t.score());
        all.merge(t);
      }
    }
    return new CashAppScore(all.score(), scores, unknown);
  }

  /**
   * The 1-based rank of an outcome's first proposal whose documents are the truth's, as correct
   * suggestion@k counts them (see above); 0 if none is.
   *
   * @param truth the truth
   * @param outcome the outcome, or null
   * @return the rank, or 0
   */
  public static int suggestionRank(LineTruth truth, LineOutcome outcome) {
    return Tally.rank(truth, outcome);
  }

  /**
   * Whether an outcome's allocation equals a line's truth, as defined above.
   *
   * @param truth the truth
   * @param outcome the outcome
   * @return true if documents, applied amounts, discounts, deductions, small differences and the
   *     unapplied amount all agree
   */
  public static boolean allocationEquals(LineTruth truth, LineOutcome outcome) {
    if (!outcome.unapplied().equals(truth.unapplied())) {
      return false;
    }
    Map<DocumentNumber, Money[]> expected = new HashMap<>();
    for (AllocationTruth a : truth.allocations()) {
      add(expected, a.documentNumber(), a.applied(), a.discount(), a.deduction(), a.smallDifference());
    }
    Map<DocumentNumber, Money[]> actual = new HashMap<>();
    for (OutcomeAllocation a : outcome.allocations()) {
      add(actual, a.documentNumber(), a.applied(), a.discount(), a.deduction(), a.writeOff());
    }
    expected.values().removeIf(CashAppScorer::allZero);
    actual.values().removeIf(CashAppScorer::allZero);
    if (!expected.keySet().equals(actual.keySet())) {
      return false;
    }
    for (Map.Entry<DocumentNumber, Money[]> e : expected.entrySet()) {
      Money[] x = e.getValue();
      Money[] y = actual.get(e.getKey());
      for (int i = 0; i < x.length; i++) {
        if (!x[i].equals(y[i])) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The outcomes a perfect engine would give: AUTO with the truth's allocations (fee and FX
   * difference as write-off) for lines with a true match, UNAPPLIED for the other credit lines,
   * nothing for returns; the payer is the truth's, else (a third party paid) the items' customer.
   * For checking the scorer and as the ceiling in reports.
   *
   * @param truths the truths
   * @return one outcome per credit line
   */
  public static List<LineOutcome> oracle(Collection<LineTruth> truths) {
    List<LineOutcome> outcomes = new ArrayList<>(truths.size());
    for (LineTruth t : truths) {
      if (!t.credit()) {
        continue;
      }
      List<OutcomeAllocation> allocations = new ArrayList<>();
      for (AllocationTruth a : t.allocations()) {
        allocations.add(new OutcomeAllocation(a.documentNumber(), a.applied(), a.discount(), a.smallDifference(),
            a.deduction()));
      }
      Optional<CustomerId> payer =
          t.payer().or(() -> t.allocations().stream().map(AllocationTruth::customerId).findFirst());
      outcomes.add(new LineOutcome(t.entryRef(), t.hasMatch() ? Decision.AUTO : Decision.UNAPPLIED, payer,
          allocations, t.unapplied(), List.of()));
    }
    return outcomes;
  }

  private static void add(Map<DocumentNumber, Money[]> map, DocumentNumber doc, Money... amounts) {
    Money[] sums = map.get(doc);
    if (sums == null) {
      map.put(doc, amounts.clone());
    } else {
      for (int i = 0; i < sums.length; i++) {
        sums[i] = sums[i].plus(amounts[i]);
      }
    }
  }

  private static boolean allZero(Money[] amounts) {
    for (Money m : amounts) {
      if (!m.isZero()) {
        return false;
      }
    }
    return true;
  }

  /** An amount in euro cents at {@link #EUR_RATES}, unsigned. */
  static long euroCents(Money m) {
    BigDecimal rate = EUR_RATES.get(m.currency().getCurrencyCode());
    if (rate == null) {
      throw new IllegalArgumentException("no euro rate for " + m.currency().getCurrencyCode());
    }
    return m.amount().abs().multiply(rate).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** Counts for one scenario; mergeable. */
  private static final class Tally {
    long lines;
    final long[][] r = new long[13][4];
    static final int AUTO = 0;
    static final int AUTO_EVIDENCE = 1;
    static final int PRECISION = 2;
    static final int TRIPLE_P = 3;
    static final int TRIPLE_R = 4;
    static final int INVOICE = 5;
    static final int PAYER = 6;
    static final int AT1 = 7;
    static final int AT3 = 8;
    static final int AT5 = 9;
    static final int RANK = 10;
    static final int ABSTAIN = 11;
    static final int BALANCE = 12;

    void count(int metric, boolean hit, long value) {
      r[metric][1]++;
      r[metric][3] += value;
      if (hit) {
        r[metric][0]++;
        r[metric][2] += value;
      }
    }

    void add(LineTruth t, LineOutcome o) {
      lines++;
      long value = euroCents(t.amount());
      boolean auto = o != null && o.decision() == Decision.AUTO;
      boolean autoApplies = auto && o.allocations().stream().anyMatch(a -> !a.applied().isZero());
      if (!t.hasMatch() || !t.credit()) {
        count(ABSTAIN, !autoApplies, value);
      }
      if (!t.credit()) {
        return;
      }
      count(AUTO, auto, value);
      if (t.enoughEvidence()) {
        count(AUTO_EVIDENCE, auto, value);
      }
      count(BALANCE, o != null && o.applied().plus(o.unapplied()).equals(t.amount()), value);
      if (auto) {
        count(PRECISION, allocationEquals(t, o), value);
      }
      triples(t, auto ? o : null);
      Set<CustomerId> payers = new HashSet<>();
      t.payer().ifPresent(payers::add);
      t.allocations().forEach(a -> payers.add(a.customerId()));
      if (!payers.isEmpty()) {
        Optional<CustomerId> found = o == null ? Optional.empty() : o.payer();
        count(PAYER, found.isPresent() && payers.contains(found.get()), value);
      }
      if (!auto && t.hasMatch()) {
        int rank = rank(t, o);
        count(AT1, rank == 1, value);
        count(AT3, rank >= 1 && rank <= 3, value);
        count(AT5, rank >= 1 && rank <= 5, value);
        r[RANK][0] += rank > 0 ? ScenarioScore.RANK_SCALE / rank : 0;
        r[RANK][1] += ScenarioScore.RANK_SCALE;
        r[RANK][2] += rank > 0 ? value / rank : 0;
        r[RANK][3] += value;
      }
    }

    private void triples(LineTruth t, LineOutcome auto) {
      Map<DocumentNumber, Money> expected = new HashMap<>();
      for (AllocationTruth a : t.allocations()) {
        expected.merge(a.documentNumber(), a.applied(), Money::plus);
      }
      Map<DocumentNumber, Money> actual = new HashMap<>();
      if (auto != null) {
        for (OutcomeAllocation a : auto.allocations()) {
          actual.merge(a.documentNumber(), a.applied(), Money::plus);
        }
      }
      for (Map.Entry<DocumentNumber, Money> e : expected.entrySet()) {
        if (e.getValue().isZero()) {
          continue;
        }
        Money got = actual.get(e.getKey());
        count(TRIPLE_R, e.getValue().equals(got), euroCents(e.getValue()));
        count(INVOICE, got != null && !got.isZero(), euroCents(e.getValue()));
      }
      for (Map.Entry<DocumentNumber, Money> e : actual.entrySet()) {
        if (!e.getValue().isZero()) {
          count(TRIPLE_P, e.getValue().equals(expected.get(e.getKey())), euroCents(e.getValue()));
        }
      }
    }

    /** The 1-based rank of the first proposal with the true documents, or 0 if none has them. */
    static int rank(LineTruth t, LineOutcome o) {
      if (o == null) {
        return 0;
      }
      Set<DocumentNumber> truth = new HashSet<>();
      t.allocations().forEach(a -> truth.add(a.documentNumber()));
      List<List<OutcomeAllocation>> proposals = new ArrayList<>();
      if (o.decision() == Decision.SUGGESTED) {
        proposals.add(o.allocations());
      }
      proposals.addAll(o.alternatives());
      for (int i = 0; i < proposals.size(); i++) {
        Set<DocumentNumber> docs = new HashSet<>();
        for (OutcomeAllocation a : proposals.get(i)) {
          if (!a.applied().isZero() || !a.discount().isZero() || !a.writeOff().isZero() || !a.deduction().isZero()) {
            docs.add(a.documentNumber());
          }
        }
        if (docs.equals(truth)) {
          return i + 1;
        }
      }
      return 0;
    }

    void merge(Tally other) {
      lines += other.lines;
      for (int i = 0; i < r.length; i++) {
        for (int j = 0; j < 4; j++) {
          r[i][j] += other.r[i][j];
        }
      }
    }

    private Ratio ratio(int metric) {
      return new Ratio(r[metric][0], r[metric][1], r[metric][2], r[metric][3]);
    }

    ScenarioScore score() {
      return new ScenarioScore(lines, ratio(AUTO), ratio(AUTO_EVIDENCE), ratio(PRECISION), ratio(TRIPLE_P),
          ratio(TRIPLE_R), ratio(INVOICE), ratio(PAYER), ratio(AT1), ratio(AT3), ratio(AT5), ratio(RANK),
          ratio(ABSTAIN), ratio(BALANCE));
    }
  }
}
