package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Direction;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cash reconciliation a cash-application team signs off for one bank statement: the credits
 * received equal what was applied automatically, what waits for confirmation, what stays unapplied,
 * what went on account and what sits in suspense, to the cent; and the bank's own proof that the
 * opening balance plus credits less debits gives the closing balance. Lists the decisions people
 * still have to work (suggested and unapplied).
 *
 * @param statementId the statement's id
 * @param account the statement account's id (IBAN or other)
 * @param opening the opening booked balance, if the statement gives one
 * @param closing the closing booked balance, if the statement gives one
 * @param credits booked credits, every currency
 * @param debits booked debits (outgoing money, returns and reversals), every currency
 * @param creditCount how many booked credits (payments) the statement has
 * @param autoApplied money applied automatically
 * @param suggested money proposed and awaiting a person's confirmation
 * @param unapplied money of identified payers not applied (overpayment remainders and unmatched payments)
 * @param onAccount money of identified payers put on account
 * @param suspense money of payers nobody could identify
 * @param toWork the suggested and unapplied decisions, in statement order
 */
public record CashReconciliation(String statementId, String account, Optional<Money> opening, Optional<Money> closing,
    MoneyTotals credits, MoneyTotals debits, int creditCount, MoneyTotals autoApplied, MoneyTotals suggested,
    MoneyTotals unapplied, MoneyTotals onAccount, MoneyTotals suspense, List<Decision> toWork) {

  /**
   * Copies the list of decisions to work.
   *
   * @param statementId the statement's id
   * @param account the account
   * @param opening the opening booked balance
   * @param closing the closing booked balance
   * @param credits booked credits
   * @param debits booked debits
   * @param creditCount the number of booked credits
   * @param autoApplied applied automatically
   * @param suggested awaiting confirmation
   * @param unapplied left unapplied
   * @param onAccount put on account
   * @param suspense in suspense
   * @param toWork decisions people still work
   */
  public CashReconciliation {
    toWork = List.copyOf(toWork);
  }

  /**
   * Reconciles each statement with the decisions of a run over its payments (the run may hold the
   * payments of several statements; each statement takes the decisions of its own payments).
   *
   * @param statements the statements, as read
   * @param run a run over the statements' payments (see {@link StatementPostings#payment})
   * @return one reconciliation per statement, in order
   */
  public static List<CashReconciliation> of(List<Statement> statements, CashApplicationRun run) {
    Map<PaymentId, Decision> byPayment = new HashMap<>();
    run.decisions().forEach(d -> byPayment.putIfAbsent(d.payment().id(), d));
    List<CashReconciliation> result = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      result.add(of(statement, byPayment));
    }
    return result;
  }

  private static CashReconciliation of(Statement statement, Map<PaymentId, Decision> decisions) {
    MoneyTotals.Accumulator credits = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator debits = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator auto = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator suggested = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator unapplied = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator onAccount = new MoneyTotals.Accumulator();
    MoneyTotals.Accumulator suspense = new MoneyTotals.Accumulator();
    List<Decision> toWork = new ArrayList<>();
    int count = 0;
    for (Entry entry : statement.entries()) {
      for (Transaction tx : entry.transactions()) {
        if (tx.status() != EntryStatus.BOOKED) {
          continue;
        }
        if (tx.direction() == Direction.DEBIT || tx.reversal()) {
          debits.add(tx.amount());
          continue;
        }
        credits.add(tx.amount());
        count++;
        Optional<Payment> payment = StatementPostings.payment(statement, entry, tx);
        Decision decision = payment.map(p -> decisions.get(p.id())).orElse(null);
        if (decision == null) {
          // A credit the run did not decide (no value date, or left out by the host): nobody applied it.
          suspense.add(tx.amount());
          continue;
        }
        Proposal proposal = decision.proposal();
        switch (decision.kind()) {
          case AUTO -> auto.add(proposal.applied());
          case SUGGESTED -> suggested.add(proposal.applied());
          case UNAPPLIED -> { }
        }
        Money rest = proposal.unapplied();
        if (rest.isPositive()) {
          (decision.remainder() == CashBucket.SUSPENSE ? suspense
              : decision.remainder() == CashBucket.ON_ACCOUNT ? onAccount : unapplied).add(rest);
        }
        if (decision.kind() != DecisionKind.AUTO) {
          toWork.add(decision);
        }
      }
    }
    return new CashReconciliation(statement.statementId(), statement.account().id(),
        statement.balance(BalanceType.OPENING_BOOKED).map(Balance::amount),
        statement.lastBalance(BalanceType.CLOSING_BOOKED).map(Balance::amount), credits.total(), debits.total(), count,
        auto.total(), suggested.total(), unapplied.total(), onAccount.total(), suspense.total(), toWork);
  }

  /** {@return whether credits equal auto-applied + suggested + unapplied + on account + suspense, exactly} */
  public boolean balanced() {
    return credits.equals(autoApplied.plus(suggested).plus(unapplied).plus(onAccount).plus(suspense));
  }

  /**
   * The bank's balance proof: opening + credits − debits = closing, in the account currency.
   *
   * @return true or false; empty when the statement lacks an opening or closing balance
   */
  public Optional<Boolean> balanceProof() {
    if (opening.isEmpty() || closing.isEmpty()) {
      return Optional.empty();
    }
    var currency = opening.get().currency();
    Money computed = opening.get().plus(credits.get(currency)).minus(debits.get(currency));
    return Optional.of(computed.equals(closing.get()));
  }
}
