package dev.o2c.matching.cashapp;

/**
 * Tells, before any probing, whether a key of an index can differ from a query by one character at a
 * given position: a Bloom filter over every key with one character left out, paired with the
 * position left out. A substitution at position {@code i} can hit a key only if the query without
 * its character {@code i} is such a pair, an insertion before position {@code j} only if the query
 * itself is one (with {@code j}). A "no" is certain; a "maybe" is wrong about
 * {@value #BITS_PER_ENTRY}-bits-per-entry Bloom odds (a few per cent), and then the caller probes as
 * it would without the filter.
 *
 * <p>Each pair sets two bits in one 64-bit word, so a question costs one memory access instead of the
 * alphabet's size in table probes. Memory: about {@value #BITS_PER_ENTRY} bits per key character.
 * Immutable once built.
 */
final class DeletionFilter {

  /** Bits per (key, position) pair: two of them set, so about 2.5 % of questions about absent pairs say "maybe". */
  static final int BITS_PER_ENTRY = 12;

  private final long[] words;
  private final int mask;

  private DeletionFilter(long[] words) {
    this.words = words;
    this.mask = words.length - 1;
  }

  /** Collects keys; the number of characters of all keys must be known first, to size the filter. */
  static final class Builder {
    private final long[] words;

    /**
     * @param characters the total length of the keys to be added
     */
    Builder(long characters) {
      long bits = Math.max(64, characters * BITS_PER_ENTRY);
      int wordCount = (int) Math.min(1 << 30, Long.highestOneBit(bits / 64 * 2 - 1));
      this.words = new long[Math.max(1, wordCount)];
    }

    /** Adds a key: every position of it, the key without the character there. */
    void add(CharSequence key) {
      int n = key.length();
      int mask = words.length - 1;
      // The hash of the characters before the one left out is the running hash of the key so far:
      // only the characters after it are hashed again (half the work of hashing each variant whole).
      long prefix = 0xcbf29ce484222325L;
      for (int without = 0; without < n; without++) {
        long h = prefix;
        for (int i = without + 1; i < n; i++) {
          h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        long e = entry(h, without);
        words[(int) e & mask] |= bits(e);
        prefix = (prefix ^ key.charAt(without)) * 0x100000001b3L;
      }
    }

    DeletionFilter build() {
      return new DeletionFilter(words);
    }
  }

  /**
   * Whether some key is the query with its character at {@code position} replaced by another.
   *
   * @param query the query's characters
   * @param length how many of them
   * @param position the position of the substitution
   * @return false when certainly no key is
   */
  boolean maySubstitute(char[] query, int length, int position) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      if (i != position) {
        h = (h ^ query[i]) * 0x100000001b3L;
      }
    }
    return mayContain(entry(h, position));
  }

  /**
   * The state to pass to {@link #mayInsert}: the query's hash, computed once for all positions.
   *
   * @param query the query's characters
   * @param length how many of them
   * @return the hash state
   */
  static long insertionState(char[] query, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      h = (h ^ query[i]) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * Whether some key is the query with one character inserted before {@code position}.
   *
   * @param state {@link #insertionState} of the query
   * @param position where the character goes, 0 to the query's length
   * @return false when certainly no key is
   */
  boolean mayInsert(long state, int position) {
    return mayContain(entry(state, position));
  }

  private boolean mayContain(long e) {
    long b = bits(e);
    return (words[(int) e & mask] & b) == b;
  }

  /** The FNV-1a state of the characters left, mixed with the position left out (MurmurHash3 finaliser). */
  private static long entry(long h, int position) {
    h += (position + 1) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Two bits of a word, chosen by high bits of the entry (the low bits chose the word). */
  private static long bits(long e) {
    return (1L << (e >>> 52)) | (1L << (e >>> 58));
  }
}
