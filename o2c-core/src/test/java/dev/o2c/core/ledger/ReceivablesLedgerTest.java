package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceivablesLedgerTest {

  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
  private static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);

  private ReceivablesLedger ledger;

  @BeforeEach
  void setUp() {
    ledger = ReceivablesLedger.create();
    ledger.addCustomer(Customer.builder().id("C1").name("Acme GmbH").currency(Monetary.getCurrency("EUR"))
        .addBankAccounts("DE89370400440532013000").build());
    ledger.addCustomer(Customer.builder().id("C2").name("Beta BV").currency(Monetary.getCurrency("EUR")).build());
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  private static OpenItem invoice(String number, String customer, String amount) {
    return OpenItem.builder().documentNumber(number).customerId(customer).kind(ItemKind.INVOICE)
        .documentDate(MAR_1).dueDate(MAR_1.plusDays(30)).originalAmount(eur(amount)).build();
  }

  private static Payment payment(String reference, String customer, String amount) {
    Payment.Builder builder = Payment.builder().bankReference(reference).amount(eur(amount)).valueDate(MAR_10);
    if (customer != null) {
      builder.customerId(customer);
    }
    return builder.build();
  }

  @Test
  void test_postInvoice_debitsReceivablesCreditsSales() {
    Posting posting = ledger.postItem(invoice("INV-1", "C1", "1190.00"));

    assertThat(posting.operation()).isEqualTo(Operation.POST_ITEM);
    assertThat(posting.lines()).extracting(JournalLine::account, JournalLine::side, JournalLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AccountRole.RECEIVABLES, Side.DEBIT, eur("1190.00")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.SALES, Side.CREDIT, eur("1190.00")));
    assertThat(ledger.balance("C1")).containsExactly(Map.entry(Monetary.getCurrency("EUR"), eur("1190.00")));
  }

  @Test
  void test_postCreditMemo_reducesBalance() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.postItem(OpenItem.builder().documentNumber("CM-1").customerId("C1").kind(ItemKind.CREDIT_MEMO)
        .documentDate(MAR_1).dueDate(MAR_1).originalAmount(eur("-30.00")).build());

    assertThat(ledger.balance("C1").values()).containsExactly(eur("70.00"));
  }

  @Test
  void test_fullApplication_clearsItemAndPayment() {
    ledger.postItem(invoice("INV-1", "C1", "500.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "500.00"));

    Posting posting = ledger.apply("BANK-1", "INV-1", eur("500.00"), MAR_10);

    assertThat(posting.items()).singleElement().satisfies(i -> assertThat(i.open().isZero()).isTrue());
    assertThat(posting.payments()).singleElement().satisfies(p -> {
      assertThat(p.applied()).isEqualTo(eur("500.00"));
      assertThat(p.unapplied().isZero()).isTrue();
    });
    assertThat(ledger.openItems("C1")).isEmpty();
    assertThat(ledger.openItems("C1", MAR_1)).extracting(OpenItem::openAmount).containsExactly(eur("500.00"));
  }

  @Test
  void test_applicationWithDiscountAndWriteOff_postsEachPart() {
    ledger.postItem(invoice("INV-1", "C1", "1000.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "979.95"));

    Posting posting = ledger.apply("BANK-1", "INV-1", eur("979.95"), eur("20.00"), eur("0.05"), MAR_10, "2/10 NET 30");

    assertThat(posting.lines()).extracting(JournalLine::account, JournalLine::side, JournalLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AccountRole.UNAPPLIED_CASH, Side.DEBIT, eur("979.95")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.RECEIVABLES, Side.CREDIT, eur("979.95")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.DISCOUNT, Side.DEBIT, eur("20.00")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.RECEIVABLES, Side.CREDIT, eur("20.00")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.WRITE_OFF, Side.DEBIT, eur("0.05")),
            org.assertj.core.groups.Tuple.tuple(AccountRole.RECEIVABLES, Side.CREDIT, eur("0.05")));
    ItemState item = ledger.item("INV-1").orElseThrow();
    assertThat(item.open().isZero()).isTrue();
    assertThat(item.discount()).isEqualTo(eur("20.00"));
    assertThat(item.writtenOff()).isEqualTo(eur("0.05"));
    assertThat(posting.application().reason()).contains("2/10 NET 30");
  }

  @Test
  void test_partialApplication_leavesRestOpenAndUnapplied() {
    ledger.postItem(invoice("INV-1", "C1", "300.00"));
    ledger.postItem(invoice("INV-2", "C1", "200.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "450.00"));

    ledger.apply("BANK-1", "INV-1", eur("300.00"), MAR_10);
    ledger.apply("BANK-1", "INV-2", eur("120.00"), MAR_10);

    assertThat(ledger.openItems("C1")).extracting(OpenItem::documentNumber, OpenItem::openAmount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-2", eur("80.00")));
    assertThat(ledger.unappliedCash("C1", MAR_10).values()).containsExactly(eur("30.00"));
    assertThat(ledger.unappliedCash("C1", MAR_1)).isEmpty();
  }

  @Test
  void test_samePaymentTwice_isRefusedAndCountedOnce() {
    ledger.receivePayment(payment("BANK-1", "C1", "100.00"));
    int lines = ledger.journal().size();

    assertThatThrownBy(() -> ledger.receivePayment(payment("BANK-1", "C1", "100.00")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.DUPLICATE_PAYMENT))
        .hasMessageContaining("BANK-1");
    assertThat(ledger.journal()).hasSize(lines);
    assertThat(ledger.unappliedCash("C1", MAR_20).values()).containsExactly(eur("100.00"));
  }

  @Test
  void test_overApplication_isRefusedAndChangesNothing() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "150.00"));
    List<ItemState> items = ledger.items();
    List<PaymentState> payments = ledger.payments();

    assertThatThrownBy(() -> ledger.apply("BANK-1", "INV-1", eur("120.00"), MAR_10))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.EXCEEDS_OPEN_AMOUNT));
    assertThatThrownBy(() -> ledger.apply("BANK-1", "INV-1", eur("90.00"), eur("20.00"), eur("0.00"), MAR_10, null))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.EXCEEDS_OPEN_AMOUNT));
    assertThatThrownBy(() -> ledger.apply("BANK-1", "INV-1", Money.of("USD", "10.00"), MAR_10))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.CURRENCY_MISMATCH));
    assertThatThrownBy(() -> ledger.apply("BANK-1", "INV-1", eur("10.00"), MAR_1))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.DATE_TOO_EARLY));
    assertThat(ledger.items()).isEqualTo(items);
    assertThat(ledger.payments()).isEqualTo(payments);
  }

  @Test
  void test_unapply_reversesExactlyAndKeepsPaymentIdentity() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "100.00"));
    PaymentState before = ledger.payment("BANK-1").orElseThrow();
    Posting applied = ledger.apply("BANK-1", "INV-1", eur("98.00"), eur("2.00"), eur("0.00"), MAR_10, null);

    Posting reversed = ledger.unapply(applied.application().id(), MAR_20);

    assertThat(ledger.payment("BANK-1")).contains(before);
    assertThat(ledger.item("INV-1").orElseThrow().open()).isEqualTo(eur("100.00"));
    assertThat(reversed.lines()).hasSize(4);
    assertThat(ledger.isReversed(applied.application().id())).isTrue();
    assertThat(ledger.openItems("C1", MAR_10)).isEmpty();
    assertThat(ledger.openItems("C1", MAR_20)).hasSize(1);
    assertThatThrownBy(() -> ledger.unapply(applied.application().id(), MAR_20))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.ALREADY_UNAPPLIED));
  }

  @Test
  void test_unidentifiedPayment_goesToSuspenseUntilPayerIdentified() {
    ledger.receivePayment(payment("BANK-9", null, "75.00"));
    assertThat(ledger.suspense(MAR_10).values()).containsExactly(eur("75.00"));
    assertThatThrownBy(() -> ledger.move("BANK-9", CashBucket.SUSPENSE, CashBucket.UNAPPLIED, eur("75.00"), MAR_10))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.PAYER_UNKNOWN));

    ledger.identifyPayer("BANK-9", "C2", MAR_20);

    assertThat(ledger.suspense(MAR_20)).isEmpty();
    assertThat(ledger.suspense(MAR_10).values()).containsExactly(eur("75.00"));
    assertThat(ledger.unappliedCash("C2", MAR_20).values()).containsExactly(eur("75.00"));
  }

  @Test
  void test_onAccountAndRefund() {
    ledger.receivePayment(payment("BANK-1", "C1", "200.00"));
    ledger.move("BANK-1", CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT, eur("150.00"), MAR_10);
    Posting refund = ledger.refund("BANK-1", CashBucket.ON_ACCOUNT, eur("50.00"), MAR_20);

    PaymentState state = refund.payments().get(0);
    assertThat(state.unapplied()).isEqualTo(eur("50.00"));
    assertThat(state.onAccount()).isEqualTo(eur("100.00"));
    assertThat(state.refunded()).isEqualTo(eur("50.00"));
    assertThat(refund.lines()).extracting(JournalLine::account).containsExactly(AccountRole.ON_ACCOUNT, AccountRole.CASH);
    assertThat(ledger.onAccount("C1", MAR_20).values()).containsExactly(eur("100.00"));
  }

  @Test
  void test_returnedPayment_reopensItemsAndTakesCashBack() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "130.00"));
    ledger.apply("BANK-1", "INV-1", eur("100.00"), MAR_10);

    Posting posting = ledger.returnPayment("BANK-1", MAR_20);

    assertThat(posting.applications()).hasSize(1);
    assertThat(ledger.item("INV-1").orElseThrow().open()).isEqualTo(eur("100.00"));
    PaymentState state = ledger.payment("BANK-1").orElseThrow();
    assertThat(state.returned()).isEqualTo(eur("130.00"));
    assertThat(state.isReturned()).isTrue();
    assertThatThrownBy(() -> ledger.apply("BANK-1", "INV-1", eur("1.00"), MAR_20))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.PAYMENT_RETURNED));
  }

  @Test
  void test_shortPayment_becomesDeduction_thenRejectedReopensItem() {
    ledger.postItem(invoice("INV-1", "C1", "1000.00"));
    ledger.receivePayment(payment("BANK-1", "C1", "950.00"));
    ledger.apply("BANK-1", "INV-1", eur("950.00"), MAR_10);

    Posting created = ledger.createDeduction("DED-1", "INV-1", eur("50.00"), DeductionReason.DAMAGE, "BANK-1",
        MAR_10, "two cartons damaged");

    assertThat(created.deduction().orElseThrow().status()).isEqualTo(DeductionStatus.OPEN);
    assertThat(created.adjustments()).singleElement().satisfies(a -> assertThat(a.type())
        .isEqualTo(AdjustmentType.DEDUCTION));
    assertThat(ledger.item("INV-1").orElseThrow().open().isZero()).isTrue();
    assertThat(ledger.item("INV-1").orElseThrow().deducted()).isEqualTo(eur("50.00"));

    ledger.reviewDeduction("DED-1", MAR_10);
    Posting resolved = ledger.resolveDeduction("DED-1", DeductionStatus.RESOLVED_REJECTED, MAR_20);

    assertThat(resolved.deduction().orElseThrow().status()).isEqualTo(DeductionStatus.RESOLVED_REJECTED);
    assertThat(ledger.item("INV-1").orElseThrow().open()).isEqualTo(eur("50.00"));
    assertThatThrownBy(() -> ledger.resolveDeduction("DED-1", DeductionStatus.RESOLVED_CREDITED, MAR_20))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code())
            .isEqualTo(Code.INVALID_STATUS_CHANGE));
  }

  @Test
  void test_creditedDeduction_postsAgainstSales() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.createDeduction("DED-1", "INV-1", eur("10.00"), DeductionReason.PRICING, null, MAR_10, null);

    Posting posting = ledger.resolveDeduction("DED-1", DeductionStatus.RESOLVED_CREDITED, MAR_20);

    assertThat(posting.lines()).extracting(JournalLine::account, JournalLine::side).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AccountRole.SALES, Side.DEBIT),
        org.assertj.core.groups.Tuple.tuple(AccountRole.DEDUCTIONS, Side.CREDIT));
    assertThat(ledger.item("INV-1").orElseThrow().open()).isEqualTo(eur("90.00"));
  }

  @Test
  void test_creditMemoOffset_movesBothItemsTowardZero() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.postItem(OpenItem.builder().documentNumber("CM-1").customerId("C1").kind(ItemKind.CREDIT_MEMO)
        .documentDate(MAR_1).dueDate(MAR_1).originalAmount(eur("-40.00")).build());

    ledger.offsetCreditMemo("CM-1", "INV-1", eur("40.00"), MAR_10);

    assertThat(ledger.item("INV-1").orElseThrow().open()).isEqualTo(eur("60.00"));
    assertThat(ledger.item("CM-1").orElseThrow().open().isZero()).isTrue();
    assertThat(ledger.item("CM-1").orElseThrow().credited()).isEqualTo(eur("-40.00"));
    assertThat(ledger.balance("C1").values()).containsExactly(eur("60.00"));
    assertThatThrownBy(() -> ledger.offsetCreditMemo("INV-1", "CM-1", eur("1.00"), MAR_10))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.WRONG_ITEM_KIND));
  }

  @Test
  void test_badDebtWriteOff() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));

    Posting posting = ledger.writeOff("INV-1", eur("100.00"), MAR_20, "insolvency");

    assertThat(posting.lines()).extracting(JournalLine::account).containsExactly(AccountRole.BAD_DEBT,
        AccountRole.RECEIVABLES);
    assertThat(ledger.balance("C1")).isEmpty();
    assertThat(ledger.balance("C1", MAR_10).values()).containsExactly(eur("100.00"));
  }

  @Test
  void test_unknownCustomerAndDuplicateItem_areRefused() {
    assertThatThrownBy(() -> ledger.postItem(invoice("INV-1", "C9", "1.00")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.UNKNOWN_CUSTOMER));
    ledger.postItem(invoice("INV-1", "C1", "1.00"));
    assertThatThrownBy(() -> ledger.postItem(invoice("INV-1", "C1", "1.00")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(Code.DUPLICATE_ITEM));
    assertThatThrownBy(() -> ledger.postItem(invoice("INV-2", "C1", "10.00").withOpenAmount(eur("5.00"))))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code())
            .isEqualTo(Code.NOT_AT_ORIGINAL_AMOUNT));
  }

  @Test
  void test_balancesAreKeptPerCurrency() {
    ledger.postItem(invoice("INV-1", "C1", "100.00"));
    ledger.postItem(OpenItem.builder().documentNumber("INV-JP").customerId("C1").kind(ItemKind.INVOICE)
        .documentDate(MAR_1).dueDate(MAR_1).originalAmount(Money.of("JPY", "12000")).build());

    assertThat(ledger.balance("C1")).containsExactly(
        Map.entry(Monetary.getCurrency("EUR"), eur("100.00")),
        Map.entry(Monetary.getCurrency("JPY"), Money.of("JPY", "12000")));
  }
}
