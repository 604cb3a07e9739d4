package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.OTHER;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of grading promises to pay: every grade, per instalment and whole. */
class PromiseEvaluatorTest {

  static final LocalDate MADE = LocalDate.of(2026, 4, 1);
  static final LocalDate DATE = LocalDate.of(2026, 4, 15);

  /** A single promise of EUR 500.00 on 15 April for INV-1, made on 1 April. */
  static PromiseToPay single() {
    return PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(ACME).addDocumentNumbers(doc("INV-1"))
        .madeOn(MADE).addPayments(PromisedPayment.of(DATE, eur("500.00"))).build();
  }

  /** EUR 900.00 in three instalments of 300.00 on 15 April, 15 May and 15 June, against the balance. */
  static PromiseToPay plan() {
    return PaymentPlanSchedule.monthly(3, DATE).promise(PromiseId.of("PP-1"), ACME, List.of(), MADE, eur("900.00"));
  }

  static PromiseReceipt item(String number, LocalDate date, String amount) {
    return PromiseReceipt.forItem(ACME, doc(number), date, eur(amount));
  }

  @Test
  void test_single_paidInFullOnTheDate_isKept() {
    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(single(), List.of(item("INV-1", DATE, "500.00")),
        DATE.plusDays(10));

    assertThat(e.status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(e.promise().status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(e.received()).isEqualTo(eur("500.00"));
    assertThat(e.missing()).isEqualTo(eur("0.00"));
    assertThat(e.reason()).isEqualTo("EUR 500.00 of EUR 500.00 arrived by 2026-04-15");
  }

  @Test
  void test_single_paidEarly_isKeptBeforeTheDate() {
    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(single(),
        List.of(item("INV-1", MADE.plusDays(1), "200.00"), item("INV-1", MADE.plusDays(3), "300.00")),
        MADE.plusDays(5));

    assertThat(e.status()).isEqualTo(PromiseStatus.KEPT);
  }

  @Test
  void test_single_partlyPaidBeforeTheDate_isOpen_alsoOnTheDateItself() {
    List<PromiseReceipt> receipts = List.of(item("INV-1", MADE.plusDays(2), "200.00"));

    PromiseEvaluation before = PromiseEvaluator.STRICT.evaluate(single(), receipts, DATE.minusDays(1));
    PromiseEvaluation onTheDay = PromiseEvaluator.STRICT.evaluate(single(), receipts, DATE);

    assertThat(before.status()).isEqualTo(PromiseStatus.OPEN);
    assertThat(onTheDay.status()).isEqualTo(PromiseStatus.OPEN);
    assertThat(onTheDay.received()).isEqualTo(eur("200.00"));
    assertThat(onTheDay.missing()).isEqualTo(eur("300.00"));
    assertThat(onTheDay.reason())
        .isEqualTo("instalment 1 of 1: EUR 200.00 of EUR 500.00 arrived so far; in time until 2026-04-15");
  }

  @Test
  void test_single_nothingByTheDate_isBroken_theDayAfter() {
    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(single(), List.of(), DATE.plusDays(1));

    assertThat(e.status()).isEqualTo(PromiseStatus.BROKEN);
    assertThat(e.promise().status()).isEqualTo(PromiseStatus.BROKEN);
    assertThat(e.missing()).isEqualTo(eur("500.00"));
    assertThat(e.reason()).isEqualTo("instalment 1 of 1: nothing of EUR 500.00 arrived by 2026-04-15");
  }

  @Test
  void test_single_someByTheDate_isPartiallyKept_andLateMoneyIsReportedButDoesNotChangeTheGrade() {
    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(single(),
        List.of(item("INV-1", DATE, "350.00"), item("INV-1", DATE.plusDays(2), "100.00")), DATE.plusDays(5));

    assertThat(e.status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT);
    PromiseInstalmentGrade grade = e.instalments().get(0);
    assertThat(grade.receivedInTime()).isEqualTo(eur("350.00"));
    assertThat(grade.receivedLate()).isEqualTo(eur("100.00"));
    assertThat(grade.missing()).isEqualTo(eur("50.00"));
    assertThat(e.receivedInTime()).isEqualTo(eur("350.00"));
    assertThat(e.received()).isEqualTo(eur("450.00"));
    assertThat(e.missing()).isEqualTo(eur("50.00"));
    assertThat(e.reason())
        .isEqualTo("instalment 1 of 1: EUR 350.00 of EUR 500.00 arrived by 2026-04-15, short by EUR 150.00");
  }

  @Test
  void test_tolerance_shortfallWithinTheLargerOfAbsoluteAndPercent_isKept() {
    // 1% of 500.00 is 5.00, the absolute 3.00 is less: 495.00 keeps it, 494.99 does not.
    PromiseEvaluator evaluator = PromiseEvaluator.of(PromiseTolerance.NONE.withAbsolute(eur("3.00"))
        .withPercent(BigDecimal.ONE));

    PromiseEvaluation kept = evaluator.evaluate(single(), List.of(item("INV-1", DATE, "495.00")), DATE.plusDays(1));
    PromiseEvaluation partly = evaluator.evaluate(single(), List.of(item("INV-1", DATE, "494.99")),
        DATE.plusDays(1));

    assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(kept.missing()).isEqualTo(eur("5.00"));
    assertThat(kept.reason())
        .isEqualTo("EUR 495.00 of EUR 500.00 arrived by 2026-04-15, short by EUR 5.00 within the tolerated EUR 5.00");
    assertThat(partly.status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT);
  }

  @Test
  void test_tolerance_graceDays_moveTheDeadline() {
    PromiseEvaluator evaluator = PromiseEvaluator.of(PromiseTolerance.NONE.withGraceDays(3));
    List<PromiseReceipt> late = List.of(item("INV-1", DATE.plusDays(3), "500.00"));

    assertThat(evaluator.evaluate(single(), List.of(), DATE.plusDays(3)).status()).isEqualTo(PromiseStatus.OPEN);
    assertThat(evaluator.evaluate(single(), List.of(), DATE.plusDays(4)).status()).isEqualTo(PromiseStatus.BROKEN);
    assertThat(evaluator.evaluate(single(), late, DATE.plusDays(9)).status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(PromiseEvaluator.STRICT.evaluate(single(), late, DATE.plusDays(9)).status())
        .isEqualTo(PromiseStatus.BROKEN);
    assertThat(evaluator.evaluate(single(), List.of(), DATE).instalments().get(0).deadline())
        .isEqualTo(DATE.plusDays(3));
  }

  @Test
  void test_whatCounts_onlyThePromisesItems_customer_currency_andDaysFromMadeOnToAsOf() {
    List<PromiseReceipt> receipts = List.of(
        item("INV-2", DATE, "500.00"),                                          // another item
        PromiseReceipt.forItem(OTHER, doc("INV-1"), DATE, eur("500.00")),       // another customer
        PromiseReceipt.forItem(ACME, doc("INV-1"), DATE, Money.of("USD", "500.00")), // another currency
        PromiseReceipt.forCustomer(ACME, DATE, eur("500.00")),                  // not for an item
        item("INV-1", MADE.minusDays(1), "500.00"),                             // before the promise
        item("INV-1", DATE.plusDays(3), "500.00"));                             // after the as-of day

    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(single(), receipts, DATE.plusDays(2));

    assertThat(e.status()).isEqualTo(PromiseStatus.BROKEN);
    assertThat(e.received()).isEqualTo(eur("0.00"));
  }

  @Test
  void test_promiseAgainstTheBalance_countsEveryReceiptOfTheCustomer() {
    PromiseToPay balance = PromiseToPay.builder().id(PromiseId.of("P-2")).customerId(ACME).madeOn(MADE)
        .addPayments(PromisedPayment.of(DATE, eur("500.00"))).build();

    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(balance,
        List.of(item("INV-7", DATE, "200.00"), PromiseReceipt.forCustomer(ACME, DATE, eur("300.00"))),
        DATE.plusDays(1));

    assertThat(e.status()).isEqualTo(PromiseStatus.KEPT);
  }

  @Test
  void test_plan_moneyFillsInstalmentsInDateOrder_andAMissedInstalmentBreaksThePlan() {
    // 300.00 on 10 April (early, first instalment), 100.00 on 10 May (second: partly), nothing in June.
    List<PromiseReceipt> receipts = List.of(PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 4, 10),
        eur("300.00")), PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 5, 10), eur("100.00")));

    PromiseEvaluation april = PromiseEvaluator.STRICT.evaluate(plan(), receipts, LocalDate.of(2026, 4, 20));
    PromiseEvaluation may = PromiseEvaluator.STRICT.evaluate(plan(), receipts, LocalDate.of(2026, 5, 16));
    PromiseEvaluation july = PromiseEvaluator.STRICT.evaluate(plan(), receipts, LocalDate.of(2026, 7, 1));

    assertThat(april.instalments()).extracting(PromiseInstalmentGrade::status)
        .containsExactly(PromiseStatus.KEPT, PromiseStatus.OPEN, PromiseStatus.OPEN);
    assertThat(april.status()).isEqualTo(PromiseStatus.OPEN);
    assertThat(april.reason())
        .isEqualTo("instalment 2 of 3: EUR 0.00 of EUR 300.00 arrived so far; in time until 2026-05-15");
    assertThat(may.instalments()).extracting(PromiseInstalmentGrade::status)
        .containsExactly(PromiseStatus.KEPT, PromiseStatus.PARTIALLY_KEPT, PromiseStatus.OPEN);
    assertThat(may.status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT);
    assertThat(july.instalments()).extracting(PromiseInstalmentGrade::status)
        .containsExactly(PromiseStatus.KEPT, PromiseStatus.PARTIALLY_KEPT, PromiseStatus.BROKEN);
    assertThat(july.status()).isEqualTo(PromiseStatus.BROKEN);
    assertThat(july.reason()).isEqualTo("instalment 3 of 3: nothing of EUR 300.00 arrived by 2026-06-15");
    assertThat(july.promised()).isEqualTo(eur("900.00"));
    assertThat(july.received()).isEqualTo(eur("400.00"));
    assertThat(july.missing()).isEqualTo(eur("500.00"));
  }

  @Test
  void test_plan_lateMoneyFillsTheEarlierInstalmentFirst() {
    // Nothing by 15 April; 600.00 on 20 April: it fills April's instalment (late) and May's (in time).
    List<PromiseReceipt> receipts = List.of(PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 4, 20),
        eur("600.00")));

    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(plan(), receipts, LocalDate.of(2026, 5, 20));

    assertThat(e.instalments()).extracting(PromiseInstalmentGrade::status)
        .containsExactly(PromiseStatus.BROKEN, PromiseStatus.KEPT, PromiseStatus.OPEN);
    assertThat(e.instalments().get(0).receivedLate()).isEqualTo(eur("300.00"));
    assertThat(e.instalments().get(1).receivedInTime()).isEqualTo(eur("300.00"));
    assertThat(e.status()).isEqualTo(PromiseStatus.BROKEN);
  }

  @Test
  void test_plan_everyInstalmentInTime_isKept() {
    List<PromiseReceipt> receipts = List.of(
        PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 4, 15), eur("300.00")),
        PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 5, 14), eur("300.00")),
        PromiseReceipt.forCustomer(ACME, LocalDate.of(2026, 6, 1), eur("300.00")));

    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(plan(), receipts, LocalDate.of(2026, 6, 2));

    assertThat(e.status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(e.reason()).isEqualTo("all 3 promised amounts arrived in time");
  }

  @Test
  void test_cancelledPromise_staysCancelled() {
    PromiseToPay cancelled = single().withStatus(PromiseStatus.CANCELLED);

    PromiseEvaluation e = PromiseEvaluator.STRICT.evaluate(cancelled, List.of(), DATE.plusDays(30));

    assertThat(e.status()).isEqualTo(PromiseStatus.CANCELLED);
    assertThat(e.promise()).isSameAs(cancelled);
    assertThat(e.instalments().get(0).status()).isEqualTo(PromiseStatus.BROKEN);
  }

  @Test
  void test_receiptsFromTheLedgersApplications_countThePaymentMoneyOnly() {
    ReceivablesLedger ledger = CollectionsBooks.ledger();
    CollectionsBooks.post(ledger, "INV-1", eur("500.00"));
    Application application = CollectionsBooks.pay(ledger, "B-1", "INV-1", eur("500.00"), DATE);
    List<PromiseReceipt> receipts = List.of(PromiseReceipt.ofApplication(application, ACME));

    assertThat(receipts).containsExactly(item("INV-1", DATE, "500.00"));
    assertThat(PromiseEvaluator.STRICT.evaluate(single(), receipts, DATE).status()).isEqualTo(PromiseStatus.KEPT);
  }

  @Test
  void test_graded_setsStatusesForDunning() {
    List<PromiseToPay> graded = PromiseEvaluator.STRICT.graded(List.of(single(), plan()), List.of(),
        DATE.plusDays(1));

    assertThat(graded).extracting(PromiseToPay::status).containsExactly(PromiseStatus.BROKEN, PromiseStatus.BROKEN);
  }

  @Test
  void test_receiptsOfALedger_areDatedByTheValueDate_andHeldMoneyCountsAgainstTheBalance() {
    ReceivablesLedger ledger = CollectionsBooks.ledger();
    CollectionsBooks.post(ledger, "INV-1", eur("500.00"));
    Payment payment = Payment.builder()
        .bankReference(BankReference.of("B-7")).amount(eur("800.00")).valueDate(DATE)
        .customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    // Applied only after the promised date: the customer still paid on the value date.
    ledger.post(ApplyPayment.of(payment.id(), doc("INV-1"), eur("500.00"), DATE.plusDays(9)));

    List<PromiseReceipt> receipts = PromiseReceipt.ofLedger(ledger);

    assertThat(receipts).containsExactly(item("INV-1", DATE, "500.00"),
        PromiseReceipt.forCustomer(ACME, DATE, eur("300.00")));
    assertThat(PromiseEvaluator.STRICT.evaluate(single(), receipts, DATE.plusDays(9)).status())
        .isEqualTo(PromiseStatus.KEPT);
  }
}
