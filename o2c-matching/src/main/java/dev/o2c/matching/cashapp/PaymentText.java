package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Payment;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a payment's remittance text says, each fact read from the text at most once while the payment
 * is decided: the matcher asks for a deduction's reason, a stated deduction or another currency for
 * every reading of the payer's items, and each answer is a scan of the text.
 *
 * <p>The facts are kept only within {@link #reading}, on the deciding thread, and only for the
 * payment being decided (by identity; payments are immutable); elsewhere each call reads the text
 * afresh. Nothing outlives the decision, so no thread keeps a payment.
 */
final class PaymentText {

  private static final ThreadLocal<PaymentText> DECIDING = new ThreadLocal<>();
  private static final long UNREAD = Long.MIN_VALUE;

  private final Payment payment;
  private String upper;
  private Optional<DeductionReason> reason;
  private Boolean foreignMentioned;
  private long statedDeduction = UNREAD;
  private long statedExtra = UNREAD;

  private PaymentText(Payment payment) {
    this.payment = payment;
  }

  /** Decides {@code payment} with its text's facts kept for the length of the decision. */
  static <T> T reading(Payment payment, Supplier<T> decision) {
    PaymentText outer = DECIDING.get();
    DECIDING.set(new PaymentText(payment));
    try {
      return decision.get();
    } finally {
      if (outer == null) {
        DECIDING.remove();
      } else {
        DECIDING.set(outer);
      }
    }
  }

  /** The facts of {@code payment}: those kept while it is decided, else a fresh reading. */
  static PaymentText of(Payment payment) {
    PaymentText deciding = DECIDING.get();
    return deciding != null && deciding.payment == payment ? deciding : new PaymentText(payment);
  }

  /** {@return the remittance's unstructured text in capitals (root locale)} */
  String upper() {
    if (upper == null) {
      upper = payment.remittance().text().toUpperCase(Locale.ROOT);
    }
    return upper;
  }

  /** {@return the reason the remittance gives for a deduction, as {@link DeductionReasons#of} reads it} */
  Optional<DeductionReason> deductionReason() {
    if (reason == null) {
      reason = DeductionReasons.of(payment.remittance());
    }
    return reason;
  }

  /** {@return whether the text names an amount in another currency, as {@link ForeignAmounts#mentioned} reads it} */
  boolean foreignMentioned() {
    if (foreignMentioned == null) {
      foreignMentioned = ForeignAmounts.mentioned(payment);
    }
    return foreignMentioned;
  }

  /** {@return the deduction the text states, in minor units of the payment's currency; -1 if none} */
  long statedDeduction() {
    if (statedDeduction == UNREAD) {
      statedDeduction = DeductionReasons.statedMinor(upper(), payment.amount().currency());
    }
    return statedDeduction;
  }

  /** {@return the deposit or advance the text says is paid on top, in minor units; -1 if none} */
  long statedExtra() {
    if (statedExtra == UNREAD) {
      statedExtra = AmountCandidates.statedExtraMinor(upper(), payment.amount().currency());
    }
    return statedExtra;
  }
}
