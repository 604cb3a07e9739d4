package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * What a creditor may claim for one debt paid late, beside the debt itself.
 *
 * @param debt the debt the interest is on
 * @param accrual the interest's sub-periods and exact total
 * @param interest the interest, rounded once as the regime says
 * @param compensation the fixed sum for the late debt; zero if none
 */
public record LateInterestClaim(Money debt, InterestAccrual accrual, Money interest, Money compensation) {

  /**
   * Checks that nothing is null.
   *
   * @param debt the debt
   * @param accrual the accrual
   * @param interest the rounded interest
   * @param compensation the fixed sum
   */
  public LateInterestClaim {
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(accrual, "accrual");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(compensation, "compensation");
  }

  /** {@return the interest plus the fixed sum} */
  public Money total() {
    return interest.plus(compensation);
  }
}
