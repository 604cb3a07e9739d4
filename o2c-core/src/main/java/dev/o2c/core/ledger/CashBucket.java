package dev.o2c.core.ledger;

/** Where received money that is not applied to items sits. */
public enum CashBucket {
  /** Known payer, waiting for application. */
  UNAPPLIED(AccountRole.UNAPPLIED_CASH),
  /** Known payer, left on the account on purpose. */
  ON_ACCOUNT(AccountRole.ON_ACCOUNT),
  /** Payer not known yet. */
  SUSPENSE(AccountRole.SUSPENSE);

  private final AccountRole role;

  CashBucket(AccountRole role) {
    this.role = role;
  }

  /** {@return the account the bucket posts to} */
  public AccountRole accountRole() {
    return role;
  }
}
