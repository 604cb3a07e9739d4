package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One way to apply a payment: the allocations, what stays unapplied, how sure the engine is and why.
 * Always {@code sum(allocations.applied) + unapplied = payment amount}, checked by {@link Decision}.
 *
 * @param payer the customer the proposal takes as payer; empty when nobody could be identified
 * @param allocations the items and what goes to each, in the order the payer listed them (else oldest first)
 * @param unapplied the part of the payment that settles no item; zero or positive
 * @param confidence how likely the proposal is right, in [0, 1]
 * @param reason a human-readable explanation naming the evidence
 */
public record Proposal(Optional<CustomerId> payer, List<Allocation> allocations, Money unapplied,
    double confidence, String reason) {

  /**
   * Checks the proposal.
   *
   * @param payer the payer, if known
   * @param allocations the allocations (copied)
   * @param unapplied the part settling nothing; zero or positive
   * @param confidence in [0, 1]
   * @param reason the explanation
   * @throws IllegalArgumentException if {@code unapplied} is negative, the confidence is out of range or
   *     two allocations name the same item
   */
  public Proposal {
    Objects.requireNonNull(payer, "payer");
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(reason, "reason");
    if (unapplied.isNegative()) {
      throw new IllegalArgumentException("Proposal leaves a negative unapplied amount " + unapplied);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Confidence " + confidence + " is outside [0, 1]");
    }
    Set<DocumentNumber> items = new HashSet<>();
    for (Allocation a : allocations) {
      if (!items.add(a.item())) {
        throw new IllegalArgumentException("Proposal allocates to " + a.item() + " twice");
      }
    }
  }

  /** {@return the money the proposal applies: the sum of the allocations' applied amounts} */
  public Money applied() {
    return Money.total(unapplied.currency(), allocations.stream().map(Allocation::applied).toList());
  }
}
