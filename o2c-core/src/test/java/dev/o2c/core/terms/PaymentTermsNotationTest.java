package dev.o2c.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

class PaymentTermsNotationTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource
  void test_parse_acceptedNotations(String text, String canonical) {
    PaymentTerms terms = PaymentTerms.parse(text);
    assertThat(terms).hasToString(canonical);
    assertThat(PaymentTerms.parse(canonical)).isEqualTo(terms);
  }

  static Stream<Arguments> test_parse_acceptedNotations() {
    return Stream.of(
        Arguments.of("NET 30", "NET 30"),
        Arguments.of("net 30", "NET 30"),
        Arguments.of("  Net   30  ", "NET 30"),
        Arguments.of("NET30", "NET 30"),
        Arguments.of("N30", "NET 30"),
        Arguments.of("n/30", "NET 30"),
        Arguments.of("NET 30 DAYS", "NET 30"),
        Arguments.of("NET 030", "NET 30"),
        Arguments.of("NET 0", "DUE ON RECEIPT"),
        Arguments.of("due on receipt", "DUE ON RECEIPT"),
        Arguments.of("2/10 net 30", "2/10 NET 30"),
        Arguments.of("2/10, N/30", "2/10 NET 30"),
        Arguments.of("2% 10 NET 30", "2/10 NET 30"),
        Arguments.of("2%/10 NET 30", "2/10 NET 30"),
        Arguments.of("2.00/10 NET 30", "2/10 NET 30"),
        Arguments.of("1.50/14 NET 30", "1.5/14 NET 30"),
        Arguments.of("3/10 2/20 NET 45", "3/10 2/20 NET 45"),
        Arguments.of("3/10,2/20,NET45", "3/10 2/20 NET 45"),
        Arguments.of("2/0 NET 0", "2/0 NET 0"),
        Arguments.of("NET 30 EOM", "NET 30 EOM"),
        Arguments.of("net30eom", "NET 30 EOM"),
        Arguments.of("NET 0 EOM", "NET 0 EOM"),
        Arguments.of("1/10 EOM NET 30", "1/10 NET 30 EOM"),
        Arguments.of("1/10 NET 30 EOM", "1/10 NET 30 EOM"),
        Arguments.of("DAY 15 NEXT MONTH", "DAY 15 NEXT MONTH"),
        Arguments.of("day 31 following month", "DAY 31 NEXT MONTH"),
        Arguments.of("INSTALMENTS 50%/30 50%/60", "INSTALMENTS 50%/30 50%/60"),
        Arguments.of("installments 50% 30, 50% 60", "INSTALMENTS 50%/30 50%/60"),
        Arguments.of("INSTALMENTS 33.33%/30 33.33%/60 33.340%/90 EOM",
            "INSTALMENTS 33.33%/30 33.33%/60 33.34%/90 EOM"));
  }

  @Test
  void test_constants_haveCanonicalNames() {
    assertThat(PaymentTerms.NET_30).hasToString("NET 30").isEqualTo(PaymentTerms.net(30));
    assertThat(PaymentTerms.NET_60).hasToString("NET 60");
    assertThat(PaymentTerms.DUE_ON_RECEIPT).hasToString("DUE ON RECEIPT")
        .isEqualTo(PaymentTerms.parse("NET 0"));
    assertThat(PaymentTerms.TWO_TEN_NET_30).hasToString("2/10 NET 30")
        .isEqualTo(PaymentTerms.parse("2/10 NET 30"))
        .hasSameHashCodeAs(PaymentTerms.parse("2.0/10 NET 30"));
    assertThat(PaymentTerms.ONE_TEN_NET_30).hasToString("1/10 NET 30");
    assertThat(PaymentTerms.NET_30_EOM).hasToString("NET 30 EOM")
        .isNotEqualTo(PaymentTerms.NET_30);
    assertThat(PaymentTerms.dayOfNextMonth(15)).isNotEqualTo(PaymentTerms.netEndOfMonth(15));
  }

  @ParameterizedTest(name = "\"{0}\" is rejected naming {1}")
  @MethodSource
  void test_parse_rejectedNotations(String text, String expectedFragment) {
    assertThatThrownBy(() -> PaymentTerms.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid payment terms \"" + text + "\"")
        .hasMessageContaining(expectedFragment);
  }

  static Stream<Arguments> test_parse_rejectedNotations() {
    return Stream.of(
        Arguments.of("", "at index 0: expected payment terms but the text is blank"),
        Arguments.of("   ", "the text is blank"),
        Arguments.of("NET", "at index 3: expected the net days but the text ends"),
        Arguments.of("NET X", "at index 4: expected the net days but found \"X\""),
        Arguments.of("NET 30.5", "at index 4: expected the net days as a whole number"),
        Arguments.of("NET -30", "at index 4: unexpected character '-'"),
        Arguments.of("NET 30 EOM EOM", "at index 11: expected the end of the terms"),
        Arguments.of("1/10 EOM NET 30 EOM", "at index 16: expected no second \"EOM\""),
        Arguments.of("NET 30 NET 60", "at index 7: expected the end of the terms but found \"NET\""),
        Arguments.of("NET 12345", "at index 4: expected the net days but \"12345\" is more than 9999"),
        Arguments.of("NETT 30", "at index 0: expected \"NET\""),
        Arguments.of("30", "at index 2: expected \"/\" or \"%\" after the discount percent"),
        Arguments.of("2 10 NET 30", "at index 2: expected \"/\" or \"%\""),
        Arguments.of("2/ NET 30", "at index 3: expected the discount days"),
        Arguments.of("2/10", "at index 4: expected \"NET\" or another discount tier but the text ends"),
        Arguments.of("0/10 NET 30", "at index 0: discount percent 0 is not strictly between 0 and 100"),
        Arguments.of("100/10 NET 30", "at index 0: discount percent 100 is not strictly"),
        Arguments.of("2/40 NET 30", "discount tier 2/40 has more days than the net days 30"),
        Arguments.of("2/20 3/10 NET 30",
            "discount tier 3/10 does not have more days than tier 2/20; discount tier 3/10 does "
                + "not have a lower percent than tier 2/20"),
        Arguments.of("2/10 2/20 NET 30", "does not have a lower percent than tier 2/10"),
        Arguments.of("DAY 0 NEXT MONTH", "day of month 0 is not between 1 and 31"),
        Arguments.of("DAY 32 NEXT MONTH", "day of month 32 is not between 1 and 31"),
        Arguments.of("DAY 15", "at index 6: expected \"NEXT MONTH\" but the text ends"),
        Arguments.of("DAY 15 NEXT", "at index 11: expected \"MONTH\""),
        Arguments.of("DUE ON", "at index 6: expected \"RECEIPT\""),
        Arguments.of("INSTALMENTS", "at index 11: expected an instalment share in percent"),
        Arguments.of("INSTALMENTS 50/30 50/60", "at index 14: expected \"%\" after the instalment"),
        Arguments.of("INSTALMENTS 50%/30 40%/60", "instalment shares sum to 90%, not 100%"),
        Arguments.of("INSTALMENTS 100%/30", "at index 12: instalment share 100% is not strictly"),
        Arguments.of("INSTALMENTS 50%/60 50%/30",
            "instalment 50%/30 does not have more days than instalment 50%/60"),
        Arguments.of("INSTALMENTS 50%/30 50%/60 NET 30", "at index 26: expected the end"),
        Arguments.of("NET 30 €", "at index 7: unexpected character '€'"),
        Arguments.of("2,5/10 NET 30", "at index 2: expected \"/\" or \"%\""));
  }

  @Test
  void test_roundTrip_property_parseOfToStringIsEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(TermsGen.terms())
        .checkAssert(terms -> {
          PaymentTerms back = PaymentTerms.parse(terms.toString());
          assertThat(back).isEqualTo(terms).hasSameHashCodeAs(terms);
          assertThat(back.toString()).isEqualTo(terms.toString());
        });
  }

  @Test
  void test_roundTrip_property_tolerantSpellingsParseToSameTerms() {
    qt().withExamples(EXAMPLES)
        .forAll(TermsGen.terms(), Generate.range(0, 3))
        .checkAssert((terms, variant) -> {
          String canonical = terms.toString();
          String messy;
          switch (variant) {
            case 0:
              messy = "  " + canonical.toLowerCase(Locale.ROOT).replace(" ", "   ") + " ";
              break;
            case 1:
              messy = canonical.replace(" ", ", ");
              break;
            case 2:
              messy = canonical.replace("NET ", "N").replace("%/", "% ");
              break;
            default:
              messy = canonical.replace(" ", "\t").replace("INSTALMENTS", "Installments")
                  .replace("DUE\tON\tRECEIPT", "NET\t0").replace("DAY\t", "Day ");
          }
          assertThat(PaymentTerms.parse(messy)).as(messy).isEqualTo(terms);
        });
  }
}
