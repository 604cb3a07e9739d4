package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.core.DetatchedRandomnessSource;

class QuickTheoriesGeneratorsTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  @Test
  void test_openItems_openAmountLiesBetweenZeroAndOriginal() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.gen(ArGenerators.openItems()))
        .checkAssert(item -> {
          long sign = item.kind().sign();
          assertThat(item.openAmount().minorUnits() * sign).isBetween(0L, item.originalAmount().minorUnits() * sign);
          assertThat(item.dueDate()).isAfterOrEqualTo(item.documentDate());
        });
  }

  @Test
  void test_smallWorlds_postAndSettleByTheirTruth() {
    ArWorldGenerator worlds = ArWorldGenerator.of(
        ArWorldConfig.builder().customers(4).minItemsPerCustomer(0).maxItemsPerCustomer(5).payments(8).build());
    qt().withExamples(Math.max(1, EXAMPLES / 10))
        .forAll(QuickTheoriesGenerators.gen(worlds))
        .checkAssert(world -> {
          ArWorldTest.assertConsistent(world);
          ReceivablesLedger ledger = ReceivablesLedger.create();
          world.postTo(ledger);
          world.applyTruthTo(ledger);
          LedgerChecks.assertInvariants(ledger);
        });
  }

  @Test
  void test_gen_drawsOneSeedAndReproducesTheTestkitValue() {
    Gen<OpenItem> gen = QuickTheoriesGenerators.gen(ArGenerators.openItems());
    List<Long> seeds = new ArrayList<>();
    RandomnessSource source = new RandomnessSource() {
      private long next = 12345L;

      @Override
      public long next(Constraint constraint) {
        seeds.add(next);
        return next++;
      }

      @Override
      public DetatchedRandomnessSource detach() {
        throw new UnsupportedOperationException("not needed");
      }

      @Override
      public void registerFailedAssumption() {}
    };
    OpenItem item = gen.generate(source);
    assertThat(seeds).containsExactly(12345L);
    assertThat(item).isEqualTo(ArGenerators.openItems().next(12345L));
  }
}
