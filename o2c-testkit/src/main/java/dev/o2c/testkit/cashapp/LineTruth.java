package dev.o2c.testkit.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recorded answer for one benchmark bank line: what it is, who paid, which items it settles and
 * how, and what stays unapplied.
 *
 * <p>Every cent is accounted for, checked on construction: the applied amounts of the allocations
 * plus {@link #unapplied()} equal {@link #amount()} (a return or an unapplied line has no allocation
 * and is unapplied in full). On the item side, each allocation's {@link AllocationTruth#cleared()}
 * (applied + discount + deduction + fee + FX difference + write-off) is what comes off the item.
 *
 * <p>{@link #enoughEvidence()}: whether a conservative policy should be able to apply the line
 * without a person, following the spec ("about 78 % of the default mix"): every #1, #3, #7 and #8
 * line, and #5, #6, #11 and #14 lines that carry a reference (before noise). Never a line without a
 * true match.
 *
 * @param entryRef the line's bank reference, as the statement readers report it
 * @param scenario what the line is
 * @param credit true for money in, false for a return
 * @param amount the line amount, positive
 * @param payer the customer the money came from: the items' customer, its parent for a parent payer,
 *     the customer paying on account; empty when no customer sent it (not ours, a third party)
 * @param allocations the items the line settles, in the payer's order (for a multi-invoice payment
 *     without remittance: oldest first)
 * @param unapplied the part applied to no item (overpayment, duplicate, on account, not ours), zero or positive
 * @param enoughEvidence whether the line carries enough evidence for a conservative auto-match policy
 * @param referenceKind what the line carries as reference, before noise
 * @param detail a short note on the case, e.g. {@code "k=4 oldest-first"} or {@code "unearned discount"}
 * @param reversalOf for a return, the entry reference of the credit it returns
 */
public record LineTruth(String entryRef, CashAppScenario scenario, boolean credit, Money amount,
    Optional<CustomerId> payer, List<AllocationTruth> allocations, Money unapplied, boolean enoughEvidence,
    ReferenceKind referenceKind, String detail, Optional<String> reversalOf) {

  /**
   * Checks conservation and copies the list.
   *
   * @param entryRef the line's bank reference, as the statement readers report it
   * @param scenario what the line is
   * @param credit true for money in, false for a return
   * @param amount the line amount, positive
   * @param payer the customer the money came from: the items' customer, its parent for a parent payer, the
   *     customer paying on account; empty when no customer sent it (not ours, a third party)
   * @param allocations the items the line settles, in the payer's order (for a multi-invoice payment without
   *     remittance: oldest first)
   * @param unapplied the part applied to no item (overpayment, duplicate, on account, not ours), zero or
   *     positive
   * @param enoughEvidence whether the line carries enough evidence for a conservative auto-match policy
   * @param referenceKind what the line carries as reference, before noise
   * @param detail a short note on the case, e.g. {@code "k=4 oldest-first"} or {@code "unearned discount"}
   * @param reversalOf for a return, the entry reference of the credit it returns
   * @throws IllegalArgumentException if applied plus unapplied differ from the amount, the unapplied
   *     part is negative, or amounts mix currencies
   */
  public LineTruth {
    Objects.requireNonNull(entryRef, "entryRef");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(payer, "payer");
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(unapplied, "unapplied");
    Objects.requireNonNull(referenceKind, "referenceKind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(reversalOf, "reversalOf");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("line " + entryRef + ": amount " + amount + " is not positive");
    }
    if (unapplied.isNegative()) {
      throw new IllegalArgumentException("line " + entryRef + ": unapplied " + unapplied + " is negative");
    }
    Money total = unapplied;
    for (AllocationTruth a : allocations) {
      if (!a.applied().currency().equals(amount.currency())) {
        throw new IllegalArgumentException("line " + entryRef + ": allocation to " + a.documentNumber()
            + " is in " + a.applied().currency() + ", the line in " + amount.currency());
      }
      total = total.plus(a.applied());
    }
    if (!total.equals(amount)) {
      throw new IllegalArgumentException("line " + entryRef + ": applied plus unapplied " + total
          + " differ from the amount " + amount);
    }
  }

  /** {@return the sum of the applied amounts} */
  public Money applied() {
    Money total = Money.zero(amount.currency());
    for (AllocationTruth a : allocations) {
      total = total.plus(a.applied());
    }
    return total;
  }

  /** {@return whether the line truly settles at least one item} */
  public boolean hasMatch() {
    return !allocations.isEmpty();
  }
}
