package dev.o2c.core.ledger;

import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.TextId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers the ledger's sub-ledger references (document numbers, payment ids, deduction ids) 0, 1, 2,
 * ... in the order first seen, keeps each one's text packed in one byte array, and holds the record
 * filed under it (an item's or payment's bookkeeping). Items, payments and journal lines store the
 * number; the id value is made again when asked for.
 *
 * <p>A reference costs its text in UTF-8 plus about 20 bytes (start offset, holder, hash slots). An id
 * object held per item or payment, with its {@code String} and byte array, plus a {@code HashMap} entry
 * to find it, costs about 110 bytes for a ten-character id.
 */
final class References {
  private static final byte DOCUMENT = 0;
  private static final byte PAYMENT = 1;
  private static final byte DEDUCTION = 2;

  /** Each reference's key: a kind byte, then its text in UTF-8. */
  private byte[] keys = new byte[1024];
  /** Where key {@code n} starts; {@code starts[size]} is where the next one will. */
  private int[] starts = new int[65];
  private Object[] holders = new Object[64];
  /** Open-addressing slots holding number + 1 of the reference there, 0 for an empty slot. */
  private int[] slots = new int[128];
  private int size;

  /** {@return how many references are numbered} */
  int size() {
    return size;
  }

  /**
   * The number of a reference.
   *
   * @param id the reference
   * @return its number, or -1 if it was never added
   */
  int find(TextId id) {
    byte kind = kind(id);
    String text = id.toString();
    int mask = slots.length - 1;
    for (int i = hash(kind, text.hashCode()) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if (matches(slot - 1, kind, text)) {
        return slot - 1;
      }
    }
  }

  /**
   * Numbers a reference, or finds the number it already has.
   *
   * @param id the reference, not null
   * @return its number
   */
  int add(TextId id) {
    byte kind = kind(id);
    String text = id.toString();
    int mask = slots.length - 1;
    int i = hash(kind, text.hashCode()) & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      if (matches(slots[i] - 1, kind, text)) {
        return slots[i] - 1;
      }
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int start = starts[size];
    if (start + 1 + utf8.length > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(start + 1 + utf8.length, keys.length + (keys.length >> 1)));
    }
    keys[start] = kind;
    System.arraycopy(utf8, 0, keys, start + 1, utf8.length);
    if (size + 1 == starts.length) {
      starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
      holders = Arrays.copyOf(holders, starts.length - 1);
    }
    starts[size + 1] = start + 1 + utf8.length;
    slots[i] = ++size;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  /**
   * The reference with a number, made anew.
   *
   * @param number a number returned by {@link #add}
   * @return the id, of the type it was added as
   */
  TextId get(int number) {
    Objects.checkIndex(number, size);
    int start = starts[number];
    String text = new String(keys, start + 1, starts[number + 1] - start - 1, StandardCharsets.UTF_8);
    switch (keys[start]) {
      case DOCUMENT:
        return DocumentNumber.of(text);
      case PAYMENT:
        return PaymentId.of(text);
      default:
        return DeductionId.of(text);
    }
  }

  /** {@return the record filed under a reference number, or null} */
  Object holder(int number) {
    return holders[number];
  }

  /** Files a record under a reference number. */
  void hold(int number, Object holder) {
    holders[number] = holder;
  }

  /** {@return the record filed under a reference, or null if the reference is unknown or holds none} */
  Object holder(TextId id) {
    int number = find(id);
    return number < 0 ? null : holders[number];
  }

  private static byte kind(TextId id) {
    if (id instanceof DocumentNumber) {
      return DOCUMENT;
    } else if (id instanceof PaymentId) {
      return PAYMENT;
    } else if (id instanceof DeductionId) {
      return DEDUCTION;
    }
    throw new IllegalArgumentException("BUG: " + id.getClass().getSimpleName() + " " + id + " is no sub-ledger reference");
  }

  /** Whether reference {@code number} is of a kind and text; ASCII text is compared without encoding it. */
  private boolean matches(int number, byte kind, String text) {
    int start = starts[number];
    int end = starts[number + 1];
    if (keys[start] != kind) {
      return false;
    }
    int length = end - start - 1;
    if (length == text.length()) {
      int i = 0;
      while (i < length && text.charAt(i) < 0x80 && keys[start + 1 + i] == text.charAt(i)) {
        i++;
      }
      if (i == length) {
        return true;
      }
      if (text.charAt(i) < 0x80) {
        return false;
      }
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return Arrays.equals(keys, start + 1, end, utf8, 0, utf8.length);
  }

  /** The text's {@code String} hash, from its stored UTF-8 (decoded only where it is not ASCII). */
  private int textHash(int number) {
    int start = starts[number] + 1;
    int end = starts[number + 1];
    int h = 0;
    for (int i = start; i < end; i++) {
      if (keys[i] < 0) {
        return new String(keys, start, end - start, StandardCharsets.UTF_8).hashCode();
      }
      h = 31 * h + keys[i];
    }
    return h;
  }

  private void rehash(int capacity) {
    int[] fresh = new int[capacity];
    int mask = capacity - 1;
    for (int n = 0; n < size; n++) {
      int i = hash(keys[starts[n]], textHash(n)) & mask;
      while (fresh[i] != 0) {
        i = (i + 1) & mask;
      }
      fresh[i] = n + 1;
    }
    slots = fresh;
  }

  /**
   * A reference's hash from its kind and its text's {@code String} hash (which the id's text keeps,
   * so a look-up does not hash again), mixed so that ids differing only in their last characters
   * spread over the table.
   */
  private static int hash(byte kind, int textHash) {
    int h = (textHash + kind) * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
