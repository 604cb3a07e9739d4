package dev.o2c.testkit.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CashAppScorerTest {

  private static final CashAppWorld WORLD = CashAppWorldGenerator.of(CashAppConfig.builder().customers(500).build())
      .generate(1L);

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  private static final Money ZERO = eur("0.00");
  private static final CustomerId ALPHA = CustomerId.of("C-100001");
  private static final DocumentNumber INV1 = DocumentNumber.of("INV-2026-000001");
  private static final DocumentNumber INV2 = DocumentNumber.of("INV-2026-000002");
  private static final DocumentNumber INV3 = DocumentNumber.of("INV-2026-000003");

  private static LineTruth truth(String ref, CashAppScenario scenario, Money amount, Money unapplied,
      AllocationTruth... allocations) {
    return new LineTruth(ref, scenario, true, amount, Optional.of(ALPHA), List.of(allocations), unapplied,
        allocations.length > 0, ReferenceKind.INVOICE_NUMBER, "", Optional.empty());
  }

  @Test
  void test_perfectEngine_scoresOneOnEveryMetric() {
    CashAppScore score = CashAppScorer.score(WORLD.truths(), CashAppScorer.oracle(WORLD.truths()));
    ScenarioScore all = score.overall();
    for (Ratio r : List.of(all.precision(), all.triplePrecision(), all.tripleRecall(), all.invoiceHits(),
        all.payerHits(), all.autoMatchWithEvidence(), all.abstention(), all.balance())) {
      assertThat(r.byCount()).isEqualTo(1.0);
      assertThat(r.byValue()).isEqualTo(1.0);
    }
    long credits = WORLD.truths().stream().filter(LineTruth::credit).count();
    long matched = WORLD.truths().stream().filter(LineTruth::hasMatch).count();
    assertThat(all.autoMatch().hits()).isEqualTo(matched);
    assertThat(all.autoMatch().of()).isEqualTo(credits);
    assertThat(all.suggestionAt1().of()).isZero();
    assertThat(score.byScenario().get(CashAppScenario.SINGLE_WITH_REFERENCE).autoMatch().byCount()).isEqualTo(1.0);
    assertThat(score.unknownOutcomes()).isZero();
  }

  @Test
  void test_oneWrongAutoLine_precisionIsNMinusOneOverN() {
    List<LineOutcome> outcomes = new ArrayList<>(CashAppScorer.oracle(WORLD.truths()));
    int wrong = -1;
    for (int i = 0; i < outcomes.size() && wrong < 0; i++) {
      if (outcomes.get(i).decision() == Decision.AUTO) {
        wrong = i;
      }
    }
    LineOutcome right = outcomes.get(wrong);
    OutcomeAllocation first = right.allocations().get(0);
    Money cent = Money.ofMinor(first.applied().currency(), 1);
    List<OutcomeAllocation> moved = new ArrayList<>(right.allocations());
    moved.set(0, new OutcomeAllocation(first.documentNumber(), first.applied().minus(cent), first.discount(),
        first.writeOff(), first.deduction()));
    outcomes.set(wrong, new LineOutcome(right.entryRef(), Decision.AUTO, right.payer(), moved,
        right.unapplied().plus(cent), List.of()));

    ScenarioScore all = CashAppScorer.score(WORLD.truths(), outcomes).overall();
    long n = all.precision().of();
    assertThat(all.precision().hits()).isEqualTo(n - 1);
    assertThat(all.precision().byCount()).isEqualTo((n - 1) / (double) n);
    assertThat(all.balance().byCount()).isEqualTo(1.0);
    assertThat(all.tripleRecall().of() - all.tripleRecall().hits()).isEqualTo(1);
  }

  @Test
  void test_workedExample_suggestionsAbstentionAndBalance() {
    LineTruth exact = truth("L1", CashAppScenario.SINGLE_WITH_REFERENCE, eur("100.00"), ZERO,
        AllocationTruth.applied(INV1, ALPHA, eur("100.00")));
    LineTruth multi = truth("L2", CashAppScenario.MULTI_WITHOUT_REMITTANCE, eur("300.00"), ZERO,
        AllocationTruth.applied(INV2, ALPHA, eur("100.00")), AllocationTruth.applied(INV3, ALPHA, eur("200.00")));
    LineTruth notOurs = new LineTruth("L3", CashAppScenario.UNIDENTIFIABLE, true, eur("50.00"), Optional.empty(),
        List.of(), eur("50.00"), false, ReferenceKind.NONE, "not ours", Optional.empty());
    LineTruth returned = new LineTruth("L4", CashAppScenario.RETURN, false, eur("100.00"), Optional.of(ALPHA),
        List.of(), eur("100.00"), false, ReferenceKind.UNUSABLE, "", Optional.of("L1"));

    LineOutcome l1 = new LineOutcome("L1", Decision.AUTO, Optional.of(ALPHA),
        List.of(OutcomeAllocation.of(INV1, eur("100.00"))), ZERO, List.of());
    // L2: first proposal wrong (INV2 alone), the right set second.
    LineOutcome l2 = new LineOutcome("L2", Decision.SUGGESTED, Optional.of(ALPHA),
        List.of(OutcomeAllocation.of(INV2, eur("100.00"))), eur("200.00"),
        List.of(List.of(OutcomeAllocation.of(INV3, eur("200.00")), OutcomeAllocation.of(INV2, eur("100.00")))));
    // L3: unapplied, but its amount is off by a cent: the balance fails.
    LineOutcome l3 = new LineOutcome("L3", Decision.UNAPPLIED, Optional.empty(), List.of(), eur("49.99"), List.of());

    CashAppScore score = CashAppScorer.score(List.of(exact, multi, notOurs, returned), List.of(l1, l2, l3));
    ScenarioScore all = score.overall();
    assertThat(all.lines()).isEqualTo(4);
    assertThat(all.autoMatch().hits()).isEqualTo(1);
    assertThat(all.autoMatch().of()).isEqualTo(3);
    assertThat(all.autoMatch().byValue()).isCloseTo(100.0 / 450.0, within(1e-12));
    assertThat(all.precision().byCount()).isEqualTo(1.0);
    assertThat(all.suggestionAt1().byCount()).isEqualTo(0.0);
    assertThat(all.suggestionAt3().byCount()).isEqualTo(1.0);
    assertThat(all.reciprocalRank().byCount()).isEqualTo(0.5);
    assertThat(all.abstention().hits()).isEqualTo(2);
    assertThat(all.abstention().of()).isEqualTo(2);
    assertThat(all.balance().hits()).isEqualTo(2);
    assertThat(all.balance().of()).isEqualTo(3);
    assertThat(all.tripleRecall().hits()).isEqualTo(1);
    assertThat(all.tripleRecall().of()).isEqualTo(3);
    assertThat(all.payerHits().byCount()).isEqualTo(1.0);
    assertThat(score.report()).contains("#4 MULTI_WITHOUT_REMITTANCE").contains("all").contains("by value");
  }

  @Test
  void test_allocationEquality_feeAsWriteOffCountsAndDiscountAsWriteOffDoesNot() {
    Money zero = ZERO;
    LineTruth fee = truth("F", CashAppScenario.BANK_FEE, eur("985.00"), ZERO, new AllocationTruth(INV1, ALPHA,
        eur("985.00"), zero, zero, Optional.empty(), eur("15.00"), zero, zero));
    LineOutcome feeAsWriteOff = new LineOutcome("F", Decision.AUTO, Optional.of(ALPHA),
        List.of(new OutcomeAllocation(INV1, eur("985.00"), zero, eur("15.00"), zero)), ZERO, List.of());
    assertThat(CashAppScorer.allocationEquals(fee, feeAsWriteOff)).isTrue();

    LineTruth discount = truth("D", CashAppScenario.CASH_DISCOUNT, eur("980.00"), ZERO, new AllocationTruth(INV1,
        ALPHA, eur("980.00"), eur("20.00"), zero, Optional.empty(), zero, zero, zero));
    LineOutcome discountAsWriteOff = new LineOutcome("D", Decision.AUTO, Optional.of(ALPHA),
        List.of(new OutcomeAllocation(INV1, eur("980.00"), zero, eur("20.00"), zero)), ZERO, List.of());
    assertThat(CashAppScorer.allocationEquals(discount, discountAsWriteOff)).isFalse();

    LineTruth deduction = truth("S", CashAppScenario.SHORT_PAY_DEDUCTION, eur("900.00"), ZERO, new AllocationTruth(
        INV1, ALPHA, eur("900.00"), zero, eur("100.00"), Optional.of(DeductionReason.DAMAGE), zero, zero, zero));
    LineOutcome deducted = new LineOutcome("S", Decision.AUTO, Optional.of(ALPHA),
        List.of(new OutcomeAllocation(INV1, eur("900.00"), zero, zero, eur("100.00"))), ZERO, List.of());
    assertThat(CashAppScorer.allocationEquals(deduction, deducted)).isTrue();
  }

  @Test
  void test_missingOutcome_isUnappliedAndFailsTheBalance() {
    LineTruth exact = truth("L1", CashAppScenario.SINGLE_WITH_REFERENCE, eur("100.00"), ZERO,
        AllocationTruth.applied(INV1, ALPHA, eur("100.00")));
    ScenarioScore all = CashAppScorer.score(List.of(exact), List.of()).overall();
    assertThat(all.balance().byCount()).isEqualTo(0.0);
    assertThat(all.autoMatch().byCount()).isEqualTo(0.0);
    assertThat(all.suggestionAt5().byCount()).isEqualTo(0.0);
  }

  @Test
  void test_twoOutcomesForOneLine_areRejected() {
    LineOutcome a = LineOutcome.unapplied("L1", eur("1.00"));
    assertThatThrownBy(() -> CashAppScorer.score(List.of(), List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L1");
  }
}
