package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import org.junit.jupiter.api.Test;

class MoneyAmountFactoryProviderTest {

  @Test
  void test_monetaryFindsTheMoneyFactoryByType() {
    MonetaryAmountFactory<Money> factory = Monetary.getAmountFactory(Money.class);

    Money amount = factory.setCurrency("KWD").setNumber(new java.math.BigDecimal("1.250")).create();

    assertThat(amount).isEqualTo(Money.of("KWD", "1.250"));
    assertThatThrownBy(() -> factory.setCurrency("EUR").setNumber(0.005).create())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void test_defaultAmountTypeStaysMoneta() {
    MonetaryAmount amount = Monetary.getDefaultAmountFactory().setCurrency("EUR").setNumber(1).create();

    assertThat(amount).isInstanceOf(org.javamoney.moneta.Money.class);
    assertThat(Monetary.getDefaultAmountType()).isEqualTo(org.javamoney.moneta.Money.class);
  }
}
