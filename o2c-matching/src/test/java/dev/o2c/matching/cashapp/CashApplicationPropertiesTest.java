package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.testkit.ArWorld;
import dev.o2c.testkit.ArWorldConfig;
import dev.o2c.testkit.ArWorldGenerator;
import dev.o2c.testkit.PaymentTruth;
import dev.o2c.testkit.QuickTheoriesGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What holds for every batch, whatever the data: no cent lost or invented, no item cleared beyond what
 * is open, the same decisions on one thread and on four, AUTO decisions the ledger accepts as they are,
 * and AUTO decisions that agree with the generated truth.
 */
class CashApplicationPropertiesTest {

  private static final int EXAMPLES = Math.max(20, Integer.getInteger("o2c.qt.examples", 2000) / 40);

  private static Gen<ArWorld> worlds() {
    return QuickTheoriesGenerators.gen(ArWorldGenerator.of(ArWorldConfig.builder().customers(12)
        .minItemsPerCustomer(1).maxItemsPerCustomer(12).payments(40).build()));
  }

  private static CashApplication engine(ArWorld world, int threads) {
    return CashApplication.builder(OpenItemBook.of(world.customers(), world.items())).parallelism(threads).build();
  }

  @Test
  void every_cent_of_every_payment_is_applied_or_left_unapplied() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(world -> {
      CashApplicationRun run = engine(world, 1).decideAll(world.payments());
      assertThat(run.decisions()).hasSameSizeAs(world.payments());
      for (Decision d : run.decisions()) {
        for (Proposal p : d.ranked()) {
          assertThat(p.applied().plus(p.unapplied())).isEqualTo(d.payment().amount());
        }
      }
      MoneyTotals parts = run.applied(DecisionKind.AUTO).plus(run.applied(DecisionKind.SUGGESTED))
          .plus(run.applied(DecisionKind.UNAPPLIED)).plus(run.remainders());
      assertThat(parts).isEqualTo(run.received());
    });
  }

  @Test
  void automatic_decisions_never_clear_more_than_is_open() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(world -> {
      CashApplicationRun run = engine(world, 1).decideAll(world.payments());
      Map<DocumentNumber, Money> open = new HashMap<>();
      world.items().forEach(i -> open.put(i.documentNumber(), i.openAmount()));
      for (Decision d : run.decisions()) {
        if (d.kind() == DecisionKind.AUTO) {
          for (Allocation a : d.proposal().allocations()) {
            Money left = open.get(a.item()).minus(a.cleared());
            assertThat(left.signum() * open.get(a.item()).signum()).as("%s over-cleared", a.item()).isGreaterThanOrEqualTo(0);
            open.put(a.item(), left);
          }
        }
      }
    });
  }

  @Test
  void decisions_do_not_depend_on_the_number_of_threads() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(world ->
        assertThat(engine(world, 4).decideAll(world.payments())).isEqualTo(engine(world, 1).decideAll(world.payments())));
  }

  /**
   * Batches built to collide, decided in parallel (in lanes by payer, each payment against the book
   * less what its lane's earlier decisions took, and again where another lane's decision took what it
   * looked at) and in order on one thread: the same decisions. The batches hold the world's payments in a shuffled order, some of them a second
   * time under the same id (a statement imported twice) and some a second time under another id (the
   * same items paid twice), among few customers, so payers pay several times in one batch.
   */
  @Test
  void parallel_decisions_of_colliding_batches_are_those_made_in_order() {
    int[] collisions = new int[1]; // payments whose decision in order differs from one against the whole book
    qt().withExamples(EXAMPLES).forAll(collidingWorlds(), longs().all()).checkAssert((world, seed) -> {
      List<Payment> batch = collidingBatch(world, new SplittableRandom(seed));
      CashApplication inOrder = engine(world, 1);
      CashApplicationRun expected = inOrder.decideAll(batch);
      for (int threads : new int[] {2, 3}) {
        assertThat(engine(world, threads).decideAll(batch)).isEqualTo(expected);
        assertThat(engine(world, threads).decideAsRead(batch::forEach)).isEqualTo(expected);
      }
      for (Decision d : expected.decisions()) {
        if (!d.equals(inOrder.decide(d.payment())) && !d.reason().contains("appears a second time")) {
          collisions[0]++;
        }
      }
    });
    assertThat(collisions[0]).as("payments decided differently because of an earlier one in the batch").isPositive();
  }

  /**
   * Deciding while reading hands the payments to the other threads in blocks as they come: batches of
   * several blocks, colliding as above, give the decisions of the list decided in order.
   */
  @Test
  void decisions_made_while_reading_are_those_of_the_list() {
    qt().withExamples(Math.max(5, EXAMPLES / 4)).forAll(collidingWorlds(), longs().all()).checkAssert((world, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Payment> batch = new ArrayList<>();
      while (batch.size() < 700) {
        batch.addAll(collidingBatch(world, random));
      }
      CashApplicationRun expected = engine(world, 1).decideAll(batch);
      assertThat(engine(world, 2).decideAsRead(batch::forEach)).isEqualTo(expected);
      assertThat(engine(world, 1).decideAsRead(batch::forEach)).isEqualTo(expected);
    });
  }

  private static Gen<ArWorld> collidingWorlds() {
    return QuickTheoriesGenerators.gen(ArWorldGenerator.of(ArWorldConfig.builder().customers(5)
        .minItemsPerCustomer(2).maxItemsPerCustomer(10).payments(50).build()));
  }

  /**
   * The world's payments shuffled, with about a fifth again under the same id and a fifth under a new
   * id: 70 or more, since the engine decides batches of fewer than 64 in order on one thread.
   */
  private static List<Payment> collidingBatch(ArWorld world, SplittableRandom random) {
    List<Payment> batch = new ArrayList<>(world.payments());
    int copies = 0;
    for (Payment p : world.payments()) {
      if (random.nextInt(5) == 0) {
        batch.add(p);
      }
      if (random.nextInt(5) == 0 || batch.size() < 70) {
        BankReference again = BankReference.of("AGAIN-" + copies++);
        batch.add(Payment.builder().bankReference(again).receivingAccount(p.receivingAccount())
            .amount(p.amount()).valueDate(p.valueDate()).customerId(p.customerId()).payerName(p.payerName())
            .payerAccount(p.payerAccount()).endToEndId(p.endToEndId()).instructedAmount(p.instructedAmount())
            .addAllCharges(p.charges()).remittance(p.remittance()).build());
      }
    }
    Collections.shuffle(batch, new Random(random.nextLong()));
    return batch;
  }

  @Test
  void the_ledger_accepts_every_automatic_decision_as_it_is() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(world -> {
      ReceivablesLedger ledger = ReceivablesLedger.create();
      world.postTo(ledger);
      CashApplicationRun run = engine(world, 1).decideAll(world.payments());
      for (Decision d : run.decisions()) {
        if (d.kind() == DecisionKind.AUTO) {
          List<LedgerCommand> commands = DecisionCommands.of(d, d.payment().valueDate());
          for (LedgerCommand command : commands) {
            assertThat(ledger.check(command)).as("%s for %s", command, d.reason()).isEmpty();
            ledger.post(command);
          }
        }
      }
    });
  }

  /**
   * AUTO decisions backed by a reference agree with the truth every time. Amount-only AUTO decisions
   * (no usable reference) are a bet on identifiability, so they are held to a rate: a payment without
   * a readable reference may coincide with another open item of the same amount.
   */
  @Test
  void automatic_decisions_agree_with_the_truth() {
    List<String> wrong = new ArrayList<>();
    int[] counts = new int[3]; // referenced AUTO, amount-only AUTO, amount-only AUTO wrong
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(world -> {
      for (Decision d : engine(world, 1).decideAll(world.payments()).decisions()) {
        if (d.kind() != DecisionKind.AUTO) {
          continue;
        }
        boolean amountOnly = d.reason().startsWith("no usable reference");
        counts[amountOnly ? 1 : 0]++;
        PaymentTruth truth = world.truthFor(d.payment().id());
        List<DocumentNumber> items = d.proposal().allocations().stream().map(Allocation::item).toList();
        if (!new java.util.HashSet<>(items).equals(new java.util.HashSet<>(truth.documentNumbers()))) {
          if (amountOnly) {
            counts[2]++;
          } else {
            wrong.add(truth.scenario() + " " + items + " vs " + truth.documentNumbers() + ": " + d.reason());
          }
        }
      }
    });
    assertThat(counts[0]).isPositive();
    assertThat(wrong).isEmpty();
    assertThat(counts[2]).as("wrong amount-only AUTO decisions of %s", counts[1]).isLessThanOrEqualTo(counts[1] / 20);
  }
}
