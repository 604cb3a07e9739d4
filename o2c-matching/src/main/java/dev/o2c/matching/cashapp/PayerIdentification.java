package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import java.util.List;

/**
 * The first stage of cash application: who sent this payment? Returns hypotheses, best first, each
 * with a score and the evidence behind it. A payer is a hypothesis, never a filter: the engine still
 * follows references that point at another customer's items.
 *
 * <p>Implementations are immutable and thread-safe; the engine calls them from several threads.
 */
@FunctionalInterface
public interface PayerIdentification {

  /**
   * Identifies the customers that may have sent a payment.
   *
   * @param payment the incoming payment, with its payer name and account where the bank gave them
   * @return candidate payers, best first, scores in (0, 1]; empty when nothing points at a customer
   */
  List<PayerHypothesis> identify(Payment payment);
}
