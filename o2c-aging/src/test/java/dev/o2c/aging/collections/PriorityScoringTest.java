package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.creditMemo;
import static dev.o2c.aging.collections.WorklistTestData.customer;
import static dev.o2c.aging.collections.WorklistTestData.invoice;
import static dev.o2c.aging.collections.WorklistTestData.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standard scoring worked by hand, factor by factor, as of 15 Dec 2026. */
class PriorityScoringTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void test_standard_workedExample_ofTheJavadoc() {
    // INV-A 10,000.00 due 12 Oct: 64 days overdue (Oct 12 -> Nov 12 = 31, -> Dec 12 = 30, + 3); INV-B 2,400.00 due 30 Nov
    List<OpenItem> items = List.of(invoice("INV-A", "C-1", LocalDate.of(2026, 10, 12), "10000.00"),
        invoice("INV-B", "C-1", LocalDate.of(2026, 11, 30), "2400.00"),
        invoice("INV-C", "C-1", LocalDate.of(2026, 12, 20), "999.00"));   // not yet due
    PriorityFacts facts = PriorityFacts.of(customer("C-1"), items,
        List.of(promise("P-1", "C-1", LocalDate.of(2026, 11, 10), PromiseStatus.BROKEN, LocalDate.of(2026, 11, 20), "5000.00"),
            promise("P-2", "C-1", LocalDate.of(2026, 12, 1), PromiseStatus.OPEN, LocalDate.of(2026, 12, 20), "999.00")),
        Optional.empty(), Optional.of(LocalDate.of(2026, 11, 24)), AS_OF);
    PriorityScore score = PriorityScoring.STANDARD.score(facts);
    // amount 12,400.00 / 1,000.00 = 12.40
    assertThat(score.points(PriorityFactor.AMOUNT_OVERDUE)).isEqualByComparingTo("12.40");
    // days 64 x 0.25 = 16.00
    assertThat(score.points(PriorityFactor.DAYS_OVERDUE)).isEqualByComparingTo("16.00");
    // one broken promise (the open one does not count) x 7.5 = 7.50
    assertThat(score.points(PriorityFactor.BROKEN_PROMISES)).isEqualByComparingTo("7.50");
    assertThat(score.points(PriorityFactor.RISK_CLASS)).isEqualByComparingTo("0");
    assertThat(score.points(PriorityFactor.CREDIT_UTILISATION)).isEqualByComparingTo("0");
    // last contact 24 Nov: 21 days x 0.25 = 5.25
    assertThat(score.points(PriorityFactor.LAST_CONTACT)).isEqualByComparingTo("5.25");
    // 12.40 + 16.00 + 7.50 + 0 + 0 + 5.25 = 41.15
    assertThat(score.total()).isEqualByComparingTo("41.15");
    assertThat(score.contributions()).extracting(PriorityContribution::factor).containsExactly(
        PriorityFactor.AMOUNT_OVERDUE, PriorityFactor.DAYS_OVERDUE, PriorityFactor.BROKEN_PROMISES,
        PriorityFactor.RISK_CLASS, PriorityFactor.CREDIT_UTILISATION, PriorityFactor.LAST_CONTACT);
    assertThat(score.reason())
        .isEqualTo("EUR 12,400.00 overdue up to 64 days; promise of 2026-11-20 broken; last contact 21 days ago");
  }

  @Test
  void test_standard_everyFactorAtItsCap() {
    // 45,000.00 due 1 Jun: 197 days; a 3,000.00 credit memo leaves a balance of 42,000.00 on a 20,000.00 limit
    List<OpenItem> items = List.of(invoice("INV-1", "C-9", LocalDate.of(2026, 6, 1), "45000.00"),
        creditMemo("CM-1", "C-9", LocalDate.of(2026, 7, 1), "3000.00"));
    PriorityFacts facts = PriorityFacts.of(customer("C-9", "20000.00"), items, List.of(
        promise("P-1", "C-9", LocalDate.of(2026, 7, 1), PromiseStatus.BROKEN, LocalDate.of(2026, 7, 15), "100.00"),
        promise("P-3", "C-9", LocalDate.of(2026, 8, 20), PromiseStatus.BROKEN, LocalDate.of(2026, 9, 1), "100.00"),
        promise("P-2", "C-9", LocalDate.of(2026, 8, 1), PromiseStatus.BROKEN, LocalDate.of(2026, 8, 10), "100.00")),
        Optional.of(PriorityRisk.HIGH), Optional.empty(), AS_OF);
    assertThat(facts.overdue().get(WorklistTestData.EUR)).isEqualTo(Money.of("EUR", "45000.00"));
    assertThat(facts.balance().get(WorklistTestData.EUR)).isEqualTo(Money.of("EUR", "42000.00"));
    PriorityScore score = PriorityScoring.STANDARD.score(facts);
    assertThat(score.points(PriorityFactor.AMOUNT_OVERDUE)).isEqualByComparingTo("30");      // 45 capped at 30
    assertThat(score.points(PriorityFactor.DAYS_OVERDUE)).isEqualByComparingTo("25");        // 49.25 capped at 25
    assertThat(score.points(PriorityFactor.BROKEN_PROMISES)).isEqualByComparingTo("15");     // 22.5 capped at 15
    assertThat(score.points(PriorityFactor.RISK_CLASS)).isEqualByComparingTo("6");           // HIGH
    assertThat(score.points(PriorityFactor.CREDIT_UTILISATION)).isEqualByComparingTo("10");  // 20 x (2.1 - 0.5) = 32, capped
    assertThat(score.points(PriorityFactor.LAST_CONTACT)).isEqualByComparingTo("10");        // never contacted
    assertThat(score.total()).isEqualByComparingTo("96");
    assertThat(score.reason()).isEqualTo("EUR 45,000.00 overdue up to 197 days; 3 promises broken, latest of "
        + "2026-09-01; risk class HIGH; credit limit 210% used; no contact yet");
  }

  @Test
  void test_standard_utilisationAboveHalf_andRoundingHalfUp() {
    // 1,235.00 overdue: 1.235 -> 1.24 (half up); balance 6,200.00 on 10,000.00: 20 x (0.62 - 0.5) = 2.40
    List<OpenItem> items = List.of(invoice("INV-1", "C-1", AS_OF.minusDays(1), "1235.00"),
        invoice("INV-2", "C-1", AS_OF.plusDays(10), "4965.00"));
    PriorityFacts facts = PriorityFacts.of(customer("C-1", "10000.00"), items, List.of(), Optional.of(PriorityRisk.LOW),
        Optional.of(AS_OF), AS_OF);
    PriorityScore score = PriorityScoring.STANDARD.score(facts);
    assertThat(score.points(PriorityFactor.AMOUNT_OVERDUE)).isEqualByComparingTo("1.24");
    assertThat(score.points(PriorityFactor.DAYS_OVERDUE)).isEqualByComparingTo("0.25");
    assertThat(score.points(PriorityFactor.CREDIT_UTILISATION)).isEqualByComparingTo("2.40");
    assertThat(score.points(PriorityFactor.LAST_CONTACT)).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("3.89");
    // LOW risk adds nothing and is not mentioned
    assertThat(score.reason()).isEqualTo("EUR 1,235.00 overdue up to 1 day; credit limit 62% used; last contact today");
    // half the limit or less: no points, not mentioned
    PriorityFacts low = PriorityFacts.of(customer("C-1", "10000.00"), List.of(items.get(0)), List.of(),
        Optional.empty(), Optional.of(AS_OF.minusDays(1)), AS_OF);
    assertThat(PriorityScoring.STANDARD.score(low).reason())
        .isEqualTo("EUR 1,235.00 overdue up to 1 day; last contact 1 day ago");
  }

  @Test
  void test_amountPerPoint_perCurrency_andSeveralCurrencies() {
    PriorityScoring scoring = PriorityScoring.builder().amountPerPoint(Money.of("JPY", "150000")).build();
    List<OpenItem> items = List.of(invoice("INV-1", "C-1", AS_OF.minusDays(4), "1500.00"),
        invoice("INV-2", "C-1", AS_OF.minusDays(2), Money.of("JPY", "300000")));
    PriorityFacts facts = PriorityFacts.of(customer("C-1"), items, List.of(), Optional.empty(), Optional.empty(), AS_OF);
    PriorityScore score = scoring.score(facts);
    // 1,500.00 / 1,000.00 + 300,000 / 150,000 = 1.5 + 2 = 3.50
    assertThat(score.points(PriorityFactor.AMOUNT_OVERDUE)).isEqualByComparingTo("3.50");
    assertThat(score.reason()).startsWith("EUR 1,500.00 and JPY 300,000 overdue up to 4 days; ");
    assertThat(scoring.amountPerPoint(WorklistTestData.EUR)).isEqualTo(Money.of("EUR", "1000.00"));
    // the standard scoring: 300,000 major units of JPY are 300 points, capped
    assertThat(PriorityScoring.STANDARD.score(facts).points(PriorityFactor.AMOUNT_OVERDUE)).isEqualByComparingTo("30");
  }

  @Test
  void test_builder_otherWeights_andNegativeWeightsRefused() {
    PriorityScoring scoring = PriorityScoring.builder().maxAmountPoints(dec("50")).daysOverdue(dec("1"), dec("100"))
        .brokenPromises(dec("20"), dec("20")).riskPoints(PriorityRisk.LOW, dec("1"))
        .creditUtilisation(dec("0"), dec("10"), dec("10")).lastContact(dec("0"), dec("0")).build();
    List<OpenItem> items = List.of(invoice("INV-1", "C-1", AS_OF.minusDays(40), "45000.00"));
    PriorityFacts facts = PriorityFacts.of(customer("C-1", "90000.00"), items, List.of(), Optional.of(PriorityRisk.LOW),
        Optional.empty(), AS_OF);
    PriorityScore score = scoring.score(facts);
    // 45 + 40 + 0 + 1 + 10 x 0.5 + 0
    assertThat(score.total()).isEqualByComparingTo("91");
    assertThatThrownBy(() -> PriorityScoring.builder().daysOverdue(dec("-1"), dec("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointsPerDayOverdue -1 is negative");
    assertThatThrownBy(() -> PriorityScoring.builder().amountPerPoint(Money.of("EUR", "0.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amountPerPoint EUR 0.00 is not positive");
  }

  @Test
  void test_facts_refuseOtherCustomersItems_andContactAfterAsOf() {
    assertThatThrownBy(() -> PriorityFacts.of(customer("C-1"), List.of(invoice("INV-1", "C-2", AS_OF, "1.00")),
        List.of(), Optional.empty(), Optional.empty(), AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item INV-1 belongs to C-2");
    assertThatThrownBy(() -> PriorityFacts.of(customer("C-1"), List.of(), List.of(), Optional.empty(),
        Optional.of(AS_OF.plusDays(1)), AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last contact 2026-12-16 is after asOf");
  }

  @Test
  void test_score_totalMustBeTheSumOfContributions() {
    CustomerId c = CustomerId.of("C-1");
    List<PriorityContribution> parts = List.of(PriorityContribution.of(PriorityFactor.OTHER, "2.5"),
        PriorityContribution.of(PriorityFactor.RISK_CLASS, "1"));
    assertThat(PriorityScore.of(c, parts, "host rule").total()).isEqualByComparingTo("3.5");
    assertThatThrownBy(() -> new PriorityScore(c, dec("4"), parts, "host rule"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total 4 is not the sum");
    assertThatThrownBy(() -> PriorityScore.of(c, List.of(parts.get(0), parts.get(0)), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor OTHER twice");
  }
}
