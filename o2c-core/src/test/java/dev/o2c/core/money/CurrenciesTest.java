package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

  @Test
  void test_of_givesMonetarysCurrency_andTheSameOneEachTime() {
    assertThat(Currencies.of("KWD")).isEqualTo(Monetary.getCurrency("KWD"));
    assertThat(Currencies.of("KWD")).isSameAs(Currencies.of("KWD"));
    assertThat(Currencies.of("JPY").getDefaultFractionDigits()).isZero();
  }

  @Test
  void test_of_unknownCode_throwsEachTime() {
    assertThatThrownBy(() -> Currencies.of("ZZZ")).isInstanceOf(UnknownCurrencyException.class);
    assertThatThrownBy(() -> Currencies.of("ZZZ")).isInstanceOf(UnknownCurrencyException.class);
    assertThatThrownBy(() -> Currencies.of(null)).isInstanceOf(NullPointerException.class);
  }
}
