package dev.o2c.matching.cashapp;

import dev.o2c.core.id.CustomerId;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.Objects;
import java.util.Optional;

/**
 * How one customer writes the company's document numbers when it shortens them: after its own
 * marker word it writes only the end of the number and leaves out the stem. A customer that pays
 * {@code INV-2026-004711} with the text {@code "RG 4711"} has the pattern marker {@code RG}, stem
 * {@code 2026}: applied to {@code "RG 4712"} it gives the key {@code 20264712}, the
 * {@linkplain ReferenceKeys#key(CharSequence) key} of {@code INV-2026-004712}.
 *
 * <p>Patterns are learned from confirmed payments ({@link MatchMemory#learn}) and applied by
 * {@link ReferenceExtractor} to the payments of that customer only.
 *
 * @param customer the customer that writes this way
 * @param marker the word the customer writes before the number, upper case ASCII letters (e.g.
 *     {@code RG}, {@code RECHNUNG}); empty when it writes the bare number, then the pattern applies
 *     to every number in that customer's remittance
 * @param stem the beginning of the document key the customer leaves out (letters and digits of a
 *     key, e.g. {@code 2026}); never empty
 */
public record ReferencePattern(CustomerId customer, String marker, String stem) {

  /**
   * Checks the pattern.
   *
   * @param customer the customer that writes this way
   * @param marker the marker word, upper-case ASCII letters, at most 12; may be empty
   * @param stem the left-out beginning of the key, upper-case ASCII letters and digits, 1 to 40
   * @throws IllegalArgumentException if the marker or the stem is not of that form
   */
  public ReferencePattern {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(stem, "stem");
    if (marker.length() > ReferenceScanner.MAX_MARKER_LENGTH || !marker.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new IllegalArgumentException("Pattern marker '" + marker + "' of " + customer
          + " is not 0 to " + ReferenceScanner.MAX_MARKER_LENGTH + " upper-case letters A-Z");
    }
    if (stem.isEmpty() || stem.length() > ReferenceScanner.MAX_KEY_LENGTH
        || !stem.chars().allMatch(c -> ReferenceKeys.isKeyChar((char) c))) {
      throw new IllegalArgumentException("Pattern stem '" + stem + "' of " + customer
          + " is not 1 to " + ReferenceScanner.MAX_KEY_LENGTH + " characters A-Z, 0-9");
    }
  }

  /**
   * Applies the pattern to a number the customer wrote.
   *
   * @param writtenMarker the word before the number, upper case (empty if none)
   * @param tailKey the key of the number as written, e.g. {@code 4712}
   * @return the key of the document it stands for ({@code stem + tailKey}), or empty when the
   *     pattern's marker is not the written one
   */
  public Optional<String> apply(String writtenMarker, String tailKey) {
    if (!marker.isEmpty() && !marker.equals(writtenMarker)) {
      return Optional.empty();
    }
    return Optional.of(stem + tailKey);
  }
}
