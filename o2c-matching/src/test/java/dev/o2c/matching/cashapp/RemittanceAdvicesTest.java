package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.text.BankAccounts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class RemittanceAdvicesTest {

  private static final int EXAMPLES = Math.max(100, Integer.getInteger("o2c.qt.examples", 2000) / 2);

  private static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 5);
  private static final String ACCOUNT = "DE89370400440532013000";
  private static final Remittance LIST = Remittance.builder()
      .addStructured(StructuredReference.ofDocument("INV-1", Money.of("EUR", "600.00")))
      .addStructured(StructuredReference.ofDocument("INV-2", Money.of("EUR", "400.00"))).build();

  private static final Remittance CUT = Remittance.ofText("INV-1 INV-");

  /** A payment of EUR 1,000.00 on the value date with a cut remittance text. */
  private static Payment.Builder payment(String bankReference) {
    return payment(bankReference, "1000.00", VALUE_DATE, CUT);
  }

  private static Payment.Builder payment(String bankReference, String amount, LocalDate valueDate,
      Remittance remittance) {
    return Payment.builder().bankReference(BankReference.of(bankReference)).receivingAccount("DE02120300000000202051")
        .amount(Money.of("EUR", amount)).valueDate(valueDate).remittance(remittance);
  }

  private static RemittanceAdvice.Builder advice(String id) {
    return RemittanceAdvice.builder().id(id).remittance(LIST);
  }

  /** The advice joined alone to the payments: the index of the payment it joined, or -1. */
  private static int joinedIndex(RemittanceAdvice advice, List<Payment> payments) {
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(payments);
    for (int i = 0; i < payments.size(); i++) {
      if (join.adviceOf(payments.get(i).id()).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ keys

  @Test
  void test_bankReference_joinsThePaymentWithIt() {
    List<Payment> payments = List.of(payment("B-1").build(), payment("B-2").build(), payment("B-3").build());
    RemittanceAdvice advice = advice("RA-1").bankReference(BankReference.of("B-2")).build();
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(payments);
    assertThat(join.joinedCount()).isEqualTo(1);
    assertThat(join.unjoined()).isEmpty();
    assertThat(join.adviceOf(payments.get(1).id())).contains(advice);
    assertThat(join.adviceOf(payments.get(0).id())).isEmpty();
    assertThat(join.payments().get(1).remittance().structured()).isEqualTo(LIST.structured());
  }

  @Test
  void test_bankReference_goesBeforeTheEndToEndId() {
    List<Payment> payments = List.of(payment("B-1").build(), payment("B-2").endToEndId("E2E-9").build());
    RemittanceAdvice advice = advice("RA-1").bankReference(BankReference.of("B-1")).endToEndId("E2E-9").build();
    assertThat(joinedIndex(advice, payments)).isZero();
  }

  @Test
  void test_bankReferenceOfNoPayment_fallsBackToTheEndToEndId() {
    List<Payment> payments = List.of(payment("B-1").build(), payment("B-2").endToEndId("E2E-9").build());
    RemittanceAdvice advice = advice("RA-1").bankReference(BankReference.of("B-404")).endToEndId("E2E-9").build();
    assertThat(joinedIndex(advice, payments)).isEqualTo(1);
  }

  @Test
  void test_endToEndId_ignoresSpacesAndCase() {
    List<Payment> payments = List.of(payment("B-1").endToEndId("E2E-4711-AB").build(),
        payment("B-2").endToEndId("E2E-4712-AB").build());
    for (String written : List.of("E2E-4711-AB", "e2e-4711-ab", " e2e-4711-AB ", "E 2 E - 4 7 1 1 - A B")) {
      RemittanceAdvice advice = advice("RA-1").endToEndId(written).build();
      assertThat(joinedIndex(advice, payments)).as(written).isZero();
    }
    // the payment's id may be the one written with spaces
    List<Payment> spaced = List.of(payment("B-1").endToEndId("pay 2026 0042").build());
    assertThat(joinedIndex(advice("RA-1").endToEndId("PAY-2026-0042").build(), spaced)).isEqualTo(-1);
    assertThat(joinedIndex(advice("RA-1").endToEndId("PAY20260042").build(), spaced)).isZero();
  }

  @Test
  void test_notProvided_isNoEndToEndId() {
    List<Payment> payments = List.of(payment("B-1").endToEndId("NOTPROVIDED").build());
    RemittanceAdvice advice = advice("RA-1").bankReference(BankReference.of("B-404")).endToEndId("notprovided").build();
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(payments);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.unjoined()).singleElement().satisfies(u -> {
      assertThat(u.advice()).isEqualTo(advice);
      // NOTPROVIDED is no end-to-end id: the reason names only the key the advice has
      assertThat(u.reason()).isEqualTo("no payment has bank reference B-404");
    });
    assertThat(join.payments()).isEqualTo(payments);
  }

  @Test
  void test_payerAccountWithAmount_joins_accountSpacesAndCaseIgnored() {
    List<Payment> payments = List.of(payment("B-1").payerAccount("DE75512108001245126199").build(),
        payment("B-2").payerAccount("de89 3704 0044 0532 0130 00").build(),
        payment("B-3", "999.99", VALUE_DATE, CUT).payerAccount(ACCOUNT).build());
    RemittanceAdvice advice = advice("RA-1").payerAccount("DE89 3704 0044 0532 0130 00")
        .amount(Money.of("EUR", "1000.00")).build();
    assertThat(joinedIndex(advice, payments)).isEqualTo(1);
  }

  @Test
  void test_payerAccountWithAmount_matchesTheInstructedAmount() {
    // the payer sent 1,000.00; the banks took 15.00 on the way and the statement says so
    List<Payment> payments = List.of(payment("B-1", "985.00", VALUE_DATE, CUT).payerAccount(ACCOUNT)
        .instructedAmount(Money.of("EUR", "1000.00")).addCharges(Money.of("EUR", "15.00")).build());
    RemittanceAdvice sent = advice("RA-1").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00")).build();
    RemittanceAdvice credited = advice("RA-2").payerAccount(ACCOUNT).amount(Money.of("EUR", "985.00")).build();
    RemittanceAdvice neither = advice("RA-3").payerAccount(ACCOUNT).amount(Money.of("EUR", "990.00")).build();
    assertThat(joinedIndex(sent, payments)).isZero();
    assertThat(joinedIndex(credited, payments)).isZero();
    assertThat(joinedIndex(neither, payments)).isEqualTo(-1);
  }

  @Test
  void test_payerAccountWithAmount_paymentDateFromFiveDaysBeforeToTheValueDate() {
    List<Payment> payments = List.of(payment("B-1").payerAccount(ACCOUNT).build());
    for (int daysBefore = -3; daysBefore <= 9; daysBefore++) {
      RemittanceAdvice advice = advice("RA-1").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00"))
          .paymentDate(VALUE_DATE.minusDays(daysBefore)).build();
      boolean inWindow = daysBefore >= 0 && daysBefore <= RemittanceAdvices.DAYS_BEFORE_VALUE_DATE;
      assertThat(joinedIndex(advice, payments)).as("paid %d days before the value date", daysBefore)
          .isEqualTo(inWindow ? 0 : -1);
    }
    assertThat(RemittanceAdvices.DAYS_BEFORE_VALUE_DATE).isEqualTo(5);
    // without a date the account and the amount decide
    RemittanceAdvice undated = advice("RA-2").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00")).build();
    assertThat(joinedIndex(undated, payments)).isZero();
  }

  @Test
  void test_payerNameWithAmount_joinsWhereTheBankShowedNoAccount_wordOrderCaseAccentsAndLegalFormAside() {
    List<Payment> payments = List.of(payment("B-1").payerName("Other Trading AG").build(),
        payment("B-2").payerName("MUELLER MASCHINENBAU").build(),
        payment("B-3", "999.99", VALUE_DATE, CUT).payerName("Müller Maschinenbau GmbH").build());
    RemittanceAdvice advice = advice("RA-1").payerName("Maschinenbau Müller GmbH").payerAccount(ACCOUNT)
        .amount(Money.of("EUR", "1000.00")).paymentDate(VALUE_DATE.minusDays(1)).build();
    assertThat(joinedIndex(advice, payments)).isEqualTo(1);
    // a name shared by two payments of the amount says neither
    List<Payment> twins = List.of(payment("B-1").payerName("Mueller Maschinenbau").build(),
        payment("B-2").payerName("MÜLLER MASCHINENBAU AG").build());
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(twins);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.unjoined()).singleElement().extracting(AdviceJoin.Unjoined::reason).asString()
        .startsWith("2 payments fit it");
  }

  @Test
  void test_payerAccountWithAmount_paidOutsideTheWindow_isUnjoinedWithTheReason() {
    List<Payment> payments = List.of(payment("B-1").payerAccount(ACCOUNT).build());
    RemittanceAdvice early = advice("RA-1").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00"))
        .paymentDate(VALUE_DATE.minusDays(6)).build();
    AdviceJoin join = RemittanceAdvices.of(List.of(early)).joinTo(payments);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.unjoined()).extracting(AdviceJoin.Unjoined::reason)
        .singleElement().asString()
        .isEqualTo("no payment comes from " + ACCOUNT + " with EUR 1000.00 paid " + VALUE_DATE.minusDays(6));
    assertThat(join.payments()).isEqualTo(payments);
  }

  @Test
  void test_payerAccountWithAmount_inAnotherCurrency_joinsNothing() {
    List<Payment> payments = List.of(payment("B-1").payerAccount(ACCOUNT).build());
    RemittanceAdvice usd = advice("RA-1").payerAccount(ACCOUNT).amount(Money.of("USD", "1000.00")).build();
    assertThat(joinedIndex(usd, payments)).isEqualTo(-1);
  }

  // ------------------------------------------------------------------ ambiguity

  @Test
  void test_twoPaymentsWithTheSameEndToEndId_joinNothing_andTheReasonNamesBoth() {
    List<Payment> payments = List.of(payment("B-1").endToEndId("E2E-7").build(), payment("B-2").build(),
        payment("B-3").endToEndId("e2e-7 ").build());
    RemittanceAdvice advice = advice("RA-1").endToEndId("E2E-7").build();
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(payments);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.payments()).isEqualTo(payments);
    assertThat(join.unjoined()).singleElement().satisfies(u -> {
      assertThat(u.advice()).isEqualTo(advice);
      assertThat(u.reason()).contains("2 payments fit it").contains(payments.get(0).id().toString())
          .contains(payments.get(2).id().toString());
    });
  }

  @Test
  void test_twoPaymentsFromOneAccountWithTheAmount_joinNothing() {
    List<Payment> payments = List.of(payment("B-1").payerAccount(ACCOUNT).build(),
        payment("B-2", "1000.00", VALUE_DATE.plusDays(1), CUT).payerAccount(ACCOUNT).build());
    RemittanceAdvice undated = advice("RA-1").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00")).build();
    AdviceJoin join = RemittanceAdvices.of(List.of(undated)).joinTo(payments);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.unjoined()).singleElement().extracting(AdviceJoin.Unjoined::reason).asString()
        .contains("2 payments fit it");
    // the payer's date tells them apart: paid on the 6th, the payment of the 5th cannot be it
    RemittanceAdvice dated = advice("RA-2").payerAccount(ACCOUNT).amount(Money.of("EUR", "1000.00"))
        .paymentDate(VALUE_DATE.plusDays(1)).build();
    assertThat(joinedIndex(dated, payments)).isEqualTo(1);
  }

  @Test
  void test_twoAdvicesNamingOnePayment_bothUnjoined_withTheReason() {
    List<Payment> payments = List.of(payment("B-1").endToEndId("E2E-1").build(), payment("B-2").build());
    RemittanceAdvice byReference = advice("RA-1").bankReference(BankReference.of("B-1")).build();
    RemittanceAdvice byEndToEnd = advice("RA-2").endToEndId("E2E-1").build();
    RemittanceAdvice other = advice("RA-3").bankReference(BankReference.of("B-2")).build();
    AdviceJoin join = RemittanceAdvices.of(List.of(byReference, byEndToEnd, other)).joinTo(payments);
    assertThat(join.joinedCount()).isEqualTo(1);
    assertThat(join.adviceOf(payments.get(0).id())).isEmpty();
    assertThat(join.adviceOf(payments.get(1).id())).contains(other);
    assertThat(join.payments().get(0)).isEqualTo(payments.get(0));
    assertThat(join.unjoined()).extracting(AdviceJoin.Unjoined::advice).containsExactly(byReference, byEndToEnd);
    assertThat(join.unjoined()).allSatisfy(u -> assertThat(u.reason())
        .contains("payment " + payments.get(0).id() + " is named by 2 advices: RA-1, RA-2"));
  }

  @Test
  void test_unjoinedAdvices_comeBackInTheOrderGiven_whateverTheReason() {
    List<Payment> payments = List.of(payment("B-1").build(), payment("B-2").endToEndId("E2E-2").build(),
        payment("B-3").endToEndId("E2E-2").build());
    RemittanceAdvice first = advice("RA-1").bankReference(BankReference.of("B-1")).build();
    RemittanceAdvice none = advice("RA-2").bankReference(BankReference.of("B-404")).build();
    RemittanceAdvice second = advice("RA-3").bankReference(BankReference.of("B-1")).build();
    RemittanceAdvice several = advice("RA-4").endToEndId("E2E-2").build();
    AdviceJoin join = RemittanceAdvices.of(List.of(first, none, second, several)).joinTo(payments);
    assertThat(join.joinedCount()).isZero();
    assertThat(join.unjoined()).extracting(AdviceJoin.Unjoined::advice).containsExactly(first, none, second, several);
  }

  // ------------------------------------------------------------------ the joined payments

  @Test
  void test_joinedRemittance_isOwnThenAdvice_forBlocksAndText() {
    StructuredReference own = StructuredReference.ofDocument("INV-1", Money.of("EUR", "600.00"));
    StructuredReference second = StructuredReference.ofDocument("INV-2", Money.of("EUR", "300.00"));
    StructuredReference third = StructuredReference.ofDocument("INV-3", Money.of("EUR", "100.00"));
    Payment payment = payment("B-1", "1000.00", VALUE_DATE, Remittance.builder().addUnstructured("INV-1 INV-2 IN")
        .addStructured(own).build()).build();
    RemittanceAdvice advice = RemittanceAdvice.builder().id("RA-1").bankReference(BankReference.of("B-1"))
        .remittance(Remittance.builder().addUnstructured("three invoices", "June").addStructured(own, second, third)
            .build()).build();
    Payment joined = RemittanceAdvices.of(List.of(advice)).joinTo(List.of(payment)).payments().get(0);
    assertThat(joined.remittance().unstructured()).containsExactly("INV-1 INV-2 IN", "three invoices", "June");
    assertThat(joined.remittance().structured()).containsExactly(own, own, second, third);
    assertThat(joined.withRemittance(payment.remittance())).isEqualTo(payment);
  }

  @Test
  void test_paymentsWithoutAdvice_areUnchanged_inTheirOrder() {
    List<Payment> payments = List.of(payment("B-3").build(), payment("B-1").endToEndId("E2E-1").build(),
        payment("B-2").payerAccount(ACCOUNT).build(), payment("B-0", "1000.00", VALUE_DATE, Remittance.NONE).build());
    RemittanceAdvice advice = advice("RA-1").endToEndId("E2E-1").build();
    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(payments);
    assertThat(join.payments()).extracting(Payment::id).containsExactlyElementsOf(
        payments.stream().map(Payment::id).toList());
    assertThat(join.payments().get(0)).isSameAs(payments.get(0));
    assertThat(join.payments().get(2)).isSameAs(payments.get(2));
    assertThat(join.payments().get(3)).isSameAs(payments.get(3));
    assertThat(join.payments().get(1)).isNotEqualTo(payments.get(1));
    // the given payment is untouched: the join returns copies
    assertThat(payments.get(1).remittance()).isEqualTo(CUT);
  }

  @Test
  void test_noAdvices_orNoPayments_joinNothing() {
    List<Payment> payments = List.of(payment("B-1").build());
    AdviceJoin none = RemittanceAdvices.of(List.of()).joinTo(payments);
    assertThat(none.payments()).isEqualTo(payments);
    assertThat(none.joinedCount()).isZero();
    assertThat(none.unjoined()).isEmpty();
    RemittanceAdvice advice = advice("RA-1").bankReference(BankReference.of("B-1")).build();
    AdviceJoin noPayments = RemittanceAdvices.of(List.of(advice)).joinTo(List.of());
    assertThat(noPayments.payments()).isEmpty();
    assertThat(noPayments.unjoined()).extracting(AdviceJoin.Unjoined::advice).containsExactly(advice);
  }

  @Test
  void test_paymentsSharingAnId_eachKeepTheirAdvice_andAllCount() {
    // a corrupt statement: two payments under one id, told apart by their end-to-end ids
    List<Payment> payments = List.of(payment("B-1").endToEndId("E2E-1").build(),
        payment("B-1").endToEndId("E2E-2").build());
    RemittanceAdvice first = advice("RA-1").endToEndId("E2E-1").build();
    RemittanceAdvice second = advice("RA-2").endToEndId("E2E-2").build();
    AdviceJoin join = RemittanceAdvices.of(List.of(first, second)).joinTo(payments);
    assertThat(join.joinedCount()).isEqualTo(2);
    assertThat(join.unjoined()).isEmpty();
    assertThat(join.adviceOf(payments.get(0).id())).contains(first);
    assertThat(join.payments()).allSatisfy(p -> assertThat(p.remittance()).isNotEqualTo(CUT));
  }

  @Test
  void test_duplicateAdviceIds_areRefused() {
    RemittanceAdvice first = advice("RA-1").bankReference(BankReference.of("B-1")).build();
    RemittanceAdvice second = advice("RA-1").endToEndId("E2E-2").build();
    assertThatThrownBy(() -> RemittanceAdvices.of(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remittance advice RA-1 is given twice");
    assertThat(RemittanceAdvices.of(List.of(first)).advices()).containsExactly(first);
  }

  // ------------------------------------------------------------------ property

  /**
   * Whatever the payments and advices, keys colliding on purpose: the same payments in the same order,
   * changed in nothing but their remittance, which starts with their own; each advice either joins one
   * payment whose key it has, or comes back unjoined; no advice joins two payments.
   */
  @Test
  void test_anyPaymentsAndAdvices_joinKeepsThePaymentsAndAccountsForEveryAdvice() {
    int[] seen = new int[4]; // joined, no payment fits, several payments fit, a payment named by several advices
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Payment> payments = randomPayments(r);
      List<RemittanceAdvice> advices = randomAdvices(r);
      AdviceJoin join = RemittanceAdvices.of(advices).joinTo(payments);

      assertThat(join.payments()).hasSameSizeAs(payments);
      Set<String> joinedAdvices = new HashSet<>();
      for (int i = 0; i < payments.size(); i++) {
        Payment before = payments.get(i);
        Payment after = join.payments().get(i);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.amount()).isEqualTo(before.amount());
        assertThat(after.valueDate()).isEqualTo(before.valueDate());
        assertThat(after.withRemittance(before.remittance())).isEqualTo(before);
        Remittance own = before.remittance();
        assertThat(startsWith(after.remittance().unstructured(), own.unstructured())).isTrue();
        assertThat(startsWith(after.remittance().structured(), own.structured())).isTrue();
        Optional<RemittanceAdvice> advice = join.adviceOf(before.id());
        if (advice.isPresent()) {
          assertThat(joinedAdvices.add(advice.get().id())).as("%s joins one payment", advice.get().id()).isTrue();
          assertThat(fits(advice.get(), before)).as("%s fits %s", advice.get().id(), before.id()).isTrue();
          assertThat(after.remittance().structured()).isEqualTo(concat(own.structured(),
              advice.get().remittance().structured()));
          assertThat(after.remittance().unstructured()).isEqualTo(concat(own.unstructured(),
              advice.get().remittance().unstructured()));
        } else {
          assertThat(after).isEqualTo(before);
        }
      }
      assertThat(joinedAdvices).hasSize(join.joinedCount());
      assertThat(join.joinedCount() + join.unjoined().size()).isEqualTo(advices.size());
      Set<String> all = new HashSet<>(joinedAdvices);
      join.unjoined().forEach(u -> assertThat(all.add(u.advice().id())).as("%s once", u.advice().id()).isTrue());
      assertThat(all).hasSize(advices.size());
      assertThat(join.unjoined()).extracting(AdviceJoin.Unjoined::advice)
          .isSubsetOf(advices).isSortedAccordingTo(Comparator.comparingInt(advices::indexOf));
      seen[0] += join.joinedCount();
      for (AdviceJoin.Unjoined u : join.unjoined()) {
        seen[u.reason().startsWith("no payment") ? 1 : u.reason().contains("payments fit it") ? 2 : 3]++;
      }
    });
    // the generated cases reach every outcome
    assertThat(seen).as("joined, none fits, several fit, named by several").doesNotContain(0);
  }

  private static <T> boolean startsWith(List<T> list, List<T> prefix) {
    return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Tells whether one of the advice's keys names the payment, by the rules of the join. */
  private static boolean fits(RemittanceAdvice advice, Payment payment) {
    if (advice.bankReference().equals(Optional.of(payment.bankReference()))) {
      return true;
    }
    Optional<String> e2e = advice.endToEndId().map(RemittanceAdvicesTest::e2eKey).filter(k -> !k.isEmpty());
    if (e2e.isPresent() && e2e.equals(payment.endToEndId().map(RemittanceAdvicesTest::e2eKey))) {
      return true;
    }
    if (advice.payerAccount().isEmpty() || advice.amount().isEmpty() || payment.payerAccount().isEmpty()
        || !BankAccounts.normalise(advice.payerAccount().get()).equals(BankAccounts.normalise(payment.payerAccount().get()))) {
      return false;
    }
    boolean amount = advice.amount().get().equals(payment.amount())
        || advice.amount().equals(payment.instructedAmount());
    long days = advice.paymentDate().map(d -> ChronoUnit.DAYS.between(d, payment.valueDate())).orElse(0L);
    return amount && days >= 0 && days <= 5;
  }

  private static String e2eKey(String endToEnd) {
    String k = endToEnd.replace(" ", "").toUpperCase(Locale.ROOT);
    return k.equals("NOTPROVIDED") ? "" : k;
  }

  private static final String[] ACCOUNTS = {"DE89370400440532013000", "de89 3704 0044 0532 0130 00",
      "DE75512108001245126199", "GB29NWBK60161331926819"};
  private static final String[] E2E = {"E2E-1", "e2e 1", "E2E-2", "NOTPROVIDED", "E2E-3"};
  private static final String[] AMOUNTS = {"100.00", "250.00", "985.00", "1000.00"};

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** Up to eight payments, ids distinct, bank references shared between two receiving accounts. */
  private static List<Payment> randomPayments(SplittableRandom r) {
    List<Payment> payments = new ArrayList<>();
    Set<PaymentId> ids = new HashSet<>();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      Payment.Builder b = Payment.builder().bankReference(BankReference.of("B-" + r.nextInt(6)))
          .receivingAccount(r.nextBoolean() ? "DE02120300000000202051" : "DE02100100100006820101")
          .amount(Money.of("EUR", pick(r, AMOUNTS))).valueDate(VALUE_DATE.plusDays(r.nextInt(4)));
      if (r.nextInt(3) > 0) {
        b.endToEndId(pick(r, E2E));
      }
      if (r.nextInt(3) > 0) {
        b.payerAccount(pick(r, ACCOUNTS));
      }
      if (r.nextInt(4) == 0) {
        b.instructedAmount(Money.of("EUR", pick(r, AMOUNTS)));
      }
      Remittance.Builder remittance = Remittance.builder();
      for (int k = r.nextInt(3); k > 0; k--) {
        remittance.addUnstructured("INV-" + r.nextInt(100));
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        remittance.addStructured(StructuredReference.ofDocument("INV-" + r.nextInt(100)));
      }
      Payment p = b.remittance(remittance.build()).build();
      if (ids.add(p.id())) {
        payments.add(p);
      }
    }
    return payments;
  }

  /** Up to six advices, each with one to three keys drawn from the payments' pools. */
  private static List<RemittanceAdvice> randomAdvices(SplittableRandom r) {
    List<RemittanceAdvice> advices = new ArrayList<>();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      RemittanceAdvice.Builder b = RemittanceAdvice.builder().id("RA-" + i);
      int keys = 1 + r.nextInt(7); // bit 0: bank reference, bit 1: end-to-end id, bit 2: account with amount
      String endToEnd = pick(r, E2E);
      if ((keys & 2) != 0) {
        b.endToEndId(endToEnd);
      }
      // an end-to-end id alone that says none is no key: a bank reference or the account then as well
      if ((keys & 2) != 0 && endToEnd.equals("NOTPROVIDED") && (keys & 5) == 0) {
        keys |= r.nextBoolean() ? 1 : 4;
      }
      if ((keys & 1) != 0) {
        b.bankReference(BankReference.of("B-" + r.nextInt(8)));
      }
      if ((keys & 4) != 0) {
        b.payerAccount(pick(r, ACCOUNTS)).amount(Money.of("EUR", pick(r, AMOUNTS)));
        if (r.nextBoolean()) {
          b.paymentDate(VALUE_DATE.plusDays(r.nextInt(-7, 5)));
        }
      }
      Remittance.Builder remittance = Remittance.builder()
          .addStructured(StructuredReference.ofDocument("INV-" + r.nextInt(100), Money.of("EUR", pick(r, AMOUNTS))));
      if (r.nextBoolean()) {
        remittance.addUnstructured("advice " + i);
      }
      advices.add(b.remittance(remittance.build()).build());
    }
    return advices;
  }

  // ------------------------------------------------------------------ end to end

  /**
   * The statement cut the payer's list of five invoices at its remittance field's limit; the advice
   * the payer sent beside it names all five. Cash application clears all five automatically only
   * with the advice joined.
   */
  @Test
  void test_truncatedStatementRemittance_withTheAdviceJoined_isAutomaticWithTheFullSet() {
    CustomerId acme = CustomerId.of("C1");
    LocalDate day = LocalDate.of(2026, 6, 1);
    List<Customer> customers = List.of(
        Customer.builder().id(acme).name("Acme GmbH").currency(Monetary.getCurrency("EUR"))
            .addBankAccounts(ACCOUNT).build(),
        Customer.builder().id(CustomerId.of("C2")).name("Beta AG").currency(Monetary.getCurrency("EUR"))
            .addBankAccounts("DE75512108001245126199").build());
    String[][] invoices = {{"INV-2026-000101", "1200.00"}, {"INV-2026-000102", "850.50"},
        {"INV-2026-000103", "432.10"}, {"INV-2026-000104", "2210.00"}, {"INV-2026-000105", "97.40"},
        {"INV-2026-000106", "300.00"}, {"INV-2026-000107", "1500.00"}, {"INV-2026-000108", "432.10"}};
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < invoices.length; i++) {
      items.add(OpenItem.builder().documentNumber(DocumentNumber.of(invoices[i][0])).customerId(acme)
          .kind(ItemKind.INVOICE).documentDate(day.minusDays(20 - i)).dueDate(day.plusDays(10 + i))
          .originalAmount(Money.of("EUR", invoices[i][1])).build());
    }
    // 1200.00 + 850.50 + 432.10 + 2210.00 + 97.40 = 4790.00; INV-2026-000108 of 432.10 could stand for 103
    Payment payment = Payment.builder().bankReference(BankReference.of("B-42")).amount(Money.of("EUR", "4790.00"))
        .valueDate(day).endToEndId("PAY-2026-0042")
        .remittance(Remittance.ofText("INV-2026-000101 INV-2026-000102 INV-2026-0001")).build();
    Remittance.Builder list = Remittance.builder();
    for (int i = 0; i < 5; i++) {
      list.addStructured(StructuredReference.ofDocument(invoices[i][0], Money.of("EUR", invoices[i][1])));
    }
    RemittanceAdvice advice = RemittanceAdvice.builder().id("820-000123").endToEndId(" pay-2026-0042")
        .payerName("Acme GmbH").amount(Money.of("EUR", "4790.00")).paymentDate(day.minusDays(1))
        .remittance(list.build()).build();
    CashApplication engine = CashApplication.builder(OpenItemBook.of(customers, items)).parallelism(1).build();
    List<Allocation> full = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      full.add(Allocation.of(DocumentNumber.of(invoices[i][0]), Money.of("EUR", invoices[i][1])));
    }

    Decision before = engine.decide(payment);
    // the two invoices the statement kept, the rest unapplied, for a person: three more of the payer's items
    // make up the rest in two ways (INV-2026-000103 or INV-2026-000108)
    assertThat(before.kind()).as(before.reason()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(before.proposal().allocations()).isNotEqualTo(full).hasSizeLessThan(5);

    AdviceJoin join = RemittanceAdvices.of(List.of(advice)).joinTo(List.of(payment));
    assertThat(join.adviceOf(payment.id())).contains(advice);
    CashApplicationRun run = engine.decideAll(join.payments());
    Decision after = run.decisions().get(0);
    assertThat(after.kind()).as(after.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(after.payer()).contains(acme);
    assertThat(after.proposal().allocations()).containsExactlyInAnyOrderElementsOf(full);
    assertThat(after.proposal().unapplied().isZero()).isTrue();
  }
}
