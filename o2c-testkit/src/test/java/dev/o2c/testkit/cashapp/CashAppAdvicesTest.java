package dev.o2c.testkit.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.money.Money;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CashAppAdvicesTest {

  private static CashAppWorld world(Difficulty difficulty) {
    return CashAppWorldGenerator.of(CashAppConfig.builder().customers(60).lines(300).difficulty(difficulty).build())
        .generate(1001L);
  }

  /** What the payer sent for the line's items: the advice's total. */
  private static Money sent(LineTruth truth, Money zero) {
    Money total = zero;
    for (AllocationTruth a : truth.allocations()) {
      total = total.plus(a.applied()).plus(a.fee());
    }
    return total;
  }

  /**
   * The bank line of each advice: the advices come in statement order, so each is the next credit line
   * with items whose end-to-end id, payer account, total and date agree with it.
   */
  private static List<BankLine> linesOf(CashAppWorld world, List<RemittanceAdvice> advices) {
    Map<String, LineTruth> truths = world.truthsByRef();
    List<BankLine> lines = new ArrayList<>();
    int next = 0;
    for (RemittanceAdvice advice : advices) {
      BankLine found = null;
      for (; next < world.lines().size() && found == null; next++) {
        BankLine line = world.lines().get(next);
        LineTruth truth = truths.get(line.entryRef());
        if (truth == null || !line.credit() || truth.allocations().isEmpty()) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(advice.paymentDate().orElseThrow(), line.valueDate());
        boolean fits = advice.endToEndId().equals(line.endToEndId())
            && (line.payerAccount().isEmpty() || advice.payerAccount().equals(line.payerAccount()))
            && advice.amount().equals(Optional.of(sent(truth, Money.zero(line.amount().currency()))))
            && days >= 0 && days <= 2;
        if (fits) {
          found = line;
        }
      }
      assertThat(found).as("the line of advice %s", advice.id()).isNotNull();
      lines.add(found);
    }
    return lines;
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_everyAdvice_remittedLessCreditNotesIsItsAmount(Difficulty difficulty) {
    List<RemittanceAdvice> advices = CashAppAdvices.of(world(difficulty));
    assertThat(advices).isNotEmpty();
    for (RemittanceAdvice advice : advices) {
      Money amount = advice.amount().orElseThrow();
      Money total = Money.zero(amount.currency());
      for (StructuredReference block : advice.remittance().structured()) {
        total = total.plus(block.remittedAmount().orElse(Money.zero(amount.currency())))
            .minus(block.creditNoteAmount().orElse(Money.zero(amount.currency())));
      }
      assertThat(total).as(advice.id()).isEqualTo(amount);
      assertThat(amount.isPositive()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_everyAdvice_hasAKey_andComesFromAMultiInvoiceOrDeductionLine(Difficulty difficulty) {
    CashAppWorld world = world(difficulty);
    List<RemittanceAdvice> advices = CashAppAdvices.of(world);
    assertThat(advices).isNotEmpty();
    List<BankLine> lines = linesOf(world, advices);
    for (int i = 0; i < advices.size(); i++) {
      RemittanceAdvice advice = advices.get(i);
      assertThat(advice.id()).isEqualTo(String.format("RA-%06d", i + 1));
      assertThat(advice.bankReference()).as("a payer does not know the bank's reference").isEmpty();
      assertThat(advice.endToEndId().isPresent() || (advice.payerAccount().isPresent() && advice.amount().isPresent()))
          .as("%s has a key", advice.id()).isTrue();
      assertThat(advice.remittance().structured()).isNotEmpty();
      assertThat(world.truth(lines.get(i).entryRef()).orElseThrow().scenario()).as(advice.id())
          .isIn(CashAppScenario.MULTI_WITH_REMITTANCE, CashAppScenario.SHORT_PAY_DEDUCTION);
    }
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_bothScenarios_sendAdvices(Difficulty difficulty) {
    CashAppWorld world = world(difficulty);
    List<RemittanceAdvice> advices = CashAppAdvices.of(world);
    List<CashAppScenario> scenarios = linesOf(world, advices).stream()
        .map(l -> world.truth(l.entryRef()).orElseThrow().scenario()).toList();
    assertThat(scenarios).contains(CashAppScenario.MULTI_WITH_REMITTANCE, CashAppScenario.SHORT_PAY_DEDUCTION);
  }

  @Test
  void test_easy_documentNumbersAreExactlyTheTruthsDocuments() {
    CashAppWorld world = world(Difficulty.EASY);
    List<RemittanceAdvice> advices = CashAppAdvices.of(world);
    assertThat(advices).isNotEmpty();
    List<BankLine> lines = linesOf(world, advices);
    for (int i = 0; i < advices.size(); i++) {
      List<String> numbers = advices.get(i).remittance().structured().stream()
          .flatMap(b -> b.referredDocuments().stream()).map(d -> d.number().orElseThrow()).toList();
      List<String> truth = world.truth(lines.get(i).entryRef()).orElseThrow().allocations().stream()
          .map(a -> a.documentNumber().toString()).toList();
      assertThat(numbers).as(advices.get(i).id()).isEqualTo(truth);
      assertThat(advices.get(i).remittance().structured()).allSatisfy(b ->
          assertThat(b.referredDocuments()).extracting(ReferredDocument::type)
              .allSatisfy(t -> assertThat(t.orElseThrow()).isIn("CINV", "CREN")));
    }
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void test_sameWorld_sameAdvices(Difficulty difficulty) {
    assertThat(CashAppAdvices.of(world(difficulty))).isEqualTo(CashAppAdvices.of(world(difficulty)));
  }
}
