package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The late-payment position of one open item as of a day, after the partial payments received so
 * far were split across costs, interest and principal ({@link LateInterest#onItem}).
 *
 * @param asOf the day the position is computed to (interest accrues up to and including it)
 * @param accrual every sub-period of interest from the due date to {@code asOf}, split at rate
 *     changes and payments, each on the principal then outstanding
 * @param interest all interest charged up to {@code asOf}: what payments covered plus what is open
 * @param interestOpen interest charged and not yet paid, rounded once as the regime says
 * @param costs the costs charged: the fixed compensation (once the item is late) plus other fees
 * @param costsOpen costs not yet paid
 * @param principalOpen the part of the item's amount not yet paid
 * @param surplus payments beyond everything owed (to refund or hold on account)
 */
public record ItemInterest(LocalDate asOf, InterestAccrual accrual, Money interest, Money interestOpen, Money costs,
    Money costsOpen, Money principalOpen, Money surplus) {

  /**
   * Checks that nothing is null.
   *
   * @param asOf the day
   * @param accrual the sub-periods
   * @param interest the interest charged
   * @param interestOpen the interest open
   * @param costs the costs charged
   * @param costsOpen the costs open
   * @param principalOpen the principal open
   * @param surplus the overpayment
   */
  public ItemInterest {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(accrual, "accrual");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(interestOpen, "interestOpen");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(costsOpen, "costsOpen");
    Objects.requireNonNull(principalOpen, "principalOpen");
    Objects.requireNonNull(surplus, "surplus");
  }

  /** {@return what the debtor still owes on the item: principal, interest and costs open} */
  public Money totalOpen() {
    return Money.total(principalOpen, interestOpen, costsOpen);
  }
}
