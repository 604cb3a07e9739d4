package dev.o2c.core.ledger;

import dev.o2c.core.domain.Application;

/** An application and whether it was reversed (by an unapply or a payment return). */
final class ApplicationRecord {
  final Application value;
  final PaymentRecord payment;
  final ItemRecord item;
  boolean reversed;

  ApplicationRecord(Application value, PaymentRecord payment, ItemRecord item) {
    this.value = value;
    this.payment = payment;
    this.item = item;
  }
}
