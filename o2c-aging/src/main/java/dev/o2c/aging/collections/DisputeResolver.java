package dev.o2c.aging.collections;

import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ResolveDeduction;
import dev.o2c.core.ledger.ReviewDeduction;
import dev.o2c.core.ledger.WriteOffBadDebt;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves dispute cases through their workflow and turns each decision into the ledger commands that
 * carry it out; it never posts them (the host does, like cash application's decisions).
 *
 * <table>
 *   <caption>Commands per decision</caption>
 *   <tr><th>decision</th><th>case from a deduction</th><th>case raised by a collector</th></tr>
 *   <tr><td>review</td><td>{@code ReviewDeduction} (once)</td><td>none</td></tr>
 *   <tr><td>credit</td><td>{@code ResolveDeduction} CREDITED: the ledger credits the deducted amount
 *       (sales against deductions); the credit memo number is recorded on the case for the credit note
 *       the host issues</td>
 *       <td>{@code PostItem} of a credit memo for the disputed total, dated the decision day, then
 *       {@code OffsetCreditMemo} against each item, at most its open amount (what the customer has
 *       paid since stays on the credit memo as a credit)</td></tr>
 *   <tr><td>reject</td><td>{@code ResolveDeduction} REJECTED: the amount is owed again on the item
 *       (re-billed)</td><td>none: the amounts never left the items, and dunning takes them up again</td></tr>
 *   <tr><td>write off</td><td>{@code ResolveDeduction} WRITTEN_OFF</td>
 *       <td>{@code WriteOffBadDebt} per item, at most its open amount</td></tr>
 * </table>
 *
 * <p>A write-off is checked against the {@link AuthorityPolicy}: within the asker's limit it is
 * resolved at once; above it the case moves to {@link DisputeStatus#AWAITING_APPROVAL} with the check
 * kept on the case ({@link DisputeCase#pendingApproval()}) and no commands, until someone with enough
 * authority {@linkplain #approveWriteOff approves} it or it is {@linkplain #refuseWriteOff refused}
 * (back to review). The amount checked is what would be written off: for a raised case, the disputed
 * amounts capped at the items' open amounts.
 *
 * <p>This instance is immutable.
 */
public final class DisputeResolver {

  private final AuthorityPolicy authority;

  private DisputeResolver(AuthorityPolicy authority) {
    this.authority = authority;
  }

  /**
   * A resolver with write-off authority limits.
   *
   * @param authority who may write off how much
   * @return the resolver
   */
  public static DisputeResolver of(AuthorityPolicy authority) {
    return new DisputeResolver(Objects.requireNonNull(authority, "authority"));
  }

  /** {@return the authority policy write-offs are checked against} */
  public AuthorityPolicy authority() {
    return authority;
  }

  /**
   * Puts a case into review.
   *
   * @param disputeCase the case, open or awaiting approval
   * @param date the day
   * @param by who
   * @return the case in review, and a {@code ReviewDeduction} if its deduction is still open in the ledger
   * @throws DisputeTransitionException if the case may not move to review
   */
  public DisputeOutcome review(DisputeCase disputeCase, LocalDate date, String by) {
    DeductionStatus before = disputeCase.ledgerDeductionStatus();
    DisputeCase moved = disputeCase.moveTo(DisputeStatus.IN_REVIEW, date, by, Optional.empty());
    List<LedgerCommand> commands = new ArrayList<>();
    if (disputeCase.deduction().isPresent() && before == DeductionStatus.OPEN) {
      commands.add(ReviewDeduction.of(disputeCase.deduction().get(), date));
    }
    return new DisputeOutcome(moved, commands, Optional.empty());
  }

  /**
   * Resolves a case in the customer's favour with a credit.
   *
   * @param disputeCase the case, open or in review
   * @param date the day, the credit memo's document date
   * @param by who decided
   * @param creditMemo the number of the credit memo (posted for a raised case; recorded for a deduction)
   * @param view the books, for the items' open amounts (a raised case's offsets are capped at them)
   * @return the case CREDITED, with the commands
   * @throws DisputeTransitionException if the case may not be credited
   */
  public DisputeOutcome credit(DisputeCase disputeCase, LocalDate date, String by, DocumentNumber creditMemo,
      LedgerView view) {
    Objects.requireNonNull(creditMemo, "creditMemo");
    DisputeCase moved = disputeCase.moveTo(DisputeStatus.CREDITED, date, by, Optional.of("credit memo " + creditMemo))
        .withCreditMemo(creditMemo);
    List<LedgerCommand> commands = new ArrayList<>();
    if (disputeCase.deduction().isPresent()) {
      commands.add(ResolveDeduction.of(disputeCase.deduction().get(), DeductionStatus.RESOLVED_CREDITED, date));
    } else {
      Money total = disputeCase.totalAmount();
      commands.add(PostItem.of(OpenItem.builder().documentNumber(creditMemo).customerId(disputeCase.customerId())
          .kind(ItemKind.CREDIT_MEMO).documentDate(date).dueDate(date).originalAmount(total.negated())
          .customerReference("dispute " + disputeCase.id()).build()));
      Map<DocumentNumber, Money> open = openAmounts(disputeCase, view);
      for (DisputeLine line : disputeCase.lines()) {
        Money amount = capped(line, open);
        if (amount.isPositive()) {
          commands.add(OffsetCreditMemo.of(creditMemo, line.item(), amount, date));
        }
      }
    }
    return new DisputeOutcome(moved, commands, Optional.empty());
  }

  /**
   * Resolves a case against the customer: the disputed amounts are owed.
   *
   * @param disputeCase the case, open or in review
   * @param date the day
   * @param by who decided
   * @return the case REJECTED; for a case from a deduction, the {@code ResolveDeduction} that puts the
   *     amount back on the item
   * @throws DisputeTransitionException if the case may not be rejected
   */
  public DisputeOutcome reject(DisputeCase disputeCase, LocalDate date, String by) {
    DisputeCase moved = disputeCase.moveTo(DisputeStatus.REJECTED, date, by, Optional.empty());
    List<LedgerCommand> commands = disputeCase.deduction().isPresent()
        ? List.of(ResolveDeduction.of(disputeCase.deduction().get(), DeductionStatus.RESOLVED_REJECTED, date))
        : List.of();
    return new DisputeOutcome(moved, commands, Optional.empty());
  }

  /**
   * Writes a case off if the amount is within the asker's authority; otherwise asks for approval.
   *
   * @param disputeCase the case, open or in review
   * @param date the day
   * @param by who asks, with their role
   * @param view the books, for the items' open amounts
   * @return within the limit: the case WRITTEN_OFF with the commands; above it: the case
   *     AWAITING_APPROVAL with the check, and no commands
   * @throws DisputeTransitionException if the case may not be written off or sent for approval
   */
  public DisputeOutcome writeOff(DisputeCase disputeCase, LocalDate date, AuthorityHolder by, LedgerView view) {
    Objects.requireNonNull(by, "by");
    if (disputeCase.status() == DisputeStatus.AWAITING_APPROVAL) {
      throw new DisputeTransitionException(disputeCase.id(), disputeCase.status(), DisputeStatus.AWAITING_APPROVAL);
    }
    Map<DocumentNumber, Money> open = openAmounts(disputeCase, view);
    AuthorityCheck check = authority.checkWriteOff(by, writeOffAmount(disputeCase, open));
    if (!check.withinLimit()) {
      DisputeCase waiting = disputeCase.moveTo(DisputeStatus.AWAITING_APPROVAL, date, by.person(),
          Optional.of(check.reason())).withPendingApproval(check);
      return new DisputeOutcome(waiting, List.of(), Optional.of(check));
    }
    return writtenOff(disputeCase, date, by, check, open);
  }

  /**
   * Approves a write-off waiting for approval, if the approver's authority covers it; if not, the case
   * keeps waiting and the outcome says why.
   *
   * @param disputeCase the case, awaiting approval
   * @param date the day
   * @param approver who approves, with their role
   * @param view the books, for the items' open amounts now
   * @return the case WRITTEN_OFF with the commands, or the case unchanged with a check not within the limit
   * @throws DisputeTransitionException if the case is not awaiting approval
   */
  public DisputeOutcome approveWriteOff(DisputeCase disputeCase, LocalDate date, AuthorityHolder approver,
      LedgerView view) {
    Objects.requireNonNull(approver, "approver");
    if (disputeCase.status() != DisputeStatus.AWAITING_APPROVAL) {
      throw new DisputeTransitionException(disputeCase.id(), disputeCase.status(), DisputeStatus.WRITTEN_OFF);
    }
    Map<DocumentNumber, Money> open = openAmounts(disputeCase, view);
    AuthorityCheck check = authority.checkWriteOff(approver, writeOffAmount(disputeCase, open));
    if (!check.withinLimit()) {
      return new DisputeOutcome(disputeCase, List.of(), Optional.of(check));
    }
    return writtenOff(disputeCase, date, approver, check, open);
  }

  /**
   * Refuses a write-off waiting for approval: the case goes back into review.
   *
   * @param disputeCase the case, awaiting approval
   * @param date the day
   * @param by who refuses
   * @param why why
   * @return the case in review, and a {@code ReviewDeduction} if its deduction is still open in the ledger
   * @throws DisputeTransitionException if the case is not awaiting approval
   */
  public DisputeOutcome refuseWriteOff(DisputeCase disputeCase, LocalDate date, String by, String why) {
    if (disputeCase.status() != DisputeStatus.AWAITING_APPROVAL) {
      throw new DisputeTransitionException(disputeCase.id(), disputeCase.status(), DisputeStatus.IN_REVIEW);
    }
    DeductionStatus before = disputeCase.ledgerDeductionStatus();
    DisputeCase moved = disputeCase.moveTo(DisputeStatus.IN_REVIEW, date, by, Optional.of(why));
    List<LedgerCommand> commands = new ArrayList<>();
    if (disputeCase.deduction().isPresent() && before == DeductionStatus.OPEN) {
      commands.add(ReviewDeduction.of(disputeCase.deduction().get(), date));
    }
    return new DisputeOutcome(moved, commands, Optional.empty());
  }

  private DisputeOutcome writtenOff(DisputeCase disputeCase, LocalDate date, AuthorityHolder by, AuthorityCheck check,
      Map<DocumentNumber, Money> open) {
    DisputeCase moved = disputeCase.moveTo(DisputeStatus.WRITTEN_OFF, date, by.person(), Optional.of(check.reason()));
    List<LedgerCommand> commands = new ArrayList<>();
    if (disputeCase.deduction().isPresent()) {
      commands.add(ResolveDeduction.of(disputeCase.deduction().get(), DeductionStatus.RESOLVED_WRITTEN_OFF, date));
    } else {
      for (DisputeLine line : disputeCase.lines()) {
        Money amount = capped(line, open);
        if (amount.isPositive()) {
          commands.add(WriteOffBadDebt.builder().item(line.item()).amount(amount).date(date)
              .reason("dispute " + disputeCase.id() + " (" + disputeCase.reason() + ") written off by " + by)
              .build());
        }
      }
    }
    return new DisputeOutcome(moved, commands, Optional.of(check));
  }

  private static Money writeOffAmount(DisputeCase disputeCase, Map<DocumentNumber, Money> open) {
    if (disputeCase.deduction().isPresent()) {
      return disputeCase.totalAmount();
    }
    Money total = Money.zero(disputeCase.currency());
    for (DisputeLine line : disputeCase.lines()) {
      total = total.plus(capped(line, open));
    }
    return total;
  }

  private static Map<DocumentNumber, Money> openAmounts(DisputeCase disputeCase, LedgerView view) {
    Objects.requireNonNull(view, "view");
    Map<DocumentNumber, Money> open = new HashMap<>();
    if (disputeCase.deduction().isEmpty()) {
      for (OpenItem item : view.openItems(disputeCase.customerId())) {
        open.put(item.documentNumber(), item.openAmount());
      }
    }
    return open;
  }

  /** The line's amount, at most the item's open amount; zero for an item no longer open or a credit memo. */
  private static Money capped(DisputeLine line, Map<DocumentNumber, Money> open) {
    Money itemOpen = open.get(line.item());
    if (itemOpen == null || !itemOpen.isPositive()) {
      return Money.zero(line.amount().currency());
    }
    return line.amount().min(itemOpen);
  }

  @Override
  public String toString() {
    return "DisputeResolver[" + authority + "]";
  }
}
