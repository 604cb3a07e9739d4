package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.matching.cashapp.ReferenceHit.HitKind;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link DocumentLookup}: an index of items by document number and by customer
 * reference (PO number), built once over a book of items and then read by any number of threads.
 *
 * <pre>{@code
 * DocumentIndex index = DocumentIndex.of(items);   // INV-2026-000123 among them
 * index.resolve(new ExtractedReference("INV-2026-000123", "2026123", FREE_TEXT, false)); // EXACT
 * index.resolve(new ExtractedReference("2026/123", "2026123", FREE_TEXT, false));        // NORMALIZED
 * index.resolve(new ExtractedReference("INV-2026-000132", "2026132", FREE_TEXT, false)); // FUZZY, 1 edit
 * }</pre>
 *
 * <p>Each document is filed under its {@linkplain ReferenceKeys#key key} and its
 * {@linkplain ReferenceKeys#compactKey compact key}, each PO number likewise. A reference is looked
 * up by its key (and, when the key is its text's own, by its text's compact key): a document whose
 * number equals the text ignoring case is an {@link HitKind#EXACT EXACT} hit, one whose key equals
 * it {@link HitKind#NORMALIZED NORMALIZED}, an item whose PO number's key equals it
 * {@link HitKind#CUSTOMER_REFERENCE CUSTOMER_REFERENCE}. Only when none of these hits, and the key
 * has at least {@value #FUZZY_MIN_KEY_LENGTH} characters, are documents one typing error away
 * sought (from the key, the compact key and the {@linkplain ReferenceKeys#typedDigits typed
 * digits}, since a zero after a mistyped first digit or an OCR letter drops out of a key): every key
 * one substitution, adjacent transposition, insertion or deletion away from the query (letters and
 * digits as the index's keys use them, so OCR confusions such as {@code O} for {@code 0} or
 * {@code l} for {@code 1} are substitutions) is probed in the same table. Most such probes cannot
 * hit and are skipped: a query with two characters no key has is no key's one edit, and a
 * {@link DeletionFilter} of every key with one character left out tells at which positions a
 * substitution or an insertion may meet a key at all; a query near no key then costs about four
 * memory accesses per character instead of two per character and alphabet letter. Several items
 * under one key are all returned, in the order the probes find them.
 *
 * <p>Memory is two primitive arrays per table (about 24 bytes per key at most), the deletion filter
 * ({@value DeletionFilter#BITS_PER_ENTRY} to 24 bits per character of the document keys, about 30
 * bytes per document) plus a reference to each item's document number and PO string. This instance is
 * immutable and thread-safe.
 */
public final class DocumentIndex implements DocumentLookup {

  /** The shortest key looked up fuzzily; a shorter key one edit away from something means little. */
  public static final int FUZZY_MIN_KEY_LENGTH = 5;

  private final DocumentNumber[] numbers;
  private final String[] customerReferences;
  private final KeyTable documents;
  private final KeyTable purchaseOrders;
  private final char[] alphabet;
  /** The characters of {@link #alphabet}, by character. */
  private final boolean[] inAlphabet;
  private final DeletionFilter oneEditAway;
  /** False for the oracle of the tests, which probes every variant. */
  private final boolean skipImpossibleProbes;
  /** Bit n set when some document key or compact key has n characters (n below 64). */
  private final long keyLengths;

  private DocumentIndex(DocumentNumber[] numbers, long keyLengths, String[] customerReferences, KeyTable documents,
      KeyTable purchaseOrders, char[] alphabet, DeletionFilter oneEditAway, boolean skipImpossibleProbes) {
    this.numbers = numbers;
    this.keyLengths = keyLengths;
    this.customerReferences = customerReferences;
    this.documents = documents;
    this.purchaseOrders = purchaseOrders;
    this.alphabet = alphabet;
    this.inAlphabet = new boolean[128];
    for (char c : alphabet) {
      inAlphabet[c] = true;
    }
    this.oneEditAway = oneEditAway;
    this.skipImpossibleProbes = skipImpossibleProbes;
  }

  /**
   * Indexes items by document number and customer reference.
   *
   * @param items the items, open or cleared
   * @return the index
   * @throws NullPointerException if an item is null
   * @throws IllegalArgumentException if two items have the same document number
   */
  public static DocumentIndex of(Collection<OpenItem> items) {
    return of(items, true);
  }

  /** An index that probes every fuzzy variant, skipping none: the oracle the tests compare {@link #of} with. */
  static DocumentIndex exhaustive(Collection<OpenItem> items) {
    return of(items, false);
  }

  private static DocumentIndex of(Collection<OpenItem> items, boolean skipImpossibleProbes) {
    Objects.requireNonNull(items, "items");
    int n = items.size();
    DocumentNumber[] numbers = new DocumentNumber[n];
    String[] references = null;
    KeyTable.Builder documents = new KeyTable.Builder();
    KeyTable.Builder orders = new KeyTable.Builder();
    boolean[] used = new boolean[128];
    long characters = 0;
    long keyLengths = 0;
    // Each number's keys are worked out once: the deletion filter below takes them again.
    String[] keys = new String[n];
    String[] compacts = new String[n];
    int i = 0;
    for (OpenItem item : items) {
      if (i == n) {
        throw new IllegalArgumentException("items grew while being indexed");
      }
      if (item == null) {
        throw new NullPointerException("items[" + i + "] is null");
      }
      numbers[i] = item.documentNumber();
      String number = numbers[i].toString();
      String key = ReferenceKeys.key(number);
      String compact = ReferenceKeys.compactKey(number);
      keys[i] = key;
      compacts[i] = compact;
      keyLengths |= lengthBit(key.length()) | lengthBit(compact.length());
      fileUnder(documents, key, compact, i);
      characters += key.length() + (compact.equals(key) ? 0 : compact.length());
      for (int c = 0; c < compact.length(); c++) {
        used[compact.charAt(c)] = true;
      }
      for (int c = 0; c < key.length(); c++) {
        used[key.charAt(c)] = true;
      }
      if (item.customerReference().isPresent()) {
        if (references == null) {
          references = new String[n];
        }
        references[i] = item.customerReference().get();
        fileUnder(orders, ReferenceKeys.key(references[i]), ReferenceKeys.compactKey(references[i]), i);
      }
      i++;
    }
    StringBuilder letters = new StringBuilder();
    for (char c = 0; c < used.length; c++) {
      if (used[c]) {
        letters.append(c);
      }
    }
    DeletionFilter.Builder filter = new DeletionFilter.Builder(characters);
    for (int k = 0; k < n; k++) {
      filter.add(keys[k]);
      if (!compacts[k].equals(keys[k])) {
        filter.add(compacts[k]);
      }
    }
    DocumentIndex index = new DocumentIndex(numbers, keyLengths, references, documents.build(), orders.build(),
        letters.toString().toCharArray(), filter.build(), skipImpossibleProbes);
    index.checkUnique();
    return index;
  }

  private static void fileUnder(KeyTable.Builder table, String key, String compact, int item) {
    if (!key.isEmpty()) {
      table.add(key, item);
    }
    if (!compact.equals(key) && !compact.isEmpty()) {
      table.add(compact, item);
    }
  }

  private void checkUnique() {
    documents.forEachPairUnderOneHash((first, second) -> {
      if (first != second && numbers[first].equals(numbers[second])) {
        throw new IllegalArgumentException("Document number " + numbers[first] + " is given twice (items "
            + Math.min(first, second) + " and " + Math.max(first, second) + ")");
      }
    });
  }

  /** {@return the number of items indexed} */
  public int size() {
    return numbers.length;
  }

  @Override
  public List<ReferenceHit> resolve(ExtractedReference reference) {
    Objects.requireNonNull(reference, "reference");
    String key = reference.key();
    String text = reference.text().strip();
    String compact = ReferenceKeys.compactKey(text);
    boolean ownKey = ReferenceKeys.key(text).equals(key);
    List<String> probes = ownKey && !compact.isEmpty() && !compact.equals(key) ? List.of(key, compact) : List.of(key);
    Hits hits = new Hits(reference);
    for (String probe : probes) {
      documentsOfKey(probe, item ->
          hits.add(item, numbers[item].toString().equalsIgnoreCase(text) ? HitKind.EXACT : HitKind.NORMALIZED, 0));
    }
    hits.keepWrittenPrefix(ReferenceKeys.prefix(text));
    if (customerReferences != null) {
      for (String probe : probes) {
        char[] chars = probe.toCharArray();
        purchaseOrders.find(KeyTable.hash(chars, chars.length), item -> {
          String po = customerReferences[item];
          if (ReferenceKeys.keyEquals(po, false, chars, chars.length)
              || ReferenceKeys.keyEquals(po, true, chars, chars.length)) {
            hits.add(item, HitKind.CUSTOMER_REFERENCE, 0);
          }
        });
      }
    }
    if (hits.list.isEmpty()) {
      lookalikes(text, key, ownKey, hits);
    }
    if (hits.list.isEmpty()) {
      List<String> fuzzyProbes = new ArrayList<>(probes);
      String typed = ReferenceKeys.typedDigits(text);
      if (ownKey && !typed.isEmpty() && !fuzzyProbes.contains(typed)) {
        fuzzyProbes.add(typed);
      }
      for (String probe : fuzzyProbes) {
        if (probe.length() >= FUZZY_MIN_KEY_LENGTH && oneEditFromSomeKeyLength(probe.length())) {
          fuzzy(probe, hits);
        }
      }
    }
    hits.list.sort(Comparator.comparing(ReferenceHit::kind));
    return List.copyOf(hits.list);
  }

  /**
   * Looks the text up once letters among its digits are read as the digits they look like: an OCR
   * reading may turn several digits of one number into letters, each a typing error of its own.
   */
  private void lookalikes(String text, String key, boolean ownKey, Hits hits) {
    String read = ReferenceKeys.lookalikeDigits(text);
    if (read.equals(text)) {
      return;
    }
    String readKey = ownKey ? ReferenceKeys.key(read) : key;
    String readCompact = ReferenceKeys.compactKey(read);
    for (String probe : readCompact.equals(readKey) ? List.of(readKey) : List.of(readKey, readCompact)) {
      if (probe.length() >= FUZZY_MIN_KEY_LENGTH) {
        documentsOfKey(probe, item -> hits.add(item, HitKind.LOOKALIKE, 0));
      }
    }
    hits.keepWrittenPrefix(ReferenceKeys.prefix(read));
  }

  /** Visits each item whose number has {@code probe} as its key or compact key. */
  private void documentsOfKey(String probe, KeyTable.ItemVisitor visitor) {
    char[] chars = probe.toCharArray();
    documents.find(KeyTable.hash(chars, chars.length), item -> {
      if (isDocumentKey(item, chars)) {
        visitor.visit(item);
      }
    });
  }

  /** Whether the item's number has the key or compact key, compared without building either. */
  private boolean isDocumentKey(int item, char[] probe) {
    String number = numbers[item].toString();
    return ReferenceKeys.keyEquals(number, false, probe, probe.length)
        || ReferenceKeys.keyEquals(number, true, probe, probe.length);
  }

  /**
   * Probes every key one edit away from {@code key}, skipping the probes that cannot hit: every key
   * consists of alphabet characters, so a query with two characters outside it is no key's one edit,
   * and one with a single such character can only lose or replace it; a substitution or insertion
   * is probed only where the deletion filter allows a key. The probes left run in the same order.
   */
  private void fuzzy(String key, Hits hits) {
    char[] k = key.toCharArray();
    int n = k.length;
    int foreign = -1;
    for (int i = 0; i < n && skipImpossibleProbes; i++) {
      if (k[i] >= inAlphabet.length || !inAlphabet[k[i]]) {
        if (foreign >= 0) {
          return;
        }
        foreign = i;
      }
    }
    char[] buf = new char[n + 1];
    for (int i = 0; i < n; i++) { // deletion
      if (foreign < 0 || i == foreign) {
        System.arraycopy(k, 0, buf, 0, i);
        System.arraycopy(k, i + 1, buf, i, n - i - 1);
        probe(buf, n - 1, hits);
      }
    }
    System.arraycopy(k, 0, buf, 0, n);
    for (int i = 0; i + 1 < n && foreign < 0; i++) { // adjacent transposition
      if (k[i] != k[i + 1]) {
        buf[i] = k[i + 1];
        buf[i + 1] = k[i];
        probe(buf, n, hits);
        buf[i] = k[i];
        buf[i + 1] = k[i + 1];
      }
    }
    for (int i = 0; i < n; i++) { // substitution
      if ((foreign >= 0 && i != foreign) || (skipImpossibleProbes && !oneEditAway.maySubstitute(k, n, i))) {
        continue;
      }
      for (char c : alphabet) {
        if (c != k[i]) {
          buf[i] = c;
          probe(buf, n, hits);
        }
      }
      buf[i] = k[i];
    }
    if (foreign >= 0) {
      return;
    }
    long whole = DeletionFilter.insertionState(k, n);
    for (int i = 0; i <= n; i++) { // insertion before position i
      if (skipImpossibleProbes && !oneEditAway.mayInsert(whole, i)) {
        continue;
      }
      System.arraycopy(k, 0, buf, 0, i);
      System.arraycopy(k, i, buf, i + 1, n - i);
      for (char c : alphabet) {
        buf[i] = c;
        probe(buf, n + 1, hits);
      }
    }
  }

  private void probe(char[] variant, int length, Hits hits) {
    if (length == 0) {
      return;
    }
    documents.find(KeyTable.hash(variant, length), item -> {
      String number = numbers[item].toString();
      if (!hits.contains(item) && (ReferenceKeys.keyEquals(number, false, variant, length)
          || ReferenceKeys.keyEquals(number, true, variant, length))) {
        hits.add(item, HitKind.FUZZY, 1);
      }
    });
  }

  /** The hits of one lookup, one per item. */
  /** One edit changes a key's length by at most one: other lengths cannot have a fuzzy hit. */
  private boolean oneEditFromSomeKeyLength(int length) {
    return (keyLengths & (lengthBit(length - 1) | lengthBit(length) | lengthBit(length + 1))) != 0;
  }

  private static long lengthBit(int length) {
    return length >= 0 && length < 64 ? 1L << length : 0;
  }

  private final class Hits {
    final ExtractedReference reference;
    final List<ReferenceHit> list = new ArrayList<>(4);
    final Set<Integer> items = new HashSet<>();

    Hits(ExtractedReference reference) {
      this.reference = reference;
    }

    boolean contains(int item) {
      return items.contains(item);
    }

    /**
     * A number written with its prefix names that document only: {@code INV-2026-000123} is not
     * {@code CN-2026-000123}, though both have the key {@code 2026123}. Without a prefix, or with one
     * no hit has (a payer's own {@code RE} or {@code Nr}), every hit stays.
     */
    void keepWrittenPrefix(String written) {
      if (written.isEmpty() || list.size() < 2) {
        return;
      }
      boolean any = false;
      for (ReferenceHit hit : list) {
        any |= ReferenceKeys.prefix(hit.item().toString()).equals(written);
      }
      if (any) {
        list.removeIf(hit -> !ReferenceKeys.prefix(hit.item().toString()).equals(written));
      }
    }

    void add(int item, HitKind kind, int edits) {
      if (items.add(item)) {
        list.add(new ReferenceHit(numbers[item], kind, edits, reference));
      }
    }
  }
}
