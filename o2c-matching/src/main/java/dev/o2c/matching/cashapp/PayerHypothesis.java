package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import java.util.Objects;

/**
 * One candidate payer of a payment, with how sure the identification is and why.
 *
 * @param customer the customer believed to have paid
 * @param score how sure, in (0, 1]: 1 for a known bank account or a payer the payment already names
 * @param evidence what the identification rests on
 * @param reason a short human-readable explanation, e.g. {@code "name 'MUELLER GMBH' ~ 'Müller GmbH' (0.97)"}
 */
public record PayerHypothesis(CustomerId customer, double score, PayerEvidence evidence, String reason) {

  /**
   * Checks the hypothesis.
   *
   * @param customer the customer believed to have paid
   * @param score how sure, in (0, 1]
   * @param evidence what the identification rests on
   * @param reason a short human-readable explanation
   * @throws IllegalArgumentException if the score is outside (0, 1]
   */
  public PayerHypothesis {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("Payer score " + score + " for " + customer + " is outside (0, 1]");
    }
  }
}
