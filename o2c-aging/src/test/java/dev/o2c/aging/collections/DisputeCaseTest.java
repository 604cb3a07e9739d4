package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The dispute workflow: every transition, allowed or refused, and the case's history. */
class DisputeCaseTest {

  static final LocalDate RAISED = LocalDate.of(2026, 4, 2);
  static final LocalDate TARGET = LocalDate.of(2026, 4, 30);

  /** The workflow as the issue and the ledger's deduction workflow define it, written out. */
  static final Map<DisputeStatus, Set<DisputeStatus>> ALLOWED = Map.of(
      DisputeStatus.OPEN, EnumSet.of(DisputeStatus.IN_REVIEW, DisputeStatus.AWAITING_APPROVAL,
          DisputeStatus.CREDITED, DisputeStatus.REJECTED, DisputeStatus.WRITTEN_OFF),
      DisputeStatus.IN_REVIEW, EnumSet.of(DisputeStatus.AWAITING_APPROVAL, DisputeStatus.CREDITED,
          DisputeStatus.REJECTED, DisputeStatus.WRITTEN_OFF),
      DisputeStatus.AWAITING_APPROVAL, EnumSet.of(DisputeStatus.IN_REVIEW, DisputeStatus.WRITTEN_OFF),
      DisputeStatus.CREDITED, EnumSet.noneOf(DisputeStatus.class),
      DisputeStatus.REJECTED, EnumSet.noneOf(DisputeStatus.class),
      DisputeStatus.WRITTEN_OFF, EnumSet.noneOf(DisputeStatus.class));

  static DisputeCase raised() {
    return DisputeCase.raise(DisputeId.of("DSP-1"), ACME, DeductionReason.PRICING,
        List.of(DisputeLine.of(doc("INV-1"), eur("120.00")), DisputeLine.of(doc("INV-2"), eur("400.00"))),
        "anna", RAISED, TARGET);
  }

  /** A case in a state, reached from OPEN in one step. */
  static DisputeCase in(DisputeStatus status) {
    return status == DisputeStatus.OPEN ? raised() : raised().moveTo(status, RAISED, "anna", Optional.empty());
  }

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (DisputeStatus from : DisputeStatus.values()) {
      for (DisputeStatus to : DisputeStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void test_everyTransition_allowedOnesMove_othersThrowNamingTheCaseAndBothStates(DisputeStatus from,
      DisputeStatus to) {
    DisputeCase disputeCase = in(from);
    LocalDate day = RAISED.plusDays(1);

    if (ALLOWED.get(from).contains(to)) {
      DisputeCase moved = disputeCase.moveTo(to, day, "ben", Optional.of("why"));
      assertThat(moved.status()).isEqualTo(to);
      assertThat(moved.history().get(moved.history().size() - 1))
          .isEqualTo(new DisputeEvent(day, from, to, "ben", Optional.of("why")));
      assertThat(disputeCase.status()).isEqualTo(from);
    } else {
      assertThatThrownBy(() -> disputeCase.moveTo(to, day, "ben", Optional.empty()))
          .isInstanceOfSatisfying(DisputeTransitionException.class, e -> {
            assertThat(e.caseId()).isEqualTo(DisputeId.of("DSP-1"));
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.to()).isEqualTo(to);
          })
          .hasMessageStartingWith("Dispute DSP-1 cannot move from " + from + " to " + to);
    }
    assertThat(from.allowedNext()).isEqualTo(ALLOWED.get(from));
  }

  @Test
  void test_statesMapOntoTheLedgersDeductionStatuses() {
    assertThat(DisputeStatus.AWAITING_APPROVAL.deductionStatus()).isEqualTo(DeductionStatus.IN_REVIEW);
    for (DeductionStatus status : DeductionStatus.values()) {
      assertThat(DisputeStatus.of(status).deductionStatus()).isEqualTo(status);
      assertThat(DisputeStatus.of(status).isResolved()).isEqualTo(status.isResolved());
    }
  }

  @Test
  void test_history_givesTheStatusOnAnyDay() {
    DisputeCase disputeCase = raised()
        .moveTo(DisputeStatus.IN_REVIEW, RAISED.plusDays(3), "anna", Optional.empty())
        .moveTo(DisputeStatus.CREDITED, RAISED.plusDays(10), "ben", Optional.empty());

    assertThat(disputeCase.statusOn(RAISED.minusDays(1))).isEmpty();
    assertThat(disputeCase.statusOn(RAISED)).contains(DisputeStatus.OPEN);
    assertThat(disputeCase.statusOn(RAISED.plusDays(3))).contains(DisputeStatus.IN_REVIEW);
    assertThat(disputeCase.statusOn(RAISED.plusDays(10))).contains(DisputeStatus.CREDITED);
    assertThat(disputeCase.isOpenOn(RAISED.plusDays(9))).isTrue();
    assertThat(disputeCase.isOpenOn(RAISED.plusDays(10))).isFalse();
    assertThat(disputeCase.lastChange()).isEqualTo(RAISED.plusDays(10));
    assertThat(disputeCase.totalAmount()).isEqualTo(eur("520.00"));
  }

  @Test
  void test_moveDatedBeforeTheLastChange_isRefused() {
    DisputeCase inReview = raised().moveTo(DisputeStatus.IN_REVIEW, RAISED.plusDays(3), "anna", Optional.empty());

    assertThatThrownBy(() -> inReview.moveTo(DisputeStatus.REJECTED, RAISED.plusDays(2), "anna", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its last change on 2026-04-05");
  }

  @Test
  void test_fromDeduction_takesItsPartsAndStartsInReviewIfTheDeductionIs() {
    Deduction deduction = Deduction.builder().id(DeductionId.of("DED-7")).customerId(ACME).documentNumber(doc("INV-1"))
        .amount(eur("50.00")).reason(DeductionReason.DAMAGE).createdOn(RAISED).note("two crates broken").build();

    DisputeCase open = DisputeCase.fromDeduction(deduction, "anna", TARGET);
    DisputeCase inReview = DisputeCase.fromDeduction(deduction.moveTo(DeductionStatus.IN_REVIEW), "anna", TARGET);

    assertThat(open.id()).isEqualTo(DisputeId.of("DED-7"));
    assertThat(open.deduction()).contains(DeductionId.of("DED-7"));
    assertThat(open.lines()).containsExactly(DisputeLine.of(doc("INV-1"), eur("50.00")));
    assertThat(open.reason()).isEqualTo(DeductionReason.DAMAGE);
    assertThat(open.note()).contains("two crates broken");
    assertThat(open.status()).isEqualTo(DisputeStatus.OPEN);
    assertThat(inReview.status()).isEqualTo(DisputeStatus.IN_REVIEW);
    assertThatThrownBy(() -> DisputeCase.fromDeduction(deduction.moveTo(DeductionStatus.RESOLVED_CREDITED), "anna",
        TARGET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DED-7 is already RESOLVED_CREDITED");
  }

  @Test
  void test_invalidCase_listsEveryProblem() {
    assertThatThrownBy(() -> DisputeCase.raise(DisputeId.of("DSP-2"), ACME, DeductionReason.OTHER,
        List.of(DisputeLine.of(doc("INV-1"), eur("1.00")), DisputeLine.of(doc("INV-1"), Money.of("USD", "2.00"))),
        " ", TARGET, RAISED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid dispute DSP-2: item INV-1 appears twice; amounts mix currencies EUR and USD; "
            + "raisedBy is blank; target date 2026-04-02 is before the day raised 2026-04-30");
    assertThatThrownBy(() -> DisputeCase.raise(DisputeId.of("DSP-3"), ACME, DeductionReason.OTHER, List.of(),
        "anna", RAISED, TARGET)).hasMessage("Invalid dispute DSP-3: no disputed items");
    assertThatThrownBy(() -> DisputeLine.of(doc("INV-1"), eur("0.00")))
        .hasMessage("Disputed amount EUR 0.00 on INV-1 is not positive");
  }

  private static DisputeCase restore(DisputeCase c, List<DisputeEvent> history, Optional<dev.o2c.core.id.DocumentNumber>
      creditMemo, Optional<AuthorityCheck> pending) {
    return DisputeCase.restore(c.id(), c.customerId(), c.reason(), c.lines(), c.raisedBy(), c.raisedOn(),
        c.targetDate(), c.deduction(), c.note(), history, creditMemo, pending);
  }

  @Test
  void test_restore_fromItsParts_givesTheCaseBack() {
    DisputeCase waiting = raised().withNote("call back").moveTo(DisputeStatus.IN_REVIEW, RAISED.plusDays(1), "ben",
        Optional.of("checking")).moveTo(DisputeStatus.AWAITING_APPROVAL, RAISED.plusDays(3), "ben", Optional.empty());
    assertThat(restore(waiting, waiting.history(), Optional.empty(), Optional.empty())).isEqualTo(waiting);

    AuthorityCheck check = AuthorityCheck.of(AuthorityHolder.of("ben", "collector"), eur("520.00"),
        Optional.of(eur("100.00")));
    DisputeCase pending = restore(waiting, waiting.history(), Optional.empty(), Optional.of(check));
    assertThat(pending.pendingApproval()).contains(check);
    assertThat(pending.status()).isEqualTo(DisputeStatus.AWAITING_APPROVAL);
  }

  @Test
  void test_restore_refusesAHistoryTheWorkflowCannotMake() {
    DisputeCase c = raised();
    DisputeEvent review = new DisputeEvent(RAISED.plusDays(2), DisputeStatus.OPEN, DisputeStatus.IN_REVIEW, "ben",
        Optional.empty());
    assertThatThrownBy(() -> restore(c, List.of(new DisputeEvent(RAISED, DisputeStatus.IN_REVIEW,
        DisputeStatus.CREDITED, "ben", Optional.empty())), Optional.empty(), Optional.empty()))
        .hasMessage("Invalid dispute DSP-1: move on 2026-04-02 starts from IN_REVIEW, not from OPEN");
    assertThatThrownBy(() -> restore(c, List.of(review, new DisputeEvent(RAISED.plusDays(3), DisputeStatus.IN_REVIEW,
        DisputeStatus.OPEN, "ben", Optional.empty())), Optional.empty(), Optional.empty()))
        .hasMessage("Invalid dispute DSP-1: move on 2026-04-05 from IN_REVIEW to OPEN is not allowed");
    assertThatThrownBy(() -> restore(c, List.of(new DisputeEvent(RAISED.minusDays(1), DisputeStatus.OPEN,
        DisputeStatus.IN_REVIEW, "ben", Optional.empty())), Optional.empty(), Optional.empty()))
        .hasMessage("Invalid dispute DSP-1: move on 2026-04-01 is before 2026-04-02");
    assertThatThrownBy(() -> restore(c, List.of(review), Optional.of(doc("CM-1")), Optional.empty()))
        .hasMessage("Invalid dispute DSP-1: credit memo CM-1 on a case IN_REVIEW");
    AuthorityCheck check = AuthorityCheck.of(AuthorityHolder.of("ben", "collector"), eur("1.00"), Optional.empty());
    assertThatThrownBy(() -> restore(c, List.of(), Optional.empty(), Optional.of(check)))
        .hasMessage("Invalid dispute DSP-1: pending approval on a case OPEN");
  }
}
