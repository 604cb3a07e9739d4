package dev.o2c.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetSafeTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("=1+2", "'=1+2"),
        Arguments.of("+49 30 1234", "'+49 30 1234"),
        Arguments.of("-2+3", "'-2+3"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\tpadded", "'\tpadded"),
        Arguments.of("\rcmd", "'\rcmd"),
        Arguments.of("=", "'="),
        // Only the first character counts: text that merely contains the characters is left alone.
        Arguments.of("Invoice 4711 = 100 - 2", "Invoice 4711 = 100 - 2"),
        Arguments.of("'quoted already", "'quoted already"),
        Arguments.of(" =leading space", " =leading space"),
        Arguments.of("", ""),
        Arguments.of("Müller GmbH", "Müller GmbH"));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void test_text_prefixesAQuoteOnlyBeforeAFormulaStart(String text, String expected) {
    assertThat(SpreadsheetSafe.text(text)).isEqualTo(expected);
  }
}
