package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

  private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "CHF");

  /** The hand-built amount part must read exactly as Money#toString, which the key recipe documents. */
  @Test
  void test_amountPart_isMoneyToString() {
    StatementAccount account = StatementAccount.builder().iban("CH93 0076 2011 6238 5295 7").build();
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(integers().between(0, CURRENCIES.size() - 1),
            longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 10_000), 60))
        .checkAssert((c, minor) -> {
          Money amount = Money.ofMinor(Monetary.getCurrency(CURRENCIES.get(c)), minor);
          String key = DuplicateKeys.of(account, Optional.of(LocalDate.of(2026, 1, 2)), Optional.empty(),
              Direction.CREDIT, amount, References.empty(), 4, 1);
          assertThat(key).isEqualTo("CH9300762011623852957|2026-01-02|C|" + amount + "|-|4.1");
        });
  }
}
