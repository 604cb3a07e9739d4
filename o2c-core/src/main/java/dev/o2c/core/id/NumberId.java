package dev.o2c.core.id;

/**
 * The shared shape of ids the ledger numbers itself: a positive {@code long}, equal by type and
 * number, ordered by number.
 */
public abstract class NumberId implements Comparable<NumberId> {

  private final long value;

  NumberId(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " " + value + " is not positive");
    }
    this.value = value;
  }

  /** {@return the number} */
  public final long value() {
    return value;
  }

  /** {@return the number in decimal} */
  @Override
  public final String toString() {
    return Long.toString(value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((NumberId) o).value == value;
  }

  @Override
  public final int hashCode() {
    return Long.hashCode(value);
  }

  /** Orders ids by number; ids of different types by type name first. */
  @Override
  public final int compareTo(NumberId other) {
    if (other.getClass() != getClass()) {
      return getClass().getName().compareTo(other.getClass().getName());
    }
    return Long.compare(value, other.value);
  }
}
