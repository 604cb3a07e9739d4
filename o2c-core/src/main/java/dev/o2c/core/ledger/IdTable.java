package dev.o2c.core.ledger;

import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers distinct values 0, 1, 2, ... in the order first seen, so the journal can store an {@code int}
 * per line instead of a reference, and finds a value's number again. Open addressing with linear
 * probing over plain arrays: about 12 bytes a value besides the value itself, where a {@code HashMap}
 * with boxed numbers costs about 60.
 *
 * @param <T> the value type; its {@code equals} and {@code hashCode} decide what is distinct
 */
final class IdTable<T> {
  private Object[] values = new Object[16];
  /** Open-addressing slots holding number + 1 of the value there, 0 for an empty slot. */
  private int[] slots = new int[32];
  private int size;

  /** {@return how many distinct values are numbered} */
  int size() {
    return size;
  }

  /**
   * The number of a value.
   *
   * @param value the value
   * @return its number, or -1 if it was never added
   */
  int find(Object value) {
    int mask = slots.length - 1;
    for (int i = spread(value.hashCode()) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if (values[slot - 1].equals(value)) {
        return slot - 1;
      }
    }
  }

  /**
   * Numbers a value, or finds the number it already has.
   *
   * @param value the value, not null
   * @return its number
   */
  int add(T value) {
    Objects.requireNonNull(value, "value");
    int mask = slots.length - 1;
    int i = spread(value.hashCode()) & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      if (values[slots[i] - 1].equals(value)) {
        return slots[i] - 1;
      }
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size] = value;
    slots[i] = ++size;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  /**
   * The value with a number.
   *
   * @param number a number returned by {@link #add}
   * @return the value
   */
  @SuppressWarnings("unchecked")
  T get(int number) {
    Objects.checkIndex(number, size);
    return (T) values[number];
  }

  private void rehash(int capacity) {
    int[] fresh = new int[capacity];
    int mask = capacity - 1;
    for (int n = 0; n < size; n++) {
      int i = spread(values[n].hashCode()) & mask;
      while (fresh[i] != 0) {
        i = (i + 1) & mask;
      }
      fresh[i] = n + 1;
    }
    slots = fresh;
  }

  /** Mixes the hash so that ids differing only in their last characters spread over the table. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
