package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Scripted accounting scenarios: each pins a rule that a random sequence would find only by luck. */
class LedgerScenariosTest {

  private static final CustomerId C1 = CustomerId.of("C1");
  private static final CustomerId C2 = CustomerId.of("C2");
  private static final CustomerId CHILD = CustomerId.of("C1-SUB");
  private static final DocumentNumber INV = DocumentNumber.of("INV-1");

  private final ReceivablesLedger ledger = ReceivablesLedger.create();

  private static LocalDate jan(int day) {
    return LocalDate.of(2026, 1, day);
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  LedgerScenariosTest() {
    ledger.post(RegisterCustomers.of(jan(1),
        Customer.builder().id(CHILD).parentId(C1).name("Sub").currency(Monetary.getCurrency("EUR")).build(),
        Customer.builder().id(C1).name("One").currency(Monetary.getCurrency("EUR")).build(),
        Customer.builder().id(C2).name("Two").currency(Monetary.getCurrency("EUR")).build()));
  }

  private void invoice(DocumentNumber number, CustomerId customer, String amount, LocalDate date,
      Optional<PaymentTerms> terms) {
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(number).customerId(customer).kind(ItemKind.INVOICE)
        .documentDate(date).dueDate(date.plusDays(30)).originalAmount(eur(amount)).terms(terms).build()));
  }

  private PaymentId pay(String reference, CustomerId payer, String amount, LocalDate date) {
    Payment payment = Payment.builder().bankReference(BankReference.of(reference)).amount(eur(amount))
        .valueDate(date).customerId(Optional.ofNullable(payer)).build();
    ledger.post(ReceivePayment.of(payment));
    return payment.id();
  }

  private Code refusal(LedgerCommand command) {
    List<LedgerProblem> problems = ledger.check(command);
    assertThat(problems).as("check of %s", command).isNotEmpty();
    LedgerDriver.Snapshot before = LedgerDriver.Snapshot.of(ledger);
    assertThatThrownBy(() -> ledger.post(command)).isInstanceOf(LedgerException.class)
        .satisfies(e -> assertThat(((LedgerException) e).problems()).isEqualTo(problems));
    assertThat(LedgerDriver.Snapshot.of(ledger)).isEqualTo(before);
    return problems.get(0).code();
  }

  @Test
  void test_exchangeGain_settlesTheItem_andIsCreditedToSmallDifferences() {
    invoice(INV, C1, "1000.00", jan(2), Optional.empty());
    PaymentId p = pay("P1", C1, "1012.40", jan(20));
    assertThat(refusal(ApplyPayment.builder().payment(p).item(INV).applied(eur("1000.00"))
        .smallDifference(eur("-12.40")).date(jan(20)).build()))
        .as("a gain that does not settle the item").isEqualTo(Code.INVALID_AMOUNT);
    assertThat(refusal(ApplyPayment.builder().payment(p).item(INV).applied(eur("12.40"))
        .smallDifference(eur("-12.40")).date(jan(20)).build()))
        .as("a gain that clears nothing").isEqualTo(Code.INVALID_AMOUNT);

    Posting posting = ledger.post(ApplyPayment.builder().payment(p).item(INV).applied(eur("1012.40"))
        .smallDifference(eur("-12.40")).date(jan(20)).reason("exchange gain").build());

    ItemState item = ledger.item(INV).orElseThrow();
    assertThat(item.open()).isEqualTo(eur("0.00"));
    assertThat(item.applied()).isEqualTo(eur("1012.40"));
    assertThat(item.smallDifferences()).isEqualTo(eur("-12.40"));
    assertThat(ledger.payment(p).orElseThrow().unapplied()).isEqualTo(eur("0.00"));
    assertThat(posting.application().cleared()).isEqualTo(eur("1000.00"));
    long gain = ledger.journal().stream().filter(l -> l.account() == AccountRole.SMALL_DIFFERENCES)
        .mapToLong(l -> l.signedAmount().minorUnits()).sum();
    long receivables = ledger.journal().stream().filter(l -> l.account() == AccountRole.RECEIVABLES)
        .mapToLong(l -> l.signedAmount().minorUnits()).sum();
    assertThat(gain).as("the gain is a credit on small differences").isEqualTo(-1240);
    assertThat(receivables).as("invoiced 1000.00, cleared 1000.00").isZero();

    ledger.post(Unapply.of(posting.application().id(), jan(21)));
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("1000.00"));
    assertThat(ledger.item(INV).orElseThrow().smallDifferences()).isEqualTo(eur("0.00"));
    assertThat(ledger.payment(p).orElseThrow().unapplied()).isEqualTo(eur("1012.40"));
  }

  @Test
  void test_backDatedApply_isRefused_andHistoryStaysRight() {
    invoice(INV, C1, "100.00", jan(5), Optional.empty());
    PaymentId p1 = pay("P1", C1, "100.00", jan(20));
    PaymentId p2 = pay("P2", C1, "100.00", jan(6));
    Posting applied = ledger.post(ApplyPayment.of(p1, INV, eur("100.00"), jan(20)));
    ledger.post(Unapply.of(applied.application().id(), jan(25)));
    assertThat(refusal(ApplyPayment.of(p2, INV, eur("100.00"), jan(6)))).isEqualTo(Code.DATE_TOO_EARLY);
    assertThat(ledger.asOf(jan(21)).balance(C1)).isEqualTo(MoneyTotals.ZERO);
    assertThat(ledger.asOf(jan(21)).openItems(C1)).isEmpty();
    assertThat(ledger.asOf(jan(26)).balance(C1)).isEqualTo(MoneyTotals.of(eur("100.00")));
  }

  @Test
  void test_applyDatedBeforeThePayerWasIdentified_isRefused() {
    invoice(INV, C1, "100.00", jan(2), Optional.empty());
    PaymentId p = pay("P1", null, "100.00", jan(3));
    ledger.post(IdentifyPayer.of(p, C1, jan(10)));
    assertThat(refusal(ApplyPayment.of(p, INV, eur("100.00"), jan(4)))).isEqualTo(Code.DATE_TOO_EARLY);
    assertThat(ledger.asOf(jan(4)).suspense()).isEqualTo(MoneyTotals.of(eur("100.00")));
    assertThat(ledger.asOf(jan(4)).unappliedCash(C1)).isEqualTo(MoneyTotals.ZERO);
  }

  @Test
  void test_closedPeriod_refusesPostingsIntoIt() {
    ledger.post(ClosePeriod.of(jan(31)));
    Code code = refusal(PostItem.of(OpenItem.builder().documentNumber(INV).customerId(C1).kind(ItemKind.INVOICE)
        .documentDate(jan(30)).dueDate(jan(31)).originalAmount(eur("1.00")).build()));
    assertThat(code).isEqualTo(Code.PERIOD_CLOSED);
    assertThat(refusal(ClosePeriod.of(jan(15)))).isEqualTo(Code.PERIOD_CLOSED);
  }

  @Test
  void test_returnAfterRefund_takesBackTheWholeBankAmount_andChargesTheRefundBack() {
    invoice(INV, C1, "700.00", jan(2), Optional.empty());
    PaymentId p = pay("P1", C1, "1000.00", jan(3));
    ledger.post(ApplyPayment.of(p, INV, eur("700.00"), jan(3)));
    ledger.post(Refund.of(p, CashBucket.UNAPPLIED, eur("300.00"), jan(4)));
    Posting returned = ledger.post(ReturnPayment.builder().payment(p).date(jan(5))
        .chargeBackDocument(DocumentNumber.of("CB-P1")).reason("AC04").build());

    long cash = ledger.journal().stream().filter(l -> l.account() == AccountRole.CASH)
        .mapToLong(l -> l.signedAmount().minorUnits()).sum();
    assertThat(cash).as("bank: +1000 received, -300 refunded, -1000 returned").isEqualTo(-30000);
    PaymentState state = ledger.payment(p).orElseThrow();
    assertThat(state.returned()).isEqualTo(eur("1000.00"));
    assertThat(state.refunded()).isEqualTo(eur("0.00"));
    assertThat(state.isReturned()).isTrue();
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("700.00"));
    ItemState chargeBack = ledger.item(DocumentNumber.of("CB-P1")).orElseThrow();
    assertThat(chargeBack.item().kind()).isEqualTo(ItemKind.DEBIT_MEMO);
    assertThat(chargeBack.open()).isEqualTo(eur("300.00"));
    assertThat(ledger.now().balance(C1)).isEqualTo(MoneyTotals.of(eur("1000.00")));
    assertThat(returned.applications()).hasSize(1);
    assertThat(refusal(Refund.of(p, CashBucket.UNAPPLIED, eur("1.00"), jan(6)))).isEqualTo(Code.PAYMENT_RETURNED);
  }

  @Test
  void test_partialReturn_takesHeldMoneyFirst_thenReversesApplications() {
    invoice(INV, C1, "600.00", jan(2), Optional.empty());
    PaymentId p = pay("P1", C1, "1000.00", jan(3));
    ledger.post(ApplyPayment.of(p, INV, eur("600.00"), jan(3)));
    ledger.post(ReturnPayment.builder().payment(p).date(jan(4)).amount(eur("300.00")).build());
    assertThat(ledger.payment(p).orElseThrow().unapplied()).isEqualTo(eur("100.00"));
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("0.00"));
    ledger.post(ReturnPayment.builder().payment(p).date(jan(5)).amount(eur("500.00")).build());
    PaymentState state = ledger.payment(p).orElseThrow();
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("600.00"));
    assertThat(state.returned()).isEqualTo(eur("800.00"));
    assertThat(state.unapplied()).isEqualTo(eur("200.00"));
    assertThat(state.isReturned()).isFalse();
    assertThat(refusal(ReturnPayment.builder().payment(p).date(jan(6)).amount(eur("200.01")).build()))
        .isEqualTo(Code.EXCEEDS_OPEN_AMOUNT);
  }

  @Test
  void test_writtenOffInvoice_takesARecoveryPaymentAfterReinstatement() {
    invoice(INV, C1, "500.00", jan(2), Optional.empty());
    ledger.post(WriteOffBadDebt.of(INV, eur("500.00"), jan(20)));
    PaymentId p = pay("P1", C1, "500.00", jan(25));
    assertThat(refusal(ApplyPayment.of(p, INV, eur("500.00"), jan(25)))).isEqualTo(Code.EXCEEDS_OPEN_AMOUNT);
    assertThat(refusal(ReinstateBadDebt.of(INV, eur("500.01"), jan(25)))).isEqualTo(Code.EXCEEDS_OPEN_AMOUNT);
    Posting reinstated = ledger.post(ReinstateBadDebt.of(INV, eur("500.00"), jan(25)));
    assertThat(reinstated.lines()).extracting(JournalLine::account, JournalLine::side)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AccountRole.RECEIVABLES, Side.DEBIT),
            org.assertj.core.groups.Tuple.tuple(AccountRole.BAD_DEBT_RECOVERED, Side.CREDIT));
    ledger.post(ApplyPayment.of(p, INV, eur("500.00"), jan(25)));
    ItemState item = ledger.item(INV).orElseThrow();
    assertThat(item.open()).isEqualTo(eur("0.00"));
    assertThat(item.badDebt()).isEqualTo(eur("0.00"));
    assertThat(item.applied()).isEqualTo(eur("500.00"));
  }

  @Test
  void test_creditMemoOffset_canBeReversed_upToWhatWasOffset() {
    invoice(INV, C1, "100.00", jan(2), Optional.empty());
    DocumentNumber memo = DocumentNumber.of("CM-1");
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(memo).customerId(C1).kind(ItemKind.CREDIT_MEMO)
        .documentDate(jan(3)).dueDate(jan(3)).originalAmount(eur("-40.00")).build()));
    ledger.post(OffsetCreditMemo.of(memo, INV, eur("40.00"), jan(4)));
    assertThat(refusal(ReverseCreditMemoOffset.of(memo, INV, eur("40.01"), jan(5))))
        .isEqualTo(Code.EXCEEDS_OPEN_AMOUNT);
    ledger.post(ReverseCreditMemoOffset.of(memo, INV, eur("40.00"), jan(5)));
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("100.00"));
    assertThat(ledger.item(memo).orElseThrow().open()).isEqualTo(eur("-40.00"));
  }

  @Test
  void test_discount_byRule_limitedByTerms_overrideNeedsAReason() {
    invoice(INV, C1, "1000.00", jan(2), Optional.of(PaymentTerms.TWO_TEN_NET_30));
    PaymentId onTime = pay("P1", C1, "980.00", jan(12));
    Posting posting = ledger.post(ApplyPayment.of(onTime, INV, eur("980.00"), jan(12)));
    assertThat(posting.application().discount()).isEqualTo(eur("20.00"));
    assertThat(ledger.item(INV).orElseThrow().open()).isEqualTo(eur("0.00"));

    DocumentNumber late = DocumentNumber.of("INV-2");
    invoice(late, C1, "1000.00", jan(2), Optional.of(PaymentTerms.TWO_TEN_NET_30));
    PaymentId p = pay("P2", C1, "500.00", jan(20));
    ApplyPayment greedy = ApplyPayment.builder().payment(p).item(late).applied(eur("500.00"))
        .discount(eur("500.00")).date(jan(20)).build();
    assertThat(refusal(greedy)).isEqualTo(Code.DISCOUNT_NOT_EARNED);
    Posting partial = ledger.post(ApplyPayment.of(p, late, eur("500.00"), jan(20)));
    assertThat(partial.application().discount()).as("late and partial: no discount").isEqualTo(eur("0.00"));
    PaymentId rest = pay("P3", C1, "450.00", jan(21));
    Posting overridden = ledger.post(ApplyPayment.builder().payment(rest).item(late).applied(eur("450.00"))
        .discount(eur("50.00")).discountOverride("goodwill, agreed by phone").date(jan(21)).build());
    assertThat(overridden.application().reason()).contains("goodwill, agreed by phone");
  }

  @Test
  void test_paymentSettlesItsGroupsItems_othersOnlyWithAnOverride() {
    invoice(INV, C1, "100.00", jan(2), Optional.empty());
    DocumentNumber sub = DocumentNumber.of("INV-SUB");
    invoice(sub, CHILD, "50.00", jan(2), Optional.empty());
    PaymentId fromC2 = pay("P1", C2, "100.00", jan(3));
    assertThat(refusal(ApplyPayment.of(fromC2, INV, eur("100.00"), jan(3)))).isEqualTo(Code.NOT_PAYERS_ITEM);
    ledger.post(ApplyPayment.builder().payment(fromC2).item(INV).applied(eur("100.00")).date(jan(3))
        .payerOverride("C2 paid for C1, confirmed by C1").build());
    PaymentId fromParent = pay("P2", C1, "50.00", jan(3));
    ledger.post(ApplyPayment.of(fromParent, sub, eur("50.00"), jan(3)));
    PaymentId fromChild = pay("P3", CHILD, "10.00", jan(3));
    invoice(DocumentNumber.of("INV-3"), C1, "10.00", jan(3), Optional.empty());
    assertThat(refusal(ApplyPayment.of(fromChild, DocumentNumber.of("INV-3"), eur("10.00"), jan(3))))
        .as("a subsidiary does not settle its parent's items").isEqualTo(Code.NOT_PAYERS_ITEM);
  }

  @Test
  void test_customerBalance_showsDeductionsAndOnAccountBesideOpenItems() {
    invoice(INV, C1, "100.00", jan(2), Optional.empty());
    PaymentId p = pay("P1", C1, "90.00", jan(3));
    ledger.post(ApplyPayment.of(p, INV, eur("80.00"), jan(3)));
    ledger.post(OpenDeduction.of(DeductionId.of("D1"), INV, eur("20.00"), DeductionReason.SHORTAGE, jan(3)));
    ledger.post(MoveCash.of(p, CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT, eur("10.00"), jan(3)));
    CustomerBalance balance = ledger.now().customerBalance(C1);
    assertThat(balance.openItems()).isEqualTo(MoneyTotals.ZERO);
    assertThat(balance.openDeductions()).isEqualTo(MoneyTotals.of(eur("20.00")));
    assertThat(balance.onAccount()).isEqualTo(MoneyTotals.of(eur("10.00")));
    assertThat(balance.net()).isEqualTo(MoneyTotals.of(eur("10.00")));
    assertThat(ledger.asOf(jan(3)).customerBalance(C1)).isEqualTo(balance);
    assertThat(ledger.asOf(jan(2)).customerBalance(C1).net()).isEqualTo(MoneyTotals.of(eur("100.00")));
  }

  @Test
  void test_sameBankReference_fromAnotherAccount_isAnotherPayment() {
    Payment first = Payment.builder().bankReference(BankReference.of("REF-1")).receivingAccount("DE02100100100006820101")
        .amount(eur("5.00")).valueDate(jan(3)).build();
    Payment second = Payment.builder().bankReference(BankReference.of("REF-1")).receivingAccount("NL91ABNA0417164300")
        .amount(eur("5.00")).valueDate(jan(3)).build();
    ledger.post(ReceivePayment.of(first));
    ledger.post(ReceivePayment.of(second));
    assertThat(refusal(ReceivePayment.of(first))).isEqualTo(Code.DUPLICATE_PAYMENT);
    assertThat(ledger.now().suspense()).isEqualTo(MoneyTotals.of(eur("10.00")));
  }

  @Test
  void test_check_listsEveryProblem() {
    invoice(INV, C1, "100.00", jan(5), Optional.empty());
    List<LedgerProblem> problems = ledger.check(ApplyPayment.of(PaymentId.of("nope"), DocumentNumber.of("none"),
        eur("1.00"), jan(1)));
    assertThat(problems).extracting(LedgerProblem::code).containsExactly(Code.UNKNOWN_PAYMENT, Code.UNKNOWN_ITEM);
    assertThat(ledger.check(OffsetCreditMemo.of(INV, INV, Money.of("USD", "-1.00"), jan(1))))
        .extracting(LedgerProblem::code)
        .contains(Code.WRONG_ITEM_KIND, Code.INVALID_AMOUNT, Code.DATE_TOO_EARLY);
  }

  @Test
  void test_registerCustomers_refusesUnknownParentsAndCycles() {
    Customer a = Customer.builder().id(CustomerId.of("A")).parentId(CustomerId.of("B")).name("A")
        .currency(Monetary.getCurrency("EUR")).build();
    Customer b = Customer.builder().id(CustomerId.of("B")).parentId(CustomerId.of("A")).name("B")
        .currency(Monetary.getCurrency("EUR")).build();
    assertThat(refusal(RegisterCustomers.of(jan(2), a, b))).isEqualTo(Code.CUSTOMER_CYCLE);
    assertThat(refusal(RegisterCustomers.of(jan(2), a))).isEqualTo(Code.UNKNOWN_CUSTOMER);
  }

  @Test
  void test_twoWritersOnOneLog_secondGetsAConflict_andMustReplay() {
    InMemoryLedgerLog log = new InMemoryLedgerLog();
    ReceivablesLedger first = ReceivablesLedger.replay(log);
    ReceivablesLedger second = ReceivablesLedger.replay(log);
    first.post(ClosePeriod.of(jan(1)));
    assertThatThrownBy(() -> second.post(ClosePeriod.of(jan(2)))).isInstanceOf(LedgerLogConflictException.class);
    assertThat(log.lastSequence()).isEqualTo(1);
    assertThatThrownBy(() -> second.post(ClosePeriod.of(jan(3)))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("replay");
    ReceivablesLedger reopened = ReceivablesLedger.replay(log);
    reopened.post(ClosePeriod.of(jan(2)));
    assertThat(reopened.closedThrough()).contains(jan(2));
  }

  @Test
  void test_replay_refusesALogThatDoesNotReplayToItsPostings() {
    invoice(INV, C1, "100.00", jan(2), Optional.empty());
    InMemoryLedgerLog tampered = new InMemoryLedgerLog();
    ledger.log().read(1, entry -> {
      Posting p = entry.posting();
      Posting changed = entry.sequence() == 2
          ? new Posting(p.number(), p.operation(), p.date().plusDays(1), p.lines(), p.items(), p.payments(),
              p.applications(), p.adjustments(), p.deduction())
          : p;
      tampered.append(List.of(new LogEntry(entry.sequence(), entry.command(), changed)));
    });
    assertThatThrownBy(() -> ReceivablesLedger.replay(tampered)).isInstanceOf(LedgerLogException.class)
        .hasMessageContaining("log entry 2 (POST_ITEM) replays to a different posting");
  }
}
