package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.MoveCash;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a decision into the ledger commands that carry it out, for a payment the ledger has already
 * received (see {@code StatementPostings}). In order:
 * <ol>
 *   <li>{@code IdentifyPayer}, when the payment came without a customer and the decision names one;
 *   <li>{@code OffsetCreditMemo}, netting each credit memo of the proposal against its invoices, in the
 *       proposal's order;
 *   <li>{@code ApplyPayment} per invoice or debit memo, with the cash left after the credits, the cash
 *       discount as an explicit amount (the ledger checks it against the terms) and the small difference;
 *   <li>{@code OpenDeduction} for a shortfall with a reason, id {@code <payment id>/<document number>};
 *   <li>{@code MoveCash} of the remainder to on-account, when the decision sends it there.
 * </ol>
 * An UNAPPLIED decision gives at most the {@code IdentifyPayer}: the money stays where the ledger put it.
 */
public final class DecisionCommands {

  private DecisionCommands() {}

  /**
   * The commands of a decision's proposal (for a SUGGESTED decision: what confirming it posts).
   *
   * @param decision the decision
   * @param date the posting date; not before the payment's value date
   * @return the commands, in posting order
   * @throws IllegalArgumentException if {@code date} is before the payment's value date
   */
  public static List<LedgerCommand> of(Decision decision, LocalDate date) {
    return of(decision, decision.proposal(), decision.remainder(), date);
  }

  /**
   * The commands of one of a decision's proposals: what confirming an alternative posts.
   *
   * @param decision the decision
   * @param proposal the proposal chosen by a person: the decision's own or one of its alternatives
   * @param remainder where the unapplied part goes: UNAPPLIED or ON_ACCOUNT (SUSPENSE only without payer)
   * @param date the posting date; not before the payment's value date
   * @return the commands, in posting order
   * @throws IllegalArgumentException if {@code date} is before the payment's value date
   */
  public static List<LedgerCommand> of(Decision decision, Proposal proposal, CashBucket remainder, LocalDate date) {
    var payment = decision.payment();
    if (date.isBefore(payment.valueDate())) {
      throw new IllegalArgumentException("Posting date " + date + " is before the value date "
          + payment.valueDate() + " of payment " + payment.id());
    }
    List<LedgerCommand> commands = new ArrayList<>();
    Optional<CustomerId> payer = proposal.payer();
    if (payment.customerId().isEmpty() && payer.isPresent()) {
      commands.add(IdentifyPayer.of(payment.id(), payer.get(), date));
    }
    List<Allocation> allocations = proposal.allocations();
    long[] cash = new long[allocations.size()];
    for (int k = 0; k < allocations.size(); k++) {
      cash[k] = allocations.get(k).applied().minorUnits();
    }
    for (int c = 0; c < allocations.size(); c++) {
      Allocation credit = allocations.get(c);
      long left = -credit.applied().minorUnits();
      for (int k = 0; k < allocations.size() && left > 0; k++) {
        if (cash[k] > 0) {
          long offset = Math.min(left, cash[k]);
          commands.add(OffsetCreditMemo.of(credit.item(), allocations.get(k).item(),
              Money.ofMinor(credit.applied().currency(), offset), date));
          cash[k] -= offset;
          left -= offset;
        }
      }
      if (left > 0) {
        throw new IllegalArgumentException("Credit memo " + credit.item() + " in the proposal for payment "
            + payment.id() + " exceeds the invoices it is netted against");
      }
    }
    String reason = proposal.reason().length() > 200 ? proposal.reason().substring(0, 197) + "..." : proposal.reason();
    for (int k = 0; k < allocations.size(); k++) {
      Allocation allocation = allocations.get(k);
      if (allocation.applied().isNegative()) {
        continue;
      }
      if (cash[k] > 0) {
        commands.add(ApplyPayment.builder().payment(payment.id()).item(allocation.item())
            .applied(Money.ofMinor(allocation.applied().currency(), cash[k])).date(date)
            .discount(allocation.discount()).smallDifference(allocation.writeOff()).reason(reason).build());
      }
      if (allocation.deduction().isPositive()) {
        commands.add(OpenDeduction.builder().deduction(deductionId(payment.id().toString(), allocation.item()))
            .item(allocation.item()).amount(allocation.deduction()).reason(allocation.deductionReason().orElseThrow())
            .date(date).payment(payment.id()).note(reason).build());
      }
    }
    if (remainder == CashBucket.ON_ACCOUNT && proposal.unapplied().isPositive()) {
      commands.add(MoveCash.of(payment.id(), CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT, proposal.unapplied(), date));
    }
    return commands;
  }

  private static DeductionId deductionId(String payment, DocumentNumber item) {
    return DeductionId.of(payment + "/" + item);
  }
}
