package dev.o2c.aging.ecl;

import dev.o2c.core.ledger.Side;
import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * The adjusting entry for the allowance for credit losses: from the account's unadjusted balance
 * to the allowance required. The bad-debt expense to book is {@code required − existing}, with the
 * balance signed as a credit balance (positive) or a debit balance (negative):
 * <ul>
 *   <li>required 5,000, existing credit 1,200: expense 3,800 (debit expense, credit allowance);
 *   <li>required 5,000, existing debit 300 ({@code -300}): expense 5,300;
 *   <li>required 5,000, existing credit 6,000: expense −1,000, i.e. a release (debit allowance,
 *       credit expense).
 * </ul>
 * This instance is immutable.
 *
 * @param required the allowance required (the {@link Allowance#total()})
 * @param existing the allowance account's unadjusted balance, positive = credit balance
 */
public record AllowanceAdjustment(Money required, Money existing) {

  /**
   * Checks the amounts.
   *
   * @param required the allowance required
   * @param existing the unadjusted balance, positive = credit balance
   * @throws dev.o2c.core.money.CurrencyMismatchException if the currencies differ
   */
  public AllowanceAdjustment {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(existing, "existing");
    required.minus(existing);
  }

  /** {@return the bad-debt expense to book: {@code required − existing}; negative for a release} */
  public Money expense() {
    return required.minus(existing);
  }

  /** {@return the amount of the entry: the expense without its sign} */
  public Money amount() {
    return expense().abs();
  }

  /**
   * The side the expense account takes: {@link Side#DEBIT} when the allowance grows (expense),
   * {@link Side#CREDIT} when it is released; the allowance account takes the other side.
   *
   * @return the expense account's side; {@link Side#DEBIT} also for a zero adjustment
   */
  public Side expenseSide() {
    return expense().isNegative() ? Side.CREDIT : Side.DEBIT;
  }

  /**
   * The account debited.
   *
   * @return the expense account for an increase, the allowance for a release
   */
  public AllowanceAccount debitAccount() {
    return expenseSide() == Side.DEBIT ? AllowanceAccount.CREDIT_LOSS_EXPENSE : AllowanceAccount.ALLOWANCE;
  }

  /**
   * The account credited.
   *
   * @return the allowance for an increase, the expense account for a release
   */
  public AllowanceAccount creditAccount() {
    return expenseSide() == Side.DEBIT ? AllowanceAccount.ALLOWANCE : AllowanceAccount.CREDIT_LOSS_EXPENSE;
  }

  /** {@return the allowance account's balance after the entry: the required allowance, as a credit balance} */
  public Money adjustedBalance() {
    return existing.plus(expense());
  }
}
