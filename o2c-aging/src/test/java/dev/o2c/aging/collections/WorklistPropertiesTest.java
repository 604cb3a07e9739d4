package dev.o2c.aging.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the worklist: rankings do not depend on input order, no customer with something
 * overdue is lost or listed twice, and more overdue money never lowers a score. Each example is built
 * from a seed, so QuickTheories' reported seed reproduces it. Amounts and days are coarse on purpose,
 * so that equal scores (ties) are common.
 */
class WorklistPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final List<CollectorId> COLLECTORS = List.of(CollectorId.of("anna"), CollectorId.of("ben"),
      CollectorId.of("carla"));

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  /** One customer's raw inputs, so that a property can change one part and rebuild the facts. */
  private record Inputs(Customer customer, List<OpenItem> items, List<PromiseToPay> promises,
      Optional<PriorityRisk> risk, Optional<LocalDate> lastContact) {

    PriorityFacts facts() {
      return PriorityFacts.of(customer, items, promises, risk, lastContact, AS_OF);
    }
  }

  private static List<Inputs> world(SplittableRandom random) {
    int customers = random.nextInt(0, 15);
    List<Inputs> world = new ArrayList<>(customers);
    int document = 0;
    for (int c = 0; c < customers; c++) {
      String id = "C-" + c;
      Customer.Builder customer = Customer.builder();
      customer.id(CustomerId.of(id)).name("Customer " + c).currency(EUR);
      if (random.nextBoolean()) {
        customer.creditLimit(Money.ofMajor(EUR, 1000L * random.nextInt(0, 30)));
      }
      List<OpenItem> items = new ArrayList<>();
      for (int i = random.nextInt(0, 5); i > 0; i--) {
        CurrencyUnit currency = random.nextInt(5) == 0 ? USD : EUR;
        boolean credit = random.nextInt(8) == 0;
        LocalDate due = AS_OF.minusDays(10L * random.nextInt(-3, 20));
        long minor = 100_000L * random.nextInt(1, 40);
        ItemKind kind = credit ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE;
        items.add(OpenItem.builder().documentNumber(DocumentNumber.of("D-" + document++)).customerId(CustomerId.of(id))
            .kind(kind).documentDate(due.minusDays(30)).dueDate(due)
            .originalAmount(Money.ofMinor(currency, minor * kind.sign())).build());
      }
      List<PromiseToPay> promises = new ArrayList<>();
      for (int p = random.nextInt(0, 3); p > 0; p--) {
        LocalDate made = AS_OF.minusDays(random.nextInt(1, 90));
        promises.add(PromiseToPay.builder().id(PromiseId.of("P-" + c + "-" + p)).customerId(CustomerId.of(id))
            .madeOn(made).addPayments(PromisedPayment.of(made.plusDays(random.nextInt(0, 30)), Money.ofMajor(EUR, 100)))
            .status(PromiseStatus.values()[random.nextInt(PromiseStatus.values().length)]).build());
      }
      Optional<PriorityRisk> risk = random.nextBoolean() ? Optional.empty()
          : Optional.of(PriorityRisk.values()[random.nextInt(PriorityRisk.values().length)]);
      Optional<LocalDate> lastContact = random.nextBoolean() ? Optional.empty()
          : Optional.of(AS_OF.minusDays(4L * random.nextInt(0, 15)));
      world.add(new Inputs(customer.build(), items, promises, risk, lastContact));
    }
    return world;
  }

  /** Some customers by map, the rest by amount band from a random start, so some fall through to the fallback. */
  private static CollectorAssignment assignment(SplittableRandom random, List<Inputs> world) {
    Map<CustomerId, CollectorId> byCustomer = new HashMap<>();
    for (Inputs inputs : world) {
      if (random.nextInt(3) == 0) {
        byCustomer.put(inputs.customer().id(), COLLECTORS.get(random.nextInt(COLLECTORS.size())));
      }
    }
    return CollectorAssignment.byCustomer(byCustomer).orElse(CollectorAssignment.byAmountBand(List.of(
        CollectorAmountBand.of(Money.ofMajor(EUR, 1000L * random.nextInt(0, 20)), COLLECTORS.get(1)),
        CollectorAmountBand.of(Money.ofMajor(EUR, 25_000), COLLECTORS.get(2)))));
  }

  private static List<Task> tasks(SplittableRandom random, List<Inputs> world) {
    List<WorklistDispute> disputes = new ArrayList<>();
    List<PromiseToPay> promises = new ArrayList<>();
    for (Inputs inputs : world) {
      promises.addAll(inputs.promises());
      if (random.nextInt(3) == 0) {
        disputes.add(new WorklistDispute(inputs.customer().id(), "DSP-" + inputs.customer().id(),
            AS_OF.minusDays(random.nextInt(-5, 5)), Money.ofMajor(EUR, 50)));
      }
    }
    List<Task> tasks = new ArrayList<>(TaskRules.STANDARD.disputesPastTarget(disputes, AS_OF));
    tasks.addAll(TaskRules.of(3, 10, 30).promisesFallingDue(promises, AS_OF));
    return tasks;
  }

  private static PriorityScoring scoring(SplittableRandom random) {
    if (random.nextBoolean()) {
      return PriorityScoring.STANDARD;
    }
    return PriorityScoring.builder().amountPerPoint(Money.ofMajor(EUR, random.nextInt(1, 5000)))
        .maxAmountPoints(BigDecimal.valueOf(random.nextInt(0, 100)))
        .daysOverdue(BigDecimal.valueOf(random.nextInt(0, 100), 2), BigDecimal.valueOf(random.nextInt(0, 50)))
        .creditUtilisation(BigDecimal.valueOf(random.nextInt(0, 100), 2), BigDecimal.valueOf(random.nextInt(0, 40)),
            BigDecimal.valueOf(random.nextInt(0, 20)))
        .build();
  }

  private static List<PriorityFacts> facts(List<Inputs> world) {
    List<PriorityFacts> facts = new ArrayList<>(world.size());
    world.forEach(inputs -> facts.add(inputs.facts()));
    return facts;
  }

  @Test
  void test_worklist_doesNotDependOnInputOrder() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Inputs> world = world(random);
      WorklistPlanner planner = WorklistPlanner.of(scoring(random), assignment(random, world), TaskRules.STANDARD);
      List<PriorityFacts> facts = facts(world);
      List<Task> tasks = tasks(random, world);
      Worklist worklist = planner.plan(facts, tasks, AS_OF);

      Random shuffler = new Random(random.nextLong());
      List<PriorityFacts> shuffledFacts = new ArrayList<>(facts);
      Collections.shuffle(shuffledFacts, shuffler);
      List<Task> shuffledTasks = new ArrayList<>(tasks);
      Collections.shuffle(shuffledTasks, shuffler);
      assertThat(planner.plan(shuffledFacts, shuffledTasks, AS_OF)).isEqualTo(worklist);

      // and each list is in rank order: scores never rise, equal scores have days overdue never rising
      List<List<WorklistEntry>> lists = new ArrayList<>(worklist.byCollector().values());
      lists.add(worklist.unassigned());
      for (List<WorklistEntry> list : lists) {
        for (int i = 1; i < list.size(); i++) {
          WorklistEntry before = list.get(i - 1);
          WorklistEntry after = list.get(i);
          assertThat(after.rank()).isEqualTo(i + 1);
          assertThat(WorklistEntry.RANK_ORDER.compare(before, after)).isNegative();
          assertThat(before.total()).isGreaterThanOrEqualTo(after.total());
        }
      }
    });
  }

  @Test
  void test_everyCustomerWithSomethingOverdue_appearsExactlyOnce() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Inputs> world = world(random);
      CollectorAssignment rule = random.nextInt(4) == 0 ? CollectorAssignment.none() : assignment(random, world);
      List<Task> tasks = tasks(random, world);
      Worklist worklist = WorklistPlanner.standard(rule).plan(facts(world), tasks, AS_OF);

      List<CustomerId> listed = new ArrayList<>();
      worklist.byCollector().values().forEach(list -> list.forEach(e -> listed.add(e.customer())));
      worklist.unassigned().forEach(e -> listed.add(e.customer()));
      List<CustomerId> overdue = new ArrayList<>();
      for (Inputs inputs : world) {
        boolean hasOverdue = inputs.items().stream()
            .anyMatch(i -> i.openAmount().isPositive() && i.dueDate().isBefore(AS_OF));
        if (hasOverdue) {
          overdue.add(inputs.customer().id());
        }
      }
      assertThat(listed).containsExactlyInAnyOrderElementsOf(overdue);
      // an assigned customer is on its collector's list, an unassigned one in the fallback queue
      for (Map.Entry<CollectorId, List<WorklistEntry>> list : worklist.byCollector().entrySet()) {
        list.getValue().forEach(e -> assertThat(worklist.collectorOf(e.customer())).contains(list.getKey()));
      }
      worklist.unassigned().forEach(e -> assertThat(worklist.collectorOf(e.customer())).isEmpty());
      // and no task is lost either
      assertThat(worklist.allTasks()).containsExactlyInAnyOrderElementsOf(tasks);
    });
  }

  @Test
  void test_moreOverdueMoney_everythingElseEqual_neverLowersTheScore() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      PriorityScoring scoring = scoring(random);
      for (Inputs inputs : world(random)) {
        List<Integer> overdue = new ArrayList<>();
        for (int i = 0; i < inputs.items().size(); i++) {
          OpenItem item = inputs.items().get(i);
          if (item.openAmount().isPositive() && item.dueDate().isBefore(AS_OF)) {
            overdue.add(i);
          }
        }
        if (overdue.isEmpty()) {
          continue;
        }
        int index = overdue.get(random.nextInt(overdue.size()));
        OpenItem item = inputs.items().get(index);
        Money more = item.originalAmount().plus(Money.ofMinor(item.originalAmount().currency(),
            random.nextLong(1, 10_000_000)));
        OpenItem bigger = OpenItem.builder().documentNumber(item.documentNumber())
            .customerId(item.customerId()).kind(item.kind()).documentDate(item.documentDate()).dueDate(item.dueDate())
            .originalAmount(more).build();
        List<OpenItem> items = new ArrayList<>(inputs.items());
        items.set(index, bigger);
        Inputs richer = new Inputs(inputs.customer(), items, inputs.promises(), inputs.risk(), inputs.lastContact());

        PriorityScore before = scoring.score(inputs.facts());
        PriorityScore after = scoring.score(richer.facts());
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        for (PriorityFactor factor : PriorityFactor.values()) {
          assertThat(after.points(factor)).isGreaterThanOrEqualTo(before.points(factor));
        }
      }
    });
  }
}
