package dev.o2c.aging.collections;

import java.util.Objects;

/**
 * The id of a dispute case, e.g. {@code DSP-7}; a case from a ledger deduction takes the deduction's
 * id. Ids compare by their text. This instance is immutable.
 */
public final class DisputeId implements Comparable<DisputeId> {

  /** The longest id accepted, as for the core ids. */
  public static final int MAX_LENGTH = 140;

  private final String value;

  private DisputeId(String value) {
    this.value = value;
  }

  /**
   * A dispute id.
   *
   * @param value the id, not blank, at most {@value #MAX_LENGTH} characters, without surrounding spaces
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding spaces
   */
  public static DisputeId of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > MAX_LENGTH || !value.strip().equals(value)) {
      throw new IllegalArgumentException("Invalid dispute id '" + value + "': must be 1 to " + MAX_LENGTH
          + " characters without surrounding spaces");
    }
    return new DisputeId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisputeId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(DisputeId other) {
    return value.compareTo(other.value);
  }
}
