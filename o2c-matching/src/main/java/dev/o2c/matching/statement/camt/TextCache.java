package dev.o2c.matching.statement.camt;

/**
 * The short strings of one reading, by their characters: a code read again (a currency, a bank
 * transaction code, a status, a credit/debit indicator) becomes the String made the last time
 * instead of a new one. A statement repeats its codes on every entry, so most of them then cost
 * neither a String nor its compaction.
 *
 * <p>A fixed table of recent texts, each in the slot its hash picks; a new text takes the slot over.
 * Texts longer than {@value #LONGEST} characters are not kept: measured on a generated camt.053 of
 * 40,000 payments, keeping texts up to 14 or 70 characters (references, BICs, IBANs, names) saved
 * little more allocation than up to 4 and cost about a tenth more reading CPU, since hashing and
 * comparing them is slower than the JDK's copy into a new String, and few of them repeat.
 * Not thread-safe; one instance serves one reading.
 */
final class TextCache {

  /** Codes: ISO 4217 currencies (3), camt's status, domain, family and sub-family codes (4). */
  static final int LONGEST = 4;

  private static final int SLOTS = 1 << 8;

  private final String[] slots = new String[SLOTS];

  /**
   * {@return the text {@code chars[from, to)} as a String, the one made before if it is in the table}
   */
  String of(char[] chars, int from, int to) {
    int length = to - from;
    if (length > LONGEST) {
      return new String(chars, from, length);
    }
    // String.hashCode() of the same characters, so a kept String's cached hash screens candidates.
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String kept = slots[slot];
    if (kept != null && kept.length() == length && kept.hashCode() == hash && same(kept, chars, from)) {
      return kept;
    }
    String made = new String(chars, from, length);
    slots[slot] = made;
    return made;
  }

  private static boolean same(String kept, char[] chars, int from) {
    for (int i = 0, n = kept.length(); i < n; i++) {
      if (kept.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }
}
