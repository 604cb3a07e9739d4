package dev.o2c.matching.cashapp;

import java.util.Arrays;

/**
 * A multimap from key to item index, held as two primitive arrays: each key is filed under its
 * 64-bit hash in an open-addressing table (linear probing), one slot per (key, item) pair. About
 * 24 bytes per pair at the load factor used, against some 100 for a {@code HashMap<String, ...>}
 * holding the key strings. Hash collisions are possible, so callers verify each candidate against
 * the item's own key. Immutable once built.
 */
final class KeyTable {

  private static final long EMPTY = 0L;

  private final long[] hashes;
  private final int[] items;
  private final int mask;

  private KeyTable(long[] hashes, int[] items) {
    this.hashes = hashes;
    this.items = items;
    this.mask = hashes.length - 1;
  }

  /** Collects (key, item) pairs, then builds the table. */
  static final class Builder {
    private long[] keyHashes = new long[16];
    private int[] keyItems = new int[16];
    private int size;

    void add(CharSequence key, int item) {
      if (size == keyHashes.length) {
        keyHashes = Arrays.copyOf(keyHashes, size * 2);
        keyItems = Arrays.copyOf(keyItems, size * 2);
      }
      keyHashes[size] = hash(key);
      keyItems[size] = item;
      size++;
    }

    KeyTable build() {
      int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
      long[] hashes = new long[capacity];
      int[] items = new int[capacity];
      int mask = capacity - 1;
      for (int i = 0; i < size; i++) {
        long h = keyHashes[i];
        int slot = (int) h & mask;
        while (hashes[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        items[slot] = keyItems[i];
      }
      keyHashes = null;
      keyItems = null;
      return new KeyTable(hashes, items);
    }
  }

  /** Visits the items filed under a hash. */
  interface ItemVisitor {
    void visit(int item);
  }

  /**
   * Visits every item filed under the hash of a key (and, rarely, under a colliding key).
   *
   * @param hash the key's {@link #hash}
   * @param visitor called once per filing
   */
  void find(long hash, ItemVisitor visitor) {
    int slot = (int) hash & mask;
    long h;
    while ((h = hashes[slot]) != EMPTY) {
      if (h == hash) {
        visitor.visit(items[slot]);
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Visits two items filed under one hash. */
  interface PairVisitor {
    void visit(int first, int second);
  }

  /**
   * Visits every pair of filings under the same hash (the same key, or rarely a collision), each pair
   * once, the earlier filed first.
   *
   * @param visitor called per pair
   */
  void forEachPairUnderOneHash(PairVisitor visitor) {
    for (int slot = 0; slot < hashes.length; slot++) {
      long h = hashes[slot];
      if (h == EMPTY) {
        continue;
      }
      for (int next = (slot + 1) & mask; hashes[next] != EMPTY; next = (next + 1) & mask) {
        if (hashes[next] == h) {
          visitor.visit(items[slot], items[next]);
        }
      }
    }
  }

  /** FNV-1a over the characters, then the MurmurHash3 finaliser; never {@link #EMPTY}. */
  static long hash(CharSequence key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return finish(h);
  }

  /** {@link #hash} of {@code length} characters of an array. */
  static long hash(char[] key, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      h = (h ^ key[i]) * 0x100000001b3L;
    }
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }
}
