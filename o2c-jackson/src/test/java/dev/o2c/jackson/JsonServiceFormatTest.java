package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.collections.Activity;
import dev.o2c.aging.collections.ActivityDirection;
import dev.o2c.aging.collections.ActivityOutcome;
import dev.o2c.aging.collections.ActivityType;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputeId;
import dev.o2c.aging.collections.DisputeLine;
import dev.o2c.aging.collections.DisputeStatus;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningLevel;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.Proposal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact JSON of the values a host stores or exchanges when it runs o2c as a service: a cash
 * application decision, a dunning notice, a dispute case. The format is a contract, changed only on purpose.
 */
class JsonServiceFormatTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
  private static final CustomerId ACME = CustomerId.of("C-42");

  private static <T> void assertPinned(T value, String json) {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
  }

  @Test
  void test_decision_exactJson() {
    Payment payment = Payment.builder().bankReference(BankReference.of("2026031200042"))
        .receivingAccount("DE02120300000000202051").amount(Money.of("EUR", "1200.00")).valueDate(DAY)
        .customerId(ACME).build();
    Allocation full = Allocation.of(DocumentNumber.of("INV-1001"), Money.of("EUR", "1166.20"));
    Allocation short_ = new Allocation(DocumentNumber.of("INV-1002"), Money.of("EUR", "30.00"), Money.of("EUR", "0.00"),
        Money.of("EUR", "0.00"), Money.of("EUR", "3.80"), Optional.of(DeductionReason.DAMAGE));
    Proposal proposal = new Proposal(Optional.of(ACME), List.of(full, short_), Money.of("EUR", "3.80"), 0.93,
        "invoice numbers in the remittance");
    Proposal alternative = new Proposal(Optional.empty(), List.of(), Money.of("EUR", "1200.00"), 0.0,
        "no payer found");
    Decision decision = new Decision(payment, DecisionKind.SUGGESTED, proposal, List.of(alternative),
        CashBucket.ON_ACCOUNT);

    assertPinned(decision, "{\"payment\":{\"id\":\"DE02120300000000202051/2026031200042\","
        + "\"bankReference\":\"2026031200042\",\"receivingAccount\":\"DE02120300000000202051\","
        + "\"amount\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"},\"valueDate\":\"2026-03-12\",\"customerId\":\"C-42\"},"
        + "\"kind\":\"SUGGESTED\","
        + "\"proposal\":{\"payer\":\"C-42\",\"allocations\":["
        + "{\"item\":\"INV-1001\",\"applied\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"},"
        + "\"discount\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"writeOff\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},"
        + "\"deduction\":{\"amount\":\"0.00\",\"currency\":\"EUR\"}},"
        + "{\"item\":\"INV-1002\",\"applied\":{\"amount\":\"30.00\",\"currency\":\"EUR\"},"
        + "\"discount\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"writeOff\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},"
        + "\"deduction\":{\"amount\":\"3.80\",\"currency\":\"EUR\"},\"deductionReason\":\"DAMAGE\"}],"
        + "\"unapplied\":{\"amount\":\"3.80\",\"currency\":\"EUR\"},\"confidence\":0.93,"
        + "\"reason\":\"invoice numbers in the remittance\"},"
        + "\"alternatives\":[{\"unapplied\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"},\"confidence\":0.0,"
        + "\"reason\":\"no payer found\"}],"
        + "\"remainder\":\"ON_ACCOUNT\"}");
  }

  @Test
  void test_dunningNotice_exactJson() {
    DunningNotice notice = new DunningNotice(ACME, DocumentNumber.of("INV-1001"), 2, DAY, Money.of("EUR", "1190.00"));
    assertPinned(notice, "{\"customer\":\"C-42\",\"item\":\"INV-1001\",\"level\":2,\"date\":\"2026-03-12\","
        + "\"amount\":{\"amount\":\"1190.00\",\"currency\":\"EUR\"}}");
    // The history a host keeps between runs is a plain list of them.
    assertThat(MAPPER.writeValueAsString(List.of(notice))).startsWith("[{\"customer\":\"C-42\"");
  }

  @Test
  void test_dunningLevelAndResult_feeIsItsNotation_nextEvaluationsInCustomerOrder() {
    assertPinned(new DunningLevel(2, 14, DunningFee.parse("2% max EUR 25.00 / JPY 3000"), "reminder.second", 7),
        "{\"number\":2,\"daysOverdue\":14,\"fee\":\"2% max EUR 25.00 / JPY 3000\",\"textKey\":\"reminder.second\",\"payWithinDays\":7}");
    DunningResult result = new DunningResult(DAY, List.of(), List.of(),
        Map.of(CustomerId.of("C-9"), DAY.plusDays(9), CustomerId.of("C-1"), DAY.plusDays(1)));
    assertPinned(result, "{\"asOf\":\"2026-03-12\",\"nextEvaluations\":{\"C-1\":\"2026-03-13\",\"C-9\":\"2026-03-21\"}}");
  }

  @Test
  void test_disputeCase_exactJson_statusWrittenFromTheHistory() {
    DisputeCase dispute = DisputeCase.raise(DisputeId.of("DSP-7"), ACME, DeductionReason.DAMAGE,
        List.of(DisputeLine.of(DocumentNumber.of("INV-1001"), Money.of("EUR", "120.00"))), "anna", DAY,
        DAY.plusDays(18)).moveTo(DisputeStatus.IN_REVIEW, DAY.plusDays(1), "ben", Optional.of("photos asked"));
    assertPinned(dispute, "{\"id\":\"DSP-7\",\"customerId\":\"C-42\",\"reason\":\"DAMAGE\","
        + "\"lines\":[{\"item\":\"INV-1001\",\"amount\":{\"amount\":\"120.00\",\"currency\":\"EUR\"}}],"
        + "\"raisedBy\":\"anna\",\"raisedOn\":\"2026-03-12\",\"targetDate\":\"2026-03-30\","
        + "\"history\":[{\"date\":\"2026-03-13\",\"from\":\"OPEN\",\"to\":\"IN_REVIEW\",\"by\":\"ben\","
        + "\"note\":\"photos asked\"}],\"status\":\"IN_REVIEW\"}");
  }

  @Test
  void test_activity_exactJson() {
    Activity call = Activity.builder().customerId(ACME).collector(CollectorId.of("anna")).date(DAY)
        .time(LocalTime.of(14, 30)).type(ActivityType.CALL).direction(ActivityDirection.OUTBOUND)
        .outcome(ActivityOutcome.PROMISE_OBTAINED).promise(PromiseId.of("PTP-3"))
        .addDocumentNumbers(DocumentNumber.of("INV-1001")).build();
    assertPinned(call, "{\"customerId\":\"C-42\",\"collector\":\"anna\",\"date\":\"2026-03-12\",\"time\":\"14:30\","
        + "\"type\":\"CALL\",\"direction\":\"OUTBOUND\",\"outcome\":\"PROMISE_OBTAINED\",\"promise\":\"PTP-3\","
        + "\"documentNumbers\":[\"INV-1001\"]}");
  }
}
