package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.DAY;
import static dev.o2c.aging.collections.CollectionsBooks.EUR;
import static dev.o2c.aging.collections.CollectionsBooks.assertBalanced;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ResolveDeduction;
import dev.o2c.core.ledger.ReviewDeduction;
import dev.o2c.core.ledger.WriteOffBadDebt;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of every resolution, for a case from a ledger deduction and for one raised by a
 * collector: the commands are posted to a real ledger, which must accept them, stay balanced and show
 * the balances the resolution means.
 */
class DisputeResolverTest {

  static final LocalDate D = DAY.plusDays(20);
  static final AuthorityHolder ANNA = AuthorityHolder.of("anna", "collector");
  static final AuthorityHolder MIA = AuthorityHolder.of("mia", "credit-manager");
  static final DisputeResolver RESOLVER = DisputeResolver.of(AuthorityLimits.builder()
      .role("collector", eur("100.00")).role("credit-manager", eur("5000.00")).build());

  // ---------------------------------------------------------------- a case from a deduction

  /** INV-1 of 1000.00 paid 950.00 on DAY+10, the 50.00 short taken as deduction DED-1 (damage). */
  static ReceivablesLedger shortPaid() {
    ReceivablesLedger ledger = CollectionsBooks.ledger();
    CollectionsBooks.post(ledger, "INV-1", eur("1000.00"));
    CollectionsBooks.pay(ledger, "B-1", "INV-1", eur("950.00"), DAY.plusDays(10));
    ledger.post(OpenDeduction.of(DeductionId.of("DED-1"), doc("INV-1"), eur("50.00"), DeductionReason.DAMAGE,
        DAY.plusDays(10)));
    return ledger;
  }

  static DisputeCase deductionCase(ReceivablesLedger ledger) {
    return DisputeCase.fromDeduction(ledger.deduction(DeductionId.of("DED-1")).orElseThrow(), "anna",
        DAY.plusDays(40));
  }

  static CustomerBalance balance(ReceivablesLedger ledger) {
    return ledger.now().customerBalance(ACME);
  }

  static void post(ReceivablesLedger ledger, DisputeOutcome outcome) {
    ledger.postAll(outcome.commands());
    assertBalanced(ledger);
  }

  @Test
  void test_deduction_credited_resolvesTheDeductionAsCredited() {
    ReceivablesLedger ledger = shortPaid();

    DisputeOutcome outcome = RESOLVER.credit(deductionCase(ledger), D, "anna", doc("CM-1"), ledger.now());

    assertThat(outcome.commands())
        .containsExactly(ResolveDeduction.of(DeductionId.of("DED-1"), DeductionStatus.RESOLVED_CREDITED, D));
    assertThat(outcome.disputeCase().status()).isEqualTo(DisputeStatus.CREDITED);
    assertThat(outcome.disputeCase().creditMemo()).contains(doc("CM-1"));
    post(ledger, outcome);
    assertThat(ledger.deduction(DeductionId.of("DED-1")).orElseThrow().status())
        .isEqualTo(DeductionStatus.RESOLVED_CREDITED);
    assertThat(ledger.now().openDeductions(ACME)).isEmpty();
    assertThat(ledger.now().balance(ACME).get(EUR)).isEqualTo(eur("0.00"));
  }

  @Test
  void test_deduction_rejected_putsTheAmountBackOnTheItem() {
    ReceivablesLedger ledger = shortPaid();

    DisputeOutcome outcome = RESOLVER.reject(deductionCase(ledger), D, "anna");

    assertThat(outcome.commands())
        .containsExactly(ResolveDeduction.of(DeductionId.of("DED-1"), DeductionStatus.RESOLVED_REJECTED, D));
    post(ledger, outcome);
    assertThat(ledger.item(doc("INV-1")).orElseThrow().open()).isEqualTo(eur("50.00"));
    assertThat(ledger.now().openDeductions(ACME)).isEmpty();
  }

  @Test
  void test_deduction_writtenOffWithinTheLimit_atOnce() {
    ReceivablesLedger ledger = shortPaid();

    DisputeOutcome outcome = RESOLVER.writeOff(deductionCase(ledger), D, ANNA, ledger.now());

    assertThat(outcome.needsApproval()).isFalse();
    assertThat(outcome.authority().orElseThrow().reason())
        .isEqualTo("EUR 50.00 is within the limit EUR 100.00 of anna (collector)");
    assertThat(outcome.commands())
        .containsExactly(ResolveDeduction.of(DeductionId.of("DED-1"), DeductionStatus.RESOLVED_WRITTEN_OFF, D));
    post(ledger, outcome);
    assertThat(ledger.deduction(DeductionId.of("DED-1")).orElseThrow().status())
        .isEqualTo(DeductionStatus.RESOLVED_WRITTEN_OFF);
    assertThat(ledger.item(doc("INV-1")).orElseThrow().open()).isEqualTo(eur("0.00"));
  }

  @Test
  void test_deduction_writeOffOverTheLimit_waitsForApproval_thenAnApproverWithEnoughAuthorityResolvesIt() {
    ReceivablesLedger ledger = shortPaid();
    DisputeResolver strict = DisputeResolver.of(AuthorityLimits.builder().role("collector", eur("20.00"))
        .role("credit-manager", eur("5000.00")).build());

    DisputeOutcome asked = strict.writeOff(deductionCase(ledger), D, ANNA, ledger.now());
    DisputeOutcome sameAgain = strict.approveWriteOff(asked.disputeCase(), D, ANNA, ledger.now());
    DisputeOutcome approved = strict.approveWriteOff(asked.disputeCase(), D.plusDays(1), MIA, ledger.now());

    assertThat(asked.needsApproval()).isTrue();
    assertThat(asked.commands()).isEmpty();
    assertThat(asked.disputeCase().status()).isEqualTo(DisputeStatus.AWAITING_APPROVAL);
    assertThat(asked.disputeCase().pendingApproval().orElseThrow().reason())
        .isEqualTo("EUR 50.00 exceeds the limit EUR 20.00 of anna (collector)");
    assertThat(sameAgain.needsApproval()).isTrue();
    assertThat(sameAgain.disputeCase()).isEqualTo(asked.disputeCase());
    assertThat(approved.needsApproval()).isFalse();
    assertThat(approved.disputeCase().status()).isEqualTo(DisputeStatus.WRITTEN_OFF);
    assertThat(approved.disputeCase().pendingApproval()).isEmpty();
    assertThat(approved.disputeCase().history()).extracting(DisputeEvent::by).containsExactly("anna", "mia");
    post(ledger, approved);
    assertThat(ledger.deduction(DeductionId.of("DED-1")).orElseThrow().status())
        .isEqualTo(DeductionStatus.RESOLVED_WRITTEN_OFF);
  }

  @Test
  void test_noAuthorityInTheCurrency_needsApproval() {
    ReceivablesLedger ledger = shortPaid();

    DisputeOutcome asked = DisputeResolver.of(AuthorityPolicy.NONE).writeOff(deductionCase(ledger), D, MIA,
        ledger.now());

    assertThat(asked.needsApproval()).isTrue();
    assertThat(asked.authority().orElseThrow().reason())
        .isEqualTo("mia (credit-manager) has no write-off authority in EUR");
  }

  @Test
  void test_deduction_review_reviewsTheDeductionOnce_andARefusedWriteOffGoesBackToReview() {
    ReceivablesLedger ledger = shortPaid();
    DisputeResolver strict = DisputeResolver.of(AuthorityPolicy.NONE);

    DisputeOutcome review = strict.review(deductionCase(ledger), D, "anna");
    post(ledger, review);
    DisputeOutcome asked = strict.writeOff(review.disputeCase(), D, ANNA, ledger.now());
    DisputeOutcome refused = strict.refuseWriteOff(asked.disputeCase(), D.plusDays(2), "mia", "customer pays");

    assertThat(review.commands()).containsExactly(ReviewDeduction.of(DeductionId.of("DED-1"), D));
    assertThat(ledger.deduction(DeductionId.of("DED-1")).orElseThrow().status()).isEqualTo(DeductionStatus.IN_REVIEW);
    assertThat(refused.disputeCase().status()).isEqualTo(DisputeStatus.IN_REVIEW);
    assertThat(refused.commands()).isEmpty();
    DisputeOutcome rejected = strict.reject(refused.disputeCase(), D.plusDays(3), "mia");
    post(ledger, rejected);
    assertThat(ledger.item(doc("INV-1")).orElseThrow().open()).isEqualTo(eur("50.00"));
  }

  @Test
  void test_deduction_refusedStraightFromOpen_reviewsTheLedgerDeduction() {
    ReceivablesLedger ledger = shortPaid();
    DisputeResolver strict = DisputeResolver.of(AuthorityPolicy.NONE);

    DisputeOutcome asked = strict.writeOff(deductionCase(ledger), D, ANNA, ledger.now());
    DisputeOutcome refused = strict.refuseWriteOff(asked.disputeCase(), D, "mia", "not this one");

    assertThat(refused.commands()).containsExactly(ReviewDeduction.of(DeductionId.of("DED-1"), D));
    post(ledger, refused);
  }

  @Test
  void test_wrongStepForTheState_isATransitionException() {
    ReceivablesLedger ledger = shortPaid();
    DisputeCase credited = RESOLVER.credit(deductionCase(ledger), D, "anna", doc("CM-1"), ledger.now()).disputeCase();

    assertThatThrownBy(() -> RESOLVER.reject(credited, D, "anna"))
        .isInstanceOf(DisputeTransitionException.class).hasMessageStartingWith(
            "Dispute DED-1 cannot move from CREDITED to REJECTED");
    assertThatThrownBy(() -> RESOLVER.approveWriteOff(deductionCase(ledger), D, MIA, ledger.now()))
        .isInstanceOf(DisputeTransitionException.class)
        .hasMessageStartingWith("Dispute DED-1 cannot move from OPEN to WRITTEN_OFF");
    assertThatThrownBy(() -> RESOLVER.refuseWriteOff(deductionCase(ledger), D, "mia", "no"))
        .isInstanceOf(DisputeTransitionException.class);
  }

  // ---------------------------------------------------------------- a case raised by a collector

  /** INV-1 of 1000.00 and INV-2 of 400.00, nothing paid; ACME disputes 120.00 on INV-1 and all of INV-2. */
  static ReceivablesLedger twoInvoices() {
    ReceivablesLedger ledger = CollectionsBooks.ledger();
    CollectionsBooks.post(ledger, "INV-1", eur("1000.00"));
    CollectionsBooks.post(ledger, "INV-2", eur("400.00"));
    return ledger;
  }

  static DisputeCase raisedCase() {
    return DisputeCase.raise(DisputeId.of("DSP-1"), ACME, DeductionReason.PRICING,
        List.of(DisputeLine.of(doc("INV-1"), eur("120.00")), DisputeLine.of(doc("INV-2"), eur("400.00"))),
        "anna", DAY.plusDays(5), DAY.plusDays(35));
  }

  @Test
  void test_raised_credited_postsACreditMemoForTheDisputedTotal_offsetAgainstEachItem() {
    ReceivablesLedger ledger = twoInvoices();

    DisputeOutcome outcome = RESOLVER.credit(raisedCase(), D, "anna", doc("CM-1"), ledger.now());

    OpenItem creditMemo = OpenItem.builder().documentNumber(doc("CM-1")).customerId(ACME).kind(ItemKind.CREDIT_MEMO)
        .documentDate(D).dueDate(D).originalAmount(eur("-520.00")).customerReference("dispute DSP-1").build();
    assertThat(outcome.commands()).containsExactly(PostItem.of(creditMemo),
        OffsetCreditMemo.of(doc("CM-1"), doc("INV-1"), eur("120.00"), D),
        OffsetCreditMemo.of(doc("CM-1"), doc("INV-2"), eur("400.00"), D));
    post(ledger, outcome);
    assertThat(ledger.item(doc("INV-1")).orElseThrow().open()).isEqualTo(eur("880.00"));
    assertThat(ledger.item(doc("INV-2")).orElseThrow().open()).isEqualTo(eur("0.00"));
    assertThat(ledger.item(doc("CM-1")).orElseThrow().open()).isEqualTo(eur("0.00"));
    assertThat(ledger.now().balance(ACME).get(EUR)).isEqualTo(eur("880.00"));
  }

  @Test
  void test_raised_credited_afterAPartPayment_offsetsOnlyWhatIsOpen_andTheRestStaysACredit() {
    ReceivablesLedger ledger = twoInvoices();
    CollectionsBooks.pay(ledger, "B-2", "INV-2", eur("300.00"), DAY.plusDays(10));

    DisputeOutcome outcome = RESOLVER.credit(raisedCase(), D, "anna", doc("CM-1"), ledger.now());

    assertThat(outcome.commands()).contains(OffsetCreditMemo.of(doc("CM-1"), doc("INV-2"), eur("100.00"), D));
    post(ledger, outcome);
    assertThat(ledger.item(doc("CM-1")).orElseThrow().open()).isEqualTo(eur("-300.00"));
    // 1400.00 billed, 300.00 paid, 520.00 credited: 580.00 owed.
    assertThat(ledger.now().balance(ACME).get(EUR)).isEqualTo(eur("580.00"));
  }

  @Test
  void test_raised_rejected_changesNothingInTheBooks() {
    ReceivablesLedger ledger = twoInvoices();

    DisputeOutcome outcome = RESOLVER.reject(raisedCase(), D, "anna");

    assertThat(outcome.commands()).isEmpty();
    assertThat(outcome.disputeCase().status()).isEqualTo(DisputeStatus.REJECTED);
    assertThat(ledger.now().balance(ACME).get(EUR)).isEqualTo(eur("1400.00"));
  }

  @Test
  void test_raised_writtenOff_writesOffEachItemAsBadDebt_checkedAgainstWhatIsStillOpen() {
    ReceivablesLedger ledger = twoInvoices();
    CollectionsBooks.pay(ledger, "B-2", "INV-2", eur("390.00"), DAY.plusDays(10));
    DisputeResolver resolver = DisputeResolver.of(AuthorityLimits.builder().person("anna", eur("130.00")).build());

    DisputeOutcome outcome = resolver.writeOff(raisedCase(), D, ANNA, ledger.now());

    assertThat(outcome.authority().orElseThrow().amount()).isEqualTo(eur("130.00"));
    assertThat(outcome.commands()).containsExactly(
        WriteOffBadDebt.builder().item(doc("INV-1")).amount(eur("120.00")).date(D)
            .reason("dispute DSP-1 (PRICING) written off by anna (collector)").build(),
        WriteOffBadDebt.builder().item(doc("INV-2")).amount(eur("10.00")).date(D)
            .reason("dispute DSP-1 (PRICING) written off by anna (collector)").build());
    post(ledger, outcome);
    assertThat(ledger.item(doc("INV-1")).orElseThrow().badDebt()).isEqualTo(eur("120.00"));
    assertThat(ledger.now().balance(ACME).get(EUR)).isEqualTo(eur("880.00"));
  }

  @Test
  void test_authorityLimits_personBeatsRole_perCurrency() {
    AuthorityLimits limits = AuthorityLimits.builder().role("collector", eur("100.00"))
        .role("collector", Money.of("USD", "80.00")).person("anna", eur("250.00")).build();

    assertThat(limits.writeOffLimit(ANNA, EUR)).contains(eur("250.00"));
    assertThat(limits.writeOffLimit(ANNA, Money.of("USD", "1").currency())).contains(Money.of("USD", "80.00"));
    assertThat(limits.writeOffLimit(AuthorityHolder.of("tom", "collector"), EUR)).contains(eur("100.00"));
    assertThat(limits.writeOffLimit(AuthorityHolder.of("tom", "intern"), EUR)).isEmpty();
    assertThat(limits.checkWriteOff(ANNA, eur("250.00")).withinLimit()).isTrue();
    assertThat(limits.checkWriteOff(ANNA, eur("250.01")).withinLimit()).isFalse();
    assertThatThrownBy(() -> AuthorityLimits.builder().role("collector", eur("-1.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role 'collector'");
  }
}
