package dev.o2c.aging.collections;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * A dispute: a customer contests amounts on one or more of its items, for a reason, and a collector
 * follows it to a resolution by a target date.
 *
 * <p>A case comes from one of two places:
 * <ul>
 *   <li>{@link #fromDeduction}: a ledger {@link Deduction} (a short payment). The money has already
 *       left the item's open amount and waits on the deductions account; resolving the case resolves
 *       the deduction ({@code ResolveDeduction}).</li>
 *   <li>{@link #raise}: raised by a collector on items without moving money: the amounts stay open on
 *       the items, and {@link DisputedAmounts} tells the dunning run to leave them out while the case
 *       is open. Resolving it posts a credit memo, writes off, or changes nothing (rejected).</li>
 * </ul>
 * The case moves through {@link DisputeStatus}'s workflow with {@link #moveTo}, keeping every step
 * in its {@linkplain #history() history}, so its state on any past day is known ({@link #statusOn}).
 * {@link DisputeResolver} makes the moves that change the books and returns the ledger commands for
 * them.
 *
 * <pre>{@code
 * DisputeCase dispute = DisputeCase.raise(DisputeId.of("DSP-7"), CustomerId.of("C-42"), DeductionReason.DAMAGE,
 *     List.of(DisputeLine.of(DocumentNumber.of("INV-1001"), Money.of("EUR", "120.00"))),
 *     "anna", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 30));
 * dispute = dispute.moveTo(DisputeStatus.IN_REVIEW, LocalDate.of(2026, 4, 3), "anna", Optional.empty());
 * }</pre>
 *
 * <p>This instance is immutable; every change returns a copy.
 */
public final class DisputeCase {

  private final DisputeId id;
  private final CustomerId customerId;
  private final DeductionReason reason;
  private final List<DisputeLine> lines;
  private final String raisedBy;
  private final LocalDate raisedOn;
  private final LocalDate targetDate;
  private final Optional<DeductionId> deduction;
  private final Optional<String> note;
  private final List<DisputeEvent> history;
  private final Optional<DocumentNumber> creditMemo;
  private final Optional<AuthorityCheck> pendingApproval;

  private DisputeCase(DisputeId id, CustomerId customerId, DeductionReason reason, List<DisputeLine> lines,
      String raisedBy, LocalDate raisedOn, LocalDate targetDate, Optional<DeductionId> deduction,
      Optional<String> note, List<DisputeEvent> history, Optional<DocumentNumber> creditMemo,
      Optional<AuthorityCheck> pendingApproval) {
    this.id = id;
    this.customerId = customerId;
    this.reason = reason;
    this.lines = List.copyOf(lines);
    this.raisedBy = raisedBy;
    this.raisedOn = raisedOn;
    this.targetDate = targetDate;
    this.deduction = deduction;
    this.note = note;
    this.history = List.copyOf(history);
    this.creditMemo = creditMemo;
    this.pendingApproval = pendingApproval;
  }

  /**
   * A case raised by a collector on items, without moving money.
   *
   * @param id the case id
   * @param customerId the customer disputing
   * @param reason why the customer disputes
   * @param lines the amount disputed per item: at least one, each item once, one currency
   * @param raisedBy who raised it
   * @param raisedOn the day it was raised
   * @param targetDate the day it should be resolved by; not before {@code raisedOn}
   * @return the case, OPEN
   * @throws IllegalArgumentException listing every problem: no lines, an item twice, mixed currencies,
   *     a blank {@code raisedBy}, a target date before the day raised
   */
  public static DisputeCase raise(DisputeId id, CustomerId customerId, DeductionReason reason,
      List<DisputeLine> lines, String raisedBy, LocalDate raisedOn, LocalDate targetDate) {
    return new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty()).validated();
  }

  /**
   * The case of a ledger deduction: id, customer, item, amount, reason, note and day from the
   * deduction; a deduction in review starts the case in review.
   *
   * @param deduction the deduction, open or in review
   * @param raisedBy who took the case on
   * @param targetDate the day it should be resolved by; not before the deduction's day
   * @return the case
   * @throws IllegalArgumentException if the deduction is already resolved, {@code raisedBy} is blank or the
   *     target date is before the deduction's day
   */
  public static DisputeCase fromDeduction(Deduction deduction, String raisedBy, LocalDate targetDate) {
    Objects.requireNonNull(deduction, "deduction");
    if (deduction.status().isResolved()) {
      throw new IllegalArgumentException("Deduction " + deduction.id() + " is already " + deduction.status()
          + "; a dispute case needs an open deduction");
    }
    List<DisputeEvent> history = new ArrayList<>();
    if (deduction.status() == DeductionStatus.IN_REVIEW) {
      history.add(new DisputeEvent(deduction.createdOn(), DisputeStatus.OPEN, DisputeStatus.IN_REVIEW, raisedBy,
          Optional.of("in review in the ledger")));
    }
    return new DisputeCase(DisputeId.of(deduction.id().toString()), deduction.customerId(), deduction.reason(),
        List.of(DisputeLine.of(deduction.documentNumber(), deduction.amount())), raisedBy, deduction.createdOn(),
        targetDate, Optional.of(deduction.id()), deduction.note(), history, Optional.empty(), Optional.empty())
        .validated();
  }

  /**
   * A case rebuilt from the parts a host stored (its JSON form, a database row): the inverse of the
   * accessors, for reading a case back, not for making one ({@link #raise}, {@link #fromDeduction}
   * and {@link #moveTo} do that). The parts must be ones those methods can produce.
   *
   * @param id the case's id
   * @param customerId the customer disputing
   * @param reason why the customer disputes
   * @param lines the disputed items and amounts
   * @param raisedBy who raised or took the case on
   * @param raisedOn the day it was raised
   * @param targetDate the day it should be resolved by
   * @param deduction the ledger deduction the case follows, if it came from one
   * @param note the collector's note, if any
   * @param history its moves, oldest first
   * @param creditMemo the credit memo that resolved it, if it was credited with one
   * @param pendingApproval the authority check it waits on, if it awaits approval
   * @return the case
   * @throws IllegalArgumentException listing every problem: those {@link #raise} refuses, and a history
   *     that does not start from OPEN, skips a status, makes a move the workflow forbids or goes back in
   *     time (or starts before {@code raisedOn}), a credit memo on a case not CREDITED, an authority check
   *     on a case not AWAITING_APPROVAL
   */
  public static DisputeCase restore(DisputeId id, CustomerId customerId, DeductionReason reason,
      List<DisputeLine> lines, String raisedBy, LocalDate raisedOn, LocalDate targetDate,
      Optional<DeductionId> deduction, Optional<String> note, List<DisputeEvent> history,
      Optional<DocumentNumber> creditMemo, Optional<AuthorityCheck> pendingApproval) {
    Objects.requireNonNull(deduction, "deduction");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(creditMemo, "creditMemo");
    Objects.requireNonNull(pendingApproval, "pendingApproval");
    DisputeCase restored = new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, deduction,
        note, history, creditMemo, pendingApproval).validated();
    List<String> problems = new ArrayList<>();
    DisputeStatus status = DisputeStatus.OPEN;
    LocalDate last = raisedOn;
    for (DisputeEvent event : restored.history) {
      if (event.from() != status) {
        problems.add("move on " + event.date() + " starts from " + event.from() + ", not from " + status);
      } else if (!status.canMoveTo(event.to())) {
        problems.add("move on " + event.date() + " from " + status + " to " + event.to() + " is not allowed");
      }
      if (event.date().isBefore(last)) {
        problems.add("move on " + event.date() + " is before " + last);
      }
      status = event.to();
      last = event.date();
    }
    if (creditMemo.isPresent() && status != DisputeStatus.CREDITED) {
      problems.add("credit memo " + creditMemo.get() + " on a case " + status);
    }
    if (pendingApproval.isPresent() && status != DisputeStatus.AWAITING_APPROVAL) {
      problems.add("pending approval on a case " + status);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid dispute " + id + ": " + String.join("; ", problems));
    }
    return restored;
  }

  private DisputeCase validated() {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raisedBy, "raisedBy");
    Objects.requireNonNull(raisedOn, "raisedOn");
    Objects.requireNonNull(targetDate, "targetDate");
    List<String> problems = new ArrayList<>();
    if (lines.isEmpty()) {
      problems.add("no disputed items");
    }
    Set<DocumentNumber> seen = new HashSet<>();
    for (DisputeLine line : lines) {
      if (!seen.add(line.item())) {
        problems.add("item " + line.item() + " appears twice");
      }
      if (!line.amount().currency().equals(lines.get(0).amount().currency())) {
        problems.add("amounts mix currencies " + lines.get(0).amount().currency() + " and "
            + line.amount().currency());
      }
    }
    if (raisedBy.isBlank()) {
      problems.add("raisedBy is blank");
    }
    if (targetDate.isBefore(raisedOn)) {
      problems.add("target date " + targetDate + " is before the day raised " + raisedOn);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid dispute " + id + ": " + String.join("; ", problems));
    }
    return this;
  }

  /**
   * A copy with a note about the case.
   *
   * @param text the note
   * @return the copy; this instance is unaffected
   */
  public DisputeCase withNote(String text) {
    return new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, deduction,
        Optional.of(text), history, creditMemo, pendingApproval);
  }

  /**
   * A copy moved to another state, the step recorded in the history. Moves that change the books
   * (resolutions) are best made through {@link DisputeResolver}, which also returns the ledger commands.
   *
   * @param next the new state
   * @param date the day of the change; not before the last change or the day raised
   * @param by who makes the change
   * @param why why, if given
   * @return the copy; this instance is unaffected
   * @throws DisputeTransitionException if the workflow does not allow the move
   * @throws IllegalArgumentException if {@code date} is before the last change
   */
  public DisputeCase moveTo(DisputeStatus next, LocalDate date, String by, Optional<String> why) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    DisputeStatus current = status();
    if (!current.canMoveTo(next)) {
      throw new DisputeTransitionException(id, current, next);
    }
    if (date.isBefore(lastChange())) {
      throw new IllegalArgumentException("Dispute " + id + ": move to " + next + " on " + date
          + " is before its last change on " + lastChange());
    }
    List<DisputeEvent> events = new ArrayList<>(history);
    events.add(new DisputeEvent(date, current, next, by, why));
    return new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, deduction, note, events,
        creditMemo, next == DisputeStatus.AWAITING_APPROVAL ? pendingApproval : Optional.empty());
  }

  DisputeCase withCreditMemo(DocumentNumber number) {
    return new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, deduction, note, history,
        Optional.of(number), pendingApproval);
  }

  DisputeCase withPendingApproval(AuthorityCheck check) {
    return new DisputeCase(id, customerId, reason, lines, raisedBy, raisedOn, targetDate, deduction, note, history,
        creditMemo, Optional.of(check));
  }

  /** {@return the case id} */
  public DisputeId id() {
    return id;
  }

  /** {@return the customer disputing} */
  public CustomerId customerId() {
    return customerId;
  }

  /** {@return why the customer disputes} */
  public DeductionReason reason() {
    return reason;
  }

  /** {@return the amount disputed per item, in the order given} */
  public List<DisputeLine> lines() {
    return lines;
  }

  /** {@return who raised the case} */
  public String raisedBy() {
    return raisedBy;
  }

  /** {@return the day the case was raised} */
  public LocalDate raisedOn() {
    return raisedOn;
  }

  /** {@return the day the case should be resolved by} */
  public LocalDate targetDate() {
    return targetDate;
  }

  /** {@return the ledger deduction the case came from; empty for a case raised by a collector} */
  public Optional<DeductionId> deduction() {
    return deduction;
  }

  /** {@return a note about the case, if any} */
  public Optional<String> note() {
    return note;
  }

  /** {@return every move of the case, in order} */
  public List<DisputeEvent> history() {
    return history;
  }

  /** {@return the credit memo that resolved the case, once credited} */
  public Optional<DocumentNumber> creditMemo() {
    return creditMemo;
  }

  /** {@return the authority check of the write-off waiting for approval, while {@link DisputeStatus#AWAITING_APPROVAL}} */
  public Optional<AuthorityCheck> pendingApproval() {
    return pendingApproval;
  }

  /** {@return where the case stands now} */
  public DisputeStatus status() {
    return history.isEmpty() ? DisputeStatus.OPEN : history.get(history.size() - 1).to();
  }

  /** {@return true once credited, rejected or written off} */
  public boolean isResolved() {
    return status().isResolved();
  }

  /** {@return the day of the last move, or the day raised} */
  public LocalDate lastChange() {
    return history.isEmpty() ? raisedOn : history.get(history.size() - 1).date();
  }

  /**
   * Where the case stood at the end of a day.
   *
   * @param day the day
   * @return the state; empty before the day raised
   */
  public Optional<DisputeStatus> statusOn(LocalDate day) {
    if (day.isBefore(raisedOn)) {
      return Optional.empty();
    }
    DisputeStatus status = DisputeStatus.OPEN;
    for (DisputeEvent event : history) {
      if (event.date().isAfter(day)) {
        break;
      }
      status = event.to();
    }
    return Optional.of(status);
  }

  /**
   * Whether the case was raised and not yet resolved at the end of a day.
   *
   * @param day the day
   * @return true if open (in any unresolved state) that day
   */
  public boolean isOpenOn(LocalDate day) {
    return statusOn(day).map(s -> !s.isResolved()).orElse(false);
  }

  /** {@return the currency of the disputed amounts} */
  public CurrencyUnit currency() {
    return lines.get(0).amount().currency();
  }

  /** {@return the total disputed over all items} */
  public Money totalAmount() {
    Money total = Money.zero(currency());
    for (DisputeLine line : lines) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * The status the case's ledger deduction has after the moves made through {@link DisputeResolver}:
   * resolved as the case, else in review once the case has been in review, else open.
   *
   * @return the deduction status
   */
  DeductionStatus ledgerDeductionStatus() {
    if (isResolved()) {
      return status().deductionStatus();
    }
    for (DisputeEvent event : history) {
      if (event.to() == DisputeStatus.IN_REVIEW) {
        return DeductionStatus.IN_REVIEW;
      }
    }
    return DeductionStatus.OPEN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisputeCase c && c.id.equals(id) && c.customerId.equals(customerId) && c.reason == reason
        && c.lines.equals(lines) && c.raisedBy.equals(raisedBy) && c.raisedOn.equals(raisedOn)
        && c.targetDate.equals(targetDate) && c.deduction.equals(deduction) && c.note.equals(note)
        && c.history.equals(history) && c.creditMemo.equals(creditMemo) && c.pendingApproval.equals(pendingApproval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, customerId, reason, lines, raisedOn, history);
  }

  @Override
  public String toString() {
    return "DisputeCase[" + id + " " + customerId + " " + reason + " " + totalAmount() + " " + status()
        + " raised " + raisedOn + " by " + raisedBy + ", target " + targetDate
        + deduction.map(d -> ", deduction " + d).orElse("") + "]";
  }
}
