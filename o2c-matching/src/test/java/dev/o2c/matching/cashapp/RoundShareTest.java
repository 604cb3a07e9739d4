package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The round shares by which a payment may name one of the payer's items it pays part of. */
class RoundShareTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      // item, paid (minor units, EUR), the share
      "200000|100000|50 % of %s",
      "123456|61728|50 % of %s",                  // half, truncated
      "123456|43209|35 % of %s",                  // 35 % truncated: 43209.6
      "123457|41152|1/3 of %s",                   // a third, truncated, no whole percentage
      "100000|95000|95 % of %s",
      "250099|235099|%s less a whole amount",       // EUR 150.00 short
      "250000|242500|97 % of %s",                 // 3 % short is also 97 % paid: the percentage says it
      "183117|177990|%s less 2.8 % of it",  // 2.8 % of 1831.17 = 51.27
      "183117|177991|none",                 // a cent off: no round share
      "100000|60001|none",
      "100000|10000|10 % of %s"})
  void test_roundShare_namesTheShare(long item, long paid, String share) {
    assertThat(AmountCandidates.roundShare(item, paid, 100)).isEqualTo(share);
  }

  @Test
  void test_aWholePercentage_roundedEitherWay_isAlwaysFound() {
    qt().forAll(longs().between(1_000, 100_000_000), integers().between(1, 99), integers().between(0, 1))
        .checkAssert((item, percent, up) -> {
          long exact = item * percent;
          long paid = exact / 100 + (up == 1 && exact % 100 != 0 ? 1 : 0);
          assertThat(AmountCandidates.roundShare(item, paid, 100)).isNotNull();
        });
  }

  @Test
  void test_aShortfallOfAWholeAmountUpTo15Percent_isFound() {
    qt().forAll(longs().between(10_000, 100_000_000), longs().between(1, 1_000)).checkAssert((item, units) -> {
      long shortfall = units * 100;
      if (shortfall * 100 <= item * 15 && shortfall < item) {
        assertThat(AmountCandidates.roundShare(item, item - shortfall, 100)).isNotNull();
      }
    });
  }
}
