package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.ANNA;
import static dev.o2c.aging.collections.WorklistTestData.BEN;
import static dev.o2c.aging.collections.WorklistTestData.activity;
import static dev.o2c.aging.collections.WorklistTestData.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 2);
  private static final LocalDate D2 = LocalDate.of(2026, 11, 3);

  @Test
  void test_activity_promiseNamedExactlyWithPromiseObtained() {
    assertThatThrownBy(() -> activity("C-1", ANNA, D1, ActivityType.CALL, ActivityDirection.OUTBOUND,
        ActivityOutcome.PROMISE_OBTAINED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C-1").hasMessageContaining("PROMISE_OBTAINED names no promise");
    assertThatThrownBy(() -> activity("C-1", ANNA, D1, ActivityType.CALL, ActivityDirection.OUTBOUND,
        ActivityOutcome.REACHED).promise(PromiseId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promise P-1 named with outcome REACHED");
  }

  @Test
  void test_activity_outcomeMustFitChannelAndDirection_allProblemsAtOnce() {
    assertThatThrownBy(() -> activity("C-1", ANNA, D2, ActivityType.LETTER, ActivityDirection.INBOUND,
        ActivityOutcome.NO_ANSWER).nextFollowUp(D1).contactPerson(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome NO_ANSWER is not possible for a INBOUND LETTER")
        .hasMessageContaining("nextFollowUp 2026-11-02 is before the activity's date 2026-11-03")
        .hasMessageContaining("contactPerson is blank");
    assertThat(ActivityOutcome.SENT.isAllowedFor(ActivityType.CALL, ActivityDirection.OUTBOUND)).isFalse();
    assertThat(ActivityOutcome.LEFT_MESSAGE.isAllowedFor(ActivityType.CALL, ActivityDirection.OUTBOUND)).isTrue();
    assertThat(ActivityOutcome.UNDELIVERABLE.isAllowedFor(ActivityType.EMAIL, ActivityDirection.OUTBOUND)).isTrue();
    assertThat(ActivityOutcome.REFUSED.isAllowedFor(ActivityType.PORTAL_MESSAGE, ActivityDirection.INBOUND)).isTrue();
  }

  @Test
  void test_activity_concernsNamedItemsOrWholeAccount() {
    Activity account = call("C-1", D1, LocalTime.NOON, ActivityOutcome.REACHED);
    Activity aboutOne = activity("C-1", ANNA, D1, ActivityType.EMAIL, ActivityDirection.OUTBOUND, ActivityOutcome.SENT)
        .addDocumentNumbers(DocumentNumber.of("INV-1")).build();
    assertThat(account.concerns(DocumentNumber.of("INV-9"))).isTrue();
    assertThat(aboutOne.concerns(DocumentNumber.of("INV-1"))).isTrue();
    assertThat(aboutOne.concerns(DocumentNumber.of("INV-9"))).isFalse();
    assertThat(aboutOne.awaitsReply()).isTrue();
    assertThat(account.awaitsReply()).isFalse();
  }

  @Test
  void test_append_returnsNewLog_andLeavesTheOldOneAsItWas() {
    ActivityLog empty = ActivityLog.empty();
    Activity a = call("C-1", D1, LocalTime.of(9, 0), ActivityOutcome.REACHED);
    ActivityLog one = empty.append(a);
    assertThat(empty.size()).isZero();
    assertThat(one.entries()).containsExactly(a);
    assertThat(one).isEqualTo(ActivityLog.of(List.of(a)));
    assertThatThrownBy(() -> one.entries().add(a)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_chronological_dayThenTime_untimedFirst_thenLogOrder() {
    Activity lateCall = call("C-1", D1, LocalTime.of(16, 0), ActivityOutcome.REACHED);
    Activity earlyCall = call("C-1", D1, LocalTime.of(8, 0), ActivityOutcome.NO_ANSWER);
    Activity letter = activity("C-1", BEN, D1, ActivityType.LETTER, ActivityDirection.OUTBOUND,
        ActivityOutcome.SENT).build();
    Activity nextDay = call("C-1", D2, LocalTime.of(7, 0), ActivityOutcome.REACHED);
    Activity sameTime = call("C-2", D1, LocalTime.of(16, 0), ActivityOutcome.REACHED);
    ActivityLog log = ActivityLog.of(List.of(nextDay, lateCall, earlyCall, letter, sameTime));
    assertThat(log.chronological()).containsExactly(letter, earlyCall, lateCall, sameTime, nextDay);
    assertThat(log.entries()).containsExactly(nextDay, lateCall, earlyCall, letter, sameTime);
  }

  @Test
  void test_queries_perCustomer_perCollector_period_asOf_lastContact() {
    Activity a1 = call("C-1", D1, LocalTime.of(9, 0), ActivityOutcome.REACHED);
    Activity a2 = activity("C-1", BEN, D2, ActivityType.EMAIL, ActivityDirection.OUTBOUND,
        ActivityOutcome.UNDELIVERABLE).build();
    Activity a3 = call("C-2", D2, LocalTime.of(9, 0), ActivityOutcome.LEFT_MESSAGE);
    ActivityLog log = ActivityLog.of(List.of(a1, a2, a3));
    CustomerId c1 = CustomerId.of("C-1");
    assertThat(log.forCustomer(c1).entries()).containsExactly(a1, a2);
    assertThat(log.forCollector(BEN).entries()).containsExactly(a2);
    assertThat(log.between(D2, D2).entries()).containsExactly(a2, a3);
    assertThat(log.asOf(D1).entries()).containsExactly(a1);
    // the bounced e-mail is the latest activity, but not a contact
    assertThat(log.latest(c1, D2)).contains(a2);
    assertThat(log.lastContact(c1, D2)).contains(a1);
    assertThat(log.lastContact(c1, D1.minusDays(1))).isEmpty();
    assertThat(log.lastContacts(D2)).containsExactly(
        java.util.Map.entry(c1, a1), java.util.Map.entry(CustomerId.of("C-2"), a3));
    assertThatThrownBy(() -> log.between(D2, D1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends 2026-11-02 before it starts 2026-11-03");
  }

  @Test
  void test_collectorId_validated_andOrderedByText() {
    assertThat(CollectorId.of("b").compareTo(CollectorId.of("a"))).isPositive();
    assertThat(CollectorId.of("anna")).isEqualTo(ANNA).hasToString("anna");
    assertThatThrownBy(() -> CollectorId.of(" anna")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> CollectorId.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
