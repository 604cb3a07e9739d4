package dev.o2c.core.ledger;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Mutable bookkeeping of one payment, in minor units of its currency; the cash buckets live here only.
 *
 * <p>The payment is kept in its parts (the id as a {@link References} number, the value date as a
 * {@link Days} number, the amount in minor units) and, while it holds money, also as received. Once
 * it holds nothing unapplied, on account or in suspense ({@link #compact()}), a payment that carries
 * nothing but its bank reference (as its id), amount, value date and payer lets go of the value and
 * {@link #payment()} makes it again from the parts, equal to the one received. A payment with more
 * (receiving account, payer name or account, end-to-end id, remittance, an id of the host's own)
 * keeps the value as the host handed it in.
 */
final class PaymentRecord implements ClosedIndex.Closable {
  private static final int ON_ACCOUNT = 0;
  private static final int SUSPENSE = 1;
  private static final int REFUNDED = 2;
  private static final int RETURNED = 3;

  private final PaymentBook book;
  final int reference;
  /** The payment as received, while it holds money or when it carries more than the parts below; else null. */
  private Payment full;
  /** The registry's instance of the payer's id; null while the payer is unknown. */
  private CustomerId customer;
  private final CurrencyUnit currency;
  private final long amount;
  private final int valueDay;
  /** The day the payment came into the books; none of its lines is dated earlier. */
  private final int receivedDay;
  /** The day of the last operation on the payment; nothing may be dated before it. */
  private int lastDay;
  long applied;
  long unapplied;
  /** On account, suspense, refunded and returned, by the indexes below; null while all are zero. */
  private long[] rare;
  /** Where the payment is in its customer's {@link ClosedIndex}: set while it holds no unapplied or on-account money, -1 otherwise. */
  private int closedSlot = -1;
  /** The newest application of the payment's money, linked to the ones before; null if none. */
  ApplicationRecord lastApplication;

  /**
   * Files a received payment.
   *
   * @param book the payment book, whose tables hold the id and the dates
   * @param payment the payment as received
   * @param customer the registry's instance of the payer's id, or null if unknown
   * @param date the day it comes into the books
   */
  PaymentRecord(PaymentBook book, Payment payment, CustomerId customer, LocalDate date) {
    this.book = book;
    this.reference = book.references().add(payment.id());
    this.full = payment;
    this.customer = customer;
    this.currency = book.currency(payment.amount().currency());
    this.amount = payment.amount().minorUnits();
    this.valueDay = book.days().add(payment.valueDate());
    this.receivedDay = book.days().add(date);
    this.lastDay = receivedDay;
  }

  /** Lets go of the payment as received if the parts make it again. */
  void compact() {
    if (full != null && fromParts(full)) {
      full = null;
    }
  }

  /** Whether the payment is made again, equal, from its id, amount, value date and payer. */
  private static boolean fromParts(Payment payment) {
    return payment.receivingAccount().isEmpty() && payment.payerName().isEmpty()
        && payment.payerAccount().isEmpty() && payment.endToEndId().isEmpty()
        && payment.remittance().equals(Remittance.NONE)
        && payment.instructedAmount().isEmpty() && payment.charges().isEmpty()
        && payment.id().toString().equals(payment.bankReference().toString());
  }

  @Override
  public int closedSlot() {
    return closedSlot;
  }

  @Override
  public void closedSlot(int slot) {
    closedSlot = slot;
  }

  PaymentBook book() {
    return book;
  }

  PaymentId id() {
    return full != null ? full.id() : (PaymentId) book.references().get(reference);
  }

  Optional<CustomerId> customerId() {
    return Optional.ofNullable(customer);
  }

  /** Attributes the payment to its payer. */
  void identify(CustomerId payer) {
    customer = payer;
    if (full != null) {
      full = full.withCustomerId(payer);
    }
  }

  LocalDate valueDate() {
    return book.days().get(valueDay);
  }

  LocalDate received() {
    return book.days().get(receivedDay);
  }

  LocalDate lastDate() {
    return book.days().get(lastDay);
  }

  void lastDate(LocalDate date) {
    lastDay = book.days().add(date);
  }

  CurrencyUnit currency() {
    return currency;
  }

  long amount() {
    return amount;
  }

  Money money(long minor) {
    return Money.ofMinor(currency, minor);
  }

  /** {@return the payment, equal to the one received (with its payer once identified)} */
  Payment payment() {
    if (full != null) {
      return full;
    }
    PaymentId id = id();
    return Payment.builder()
        .bankReference(BankReference.of(id.toString()))
        .id(id)
        .amount(money(amount))
        .valueDate(valueDate())
        .customerId(customerId())
        .build();
  }

  private long rare(int bucket) {
    return rare == null ? 0 : rare[bucket];
  }

  private void addRare(int bucket, long minor) {
    if (rare == null) {
      if (minor == 0) {
        return;
      }
      rare = new long[RETURNED + 1];
    }
    rare[bucket] += minor;
  }

  long onAccount() {
    return rare(ON_ACCOUNT);
  }

  long suspense() {
    return rare(SUSPENSE);
  }

  long refunded() {
    return rare(REFUNDED);
  }

  void addRefunded(long minor) {
    addRare(REFUNDED, minor);
  }

  long returned() {
    return rare(RETURNED);
  }

  void addReturned(long minor) {
    addRare(RETURNED, minor);
  }

  boolean fullyReturned() {
    return returned() == amount;
  }

  long held() {
    return unapplied + onAccount() + suspense();
  }

  long in(CashBucket bucket) {
    switch (bucket) {
      case UNAPPLIED:
        return unapplied;
      case ON_ACCOUNT:
        return onAccount();
      default:
        return suspense();
    }
  }

  void add(CashBucket bucket, long minor) {
    switch (bucket) {
      case UNAPPLIED:
        unapplied += minor;
        break;
      case ON_ACCOUNT:
        addRare(ON_ACCOUNT, minor);
        break;
      default:
        addRare(SUSPENSE, minor);
        break;
    }
  }

  PaymentState state() {
    return new PaymentState(payment(), money(applied), money(unapplied), money(onAccount()), money(suspense()),
        money(refunded()), money(returned()));
  }
}
