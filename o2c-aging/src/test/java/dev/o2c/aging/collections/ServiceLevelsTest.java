package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.WorklistTestData.ANNA;
import static dev.o2c.aging.collections.WorklistTestData.BEN;
import static dev.o2c.aging.collections.WorklistTestData.activity;
import static dev.o2c.aging.collections.WorklistTestData.call;
import static dev.o2c.aging.collections.WorklistTestData.creditMemo;
import static dev.o2c.aging.collections.WorklistTestData.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.collections.ServiceLevels.DaySummary;
import dev.o2c.aging.collections.ServiceLevels.FirstContact;
import dev.o2c.aging.collections.ServiceLevels.OverdueFollowUp;
import dev.o2c.aging.collections.ServiceLevels.PromiseRate;
import dev.o2c.aging.collections.ServiceLevels.Turnaround;
import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each service level worked by hand on one small log. Customer C-1 has INV-1 (due 1 Oct), INV-2 (due
 * 15 Oct) and INV-3 (due 10 Nov); C-2 has INV-4 (due 1 Nov). Measured as of 30 Nov 2026.
 */
class ServiceLevelsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final OpenItem INV1 = invoice("INV-1", "C-1", LocalDate.of(2026, 10, 1), "1000.00");
  private static final OpenItem INV2 = invoice("INV-2", "C-1", LocalDate.of(2026, 10, 15), "500.00");
  private static final OpenItem INV3 = invoice("INV-3", "C-1", LocalDate.of(2026, 11, 10), "200.00");
  private static final OpenItem INV4 = invoice("INV-4", "C-2", LocalDate.of(2026, 11, 1), "700.00");
  /** Not measured: a credit memo, and an item not yet due on the as-of day. */
  private static final OpenItem CM1 = creditMemo("CM-1", "C-1", LocalDate.of(2026, 9, 1), "50.00");
  private static final OpenItem INV5 = invoice("INV-5", "C-2", AS_OF, "80.00");

  /** Pre-due reminder e-mail, no time: a contact, but before INV-1's due date. */
  private static final Activity A1 = activity("C-1", BEN, LocalDate.of(2026, 9, 28), ActivityType.EMAIL,
      ActivityDirection.OUTBOUND, ActivityOutcome.SENT).build();
  /** Unanswered call: an attempt, not a contact. */
  private static final Activity A2 = call("C-1", LocalDate.of(2026, 10, 5), LocalTime.of(11, 0),
      ActivityOutcome.NO_ANSWER);
  /** Voice message: INV-1's first contact, 7 days after its due date. */
  private static final Activity A3 = call("C-1", LocalDate.of(2026, 10, 8), LocalTime.of(10, 0),
      ActivityOutcome.LEFT_MESSAGE);
  /** The customer calls back the next afternoon. */
  private static final Activity A4 = activity("C-1", ANNA, LocalDate.of(2026, 10, 9), ActivityType.CALL,
      ActivityDirection.INBOUND, ActivityOutcome.REACHED).time(LocalTime.of(15, 30)).build();
  /** An e-mail about INV-1 only: not a contact for INV-2. */
  private static final Activity A5 = activity("C-1", BEN, LocalDate.of(2026, 10, 20), ActivityType.EMAIL,
      ActivityDirection.OUTBOUND, ActivityOutcome.SENT).addDocumentNumbers(DocumentNumber.of("INV-1")).build();
  /** A promise for INV-2: its first contact, 12 days after its due date; follow up on 15 Nov. */
  private static final Activity A6 = activity("C-1", ANNA, LocalDate.of(2026, 10, 27), ActivityType.CALL,
      ActivityDirection.OUTBOUND, ActivityOutcome.PROMISE_OBTAINED).promise(PromiseId.of("P-1"))
      .addDocumentNumbers(DocumentNumber.of("INV-2")).nextFollowUp(LocalDate.of(2026, 11, 15)).build();
  /** A letter to C-2: INV-4's first contact, 3 days after its due date; follow up on 18 Nov. */
  private static final Activity A7 = activity("C-2", BEN, LocalDate.of(2026, 11, 4), ActivityType.LETTER,
      ActivityDirection.OUTBOUND, ActivityOutcome.SENT).nextFollowUp(LocalDate.of(2026, 11, 18)).build();
  /** Recorded after the as-of day: ignored everywhere. */
  private static final Activity LATER = call("C-1", LocalDate.of(2026, 12, 1), LocalTime.NOON,
      ActivityOutcome.REACHED);

  /** Recorded out of time order on purpose. */
  private static final ActivityLog LOG = ActivityLog.of(List.of(A3, A1, A2, A4, LATER, A6, A5, A7));

  private static Ratio ratio(String value) {
    return Ratio.of(new BigDecimal(value));
  }

  @Test
  void test_firstContacts_perItem() {
    List<FirstContact> result = ServiceLevels.firstContacts(List.of(INV4, INV3, INV2, INV1, CM1, INV5), LOG, AS_OF);
    assertThat(result).extracting(f -> f.item().documentNumber().toString())
        .containsExactly("INV-1", "INV-2", "INV-3", "INV-4");
    assertThat(result.get(0).contact()).contains(A3);   // 1 Oct -> 8 Oct
    assertThat(result.get(0).days()).isEqualTo(7);
    assertThat(result.get(1).contact()).contains(A6);   // 15 Oct -> 27 Oct; A5 is about INV-1 only
    assertThat(result.get(1).days()).isEqualTo(12);
    assertThat(result.get(2).isContacted()).isFalse();  // due 10 Nov, no contact since: 20 days waiting
    assertThat(result.get(2).days()).isEqualTo(20);
    assertThat(result.get(3).contact()).contains(A7);   // 1 Nov -> 4 Nov
    assertThat(result.get(3).days()).isEqualTo(3);
  }

  @Test
  void test_firstContacts_meanAndMedian_overallAndPerCustomer() {
    List<OpenItem> items = List.of(INV1, INV2, INV3, INV4);
    // contacted: 7, 12, 3 days; mean 22/3, median 7; INV-3 waiting
    DaySummary all = ServiceLevels.summariseFirstContacts(ServiceLevels.firstContacts(items, LOG, AS_OF));
    assertThat(all.measured()).isEqualTo(3);
    assertThat(all.waiting()).isEqualTo(1);
    assertThat(all.meanDays()).contains(Ratio.of(new BigDecimal("22"), new BigDecimal("3")));
    assertThat(all.medianDays()).contains(ratio("7"));

    Map<CustomerId, DaySummary> perCustomer = ServiceLevels.firstContactsByCustomer(items, LOG, AS_OF);
    assertThat(perCustomer).containsOnlyKeys(CustomerId.of("C-1"), CustomerId.of("C-2"));
    DaySummary c1 = perCustomer.get(CustomerId.of("C-1"));  // 7 and 12: mean = median = 9.5
    assertThat(c1.measured()).isEqualTo(2);
    assertThat(c1.waiting()).isEqualTo(1);
    assertThat(c1.meanDays()).contains(ratio("9.5"));
    assertThat(c1.medianDays()).contains(ratio("9.5"));
    DaySummary c2 = perCustomer.get(CustomerId.of("C-2"));
    assertThat(c2.meanDays()).contains(ratio("3"));
  }

  @Test
  void test_firstContacts_beforeAnyContact_summaryHasNoMean() {
    DaySummary none = ServiceLevels.summariseFirstContacts(
        ServiceLevels.firstContacts(List.of(INV1), ActivityLog.empty(), AS_OF));
    assertThat(none.measured()).isZero();
    assertThat(none.waiting()).isEqualTo(1);
    assertThat(none.meanDays()).isEmpty();
    assertThat(none.medianDays()).isEmpty();
  }

  @Test
  void test_overdueFollowUps_latestActivityOnly_dueTodayIsNotOverdue() {
    List<OverdueFollowUp> overdue = ServiceLevels.overdueFollowUps(LOG, AS_OF);
    // C-1: A6 asked for 15 Nov, 15 days ago; C-2: A7 asked for 18 Nov, 12 days ago
    assertThat(overdue).extracting(OverdueFollowUp::scheduledBy).containsExactly(A6, A7);
    assertThat(overdue).extracting(OverdueFollowUp::daysOverdue).containsExactly(15L, 12L);
    assertThat(overdue.get(0).collector()).isEqualTo(ANNA);
    assertThat(overdue.get(1).customer()).isEqualTo(CustomerId.of("C-2"));

    // any later activity works the account, even an unanswered call by another collector
    Activity tried = activity("C-1", BEN, LocalDate.of(2026, 11, 16), ActivityType.CALL,
        ActivityDirection.OUTBOUND, ActivityOutcome.NO_ANSWER).build();
    assertThat(ServiceLevels.overdueFollowUps(LOG.append(tried), AS_OF))
        .extracting(OverdueFollowUp::scheduledBy).containsExactly(A7);

    // as of 18 Nov, C-2's follow-up is due today: not overdue yet; C-1's is 3 days overdue
    assertThat(ServiceLevels.overdueFollowUps(LOG, LocalDate.of(2026, 11, 18)))
        .extracting(OverdueFollowUp::scheduledBy, OverdueFollowUp::daysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(A6, 3L));
  }

  @Test
  void test_turnarounds_fromOutboundMessageToCustomersReply() {
    List<Turnaround> result = ServiceLevels.turnarounds(LOG, AS_OF);
    // measured: A1 (sent), A3 (message left), A5 (sent), A7 (sent); A6 reached the customer live
    assertThat(result).extracting(Turnaround::contact).containsExactly(A1, A3, A5, A7);
    // A1 28 Sep -> A4 9 Oct: 11 days; A1 has no time, so no exact duration
    assertThat(result.get(0).reply()).contains(A4);
    assertThat(result.get(0).days()).isEqualTo(11);
    assertThat(result.get(0).elapsed()).isEmpty();
    // A3 8 Oct 10:00 -> A4 9 Oct 15:30: 1 day, 29 h 30 min
    assertThat(result.get(1).reply()).contains(A4);
    assertThat(result.get(1).days()).isEqualTo(1);
    assertThat(result.get(1).elapsed()).contains(Duration.ofHours(29).plusMinutes(30));
    // A5 20 Oct and A7 4 Nov: no reply by 30 Nov (the call of 1 Dec is outbound, and later anyway)
    assertThat(result.get(2).isAnswered()).isFalse();
    assertThat(result.get(2).days()).isEqualTo(41);
    assertThat(result.get(3).days()).isEqualTo(26);

    DaySummary summary = ServiceLevels.summariseTurnarounds(result);   // 11 and 1 answered
    assertThat(summary.measured()).isEqualTo(2);
    assertThat(summary.waiting()).isEqualTo(2);
    assertThat(summary.meanDays()).contains(ratio("6"));
    assertThat(summary.medianDays()).contains(ratio("6"));
  }

  @Test
  void test_promisesPerContact_inPeriod_totalAndPerCollector() {
    LocalDate from = LocalDate.of(2026, 10, 1);
    LocalDate to = LocalDate.of(2026, 10, 31);
    // October: A2 (no answer: not a contact), A3, A4, A5, A6 (promise) -> 4 contacts, 1 promise
    PromiseRate all = ServiceLevels.promisesPerContact(LOG, from, to);
    assertThat(all).isEqualTo(new PromiseRate(4, 1));
    assertThat(all.perContact()).contains(ratio("0.25"));
    Map<CollectorId, PromiseRate> perCollector = ServiceLevels.promisesPerContactByCollector(LOG, from, to);
    assertThat(perCollector).containsExactly(Map.entry(ANNA, new PromiseRate(3, 1)), Map.entry(BEN, new PromiseRate(1, 0)));
    assertThat(ServiceLevels.promisesPerContact(LOG, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
        .perContact()).isEmpty();
  }
}
