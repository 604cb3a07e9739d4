package dev.o2c.core.ledger;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.ApplicationId;
import java.util.Optional;

/**
 * An application in minor units of the item's currency, whether it was reversed (by an unapply or a
 * payment return), and the payment's application before it. The {@link Application} value is made
 * when asked for, so an application holds two longs and a few numbers and references, not a value
 * with three {@code Money}s and a {@code LocalDate}.
 */
final class ApplicationRecord {
  final long id;
  final PaymentRecord payment;
  final ItemRecord item;
  final long applied;
  /** The discount and the small difference, null when both are zero (as for most applications). */
  private final long[] adjustments;
  /** The application's day, a {@link Days} number. */
  private final int day;
  /** Why it was made, or null if not recorded. */
  final String reason;
  /** The payment's previous application, or null for its first. */
  final ApplicationRecord previousOfPayment;
  boolean reversed;

  ApplicationRecord(Application value, PaymentRecord payment, ItemRecord item) {
    this.id = value.id().value();
    this.payment = payment;
    this.item = item;
    this.applied = value.applied().minorUnits();
    long discount = value.discount().minorUnits();
    long smallDifference = value.smallDifference().minorUnits();
    this.adjustments = discount == 0 && smallDifference == 0 ? null : new long[] {discount, smallDifference};
    this.day = payment.book().days().add(value.date());
    this.reason = value.reason().orElse(null);
    this.previousOfPayment = payment.lastApplication;
  }

  long discount() {
    return adjustments == null ? 0 : adjustments[0];
  }

  long smallDifference() {
    return adjustments == null ? 0 : adjustments[1];
  }

  long cleared() {
    return applied + discount() + smallDifference();
  }

  Application value() {
    return Application.builder()
        .id(ApplicationId.of(id))
        .payment(payment.id())
        .documentNumber(item.documentNumber())
        .applied(item.money(applied))
        .discount(item.money(discount()))
        .smallDifference(item.money(smallDifference()))
        .date(payment.book().days().get(day))
        .reason(Optional.ofNullable(reason))
        .build();
  }
}
