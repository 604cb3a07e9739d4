package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import java.util.List;

/**
 * The second stage of cash application: the references a payment carries, from its structured
 * remittance (referred document numbers, creditor references) and its free text. Extraction knows
 * nothing of the open items; {@link DocumentLookup} resolves the references against them.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ReferenceExtraction {

  /**
   * Extracts the references of a payment.
   *
   * @param payment the incoming payment
   * @return the references found, in the order the payer wrote them, without duplicates of the same key;
   *     empty when the payment carries none
   */
  List<ExtractedReference> extract(Payment payment);
}
