package dev.o2c.matching.cashapp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceKeysTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of("INV-2026-000123", "2026123", "2026000123"),
        Arguments.of("inv 2026 000123", "2026123", "2026000123"),
        Arguments.of("2026/123", "2026123", "2026123"),
        Arguments.of("RE 2026-0123", "2026123", "20260123"),
        Arguments.of("INV2026000123", "2026000123", "2026000123"),
        Arguments.of("Rechnung Nr. 000123", "123", "123"),
        Arguments.of("PO-AB-00450", "450", "450"),
        Arguments.of("A12B007", "12B7", "12B7"),
        Arguments.of("INV-000", "0", "0"),
        Arguments.of("ABC", "ABC", "ABC"),
        Arguments.of("-/- ", "", ""),
        Arguments.of("Müller 12", "12", "12"));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void test_key_andCompactKey(String text, String key, String compact) {
    assertThat(ReferenceKeys.key(text)).isEqualTo(key);
    assertThat(ReferenceKeys.compactKey(text)).isEqualTo(compact);
  }

  @ParameterizedTest
  @MethodSource("prefixes")
  void test_prefix(String text, String prefix) {
    assertThat(ReferenceKeys.prefix(text)).isEqualTo(prefix);
  }

  static Stream<Arguments> prefixes() {
    return Stream.of(
        Arguments.of("INV-2026-000123", "INV"),
        Arguments.of("inv 2026/123", "INV"),
        Arguments.of("C.N.-2026-7", "CN"),
        Arguments.of("2026-000123", ""),
        Arguments.of("INVOICE", ""),
        Arguments.of("", ""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INV-2O2G-019683|INV-2026-019683",
      "INV-2026-0l1998|INV-2026-011998",
      "INV-2026-02340B|INV-2026-023408",
      "Z026-000091|2026-000091",
      "2025-00170O|2025-001700",
      "INV-2026-004711|INV-2026-004711",   // nothing to read
      "B2B order SOS|B2B order SOS",        // fewer digits than letters in a run, or no digit: words stay
      "INV 5OO555|INV 500555"})
  void test_lookalikeDigits_readsLettersAmongDigits(String written, String read) {
    assertThat(ReferenceKeys.lookalikeDigits(written)).isEqualTo(read);
  }

  @Test
  void test_lookalikeDigits_neverChangesLength_orDigitsAndOtherCharacters_onAnyText() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
      String read = ReferenceKeys.lookalikeDigits(text);
      assertThat(read).hasSameSizeAs(text);
      for (int i = 0; i < text.length(); i++) {
        if (read.charAt(i) != text.charAt(i)) {
          assertThat("OoIlZzSsGB").contains(String.valueOf(text.charAt(i)));
          assertThat(read.charAt(i)).isBetween('0', '9');
        }
      }
      assertThat(ReferenceKeys.lookalikeDigits(read)).isEqualTo(read);
    });
  }

  @Test
  void test_key_isIdempotentAndCaseBlind_onAnyText() {
    qt().withExamples(EXAMPLES).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30))
        .checkAssert(text -> {
          String key = ReferenceKeys.key(text);
          assertThat(ReferenceKeys.key(key)).isEqualTo(key);
          assertThat(ReferenceKeys.compactKey(ReferenceKeys.compactKey(text))).isEqualTo(ReferenceKeys.compactKey(text));
          assertThat(ReferenceKeys.key(text.toLowerCase())).isEqualTo(ReferenceKeys.key(text.toUpperCase()));
          assertThat(key.chars().allMatch(c -> ReferenceKeys.isKeyChar((char) c))).isTrue();
        });
  }

  @Test
  void test_key_neverThrows_onAnyUnicode() {
    qt().withExamples(EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> assertThat(ReferenceKeys.key(text)).isEqualTo(ReferenceKeys.key(ReferenceKeys.key(text))));
  }
}
