package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.ANNA;
import static dev.o2c.aging.collections.WorklistTestData.BEN;
import static dev.o2c.aging.collections.WorklistTestData.customer;
import static dev.o2c.aging.collections.WorklistTestData.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectorAssignmentTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);
  private static final CollectorId CARLA = CollectorId.of("carla");
  private static final CollectorId SENIOR = CollectorId.of("senior-team");

  private static PriorityFacts facts(String customer, Money overdue) {
    List<OpenItem> items = overdue.isZero() ? List.of()
        : List.of(invoice("INV-" + customer, customer, AS_OF.minusDays(10), overdue));
    return PriorityFacts.of(customer(customer), items, List.of(), Optional.empty(), Optional.empty(), AS_OF);
  }

  private static PriorityFacts facts(String customer, String eur) {
    return facts(customer, Money.of("EUR", eur));
  }

  @Test
  void test_byCustomer_mapLookup() {
    CollectorAssignment rule = CollectorAssignment.byCustomer(Map.of(CustomerId.of("C-1"), ANNA));
    assertThat(rule.collectorFor(facts("C-1", "1.00"))).contains(ANNA);
    assertThat(rule.collectorFor(facts("C-2", "1.00"))).isEmpty();
  }

  @Test
  void test_byKey_regionFromTheHostsCustomerMaster() {
    Map<String, String> regionOf = Map.of("C-1", "DACH", "C-2", "NORDICS", "C-3", "IBERIA");
    CollectorAssignment rule = CollectorAssignment.byKey(c -> Optional.ofNullable(regionOf.get(c.id().toString())),
        Map.of("DACH", ANNA, "NORDICS", BEN));
    assertThat(rule.collectorFor(facts("C-1", "1.00"))).contains(ANNA);
    assertThat(rule.collectorFor(facts("C-2", "1.00"))).contains(BEN);
    assertThat(rule.collectorFor(facts("C-3", "1.00"))).isEmpty();   // a region nobody works
    assertThat(rule.collectorFor(facts("C-4", "1.00"))).isEmpty();   // no region at all
  }

  @Test
  void test_byAmountBand_highestBandAtOrBelowTheOverdueAmount() {
    CollectorAssignment rule = CollectorAssignment.byAmountBand(List.of(
        CollectorAmountBand.of(Money.of("EUR", "10000.00"), SENIOR),
        CollectorAmountBand.of(Money.of("EUR", "100.00"), CARLA)));
    assertThat(rule.collectorFor(facts("C-1", "9999.99"))).contains(CARLA);
    assertThat(rule.collectorFor(facts("C-2", "10000.00"))).contains(SENIOR);
    assertThat(rule.collectorFor(facts("C-3", "99.99"))).isEmpty();            // below every band
    assertThat(rule.collectorFor(facts("C-4", Money.of("USD", "50000.00")))).isEmpty();  // nothing in EUR
    assertThatThrownBy(() -> CollectorAssignment.byAmountBand(List.of(CollectorAmountBand.of(Money.of("EUR", "1.00"), ANNA),
        CollectorAmountBand.of(Money.of("EUR", "1.00"), BEN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two amount bands start at EUR 1.00");
    assertThatThrownBy(() -> CollectorAmountBand.of(Money.of("EUR", "-1.00"), ANNA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void test_byAmountBand_severalCurrencies_firstCurrencyThatPlacesWins() {
    CollectorAssignment rule = CollectorAssignment.byAmountBand(List.of(
        CollectorAmountBand.of(Money.of("USD", "0.00"), BEN),
        CollectorAmountBand.of(Money.of("EUR", "500.00"), ANNA)));
    assertThat(rule.collectorFor(facts("C-1", "600.00"))).contains(ANNA);
    // 10.00 EUR is below EUR's band; in USD it owes nothing, which the 0.00 band takes
    assertThat(rule.collectorFor(facts("C-2", "10.00"))).contains(BEN);
  }

  @Test
  void test_orElse_firstRuleThatAssignsWins_noneAssignsNobody() {
    CollectorAssignment rule = CollectorAssignment.byCustomer(Map.of(CustomerId.of("C-1"), ANNA))
        .orElse(CollectorAssignment.byAmountBand(List.of(CollectorAmountBand.of(Money.of("EUR", "1000.00"), BEN))));
    assertThat(rule.collectorFor(facts("C-1", "5000.00"))).contains(ANNA);
    assertThat(rule.collectorFor(facts("C-2", "5000.00"))).contains(BEN);
    assertThat(rule.collectorFor(facts("C-3", "5.00"))).isEmpty();
    assertThat(CollectorAssignment.none().collectorFor(facts("C-1", "5000.00"))).isEmpty();
  }

  @Test
  void test_planner_unassignedCustomersGoToTheFallbackQueue_neverDropped() {
    CollectorAssignment rule = CollectorAssignment.byCustomer(Map.of(CustomerId.of("C-1"), ANNA,
        CustomerId.of("C-4"), BEN));
    List<PriorityFacts> facts = List.of(facts("C-1", "100.00"), facts("C-2", "300.00"), facts("C-3", "200.00"),
        facts("C-4", "0.00"));
    Worklist worklist = WorklistPlanner.standard(rule).plan(facts, List.of(), AS_OF);
    assertThat(worklist.entries(ANNA)).extracting(e -> e.customer().toString()).containsExactly("C-1");
    assertThat(worklist.unassigned()).extracting(e -> e.customer().toString()).containsExactly("C-2", "C-3");
    assertThat(worklist.unassigned()).extracting(WorklistEntry::rank).containsExactly(1, 2);
    // C-4 is assigned but owes nothing overdue: no entry, yet its tasks would go to ben
    assertThat(worklist.entries(BEN)).isEmpty();
    assertThat(worklist.collectorOf(CustomerId.of("C-4"))).contains(BEN);
    assertThat(worklist.collectorOf(CustomerId.of("C-2"))).isEmpty();
    assertThat(worklist.collectors()).containsExactly(ANNA);

    assertThatThrownBy(() -> WorklistPlanner.standard(f -> null).plan(facts, List.of(), AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("collector assignment returned null for C-1");
    assertThatThrownBy(() -> WorklistPlanner.standard(rule).plan(facts, List.of(), AS_OF.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facts of C-1 are as of 2026-12-15");
  }
}
