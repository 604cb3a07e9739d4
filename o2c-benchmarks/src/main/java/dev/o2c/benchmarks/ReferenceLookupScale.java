package dev.o2c.benchmarks;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.DocumentIndex;
import dev.o2c.matching.cashapp.ExtractedReference;
import dev.o2c.matching.cashapp.ReferenceSource;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Cash application's document lookup at scale: {@code DocumentIndex.of} over N items
 * ({@code INV-YYYY-NNNNNN}, each with a PO number) against a {@code HashMap<String, DocumentNumber>}
 * by document number, and resolving references (normalised, {@code 2026/123}, and with one OCR
 * confusion, which takes the fuzzy path) against {@code HashMap.get} of the exact numbers, alternated in the same run
 * ({@link Alternation}).
 *
 * <pre>{@code
 * mvn -B -q -pl o2c-benchmarks -am package -DskipTests
 * java -Xmx3g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.ReferenceLookupScale 1000000 5
 * }</pre>
 */
public final class ReferenceLookupScale {

  private static final int QUERIES = 200_000;

  private ReferenceLookupScale() {}

  /**
   * Runs the comparison.
   *
   * @param args item count (default 1,000,000) and measured rounds (default 5)
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<OpenItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(OpenItem.builder()
          .documentNumber(DocumentNumber.of(String.format("INV-%d-%06d", 2020 + i / 500_000, i % 500_000 + 1)))
          .customerId(CustomerId.of("C-" + i % 50_000)).kind(ItemKind.INVOICE)
          .documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
          .originalAmount(Money.of("EUR", "100.00")).customerReference("PO-" + (4_500_000_000L + i)).build());
    }
    Alternation build = Alternation.run(() -> (long) DocumentIndex.of(items).size(), () -> {
      Map<String, DocumentNumber> map = new HashMap<>();
      for (OpenItem item : items) {
        map.put(item.documentNumber().toString(), item.documentNumber());
      }
      return (long) map.size();
    }, 1, rounds, "index", "hashmap", "index/hashmap");
    System.out.printf("build over %,d items: index throughput as a share of a HashMap by number: %s; index %.2f s, "
        + "hashmap %.2f s by median cpu%n", n, build.ratios(), build.subjectSeconds(), build.baselineSeconds());

    DocumentIndex index = DocumentIndex.of(items);
    Map<String, DocumentNumber> map = new HashMap<>();
    items.forEach(item -> map.put(item.documentNumber().toString(), item.documentNumber()));
    SplittableRandom random = new SplittableRandom(1);
    ExtractedReference[] normalised = new ExtractedReference[QUERIES];
    ExtractedReference[] typo = new ExtractedReference[QUERIES];
    String[] exact = new String[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      String number = items.get(random.nextInt(n)).documentNumber().toString();
      exact[q] = number;
      String written = number.substring(4, 8) + "/" + Integer.parseInt(number.substring(9));
      normalised[q] = reference(written);
      // an OCR confusion (a digit read as a letter): numbered densely, any digit-for-digit typo would
      // name another existing document and be found exactly, so only a letter forces the fuzzy path
      char[] c = number.toCharArray();
      c[9 + random.nextInt(6)] = 'O';
      typo[q] = reference(new String(c));
    }
    for (ExtractedReference[] queries : List.of(normalised, typo)) {
      Alternation resolve = Alternation.run(() -> {
        long hits = 0;
        for (ExtractedReference reference : queries) {
          hits += index.resolve(reference).size();
        }
        return hits;
      }, () -> {
        long hits = 0;
        for (String number : exact) {
          hits += map.get(number) != null ? 1 : 0;
        }
        return hits;
      }, 2, rounds, "index", "hashmap", "index/hashmap");
      System.out.printf("resolve %,d %s references: throughput as a share of HashMap.get: %s; index %.2f us each "
          + "by median cpu%n", QUERIES, queries == normalised ? "normalised (2026/123)" : "one OCR confusion (fuzzy)",
          resolve.ratios(), resolve.subjectSeconds() * 1e6 / QUERIES);
    }
  }

  private static ExtractedReference reference(String written) {
    return new ExtractedReference(written, ReferenceKeys.key(written), ReferenceSource.FREE_TEXT, false);
  }
}
