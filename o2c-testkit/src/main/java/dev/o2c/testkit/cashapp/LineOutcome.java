package dev.o2c.testkit.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cash-application engine decided for one bank line, in the scorer's neutral terms; the
 * engine side converts its own decision into this. Debit lines (returns) need no outcome.
 *
 * <pre>{@code
 * new LineOutcome("BR260603000003", Decision.AUTO, Optional.of(CustomerId.of("C-100594")),
 *     List.of(OutcomeAllocation.of(DocumentNumber.of("INV-2026-008872"), Money.of("EUR", "852.66"))),
 *     Money.of("EUR", "0.00"), List.of());
 * }</pre>
 *
 * @param entryRef the line's entry reference, as in the matches CSV
 * @param decision AUTO, SUGGESTED or UNAPPLIED
 * @param payer the customer the engine identified as payer, if any
 * @param allocations what the engine applies (AUTO) or proposes first (SUGGESTED); empty for UNAPPLIED
 * @param unapplied the part of the line applied to no item, zero or positive
 * @param alternatives further proposals, best first, each a complete list of allocations
 */
public record LineOutcome(String entryRef, Decision decision, Optional<CustomerId> payer,
    List<OutcomeAllocation> allocations, Money unapplied, List<List<OutcomeAllocation>> alternatives) {

  /**
   * Checks that no value is null and copies the lists.
   *
   * @param entryRef the line's entry reference, as in the matches CSV
   * @param decision AUTO, SUGGESTED or UNAPPLIED
   * @param payer the customer the engine identified as payer, if any
   * @param allocations what the engine applies (AUTO) or proposes first (SUGGESTED); empty for UNAPPLIED
   * @param unapplied the part of the line applied to no item, zero or positive
   * @param alternatives further proposals, best first, each a complete list of allocations
   */
  public LineOutcome {
    Objects.requireNonNull(entryRef, "entryRef");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(payer, "payer");
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(unapplied, "unapplied");
    alternatives = alternatives.stream().map(List::copyOf).toList();
  }

  /**
   * A line left unapplied in full, with no proposal.
   *
   * @param entryRef the line's entry reference
   * @param amount the line amount
   * @return the outcome
   */
  public static LineOutcome unapplied(String entryRef, Money amount) {
    return new LineOutcome(entryRef, Decision.UNAPPLIED, Optional.empty(), List.of(), amount, List.of());
  }

  /** {@return the sum of the applied amounts of {@link #allocations()}} */
  public Money applied() {
    Money total = Money.zero(unapplied.currency());
    for (OutcomeAllocation a : allocations) {
      total = total.plus(a.applied());
    }
    return total;
  }
}
