package dev.o2c.matching.cashapp;

import dev.o2c.core.money.MoneyTotals;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of one batch, in payment order, with their totals: what was applied automatically,
 * what waits for a person, and what stays unapplied or in suspense.
 *
 * @param decisions one decision per payment, in the order the payments were given
 */
public record CashApplicationRun(List<Decision> decisions) {

  /**
   * Copies the decisions.
   *
   * @param decisions one decision per payment
   */
  public CashApplicationRun {
    decisions = List.copyOf(decisions);
  }

  /** {@return how many decisions there are of each kind} */
  public Map<DecisionKind, Integer> counts() {
    Map<DecisionKind, Integer> counts = new EnumMap<>(DecisionKind.class);
    for (DecisionKind kind : DecisionKind.values()) {
      counts.put(kind, 0);
    }
    decisions.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
    return counts;
  }

  /** {@return the payments' total amount, per currency} */
  public MoneyTotals received() {
    MoneyTotals.Accumulator total = new MoneyTotals.Accumulator();
    decisions.forEach(d -> total.add(d.payment().amount()));
    return total.total();
  }

  /**
   * The money of a kind of decision: for AUTO and SUGGESTED the amount applied (or proposed), for
   * UNAPPLIED the whole payment. Add the unapplied remainders of AUTO and SUGGESTED decisions ({@link
   * #remainders()}) and the kinds add up to {@link #received()}.
   *
   * @param kind the kind of decision
   * @return the money applied or proposed, per currency
   */
  public MoneyTotals applied(DecisionKind kind) {
    MoneyTotals.Accumulator total = new MoneyTotals.Accumulator();
    decisions.stream().filter(d -> d.kind() == kind).forEach(d -> total.add(
        kind == DecisionKind.UNAPPLIED ? d.proposal().unapplied() : d.proposal().applied()));
    return total.total();
  }

  /** {@return the unapplied remainders of AUTO and SUGGESTED decisions (overpayments), per currency} */
  public MoneyTotals remainders() {
    MoneyTotals.Accumulator total = new MoneyTotals.Accumulator();
    decisions.stream().filter(d -> d.kind() != DecisionKind.UNAPPLIED).forEach(d -> total.add(d.proposal().unapplied()));
    return total.total();
  }
}
