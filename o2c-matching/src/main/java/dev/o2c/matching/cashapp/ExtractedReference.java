package dev.o2c.matching.cashapp;

import java.util.Objects;

/**
 * A reference as a payment carries it, with the key it is looked up by.
 *
 * @param text the reference as written, e.g. {@code "Inv. 2026-000123"} or {@code "RF18 5390 0754 7034"}
 * @param key the normalised form looked up against open items, as
 *     {@link dev.o2c.matching.cashapp.text.ReferenceKeys#key ReferenceKeys.key} makes it (upper case,
 *     prefix, separators and leading zeros dropped: {@code 2026123}); never empty
 * @param source where the reference was found
 * @param checkDigitsValid whether the reference passed a check-digit test (ISO 11649 RF and the like);
 *     false when it has none
 */
public record ExtractedReference(String text, String key, ReferenceSource source, boolean checkDigitsValid) {

  /**
   * Checks the reference.
   *
   * @param text the reference as written
   * @param key the normalised form, never empty
   * @param source where the reference was found
   * @param checkDigitsValid whether the reference passed a check-digit test
   * @throws IllegalArgumentException if the key is empty
   */
  public ExtractedReference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("Reference '" + text + "' has an empty key");
    }
  }
}
