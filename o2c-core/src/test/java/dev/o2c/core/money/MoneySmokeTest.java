package dev.o2c.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneySmokeTest {
  @Test
  void test_plus() {
    assertThat(Money.of("EUR", "1.10").plus(Money.of("EUR", "2.25"))).isEqualTo(Money.of("EUR", "3.35"));
  }
}
