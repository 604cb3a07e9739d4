package dev.o2c.aging.ecl;

/** The two accounts of an allowance adjustment ({@link AllowanceAdjustment}). */
public enum AllowanceAccount {

  /** The income-statement account: bad-debt (credit-loss) expense. */
  CREDIT_LOSS_EXPENSE,

  /** The balance-sheet contra-asset account: allowance for doubtful accounts (loss allowance). */
  ALLOWANCE
}
