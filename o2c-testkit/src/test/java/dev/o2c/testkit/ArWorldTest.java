package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArWorldTest {

  static Stream<ArWorldConfig> configs() {
    return Stream.of(
        ArWorldConfig.defaults(),
        ArWorldConfig.builder().customers(3).minItemsPerCustomer(0).maxItemsPerCustomer(2).payments(25).build(),
        ArWorldConfig.builder().customers(40).minItemsPerCustomer(5).maxItemsPerCustomer(15).payments(150)
            .currencyMix(List.of(Weighted.of(1, Monetary.getCurrency("JPY")), Weighted.of(1, Monetary.getCurrency("KWD"))))
            .parentShare(0.5).parentPaysShare(0.8).identifyPayers(false)
            .asOf(LocalDate.of(2025, 12, 31)).historyDays(30).build(),
        ArWorldConfig.builder().customers(10).payments(40)
            .scenarioMix(List.of(Weighted.of(1, PaymentScenario.MULTIPLE), Weighted.of(1, PaymentScenario.DISCOUNT)))
            .build(),
        ArWorldConfig.builder().customers(1).payments(0).build());
  }

  @ParameterizedTest
  @MethodSource("configs")
  void test_sameSeedAndConfig_giveEqualWorlds(ArWorldConfig config) {
    ArWorldGenerator worlds = ArWorldGenerator.of(config);
    ArWorld first = worlds.next(2026L);
    ArWorld second = ArWorldGenerator.of(config).next(new java.util.SplittableRandom(2026L));
    assertThat(second).isEqualTo(first);
    assertThat(second.toString()).isEqualTo(first.toString());
    assertThat(worlds.next(2027L)).isNotEqualTo(first);
  }

  @Test
  void test_equalConfigsBuiltSeparately_giveEqualWorlds() {
    ArWorld first = ArWorldGenerator.of(ArWorldConfig.builder().customers(30).payments(60)
        .asOf(LocalDate.of(2026, 1, 31)).build()).next(77L);
    ArWorld second = ArWorldGenerator.of(ArWorldConfig.builder().customers(30).payments(60)
        .asOf(LocalDate.of(2026, 1, 31)).build()).next(77L);
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @ParameterizedTest
  @MethodSource("configs")
  void test_world_isConsistent(ArWorldConfig config) {
    for (long seed = 0; seed < 20; seed++) {
      assertConsistent(ArWorldGenerator.of(config).next(seed));
    }
  }

  @ParameterizedTest
  @MethodSource("configs")
  void test_postTo_freshLedgerAcceptsEverything_andApplyingTheTruthSettlesExactly(ArWorldConfig config) {
    for (long seed = 0; seed < 10; seed++) {
      ArWorld world = ArWorldGenerator.of(config).next(seed);
      ReceivablesLedger ledger = ReceivablesLedger.create();
      world.postTo(ledger);
      assertThat(ledger.customers()).isEqualTo(world.customers());
      assertThat(ledger.items()).extracting(ItemState::item).isEqualTo(world.items());
      assertThat(ledger.payments()).extracting(PaymentState::payment).isEqualTo(world.payments());
      for (PaymentState p : ledger.payments()) {
        Money inBucket = p.payment().customerId().isPresent() ? p.unapplied() : p.suspense();
        assertThat(inBucket).isEqualTo(p.amount());
      }
      LedgerChecks.assertInvariants(ledger);

      world.applyTruthTo(ledger);
      LedgerChecks.assertInvariants(ledger);
      for (PaymentTruth truth : world.truths()) {
        PaymentState state = ledger.payment(truth.payment()).orElseThrow();
        assertThat(state.unapplied().plus(state.suspense())).as(truth.payment().toString()).isEqualTo(truth.unexplained());
        for (TruthAllocation allocation : truth.allocations()) {
          ItemState item = ledger.item(allocation.documentNumber()).orElseThrow();
          assertThat(item.open().isZero()).as(allocation.documentNumber().toString()).isTrue();
          assertThat(item.discount()).isEqualTo(allocation.discount());
          assertThat(item.deducted()).isEqualTo(allocation.shortfall());
        }
      }
      long shortAllocations = world.truths().stream().flatMap(t -> t.allocations().stream())
          .filter(a -> a.shortfall().isPositive()).count();
      assertThat(ledger.deductions()).hasSize((int) shortAllocations);
    }
  }

  @Test
  void test_postTo_refusesALedgerThatAlreadyHoldsTheWorld() {
    ArWorld world = ArWorldGenerator.of(ArWorldConfig.defaults()).next(1L);
    ReceivablesLedger ledger = ReceivablesLedger.create();
    world.postTo(ledger);
    assertThatThrownBy(() -> world.postTo(ledger)).isInstanceOf(dev.o2c.core.ledger.LedgerException.class);
  }

  @Test
  void test_defaultWorlds_reachEveryScenario_parentsAndCreditMemoNetting() {
    Set<PaymentScenario> scenarios = EnumSet.noneOf(PaymentScenario.class);
    boolean parentPaid = false;
    boolean memoNetted = false;
    for (long seed = 0; seed < 10; seed++) {
      ArWorld world = ArWorldGenerator.of(ArWorldConfig.defaults()).next(seed);
      for (PaymentTruth truth : world.truths()) {
        scenarios.add(truth.scenario());
        if (!truth.allocations().isEmpty()) {
          CustomerId owner = world.item(truth.allocations().get(0).documentNumber()).orElseThrow().customerId();
          parentPaid |= !truth.payerId().orElseThrow().equals(owner);
        }
        memoNetted |= truth.allocations().stream().anyMatch(a -> a.amount().isNegative());
      }
    }
    assertThat(scenarios).containsExactlyInAnyOrder(PaymentScenario.values());
    assertThat(parentPaid).as("some payment made by a parent for a child's items").isTrue();
    assertThat(memoNetted).as("some payment nets a credit memo").isTrue();
  }

  @Test
  void test_config_reportsEveryProblem() {
    assertThatThrownBy(() -> ArWorldConfig.builder().customers(0).minItemsPerCustomer(3).maxItemsPerCustomer(2)
        .payments(-1).historyDays(0).parentShare(1.5).parentPaysShare(-0.1)
        .scenarioMix(List.of(Weighted.of(0, PaymentScenario.EXACT)))
        .currencyMix(List.of(Weighted.of(1, Monetary.getCurrency("XAU")))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("customers", "items per customer", "payments", "historyDays", "parentShare",
            "parentPaysShare", "scenarioMix", "XAU has no decimal scale");
  }

  @Test
  void test_largeWorld_isConsistent() {
    ArWorld world = ArWorldGenerator.of(ArWorldConfig.builder().customers(2_000).payments(8_000).build()).next(5L);
    assertThat(world.payments()).hasSize(8_000);
    assertConsistent(world);
  }

  /** Everything the truth refers to exists, and the amounts add up. */
  static void assertConsistent(ArWorld world) {
    ArWorldConfig config = world.config();
    LocalDate asOf = world.asOf();
    assertThat(world.customers()).hasSize(config.customers());
    assertThat(world.payments()).hasSize(config.payments());

    Map<CustomerId, Customer> customers = new HashMap<>();
    for (Customer c : world.customers()) {
      c.parentId().ifPresent(parent -> assertThat(customers).as("parent of %s registered before it", c.id())
          .containsKey(parent));
      assertThat(customers.put(c.id(), c)).as("unique customer id %s", c.id()).isNull();
    }
    Set<String> allAccounts = world.customers().stream().flatMap(c -> c.bankAccounts().stream())
        .collect(Collectors.toSet());

    Map<DocumentNumber, OpenItem> items = new HashMap<>();
    Map<CustomerId, Integer> perCustomer = new HashMap<>();
    for (OpenItem item : world.items()) {
      assertThat(items.put(item.documentNumber(), item)).as("unique document %s", item.documentNumber()).isNull();
      Customer owner = customers.get(item.customerId());
      assertThat(owner).as("customer of %s", item.documentNumber()).isNotNull();
      assertThat(item.originalAmount().currency()).isEqualTo(owner.currency());
      assertThat(item.openAmount()).isEqualTo(item.originalAmount());
      assertThat(item.documentDate()).isBetween(asOf.minusDays(config.historyDays()), asOf);
      perCustomer.merge(item.customerId(), 1, Integer::sum);
    }
    for (Customer c : world.customers()) {
      assertThat(perCustomer.getOrDefault(c.id(), 0))
          .isBetween(config.minItemsPerCustomer(), config.maxItemsPerCustomer());
    }

    assertThat(world.truths()).extracting(PaymentTruth::payment)
        .isEqualTo(world.payments().stream().map(Payment::id).toList());
    Set<DocumentNumber> settled = new HashSet<>();
    for (Payment payment : world.payments()) {
      PaymentTruth truth = world.truthFor(payment.id());
      assertThat(truth.paymentAmount()).isEqualTo(payment.amount());
      assertThat(payment.valueDate()).isBeforeOrEqualTo(asOf);
      Money explained = Money.zero(payment.amount().currency());
      for (TruthAllocation allocation : truth.allocations()) {
        OpenItem item = items.get(allocation.documentNumber());
        assertThat(item).as("item %s of payment %s exists", allocation.documentNumber(), payment.bankReference())
            .isNotNull();
        assertThat(settled.add(item.documentNumber())).as("%s settled by one payment only", item.documentNumber())
            .isTrue();
        assertThat(allocation.cleared()).as("allocation settles %s completely", item.documentNumber())
            .isEqualTo(item.openAmount());
        assertThat(payment.valueDate()).isAfterOrEqualTo(item.documentDate());
        explained = explained.plus(allocation.amount());
      }
      assertThat(explained.plus(truth.unexplained())).as("payment %s adds up", payment.bankReference())
          .isEqualTo(payment.amount());
      if (config.identifyPayers()) {
        assertThat(payment.customerId()).isEqualTo(truth.payerId());
      } else {
        assertThat(payment.customerId()).isEmpty();
      }
      truth.payerId().ifPresent(payer -> {
        assertThat(customers).containsKey(payer);
        payment.payerAccount().ifPresent(a -> assertThat(customers.get(payer).bankAccounts()).contains(a));
      });
      assertScenario(world, payment, truth, items, allAccounts);
    }
  }

  private static void assertScenario(ArWorld world, Payment payment, PaymentTruth truth, Map<DocumentNumber, OpenItem> items,
      Set<String> allAccounts) {
    List<TruthAllocation> allocations = truth.allocations();
    switch (truth.scenario()) {
      case EXACT:
        assertThat(allocations).hasSize(1);
        assertThat(allocations.get(0).amount()).isEqualTo(payment.amount());
        assertThat(truth.unexplained().isZero()).isTrue();
        break;
      case SHORT:
        assertThat(allocations).hasSize(1);
        assertThat(allocations.get(0).shortfall().isPositive()).isTrue();
        assertThat(allocations.get(0).deductionReason()).isPresent();
        break;
      case DISCOUNT: {
        assertThat(allocations).hasSize(1);
        OpenItem item = items.get(allocations.get(0).documentNumber());
        TermsNotation terms = List.of(TermsNotation.values()).stream()
            .filter(t -> item.terms().orElseThrow().equals(t.terms())).findFirst().orElseThrow();
        assertThat(allocations.get(0).discount()).isEqualTo(terms.discount(item.originalAmount()));
        assertThat(allocations.get(0).discount().isPositive()).isTrue();
        assertThat(payment.valueDate()).isBeforeOrEqualTo(terms.discountDate(item.documentDate()));
        break;
      }
      case MULTIPLE:
        assertThat(allocations).hasSizeGreaterThanOrEqualTo(2);
        assertThat(allocations.stream().map(a -> items.get(a.documentNumber()).customerId()).distinct()).hasSize(1);
        assertThat(allocations).allMatch(a -> a.discount().isZero() && a.shortfall().isZero());
        assertThat(allocations).filteredOn(a -> a.amount().isNegative())
            .allMatch(a -> items.get(a.documentNumber()).kind() == ItemKind.CREDIT_MEMO);
        break;
      case ON_ACCOUNT:
        assertThat(allocations).isEmpty();
        assertThat(truth.payerId()).isPresent();
        assertThat(truth.unexplained()).isEqualTo(payment.amount());
        break;
      default:
        assertThat(allocations).isEmpty();
        assertThat(truth.payerId()).isEmpty();
        assertThat(payment.customerId()).isEmpty();
        assertThat(truth.unexplained()).isEqualTo(payment.amount());
        payment.payerAccount().ifPresent(a -> assertThat(allAccounts).doesNotContain(a));
        payment.payerName().ifPresent(n -> assertThat(world.customers()).noneMatch(c -> c.name().equals(n)));
        assertThat(payment.remittance().structured()).isEmpty();
        assertThat(payment.remittance().text().split(" ")).noneMatch(token -> token.matches("[0-9]+"))
            .noneMatch(token -> token.matches("(?i)(INV|CM|DM)-?[0-9]+"));
    }
  }
}
