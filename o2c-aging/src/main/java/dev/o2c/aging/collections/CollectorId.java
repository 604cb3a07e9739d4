package dev.o2c.aging.collections;

import java.util.Objects;

/**
 * The id of a collector (a person or a team queue) who works customer accounts, as the host names
 * them (e.g. {@code anna.berg} or {@code TEAM-DACH}).
 *
 * <p>Not blank, no leading or trailing white space, no control characters; equal by text, ordered by
 * text. {@link #toString()} gives the text back. This instance is immutable.
 */
public final class CollectorId implements Comparable<CollectorId> {

  private final String value;

  private CollectorId(String value) {
    this.value = value;
  }

  /**
   * A collector id.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, has surrounding white space or a control character
   */
  public static CollectorId of(String value) {
    Objects.requireNonNull(value, "collector id");
    if (value.isBlank()) {
      throw new IllegalArgumentException("collector id is blank");
    }
    if (value.strip().length() != value.length()) {
      throw new IllegalArgumentException("collector id has leading or trailing white space: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException("collector id contains a control character at " + i + ": " + value);
      }
    }
    return new CollectorId(value);
  }

  /** {@return the id's text, exactly as given to {@code of}} */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CollectorId && ((CollectorId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Orders ids by their text, as {@link String#compareTo}. */
  @Override
  public int compareTo(CollectorId other) {
    return value.compareTo(other.value);
  }
}
