package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.matching.cashapp.ReferenceHit.HitKind;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentIndexTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  private static final DocumentIndex INDEX = DocumentIndex.of(List.of(
      Items.invoice("INV-2026-000123", "PO-4500012345"),
      Items.invoice("INV-2026-000124"),
      Items.invoice("INV-2026-004711"),
      Items.invoice("CN-2026-000123"),        // a credit note with the same key as INV-2026-000123
      Items.invoice("INV-2026-100555")));

  /** The reference as extraction makes it from free text. */
  private static ExtractedReference ref(String text) {
    return new ExtractedReference(text, ReferenceKeys.key(text), ReferenceSource.FREE_TEXT, false);
  }

  private static List<ReferenceHit> resolve(String text) {
    return INDEX.resolve(ref(text));
  }

  static Stream<Arguments> hits() {
    return Stream.of(
        Arguments.of("INV-2026-004711", List.of(tuple("INV-2026-004711", HitKind.EXACT, 0))),
        Arguments.of("inv-2026-004711", List.of(tuple("INV-2026-004711", HitKind.EXACT, 0))),
        Arguments.of("2026/4711", List.of(tuple("INV-2026-004711", HitKind.NORMALIZED, 0))),
        Arguments.of("INV 2026 004711", List.of(tuple("INV-2026-004711", HitKind.NORMALIZED, 0))),
        Arguments.of("INV2026004711", List.of(tuple("INV-2026-004711", HitKind.NORMALIZED, 0))),
        Arguments.of("RE 2026-4711", List.of(tuple("INV-2026-004711", HitKind.NORMALIZED, 0))),
        // one key, two documents: the written prefix picks one; without it, or with a prefix no
        // document has, both, the exact one first
        Arguments.of("INV-2026-000123", List.of(tuple("INV-2026-000123", HitKind.EXACT, 0))),
        Arguments.of("cn 2026/123", List.of(tuple("CN-2026-000123", HitKind.NORMALIZED, 0))),
        Arguments.of("2026-000123", List.of(tuple("INV-2026-000123", HitKind.NORMALIZED, 0),
            tuple("CN-2026-000123", HitKind.NORMALIZED, 0))),
        Arguments.of("RE 2026-000123", List.of(tuple("INV-2026-000123", HitKind.NORMALIZED, 0),
            tuple("CN-2026-000123", HitKind.NORMALIZED, 0))),
        // the customer's PO number
        Arguments.of("PO 4500012345", List.of(tuple("INV-2026-000123", HitKind.CUSTOMER_REFERENCE, 0))),
        Arguments.of("4500012345", List.of(tuple("INV-2026-000123", HitKind.CUSTOMER_REFERENCE, 0))),
        // one typing error: substitution, adjacent transposition, insertion, deletion
        Arguments.of("INV-2026-004712", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        Arguments.of("INV-2026-007411", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        Arguments.of("INV-2026-0047711", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        Arguments.of("INV-2026-00471", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        Arguments.of("0026004711", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        Arguments.of("INV-2026-10555", List.of(tuple("INV-2026-100555", HitKind.FUZZY, 1))),
        // letters among digits read as the digits they look like (OCR, a hurried typist), however many
        Arguments.of("INV-2026-0047l1", List.of(tuple("INV-2026-004711", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2026-0O4711", List.of(tuple("INV-2026-004711", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2O26-004711", List.of(tuple("INV-2026-004711", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2O2G-OO47l1", List.of(tuple("INV-2026-004711", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2026-1OO555", List.of(tuple("INV-2026-100555", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2026-10O555", List.of(tuple("INV-2026-100555", HitKind.LOOKALIKE, 0))),
        Arguments.of("INV-2026-5OO555", List.of()), // a look-alike and a typing error
        // a letter that looks like another digit than the one meant is still one typing error
        Arguments.of("INV-2026-0047S1", List.of(tuple("INV-2026-004711", HitKind.FUZZY, 1))),
        // nothing like it
        Arguments.of("INV-2025-999999", List.of()),
        Arguments.of("123", List.of()));
  }

  @ParameterizedTest
  @MethodSource("hits")
  void test_resolve(String written, List<org.assertj.core.groups.Tuple> expected) {
    assertThat(resolve(written)).extracting(h -> h.item().toString(), ReferenceHit::kind, ReferenceHit::edits)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void test_exactOrNormalizedHit_suppressesFuzzyNeighbours() {
    // INV-2026-000124 is one edit from INV-2026-000123 but is not offered when 123 itself is found
    assertThat(resolve("2026-000123")).extracting(h -> h.item().toString())
        .containsExactly("INV-2026-000123", "CN-2026-000123");
  }

  @Test
  void test_hitCarriesTheReference() {
    ExtractedReference reference = ref("2026/4711");
    assertThat(INDEX.resolve(reference)).extracting(ReferenceHit::reference).containsExactly(reference);
  }

  @Test
  void test_aRemainderOfThePadding_isFoundThroughTheCompactKey() {
    // 000123 with its first zero mistyped as 1: the key 2026100123 is two edits from 2026123,
    // the compact key 2026100123 one from 2026000123
    assertThat(resolve("INV-2026-100124")).extracting(h -> h.item().toString(), ReferenceHit::kind)
        .contains(tuple("INV-2026-000124", HitKind.FUZZY));
  }

  @Test
  void test_duplicateDocumentNumber_isRefused() {
    assertThatThrownBy(() -> DocumentIndex.of(List.of(Items.invoice("INV-1"), Items.invoice("INV-2"),
        Items.invoice("INV-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INV-1").hasMessageContaining("twice");
  }

  @Test
  void test_nullItem_isNamed() {
    List<OpenItem> items = new ArrayList<>();
    items.add(Items.invoice("INV-1"));
    items.add(null);
    assertThatThrownBy(() -> DocumentIndex.of(items)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("items[1]");
  }

  @Test
  void test_emptyIndex_findsNothing() {
    assertThat(DocumentIndex.of(List.of()).resolve(ref("INV-2026-000123"))).isEmpty();
  }

  /** Corrupts one character position of a text the way the noise model does. */
  private static String corrupt(String text, int kind, int position, int symbol) {
    char c = "0123456789OIlSBZG".charAt(symbol % 17);
    int p = position % text.length();
    return switch (kind) {
      case 0 -> text.substring(0, p) + c + text.substring(p + 1);                       // substitution
      case 1 -> p + 1 < text.length()                                                    // adjacent transposition
          ? text.substring(0, p) + text.charAt(p + 1) + text.charAt(p) + text.substring(p + 2) : text;
      case 2 -> text.substring(0, p) + c + text.substring(p);                            // insertion
      default -> text.length() > 1 ? text.substring(0, p) + text.substring(p + 1) : text; // deletion
    };
  }

  @Test
  void test_anyOneEditCorruptionOfTheDigits_findsTheItem() {
    List<OpenItem> items = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      items.add(Items.invoice(String.format("INV-2026-%06d", i * 7919 % 1_000_000)));
    }
    DocumentIndex index = DocumentIndex.of(items);
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(0, 2999), integers().between(0, 3), integers().between(0, 20), integers().between(0, 16))
        .checkAssert((item, kind, position, symbol) -> {
          String number = items.get(item).documentNumber().toString();
          String digits = number.substring(4).replace("-", "");         // 2026000123: what payers type
          String typed = corrupt(digits, kind, position, symbol);
          assertFoundUnlessAnotherItemIsHitExactly(index, typed, number);
          String written = corrupt(number, kind, 4 + position % (number.length() - 4), symbol);
          assertFoundUnlessAnotherItemIsHitExactly(index, written, number);
        });
  }

  /** The corruption may have made another item's number: then that item is found instead, and rightly. */
  private static void assertFoundUnlessAnotherItemIsHitExactly(DocumentIndex index, String typed, String number) {
    List<ReferenceHit> hits = index.resolve(ref(typed));
    if (hits.stream().anyMatch(h -> h.kind() != HitKind.FUZZY && !h.item().toString().equals(number))) {
      return;
    }
    assertThat(hits).extracting(ReferenceHit::item).contains(DocumentNumber.of(number));
  }

  @Test
  void test_fuzzyLookup_findsWhatProbingEveryVariantFinds_inTheSameOrder() {
    // Numbers with letters after the first digit and of several lengths, so that the alphabet has
    // letters and some queries carry characters no key has.
    List<OpenItem> items = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      String tail = i % 5 == 0 ? "-A" + (char) ('A' + i % 7) : "";
      items.add(Items.invoice(String.format("INV-%d-%0" + (4 + i % 4) + "d%s", 2020 + i % 7, i * 7919 % 100_000, tail)));
    }
    DocumentIndex fast = DocumentIndex.of(items);
    DocumentIndex oracle = DocumentIndex.exhaustive(items);
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(0, 1999), integers().between(0, 3), integers().between(0, 20), integers().between(0, 16))
        .checkAssert((item, kind, position, symbol) -> {
          String number = items.get(item).documentNumber().toString();
          String once = corrupt(number, kind, 4 + position % (number.length() - 4), symbol);
          String twice = corrupt(once, (kind + 1) % 4, position * 3, symbol + 5);
          for (String typed : List.of(once, twice, "X" + twice.substring(4), once + "QZ")) {
            assertThat(fast.resolve(ref(typed))).as(typed).isEqualTo(oracle.resolve(ref(typed)));
          }
        });
  }

  @Test
  void test_deletionFilter_neverSaysNoToAKeyOneEditAway() {
    List<String> keys = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 5000; i++) {
      StringBuilder key = new StringBuilder();
      for (int n = 1 + random.nextInt(14); n > 0; n--) {
        key.append("0123456789ABCXYZ".charAt(random.nextInt(16)));
      }
      keys.add(key.toString());
    }
    DeletionFilter.Builder builder = new DeletionFilter.Builder(keys.stream().mapToLong(String::length).sum());
    keys.forEach(builder::add);
    DeletionFilter filter = builder.build();
    for (String key : keys) {
      for (int i = 0; i < key.length(); i++) {
        // The key with a character substituted at i, and the key without its character i (a query
        // that needs an insertion before i).
        char[] substituted = key.toCharArray();
        substituted[i] = substituted[i] == 'Q' ? 'R' : 'Q';
        assertThat(filter.maySubstitute(substituted, substituted.length, i)).as(key + " at " + i).isTrue();
        char[] shorter = (key.substring(0, i) + key.substring(i + 1)).toCharArray();
        assertThat(filter.mayInsert(DeletionFilter.insertionState(shorter, shorter.length), i)).as(key + " without " + i)
            .isTrue();
      }
    }
  }
}
