package dev.o2c.examples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  @ParameterizedTest
  @CsvSource({
      "EUR, 0,            0.00,          0.00",
      "EUR, 12.3,         12.30,         12.30",
      "EUR, -357,         -357.00,       -357.00",
      "EUR, 1234567.5,    1234567.50,    '1,234,567.50'",
      "EUR, -999.99,      -999.99,       -999.99",
      "EUR, -1000,        -1000.00,      '-1,000.00'",
      "JPY, 330000,       330000,        '330,000'",
      "JPY, 1445000,      1445000,       '1,445,000'",
      "KWD, 1.5,          1.500,         1.500"})
  void test_format_atCurrencyScale(String currency, String amount, String plain, String grouped) {
    Money money = Money.of(currency, amount);

    assertThat(Amounts.plain(money)).isEqualTo(plain);
    assertThat(Amounts.grouped(money)).isEqualTo(grouped);
  }

  @Test
  void test_grouped_withoutCommasIsPlainAndReadsBackExactly() {
    CurrencyUnit[] currencies = {
        Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD")};
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L), longs().between(0, 2))
        .checkAssert((minor, which) -> {
          Money money = Money.ofMinor(currencies[(int) (long) which], minor);
          String grouped = Amounts.grouped(money);
          assertThat(grouped.replace(",", "")).isEqualTo(Amounts.plain(money));
          assertThat(new BigDecimal(Amounts.plain(money))).isEqualTo(money.amount());
          assertThat(grouped).doesNotStartWith(",").doesNotContain(",,").doesNotContain("-,");
        });
  }

  @Test
  void test_perCurrency_joinsOrNone() {
    Map<CurrencyUnit, Money> amounts = new LinkedHashMap<>();
    assertThat(Amounts.perCurrency(amounts)).isEqualTo("none");

    amounts.put(Monetary.getCurrency("EUR"), Money.of("EUR", "500"));
    amounts.put(Monetary.getCurrency("JPY"), Money.of("JPY", "5000"));
    assertThat(Amounts.perCurrency(amounts)).isEqualTo("EUR 500.00, JPY 5,000");
  }
}
