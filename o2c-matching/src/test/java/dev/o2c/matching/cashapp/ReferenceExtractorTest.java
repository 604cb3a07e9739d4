package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceExtractorTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.STANDARD;

  private static List<String> keys(Payment payment) {
    return EXTRACTOR.extract(payment).stream().map(ExtractedReference::key).toList();
  }

  static Stream<Arguments> freeText() {
    return Stream.of(
        // with or without prefix, with separators, leading zeros
        Arguments.of("INV-2026-000123", List.of("2026123")),
        Arguments.of("Invoice INV 2026 000123 thank you", List.of("123", "2026123")),
        Arguments.of("RE 2026/123", List.of("2026123")),
        Arguments.of("Rechnung Nr. 2026-000123 vom 01.03.2026", List.of("2026123")),
        Arguments.of("inv2026000123", List.of("2026000123")),
        Arguments.of("INV-2026-123", List.of("2026123")),
        // broken by a line break (MT940 sub-fields joined with a space)
        // (the pieces are also read as a list, INV-2026-0001 and INV-2026-0023, which the lookup will not find)
        Arguments.of("SVWZ+INV-2026-0001 23 DANKE", List.of("20261", "202623", "2026123")),
        Arguments.of("INV 2026 000 123", List.of("123", "2026123")),
        Arguments.of("RG4711 und Nr. 4712", List.of("4711", "4712")),
        // lists and ranges
        Arguments.of("123-125", List.of("123125", "123", "124", "125")),
        Arguments.of("123/124/125", List.of("123124125", "123", "124", "125")),
        Arguments.of("123, 124 and 125", List.of("123", "124", "125")),
        Arguments.of("INV-2026-000123, 124, 125", List.of("2026123", "2026124", "2026125")),
        Arguments.of("INV-2026-000123/124", List.of("2026123124", "2026123", "2026124")),
        Arguments.of("INV-2026-000123-125", List.of("2026123125", "2026123", "2026124", "2026125")),
        // not references: dates, amounts, percentages, IBANs, words, plain years, short numbers
        Arguments.of("Zahlung 12.03.2026 EUR 1.234,56 abzgl. 2% Skonto", List.of()),
        Arguments.of("paid 1,234.56 on 2026-03-12 for 03/2026", List.of()),
        Arguments.of("from DE89 3704 0044 0532 0130 00 thanks", List.of()),
        Arguments.of("Invoice March 2026, 10 pcs", List.of()),
        Arguments.of("EUR 1190 INV-2026-000123", List.of("2026123")),
        // customer PO numbers are numbers too
        Arguments.of("PO 4500012345", List.of("4500012345")));
  }

  @ParameterizedTest
  @MethodSource("freeText")
  void test_freeText(String text, List<String> expectedKeys) {
    assertThat(keys(Payments.text(text))).isEqualTo(expectedKeys);
  }

  @Test
  void test_numberSplitAcrossRemittanceLines_isJoined() {
    // camt Ustrd lines or MT940 :86: lines, joined with a space by Remittance.text()
    assertThat(keys(Payments.text("Rechnungen INV-2026-0004", "56 und INV-2026-000457")))
        .contains("2026456", "2026457");
  }

  @Test
  void test_range_isCappedAtFiftyMembers() {
    assertThat(keys(Payments.text("1000-1049"))).hasSize(1 + 50).contains("1000", "1025", "1049");
    assertThat(keys(Payments.text("1000-1050"))).containsExactly("10001050");
    assertThat(keys(Payments.text("INV-2026-123"))).containsExactly("2026123");
  }

  @Test
  void test_structuredDocuments_comeFirst_thenFreeText_thenEndToEndId() {
    Payment payment = Payments.builder()
        .remittance(Remittance.builder()
            .addStructured(StructuredReference.ofDocument("INV-2026-000200"))
            .addStructured(StructuredReference.builder()
                .addReferredDocuments(ReferredDocument.builder().number("INV-2026-000300/301").build()).build())
            .addUnstructured("INV-2026-000200 and INV-2026-000400").build())
        .endToEndId("E2E-INV-2026-000500").build();
    assertThat(EXTRACTOR.extract(payment)).extracting(ExtractedReference::key, ExtractedReference::source)
        .containsExactly(
            tuple("2026200", ReferenceSource.STRUCTURED_DOCUMENT),
            tuple("2026300301", ReferenceSource.STRUCTURED_DOCUMENT),
            tuple("2026300", ReferenceSource.STRUCTURED_DOCUMENT),
            tuple("2026301", ReferenceSource.STRUCTURED_DOCUMENT),
            tuple("2026400", ReferenceSource.FREE_TEXT),
            tuple("2EINV2026500", ReferenceSource.END_TO_END_ID),
            tuple("2026500", ReferenceSource.END_TO_END_ID));
  }

  @Test
  void test_structuredDocument_keepsShortNumbers() {
    assertThat(keys(Payments.structured(StructuredReference.ofDocument("7")))).containsExactly("7");
  }

  @Test
  void test_creditorReference_validAndInvalidCheckDigits() {
    List<ExtractedReference> valid = EXTRACTOR.extract(Payments.structured(
        StructuredReference.ofCreditorReference("RF18 5390 0754 7034")));
    List<ExtractedReference> invalid = EXTRACTOR.extract(Payments.structured(
        StructuredReference.ofCreditorReference("RF19 5390 0754 7034")));
    assertThat(valid).extracting(ExtractedReference::text, ExtractedReference::key, ExtractedReference::source,
            ExtractedReference::checkDigitsValid)
        .containsExactly(tuple("RF18 5390 0754 7034", "539007547034", ReferenceSource.CREDITOR_REFERENCE, true));
    assertThat(invalid).extracting(ExtractedReference::key, ExtractedReference::checkDigitsValid)
        .containsExactly(tuple("539007547034", false));
  }

  @Test
  void test_creditorReference_inFreeText_isFoundAndChecked() {
    List<ExtractedReference> refs = EXTRACTOR.extract(Payments.text("Ref RF18 5390 0754 7034 thank you"));
    assertThat(refs).extracting(ExtractedReference::text, ExtractedReference::source, ExtractedReference::checkDigitsValid)
        .containsExactly(tuple("RF18 5390 0754 7034", ReferenceSource.CREDITOR_REFERENCE, true));
    List<ExtractedReference> bad = EXTRACTOR.extract(Payments.text("RF19539007547034"));
    assertThat(bad).extracting(ExtractedReference::key, ExtractedReference::checkDigitsValid)
        .containsExactly(tuple("539007547034", false));
  }

  @Test
  void test_creditorReference_builtFromAnInvoiceNumber_hasTheInvoicesCompactKey() {
    String rf = rfOf("2026000123");
    ExtractedReference ref = EXTRACTOR.extract(Payments.structured(StructuredReference.ofCreditorReference(rf))).get(0);
    assertThat(ref.checkDigitsValid()).isTrue();
    assertThat(ref.key()).isEqualTo(ReferenceKeys.compactKey("INV-2026-000123"));
  }

  @Test
  void test_otherCreditorReference_keepsItsSchemeVerdict() {
    List<ExtractedReference> refs = EXTRACTOR.extract(Payments.structured(StructuredReference.builder()
        .creditorReference("21 00000 00003 13947 14300 09017").creditorReferenceType("QRR").build()));
    assertThat(refs).extracting(ExtractedReference::key, ExtractedReference::checkDigitsValid)
        .containsExactly(tuple("210000000003139471430009017", true));
  }

  static Stream<Arguments> endToEndIds() {
    return Stream.of(
        Arguments.of("NOTPROVIDED", List.of()),
        Arguments.of("NOT PROVIDED", List.of()),
        Arguments.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301", List.of()),
        Arguments.of("ABCDEF", List.of()),
        Arguments.of("INV-2026-000123", List.of("2026123")));
  }

  @ParameterizedTest
  @MethodSource("endToEndIds")
  void test_endToEndId_onlyWhenItLooksLikeAReference(String id, List<String> expected) {
    assertThat(keys(Payments.builder().endToEndId(id).build())).isEqualTo(expected);
  }

  @Test
  void test_noRemittance_givesNothing() {
    assertThat(EXTRACTOR.extract(Payments.builder().build())).isEmpty();
  }

  @Test
  void test_keysAreUnique_andExtractionNeverThrows_onArbitraryText() {
    qt().withExamples(EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 140),
            strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 140))
        .checkAssert((any, ascii) -> {
          for (String text : List.of(any, ascii)) {
            List<ExtractedReference> refs = EXTRACTOR.extract(Payments.builder()
                .remittance(Remittance.builder().addUnstructured(text)
                    .addStructured(StructuredReference.ofDocument(text.isBlank() ? "x" : text)).build())
                .endToEndId(text.isBlank() ? "x" : text).build());
            assertThat(refs.stream().map(ExtractedReference::key).distinct().count()).isEqualTo(refs.size());
          }
        });
  }

  @Test
  void test_documentNumbersAmidNoise_areAlwaysFound() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 999_999), integers().between(0, 5))
        .checkAssert((number, form) -> {
          String padded = String.format("%06d", number);
          String written = switch (form) {
            case 0 -> "INV-2026-" + padded;
            case 1 -> "INV 2026 " + padded;
            case 2 -> "2026-" + number;
            case 3 -> "2026/" + padded;
            case 4 -> "inv2026" + padded;
            default -> "RE " + "2026" + padded;
          };
          List<String> keys = keys(Payments.text("Payment 12.03.2026 EUR 1.234,56 " + written + " thanks"));
          assertThat(keys).containsAnyOf(ReferenceKeys.key("INV-2026-" + padded),
              ReferenceKeys.compactKey("INV-2026-" + padded));
        });
  }

  /** An ISO 11649 reference for a body: check digits 98 - (body + "RF00") mod 97. */
  static String rfOf(String body) {
    String rotated = body + "RF00";
    int remainder = 0;
    for (char c : rotated.toCharArray()) {
      remainder = Character.isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
    }
    return String.format("RF%02d%s", 98 - remainder, body);
  }
}
