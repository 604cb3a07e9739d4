package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A proposal under consideration, with what decides whether it may be applied without a person.
 *
 * @param items the book positions of its items
 * @param outcome how the amount fits and the allocations
 * @param payer the payer it takes
 * @param confidence how likely it is right
 * @param autoEligible whether its evidence is of a kind that may be applied automatically
 * @param reason the human-readable explanation
 */
record Candidate(int[] items, Reconciler.Outcome outcome, Optional<CustomerId> payer, double confidence,
    boolean autoEligible, String reason) {

  /** Evidence weights are capped so that no single piece makes a proposal certain. */
  static final double CAP = 0.98;

  /** The same proposal, less sure by {@code factor}, and never automatic. */
  static Candidate demote(Candidate c, double factor) {
    return new Candidate(c.items(), c.outcome(), c.payer(), round(c.confidence() * factor), false, c.reason());
  }

  /** A confidence to three decimals, as decisions show it. */
  static double round(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }

  Proposal toProposal() {
    return new Proposal(payer, outcome.allocations(), outcome.unapplied(), confidence, reason);
  }

  /** Whether both apply the same amounts to the same items, in whatever order their readings found them. */
  boolean sameAllocations(Candidate other) {
    List<Allocation> mine = outcome.allocations();
    List<Allocation> theirs = other.outcome.allocations();
    if (mine.size() != theirs.size()) {
      return false;
    }
    return mine.equals(theirs) || mine.size() > 1 && new HashSet<>(mine).equals(new HashSet<>(theirs));
  }
}
