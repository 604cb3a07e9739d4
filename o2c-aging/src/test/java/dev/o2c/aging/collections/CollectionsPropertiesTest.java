package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.DAY;
import static dev.o2c.aging.collections.CollectionsBooks.EUR;
import static dev.o2c.aging.collections.CollectionsBooks.assertBalanced;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Properties of promises and disputes on random inputs: payment-plan instalments sum exactly to the
 * plan's amount; grading is monotone (more money received never gives a lower grade); disputed
 * amounts never exceed the items' open amounts; resolution commands are accepted by a real ledger,
 * keep its books balanced and change the balance by exactly what the resolution means. Set
 * {@code -Do2c.qt.examples=N} for more.
 */
class CollectionsPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final List<CurrencyUnit> CURRENCIES = List.of(EUR, Monetary.getCurrency("JPY"),
      Monetary.getCurrency("KWD"));

  /** Grades from worst to best: more money may only move a grade to the right. */
  private static final List<PromiseStatus> ORDER = List.of(PromiseStatus.BROKEN, PromiseStatus.PARTIALLY_KEPT,
      PromiseStatus.OPEN, PromiseStatus.KEPT);

  @Test
  void test_instalmentsSumExactlyToThePlanAmount_allButOneEqual() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      int n = 1 + random.nextInt(60);
      long minor = n + (random.nextBoolean() ? random.nextLong(1000) : random.nextLong(1_000_000_000_000L));
      Money amount = Money.ofMinor(currency, minor);
      PaymentPlanRemainder remainder = random.nextBoolean() ? PaymentPlanRemainder.FIRST : PaymentPlanRemainder.LAST;
      PaymentPlanSchedule schedule = PaymentPlanSchedule.every(n, DAY, Period.of(0, random.nextInt(3),
          1 + random.nextInt(20))).withRemainderOn(remainder);

      List<PromisedPayment> instalments = schedule.instalments(amount);

      assertThat(instalments).hasSize(n);
      assertThat(Money.total(currency, instalments.stream().map(PromisedPayment::amount).toList())).isEqualTo(amount);
      int larger = remainder == PaymentPlanRemainder.FIRST ? 0 : n - 1;
      long base = minor / n;
      for (int i = 0; i < n; i++) {
        long expected = i == larger ? base + minor % n : base;
        assertThat(instalments.get(i).amount().minorUnits()).isEqualTo(expected).isPositive();
        assertThat(instalments.get(i).date()).isEqualTo(schedule.dates().get(i));
      }
    });
  }

  @Test
  void test_moreMoneyNeverGivesALowerGrade_andAmountsAddUp() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      PromiseToPay promise = promise(random);
      PromiseEvaluator evaluator = PromiseEvaluator.of(PromiseTolerance.NONE
          .withAbsolute(Money.ofMinor(EUR, random.nextInt(3) == 0 ? random.nextLong(2000) : 0))
          .withPercent(BigDecimal.valueOf(random.nextInt(3) == 0 ? random.nextInt(500) : 0, 2))
          .withGraceDays(random.nextInt(3) == 0 ? random.nextInt(10) : 0));
      List<PromiseReceipt> receipts = new ArrayList<>();
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        receipts.add(receipt(random, promise));
      }
      List<PromiseReceipt> more = new ArrayList<>(receipts);
      more.add(receipt(random, promise));
      LocalDate asOf = near(random, promise);

      PromiseEvaluation less = evaluator.evaluate(promise, receipts, asOf);
      PromiseEvaluation moreMoney = evaluator.evaluate(promise, more, asOf);

      assertThat(ORDER.indexOf(moreMoney.status())).isGreaterThanOrEqualTo(ORDER.indexOf(less.status()));
      for (int i = 0; i < promise.payments().size(); i++) {
        PromiseInstalmentGrade before = less.instalments().get(i);
        PromiseInstalmentGrade after = moreMoney.instalments().get(i);
        assertThat(ORDER.indexOf(after.status())).isGreaterThanOrEqualTo(ORDER.indexOf(before.status()));
        assertThat(after.receivedInTime()).isGreaterThanOrEqualTo(before.receivedInTime());
      }
      for (PromiseEvaluation e : List.of(less, moreMoney)) {
        assertThat(e.promised()).isEqualTo(e.received().plus(e.missing()));
        assertThat(e.promise().status()).isEqualTo(e.status());
        for (PromiseInstalmentGrade g : e.instalments()) {
          assertThat(g.promised()).isEqualTo(g.receivedInTime().plus(g.receivedLate()).plus(g.missing()));
          assertThat(g.missing().isNegative()).isFalse();
          assertThat(g.receivedLate().isNegative()).isFalse();
        }
      }
    });
  }

  private static PromiseToPay promise(SplittableRandom random) {
    LocalDate madeOn = DAY.plusDays(random.nextInt(30));
    LocalDate date = madeOn.plusDays(random.nextInt(10));
    List<PromisedPayment> payments = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      payments.add(PromisedPayment.of(date, Money.ofMinor(EUR, 1 + random.nextLong(100_000))));
      date = date.plusDays(1 + random.nextInt(30));
    }
    PromiseToPay.Builder builder = PromiseToPay.builder().id(PromiseId.of("P-" + random.nextInt(1000)))
        .customerId(ACME).madeOn(madeOn).addAllPayments(payments);
    if (random.nextBoolean()) {
      builder.addDocumentNumbers(doc("INV-1"), doc("INV-2"));
    }
    return builder.build();
  }

  /** A day close to one of the promised dates, where the grades change; sometimes any day. */
  private static LocalDate near(SplittableRandom random, PromiseToPay promise) {
    if (random.nextInt(5) == 0) {
      return promise.madeOn().plusDays(random.nextInt(-5, 150));
    }
    LocalDate date = promise.payments().get(random.nextInt(promise.payments().size())).date();
    return date.plusDays(random.nextInt(-3, 12));
  }

  /** Money for a promise: mostly a part, all or a multiple of one promised amount, near a promised date. */
  private static PromiseReceipt receipt(SplittableRandom random, PromiseToPay promise) {
    LocalDate date = near(random, promise);
    long instalment = promise.payments().get(random.nextInt(promise.payments().size())).amount().minorUnits();
    long minor = switch (random.nextInt(4)) {
      case 0 -> random.nextLong(1 + instalment);
      case 1 -> instalment;
      case 2 -> instalment * (1 + random.nextInt(3));
      default -> random.nextLong(200_000);
    };
    Money amount = Money.ofMinor(EUR, minor);
    switch (random.nextInt(5)) {
      case 0:
        return PromiseReceipt.forCustomer(ACME, date, amount);
      case 1:
        return PromiseReceipt.forItem(CollectionsBooks.OTHER, doc("INV-1"), date, amount);
      case 2:
        return PromiseReceipt.forItem(ACME, doc("INV-3"), date, amount);
      default:
        return PromiseReceipt.forItem(ACME, doc(random.nextBoolean() ? "INV-1" : "INV-2"), date, amount);
    }
  }

  @Test
  void test_disputedAmountsNeverExceedTheItemsOpenAmounts() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<OpenItem> items = new ArrayList<>();
      int itemCount = 1 + random.nextInt(6);
      for (int i = 0; i < itemCount; i++) {
        long original = 1 + random.nextLong(500_000);
        OpenItem item = CollectionsBooks.invoice("INV-" + i, ACME, Money.ofMinor(EUR, original), DAY);
        items.add(item.withOpenAmount(Money.ofMinor(EUR, random.nextBoolean() ? original : random.nextLong(original))));
      }
      List<DisputeCase> cases = new ArrayList<>();
      int caseCount = random.nextInt(6);
      for (int c = 0; c < caseCount; c++) {
        cases.add(randomCase(random, "DSP-" + c, itemCount + 2));
      }
      LocalDate asOf = DAY.plusDays(random.nextInt(40));

      Map<DocumentNumber, Money> disputed = DisputedAmounts.asOf(cases, items, asOf);

      for (OpenItem item : items) {
        Money amount = disputed.get(item.documentNumber());
        if (amount != null) {
          assertThat(amount.isPositive()).isTrue();
          assertThat(amount).isLessThanOrEqualTo(item.openAmount());
        }
      }
      assertThat(items.stream().map(OpenItem::documentNumber).toList()).containsAll(disputed.keySet());
    });
  }

  private static DisputeCase randomCase(SplittableRandom random, String id, int itemRange) {
    LocalDate raised = DAY.plusDays(random.nextInt(30));
    if (random.nextInt(5) == 0) {
      Deduction deduction = Deduction.builder().id(DeductionId.of(id)).customerId(ACME)
          .documentNumber(doc("INV-" + random.nextInt(itemRange))).amount(Money.ofMinor(EUR, 1 + random.nextLong(9999)))
          .reason(DeductionReason.SHORTAGE).createdOn(raised).build();
      return DisputeCase.fromDeduction(deduction, "anna", raised.plusDays(30));
    }
    List<DisputeLine> lines = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    int lineCount = 1 + random.nextInt(3);
    for (int l = 0; l < lineCount; l++) {
      int item = random.nextInt(itemRange);
      if (!used.contains(item)) {
        used.add(item);
        lines.add(DisputeLine.of(doc("INV-" + item), Money.ofMinor(EUR, 1 + random.nextLong(600_000))));
      }
    }
    DisputeCase disputeCase = DisputeCase.raise(DisputeId.of(id), ACME, DeductionReason.PRICING, lines, "anna",
        raised, raised.plusDays(random.nextInt(60)));
    if (random.nextBoolean()) {
      DisputeStatus[] next = disputeCase.status().allowedNext().toArray(new DisputeStatus[0]);
      disputeCase = disputeCase.moveTo(next[random.nextInt(next.length)], raised.plusDays(random.nextInt(10)), "ben",
          Optional.empty());
    }
    return disputeCase;
  }

  @Test
  void test_resolutionCommands_areAccepted_keepTheLedgerBalanced_andChangeTheBalanceByWhatTheyMean() {
    qt().withExamples(EXAMPLES / 4).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ReceivablesLedger ledger = CollectionsBooks.ledger();
      int itemCount = 1 + random.nextInt(4);
      for (int i = 0; i < itemCount; i++) {
        CollectionsBooks.post(ledger, "INV-" + i, Money.ofMinor(EUR, 100 + random.nextLong(500_000)));
      }
      LocalDate day = DAY.plusDays(5);
      for (int i = 0; i < itemCount; i++) {
        long open = ledger.item(doc("INV-" + i)).orElseThrow().open().minorUnits();
        if (random.nextInt(3) == 0) {
          CollectionsBooks.pay(ledger, "B-" + i, "INV-" + i, Money.ofMinor(EUR, 1 + random.nextLong(open)), day);
        }
      }
      DisputeCase disputeCase;
      if (random.nextInt(3) == 0) {
        DocumentNumber item = doc("INV-" + random.nextInt(itemCount));
        long open = ledger.item(item).orElseThrow().open().minorUnits();
        ledger.post(OpenDeduction.of(DeductionId.of("DED-1"), item, Money.ofMinor(EUR, 1 + random.nextLong(open)),
            DeductionReason.DAMAGE, day));
        disputeCase = DisputeCase.fromDeduction(ledger.deduction(DeductionId.of("DED-1")).orElseThrow(), "anna",
            day.plusDays(30));
      } else {
        disputeCase = randomRaised(random, itemCount, day);
      }
      assertBalanced(ledger);
      Money before = ledger.now().balance(ACME).get(EUR);
      Money deductionsBefore = ledger.now().customerBalance(ACME).openDeductions().get(EUR);
      Map<DocumentNumber, Money> disputed = DisputedAmounts.asOf(List.of(disputeCase), ledger.now().openItems(ACME),
          day);
      Money cappedTotal = Money.total(EUR, disputed.values());
      DisputeResolver resolver = DisputeResolver.of(AuthorityLimits.builder()
          .role("collector", Money.ofMinor(EUR, random.nextLong(600_000))).role("manager", Money.ofMinor(EUR, 10_000_000))
          .build());
      LocalDate when = day.plusDays(random.nextInt(20));
      if (random.nextBoolean()) {
        DisputeOutcome review = resolver.review(disputeCase, when, "anna");
        ledger.postAll(review.commands());
        disputeCase = review.disputeCase();
      }
      int decision = random.nextInt(3);
      DisputeOutcome outcome;
      if (decision == 0) {
        outcome = resolver.credit(disputeCase, when, "anna", doc("CM-1"), ledger.now());
      } else if (decision == 1) {
        outcome = resolver.reject(disputeCase, when, "anna");
      } else {
        outcome = resolver.writeOff(disputeCase, when, AuthorityHolder.of("anna", "collector"), ledger.now());
        if (outcome.needsApproval()) {
          assertThat(outcome.commands()).isEmpty();
          outcome = resolver.approveWriteOff(outcome.disputeCase(), when, AuthorityHolder.of("mia", "manager"),
              ledger.now());
        }
      }
      assertThat(outcome.needsApproval()).isFalse();
      assertThat(outcome.disputeCase().isResolved()).isTrue();

      ledger.postAll(outcome.commands());

      assertBalanced(ledger);
      Money after = ledger.now().balance(ACME).get(EUR);
      Money deductionsAfter = ledger.now().customerBalance(ACME).openDeductions().get(EUR);
      if (disputeCase.deduction().isPresent()) {
        Money amount = disputeCase.totalAmount();
        assertThat(deductionsAfter).isEqualTo(deductionsBefore.minus(amount));
        assertThat(after).isEqualTo(decision == 1 ? before.plus(amount) : before);
      } else if (decision == 0) {
        assertThat(after).isEqualTo(before.minus(disputeCase.totalAmount()));
      } else if (decision == 1) {
        assertThat(after).isEqualTo(before);
      } else {
        assertThat(after).isEqualTo(before.minus(cappedTotal));
      }
    });
  }

  private static DisputeCase randomRaised(SplittableRandom random, int itemCount, LocalDate day) {
    List<DisputeLine> lines = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      if (lines.isEmpty() || random.nextBoolean()) {
        lines.add(DisputeLine.of(doc("INV-" + i), Money.ofMinor(EUR, 1 + random.nextLong(600_000))));
      }
    }
    return DisputeCase.raise(DisputeId.of("DSP-1"), ACME, DeductionReason.PRICING, lines, "anna", day,
        day.plusDays(30));
  }
}
