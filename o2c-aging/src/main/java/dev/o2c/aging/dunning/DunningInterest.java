package dev.o2c.aging.dunning;

import dev.o2c.aging.interest.LateInterest;
import dev.o2c.aging.interest.PartialPayment;
import dev.o2c.aging.interest.PaymentHistory;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The late-payment interest a reminder claims on one item: "interest due on this item as of a day".
 * A hook for the host's interest calculator (statutory or contractual); dunning adds what it returns
 * to the item's line and never computes interest itself.
 *
 * <pre>{@code
 * DunningInterest interest = (item, dunned, asOf) -> calculator.interestOn(dunned, item.dueDate(), asOf);
 * DunningPolicy policy = LevelDunningPolicy.builder().levels(...).interest(interest).build();
 * }</pre>
 */
@FunctionalInterface
public interface DunningInterest {

  /** No interest on any item: what a policy charges unless told otherwise. */
  DunningInterest NONE = (item, dunnedAmount, asOf) -> Money.zero(dunnedAmount.currency());

  /**
   * The interest due on an item as of a day.
   *
   * @param item the item, with its open amount as of {@code asOf}
   * @param dunnedAmount the part of the open amount being dunned (the undisputed part), positive, in the
   *     item's currency
   * @param asOf the day of the dunning run
   * @return the interest in the item's currency, zero or positive
   */
  Money interest(OpenItem item, Money dunnedAmount, LocalDate asOf);

  /**
   * Late-payment interest under statutory or contractual rules: the interest still open on the item
   * as of the run's day, computed on its original amount from its due date with the payments it
   * received (each stops interest on its part the day it arrived; a payment covers costs and interest
   * before principal as the calculator's allocation says). A disputed part bears no interest. The regime's fixed compensation is costs,
   * not interest, and is left to the policy's fees. A credit memo bears no interest.
   *
   * <pre>{@code
   * DunningInterest interest = DunningInterest.late(LateInterest.of(LatePaymentRegime.germanyB2b(baseRates)),
   *     PaymentHistory.ofLedger(ledger));
   * }</pre>
   *
   * @param late the calculator with its regime
   * @param payments per item, the payments it received ({@link PaymentHistory});
   *     an item without an entry is taken as never paid before its open amount
   * @return the hook
   */
  static DunningInterest late(LateInterest late, Map<DocumentNumber, List<PartialPayment>> payments) {
    Objects.requireNonNull(late, "late");
    Objects.requireNonNull(payments, "payments");
    return (item, dunnedAmount, asOf) -> {
      if (!item.originalAmount().isPositive()) {
        return Money.zero(dunnedAmount.currency());
      }
      List<PartialPayment> paid = payments.get(item.documentNumber());
      // A disputed part bears no interest while it is disputed; without its history an item is taken
      // as owing its (undisputed) open amount since its due date.
      Money disputed = item.openAmount().minus(dunnedAmount);
      Money amount = paid == null ? dunnedAmount : item.originalAmount().minus(disputed);
      return late.onItem(amount, item.dueDate(), paid == null ? List.of() : paid, asOf).interestOpen();
    };
  }
}
