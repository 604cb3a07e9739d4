package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** Mutable bookkeeping of one payment, in minor units of its currency; the cash buckets live here only. */
final class PaymentRecord implements ClosedIndex.Closable {
  Payment payment;
  long applied;
  long unapplied;
  long onAccount;
  long suspense;
  long refunded;
  long returned;
  /** The date of the last operation on the payment; nothing may be dated before it. */
  LocalDate lastDate;
  /** The day the payment came into the books; none of its lines is dated earlier. */
  final LocalDate received;
  /** Where the payment is in its customer's {@link ClosedIndex}: set while it holds no unapplied or on-account money, -1 otherwise. */
  private int closedSlot = -1;
  /** The newest application of the payment's money, linked to the ones before; null if none. */
  ApplicationRecord lastApplication;

  PaymentRecord(Payment payment, LocalDate date) {
    this.payment = payment;
    this.lastDate = date;
    this.received = date;
  }

  @Override
  public int closedSlot() {
    return closedSlot;
  }

  @Override
  public void closedSlot(int slot) {
    closedSlot = slot;
  }

  CurrencyUnit currency() {
    return payment.amount().currency();
  }

  Money money(long minor) {
    return Money.ofMinor(currency(), minor);
  }

  boolean fullyReturned() {
    return returned == payment.amount().minorUnits();
  }

  long held() {
    return unapplied + onAccount + suspense;
  }

  long in(CashBucket bucket) {
    switch (bucket) {
      case UNAPPLIED:
        return unapplied;
      case ON_ACCOUNT:
        return onAccount;
      default:
        return suspense;
    }
  }

  void add(CashBucket bucket, long minor) {
    switch (bucket) {
      case UNAPPLIED:
        unapplied += minor;
        break;
      case ON_ACCOUNT:
        onAccount += minor;
        break;
      default:
        suspense += minor;
        break;
    }
  }

  PaymentState state() {
    return new PaymentState(payment, money(applied), money(unapplied), money(onAccount), money(suspense),
        money(refunded), money(returned));
  }
}
