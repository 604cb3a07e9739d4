package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Remittance;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class DeductionReasonsTest {

  private static long stated(String text, String currency) {
    return DeductionReasons.statedMinor(text.toUpperCase(java.util.Locale.ROOT), Monetary.getCurrency(currency));
  }

  @Test
  void the_amount_a_payer_says_it_deducted_is_read_in_the_currency_s_minor_units() {
    assertThat(stated("INV-2026-014178 less 68.62 SHRT short delivery", "EUR")).isEqualTo(6862);
    assertThat(stated("Re 2026-0141768 thank you less 68.620 SHRT short delivery", "KWD")).isEqualTo(68620);
    assertThat(stated("INV-1 less 26075 OTHR other", "JPY")).isEqualTo(26075);
    assertThat(stated("Rechnung 4711 abzgl. 1.234,50 Preisdifferenz", "EUR")).isEqualTo(123450);
    assertThat(stated("INV-1 minus EUR 16.00 promotion", "EUR")).isEqualTo(1600);
    assertThat(stated("INV-1 less 1,250 damaged", "EUR")).as("no decimals written: whole euros").isEqualTo(125000);
  }

  @Test
  void a_percentage_or_a_text_without_an_amount_states_no_deduction() {
    assertThat(stated("INV-1 less 2% discount", "EUR")).isEqualTo(-1);
    assertThat(stated("INV-1 less 2.5 % Skonto", "EUR")).isEqualTo(-1);
    assertThat(stated("INV-1 short delivery", "EUR")).isEqualTo(-1);
    assertThat(stated("INV-1 less 2 discount", "EUR")).as("MT940 drops the percent sign").isEqualTo(-1);
    assertThat(stated("Rechnung INV-1 abzgl. 2 Skonto 78.57", "EUR")).isEqualTo(-1);
    assertThat(stated("INV-1 less 12.345 damaged", "EUR")).as("three decimals are not euros and cents").isEqualTo(1234500);
  }

  @Test
  void reason_codes_and_words_give_the_reason() {
    assertThat(DeductionReasons.fromWords("less 68.62 SHRT short delivery")).contains(DeductionReason.SHORTAGE);
    assertThat(DeductionReasons.fromWords("abzgl. 12,00 Preisdifferenz")).contains(DeductionReason.PRICING);
    assertThat(DeductionReasons.fromWords("INV-1 thank you")).isEmpty();
    assertThat(DeductionReasons.of(Remittance.ofText("INV-1 less 5.00"))).contains(DeductionReason.OTHER);
  }

  @Test
  void the_words_read_are_the_text_in_capitals_with_each_run_of_other_characters_one_space() {
    assertThat(DeductionReasons.words("less 68.62 -- SHRT/short")).isEqualTo(" LESS 68.62 SHRT SHORT ");
    assertThat(DeductionReasons.words("  Kürzung: 5%")).isEqualTo("  KÜRZUNG 5% ");
    assertThat(DeductionReasons.words("")).isEqualTo("  ");
    // The definition, as a regular expression, against any text (accents, symbols, surrogate pairs).
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(text -> assertThat(DeductionReasons.words(text))
        .isEqualTo(" " + text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9ÄÖÜ%.,]+", " ") + " "));
    qt().forAll(strings().betweenCodePoints(' ', 'ü').ofLengthBetween(0, 30)).checkAssert(text -> assertThat(DeductionReasons.words(text))
        .isEqualTo(" " + text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9ÄÖÜ%.,]+", " ") + " "));
  }
}
