package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Direction;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The amount a payer says settles each document, read from structured remittance blocks that name
 * exactly one document (camt {@code Strd} with {@code RfrdDocAmt}, a remittance advice's lines): the
 * amount remitted plus the discount taken and the adjustments (deductions), or a credit note's
 * amount, negative like the credit memo it names. Blocks naming several documents, or amounts in
 * another currency than the payment's, say nothing about one document and are skipped.
 */
final class StatedAmounts {

  private StatedAmounts() {}

  /**
   * The stated settlement of each document, by the compact key of its number as written.
   *
   * @param payment the payment
   * @return key to minor units in the payment's currency; empty for most payments (no such blocks)
   */
  static Map<String, Long> of(Payment payment) {
    Map<String, Long> stated = Map.of();
    CurrencyUnit currency = payment.amount().currency();
    for (StructuredReference block : payment.remittance().structured()) {
      if (block.referredDocuments().size() != 1) {
        continue;
      }
      ReferredDocument document = block.referredDocuments().get(0);
      Optional<Long> settles = settles(block, currency);
      if (document.number().isEmpty() || settles.isEmpty()) {
        continue;
      }
      String key = ReferenceKeys.compactKey(document.number().get());
      if (key.isEmpty()) {
        continue;
      }
      if (stated.isEmpty()) {
        stated = new HashMap<>();
      }
      // A number stated twice with different amounts states neither.
      stated.merge(key, settles.get(), (a, b) -> a.equals(b) ? a : Long.MIN_VALUE);
    }
    stated.values().removeIf(v -> v == Long.MIN_VALUE);
    return stated;
  }

  private static Optional<Long> settles(StructuredReference block, CurrencyUnit currency) {
    if (block.creditNoteAmount().isPresent() && block.remittedAmount().isEmpty()) {
      Money credit = block.creditNoteAmount().get();
      return credit.currency().equals(currency) ? Optional.of(-credit.minorUnits()) : Optional.empty();
    }
    if (block.remittedAmount().isEmpty() || !block.remittedAmount().get().currency().equals(currency)) {
      return Optional.empty();
    }
    long total = block.remittedAmount().get().minorUnits();
    for (RemittanceAdjustment a : block.discounts()) {
      if (!a.amount().currency().equals(currency)) {
        return Optional.empty();
      }
      total += a.amount().minorUnits();
    }
    for (RemittanceAdjustment a : block.adjustments()) {
      if (!a.amount().currency().equals(currency)) {
        return Optional.empty();
      }
      // An adjustment marked as an increase (CRDT) was added to the amount remitted; any other was taken off it.
      boolean added = a.direction().map(d -> d == Direction.CREDIT).orElse(false);
      total += added ? -a.amount().minorUnits() : a.amount().minorUnits();
    }
    return Optional.of(total);
  }
}
