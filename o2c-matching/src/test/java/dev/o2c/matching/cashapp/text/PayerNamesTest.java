package dev.o2c.matching.cashapp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class PayerNamesTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  static Stream<Arguments> tokens() {
    return Stream.of(
        Arguments.of("Müller Maschinenbau GmbH & Co. KG", List.of("MULLER", "MASCHINENBAU")),
        Arguments.of("MUELLER MASCHINENBAU", List.of("MULLER", "MASCHINENBAU")),
        Arguments.of("Muller maschinenbau gmbh", List.of("MULLER", "MASCHINENBAU")),
        Arguments.of("Acme Intl. S.A.", List.of("ACME", "INTERNATIONAL")),
        Arguments.of("Rossi S.p.A.", List.of("ROSSI")),
        Arguments.of("van der Berg B.V.", List.of("VAN", "DER", "BERG")),
        Arguments.of("Nordwind N.V.", List.of("NORDWIND")),
        Arguments.of("Dupont SARL", List.of("DUPONT")),
        Arguments.of("Smith & Sons Ltd.", List.of("SMITH", "SONS")),
        Arguments.of("Jones Bros Limited", List.of("JONES", "BROTHERS")),
        Arguments.of("O'Brien Mfg, Inc.", List.of("OBRIEN", "MANUFACTURING")),
        Arguments.of("Acme Corp PLC LLC", List.of("ACME")),
        Arguments.of("Straße Øresund Æble", List.of("STRASSE", "ORESUND", "ABLE")),
        Arguments.of("GmbH", List.of("GMBH")),
        Arguments.of("Coca-Cola", List.of("COCA", "COLA")),
        Arguments.of("  ", List.of()));
  }

  @ParameterizedTest
  @MethodSource("tokens")
  void test_tokens(String name, List<String> expected) {
    assertThat(PayerNames.tokens(name)).isEqualTo(expected);
  }

  @Test
  void test_legalForms_areTheOnesDroppedFromTheTokens() {
    assertThat(PayerNames.legalForms("Pioneer Hldg Oy")).containsExactly("OY");
    assertThat(PayerNames.legalForms("Acme S.A.")).containsExactly("SA");
    assertThat(PayerNames.legalForms("Müller GmbH & Co. KG")).containsExactly("GMBH", "CO", "KG");
    assertThat(PayerNames.legalForms("Maple Hospitality")).isEmpty();
  }

  @Test
  void test_key_ignoresWordOrderCaseAccentsAndLegalForm() {
    assertThat(PayerNames.key("Müller GmbH, Hans")).isEqualTo("HANS MULLER");
    assertThat(PayerNames.key("HANS MUELLER")).isEqualTo("HANS MULLER");
  }

  static Stream<Arguments> similarities() {
    return Stream.of(
        Arguments.of("Müller Maschinenbau GmbH", "MUELLER MASCHINENBAU", 1.0, 1.0),
        Arguments.of("Müller Maschinenbau GmbH", "MASCHINENBAU MUELLER GMBH", 1.0, 1.0),
        Arguments.of("Müller Maschinenbau GmbH", "MASCHINENBAU MULER", 0.95, 0.99),
        Arguments.of("Coca-Cola Enterprises Inc", "COCACOLA ENTERPRISES", 1.0, 1.0),
        Arguments.of("Coca Cola", "COCACOLA", 1.0, 1.0),
        Arguments.of("International Business Machines", "INTL BUSINESS MACHINES", 1.0, 1.0),
        Arguments.of("Nordwind Logistics GmbH", "NORDWIND LOG", 0.9, 0.97),
        Arguments.of("Müller Maschinenbau GmbH", "Schmidt Logistik AG", 0.0, 0.0),
        Arguments.of("Nordwind Logistics GmbH", "Nordstern Logistics GmbH", 0.5, 0.8));
  }

  @ParameterizedTest
  @MethodSource("similarities")
  void test_similarity(String a, String b, double low, double high) {
    double s = PayerNames.similarity(PayerNames.tokens(a), PayerNames.tokens(b));
    assertThat(s).isBetween(low, high);
  }

  @Test
  void test_jaroWinkler_knownValues() {
    assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
    assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, within(0.001));
    assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
    assertThat(JaroWinkler.similarity("ABC", "ABC")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("ABC", "XYZ")).isEqualTo(0.0);
    assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
  }

  private static Gen<String> names() {
    return strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 40);
  }

  @Test
  void test_similarity_isSymmetricAndBounded_andTokensAreStable() {
    qt().withExamples(EXAMPLES).forAll(names(), names()).checkAssert((a, b) -> {
      List<String> ta = PayerNames.tokens(a);
      List<String> tb = PayerNames.tokens(b);
      double s = PayerNames.similarity(ta, tb);
      assertThat(s).isBetween(0.0, 1.0).isEqualTo(PayerNames.similarity(tb, ta));
      assertThat(JaroWinkler.similarity(a, b)).isBetween(0.0, 1.0).isEqualTo(JaroWinkler.similarity(b, a));
      if (!ta.isEmpty()) {
        assertThat(PayerNames.similarity(ta, ta)).isEqualTo(1.0);
      }
      assertThat(PayerNames.tokens(String.join(" ", ta))).isEqualTo(ta);
    });
  }

  @Test
  void test_bankAccounts_normaliseAndIban() {
    assertThat(BankAccounts.normalise(" de89 3704-0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
    assertThat(BankAccounts.isIban("DE89 3704 0044 0532 0130 00")).isTrue();
    assertThat(BankAccounts.isIban("DE88 3704 0044 0532 0130 00")).isFalse();
    assertThat(BankAccounts.isIban("123456789")).isFalse();
  }
}
