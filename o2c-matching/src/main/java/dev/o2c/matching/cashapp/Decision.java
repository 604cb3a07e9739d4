package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's answer for one payment: what to do with it, how sure, why, and the alternatives a person
 * may pick instead. A decision is a pure value: nothing is posted while deciding.
 * {@link DecisionCommands#of(Decision, java.time.LocalDate)} turns an {@link DecisionKind#AUTO} decision
 * (or a confirmed suggestion) into ledger commands.
 *
 * <p>Conservation holds for every decision and every alternative: {@code proposal.applied() +
 * proposal.unapplied() = payment.amount()}, to the cent, checked on construction.
 *
 * @param payment the payment decided on
 * @param kind AUTO, SUGGESTED or UNAPPLIED
 * @param proposal what the decision applies (AUTO), proposes (SUGGESTED), or an empty proposal leaving
 *     the whole amount unapplied (UNAPPLIED)
 * @param alternatives the next-best proposals, best first (at most two, so that with {@code proposal}
 *     a person sees the top three)
 * @param remainder where the unapplied part goes: {@link CashBucket#UNAPPLIED} or {@link
 *     CashBucket#ON_ACCOUNT} when the payer is known, {@link CashBucket#SUSPENSE} when not
 */
public record Decision(Payment payment, DecisionKind kind, Proposal proposal, List<Proposal> alternatives,
    CashBucket remainder) {

  /**
   * Checks the decision.
   *
   * @param payment the payment
   * @param kind the decision
   * @param proposal the chosen proposal
   * @param alternatives the next-best proposals (copied)
   * @param remainder where the unapplied part goes
   * @throws IllegalArgumentException if a proposal does not add up to the payment amount, an UNAPPLIED
   *     decision allocates money, or the remainder bucket does not fit the payer
   */
  public Decision {
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(remainder, "remainder");
    alternatives = List.copyOf(alternatives);
    checkConserved(payment, proposal);
    for (Proposal alternative : alternatives) {
      checkConserved(payment, alternative);
    }
    if (kind == DecisionKind.UNAPPLIED && !proposal.allocations().isEmpty()) {
      throw new IllegalArgumentException("Payment " + payment.id() + ": an UNAPPLIED decision allocates money");
    }
    if (kind != DecisionKind.UNAPPLIED && proposal.allocations().isEmpty()) {
      throw new IllegalArgumentException("Payment " + payment.id() + ": a " + kind + " decision allocates nothing");
    }
    if ((remainder == CashBucket.SUSPENSE) != proposal.payer().isEmpty()) {
      throw new IllegalArgumentException("Payment " + payment.id() + ": remainder to " + remainder
          + " does not fit payer " + proposal.payer());
    }
  }

  private static void checkConserved(Payment payment, Proposal proposal) {
    Money total = proposal.applied().plus(proposal.unapplied());
    if (!total.equals(payment.amount())) {
      throw new IllegalArgumentException("Payment " + payment.id() + " of " + payment.amount()
          + ": proposal applies " + proposal.applied() + " and leaves " + proposal.unapplied()
          + " unapplied, which adds up to " + total);
    }
  }

  /** {@return the payer the decision takes; empty when nobody could be identified} */
  public Optional<CustomerId> payer() {
    return proposal.payer();
  }

  /** {@return the decision's confidence, in [0, 1]} */
  public double confidence() {
    return proposal.confidence();
  }

  /** {@return the human-readable reason of the decision} */
  public String reason() {
    return proposal.reason();
  }

  /** {@return the chosen proposal followed by the alternatives: the top three a person sees} */
  public List<Proposal> ranked() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(proposal), alternatives.stream()).toList();
  }
}
