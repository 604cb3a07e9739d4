package dev.o2c.core.id;

import java.util.Objects;

/**
 * The shared shape of o2c's text identifiers: a non-blank string of at most {@value #MAX_LENGTH}
 * characters without leading or trailing white space, equal by type and text, ordered by text.
 *
 * <p>Each concept has its own subtype ({@link CustomerId}, {@link DocumentNumber}, ...), so a
 * customer id can never be passed where a document number is expected.
 */
public abstract class TextId implements Comparable<TextId> {

  /** The longest id accepted, in characters; long enough for an IBAN plus a 35-character bank reference. */
  public static final int MAX_LENGTH = 140;

  private final String value;

  TextId(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters: " + value);
    }
    if (value.strip().length() != value.length()) {
      throw new IllegalArgumentException(what + " has leading or trailing white space: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " contains a control character at " + i + ": " + value);
      }
    }
    this.value = value;
  }

  /** {@return the id's text, exactly as given to {@code of}} */
  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o == this || o != null && o.getClass() == getClass() && ((TextId) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Orders ids by their text (by UTF-16 code unit, as {@link String#compareTo}); ids of different
   * types are ordered by type name first.
   */
  @Override
  public final int compareTo(TextId other) {
    if (other.getClass() != getClass()) {
      return getClass().getName().compareTo(other.getClass().getName());
    }
    return value.compareTo(other.value);
  }
}
