package dev.o2c.matching.cashapp;

import dev.o2c.core.id.DocumentNumber;
import java.util.Objects;

/**
 * An open item a reference may name, and how closely.
 *
 * @param item the item's document number
 * @param kind how the reference matched
 * @param edits the typing errors corrected: 0 unless {@code kind} is {@link HitKind#FUZZY}, then 1 or 2
 * @param reference the reference that matched
 */
public record ReferenceHit(DocumentNumber item, HitKind kind, int edits, ExtractedReference reference) {

  /** How a reference matched an item, strongest first. */
  public enum HitKind {
    /** The document number exactly as written (ignoring case). */
    EXACT,
    /** The document number after normalisation: prefix dropped, separators and leading zeros removed. */
    NORMALIZED,
    /** The customer's own reference of the item (its PO number). */
    CUSTOMER_REFERENCE,
    /**
     * The document number once letters among its digits are read as the digits they look like
     * ({@code INV-2O2G-019683} for {@code INV-2026-019683}); like a typing error, it counts only
     * when the amount or the payer confirms it.
     */
    LOOKALIKE,
    /** The document number with one typing error: substitution, adjacent transposition, insertion or deletion. */
    FUZZY;

    /** {@return whether a hit of this kind counts only when the amount or the payer confirms it} */
    public boolean needsConfirmation() {
      return this == LOOKALIKE || this == FUZZY;
    }
  }

  /**
   * Checks the hit.
   *
   * @param item the item's document number
   * @param kind how the reference matched
   * @param edits the typing errors corrected
   * @param reference the reference that matched
   * @throws IllegalArgumentException if {@code edits} does not fit {@code kind}
   */
  public ReferenceHit {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    if ((kind == HitKind.FUZZY) != (edits > 0) || edits < 0 || edits > 2) {
      throw new IllegalArgumentException("Hit on " + item + " of kind " + kind + " with " + edits + " edits");
    }
  }
}
