package dev.o2c.matching.cashapp;

import java.util.List;

/**
 * Resolves an {@link ExtractedReference} to the open items it may name: by document number exactly,
 * after normalisation (prefix, separators, leading zeros), by the customer's own reference (PO
 * number), or fuzzily (one typing error). A fuzzy hit is a hint: the engine counts it only when the
 * amount or the payer confirms it.
 *
 * <p>Implementations are immutable and thread-safe; they see the items they were built over, open or
 * not, and the engine checks what is still open.
 */
@FunctionalInterface
public interface DocumentLookup {

  /**
   * Finds the items a reference may name.
   *
   * @param reference an extracted reference
   * @return hits, best first (exact before normalised before customer reference before fuzzy); empty
   *     when nothing matches
   */
  List<ReferenceHit> resolve(ExtractedReference reference);
}
