package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.id.PaymentId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link RemittanceAdvices#joinTo(List)}: the payments, in their order, those with an
 * advice carrying its remittance as well; which advice each joined payment got; and the advices
 * that joined no payment, with the reason. This instance is immutable.
 */
public final class AdviceJoin {

  private final List<Payment> payments;
  private final Map<PaymentId, RemittanceAdvice> adviceOf;
  private final int joinedCount;
  private final List<Unjoined> unjoined;

  AdviceJoin(List<Payment> payments, Map<PaymentId, RemittanceAdvice> adviceOf, int joinedCount, List<Unjoined> unjoined) {
    this.payments = List.copyOf(payments);
    this.adviceOf = Map.copyOf(adviceOf);
    this.joinedCount = joinedCount;
    this.unjoined = List.copyOf(unjoined);
  }

  /** {@return the payments in the order given, each joined one with the advice's remittance added} */
  public List<Payment> payments() {
    return payments;
  }

  /**
   * The advice joined to a payment. Where several payments carry one id (a corrupt statement), the
   * first one's; {@link #payments()} holds each one's.
   *
   * @param payment the payment's id
   * @return the advice, empty if none joined it
   */
  public Optional<RemittanceAdvice> adviceOf(PaymentId payment) {
    return Optional.ofNullable(adviceOf.get(Objects.requireNonNull(payment, "payment")));
  }

  /** {@return how many advices joined a payment} */
  public int joinedCount() {
    return joinedCount;
  }

  /** {@return the advices that joined no payment, in the order they were given, with the reason} */
  public List<Unjoined> unjoined() {
    return unjoined;
  }

  @Override
  public String toString() {
    return "AdviceJoin[" + payments.size() + " payments, " + joinedCount + " advices joined, " + unjoined.size()
        + " not]";
  }

  /**
   * An advice that joined no payment.
   *
   * @param advice the advice
   * @param reason why, in words: no payment fits its keys, several do, or several advices name the
   *     same payment
   */
  public record Unjoined(RemittanceAdvice advice, String reason) {

    /**
     * Checks the values.
     *
     * @param advice the advice
     * @param reason why it joined no payment
     */
    public Unjoined {
      Objects.requireNonNull(advice, "advice");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
