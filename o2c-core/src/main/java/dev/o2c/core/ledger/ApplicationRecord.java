package dev.o2c.core.ledger;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.ApplicationId;
import java.util.Optional;

/**
 * An application in minor units of the item's currency, whether it was reversed (by an unapply or a
 * payment return), and the payment's application before it. The {@link Application} value is made
 * when asked for, so a cleared application holds a few longs, not a value with three {@code Money}s.
 */
final class ApplicationRecord {
  final long id;
  final PaymentRecord payment;
  final ItemRecord item;
  final long applied;
  final long discount;
  final long smallDifference;
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
    this.discount = value.discount().minorUnits();
    this.smallDifference = value.smallDifference().minorUnits();
    this.day = payment.book().days().add(value.date());
    this.reason = value.reason().orElse(null);
    this.previousOfPayment = payment.lastApplication;
  }

  long cleared() {
    return applied + discount + smallDifference;
  }

  Application value() {
    return Application.builder()
        .id(ApplicationId.of(id))
        .payment(payment.id())
        .documentNumber(item.documentNumber())
        .applied(item.money(applied))
        .discount(item.money(discount))
        .smallDifference(item.money(smallDifference))
        .date(payment.book().days().get(day))
        .reason(Optional.ofNullable(reason))
        .build();
  }
}
