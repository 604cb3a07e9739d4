package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.ledger.ReceivablesLedger;
import org.junit.jupiter.api.Test;

/** The testkit snippet of README.md, kept compiling and true. Change both together. */
class ReadmeTestkitTourTest {

  @Test
  void test_readmeTestkitSnippet() {
    ArWorld world = ArWorldGenerator.of(ArWorldConfig.builder().customers(50).payments(120).build()).next(42L);
    ReceivablesLedger ledger = ReceivablesLedger.create();
    world.postTo(ledger);

    qt().withExamples(2000)
        .forAll(QuickTheoriesGenerators.gen(ArGenerators.openItems()))
        .check(item -> !item.dueDate().isBefore(item.documentDate()));

    assertThat(ledger.customers()).hasSize(50);
    assertThat(ledger.payments()).hasSize(120);
  }
}
