package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.aging.collections.Activity;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.Task;
import dev.o2c.aging.dunning.DunningLevel;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad JSON for cash application, dunning and collections values fails with a Jackson exception
 * naming the path of the field and what is wrong with it.
 */
class JsonServiceErrorsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();

  private static final String EUR_10 = "{\"amount\":\"10.00\",\"currency\":\"EUR\"}";
  private static final String EUR_0 = "{\"amount\":\"0\",\"currency\":\"EUR\"}";
  private static final String PAYMENT = "{\"bankReference\":\"R-1\",\"amount\":" + EUR_10 + ",\"valueDate\":\"2026-03-12\"}";
  private static final String ALLOCATION = "{\"item\":\"INV-1\",\"applied\":" + EUR_10 + ",\"discount\":" + EUR_0
      + ",\"writeOff\":" + EUR_0 + ",\"deduction\":" + EUR_0 + "}";
  private static final String PROPOSAL = "{\"payer\":\"C-1\",\"allocations\":[" + ALLOCATION + "],\"unapplied\":"
      + EUR_0 + ",\"confidence\":0.9,\"reason\":\"r\"}";
  private static final String NOTICE_FIELDS = "\"customer\":\"C-1\",\"item\":\"INV-1\",\"date\":\"2026-03-12\","
      + "\"amount\":" + EUR_10;
  private static final String CASE_FIELDS = "\"id\":\"DSP-1\",\"customerId\":\"C-1\",\"reason\":\"DAMAGE\","
      + "\"lines\":[{\"item\":\"INV-1\",\"amount\":" + EUR_10 + "}],\"raisedBy\":\"anna\",\"raisedOn\":\"2026-03-12\","
      + "\"targetDate\":\"2026-03-30\"";

  private static void assertFails(String json, Class<?> type, String... messageParts) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .isInstanceOf(DatabindException.class)
        .message().contains(messageParts);
  }

  private static String decision(String proposal, String extra) {
    return "{\"payment\":" + PAYMENT + ",\"kind\":\"AUTO\",\"proposal\":" + proposal + ",\"remainder\":\"UNAPPLIED\""
        + extra + "}";
  }

  @Test
  void test_decision_wellFormedReads() {
    MAPPER.readValue(decision(PROPOSAL, ""), Decision.class);
  }

  @Test
  void test_decision_unknownMissingOrWrongField_named() {
    assertFails(decision(PROPOSAL, ",\"remainderBucket\":\"UNAPPLIED\""), Decision.class,
        "o2c JSON at 'remainderBucket': unknown field");
    assertFails(decision(PROPOSAL.replace(",\"reason\":\"r\"", ""), ""), Decision.class,
        "o2c JSON at 'proposal.reason': missing");
    assertFails(decision(PROPOSAL.replace("0.9", "\"0.9\""), ""), Decision.class,
        "o2c JSON at 'proposal.confidence': expected a JSON number, got the string \"0.9\"");
    assertFails(decision(PROPOSAL.replace("\"writeOff\":" + EUR_0, "\"writeoff\":" + EUR_0), ""), Decision.class,
        "o2c JSON at 'proposal.allocations[0].writeOff': missing");
    assertFails(decision(PROPOSAL, "").replace("\"AUTO\"", "\"AUTOMATIC\""), Decision.class,
        "o2c JSON at 'kind'", "expected one of [AUTO, SUGGESTED, UNAPPLIED], got \"AUTOMATIC\"");
  }

  @Test
  void test_decision_brokenRule_namesTheValueAndTheRule() {
    assertFails(decision(PROPOSAL.replace("\"unapplied\":" + EUR_0, "\"unapplied\":" + EUR_10), ""), Decision.class,
        "o2c JSON at '$'", "adds up to EUR 20.00");
    assertFails(decision(PROPOSAL.replace(",\"confidence\":0.9", ",\"confidence\":1.5"), ""), Decision.class,
        "o2c JSON at 'proposal'", "Confidence 1.5 is outside [0, 1]");
    assertFails(ALLOCATION.replace("\"deduction\":" + EUR_0, "\"deduction\":" + EUR_10), Allocation.class,
        "o2c JSON at '$'", "a deduction reason is given exactly when there is a deduction");
  }

  @Test
  void test_dunningNotice_unknownMissingOrWrongField_named() {
    assertFails("{" + NOTICE_FIELDS + ",\"level\":2,\"fee\":" + EUR_10 + "}", DunningNotice.class,
        "o2c JSON at 'fee': unknown field");
    assertFails("{" + NOTICE_FIELDS + "}", DunningNotice.class, "o2c JSON at 'level': missing");
    assertFails("{" + NOTICE_FIELDS + ",\"level\":\"2\"}", DunningNotice.class,
        "o2c JSON at 'level': expected a JSON integer, got the string \"2\"");
    assertFails("{" + NOTICE_FIELDS + ",\"level\":4294967297}", DunningNotice.class,
        "o2c JSON at 'level': expected an integer between");
    assertFails("{" + NOTICE_FIELDS + ",\"level\":0}", DunningNotice.class, "o2c JSON at '$'", "level 0 is below 1");
  }

  @Test
  void test_dunningLevelAndResult_badFeeOrCustomerKey_named() {
    assertFails("{\"number\":1,\"daysOverdue\":0,\"fee\":\"five euros\",\"textKey\":\"k\",\"payWithinDays\":7}",
        DunningLevel.class, "o2c JSON at 'fee'", "fee \"five euros\": \"five euros\" is not an amount such as EUR 5.00");
    assertFails("{\"asOf\":\"2026-03-12\",\"nextEvaluations\":{\"C-1\":\"2026-13-01\"}}", DunningResult.class,
        "o2c JSON at 'nextEvaluations.C-1'", "ISO-8601 date");
    assertFails("{\"asOf\":\"2026-03-12\",\"nextEvaluations\":{\" C-1\":\"2026-03-13\"}}", DunningResult.class,
        "o2c JSON at 'nextEvaluations. C-1'", "white space");
  }

  @Test
  void test_disputeCase_unknownMissingOrWrongField_named() {
    assertFails("{" + CASE_FIELDS + ",\"state\":\"OPEN\"}", DisputeCase.class, "o2c JSON at 'state': unknown field");
    assertFails("{" + CASE_FIELDS.replace(",\"raisedBy\":\"anna\"", "") + "}", DisputeCase.class,
        "o2c JSON at 'raisedBy': missing");
    assertFails("{" + CASE_FIELDS + ",\"history\":{}}", DisputeCase.class,
        "o2c JSON at 'history': expected a JSON array, got an object");
  }

  @Test
  void test_disputeCase_historyOrStatusThatDoNotFit_refused() {
    String review = "{\"date\":\"2026-03-13\",\"from\":\"OPEN\",\"to\":\"IN_REVIEW\",\"by\":\"ben\"}";
    MAPPER.readValue("{" + CASE_FIELDS + ",\"history\":[" + review + "],\"status\":\"IN_REVIEW\"}", DisputeCase.class);
    assertFails("{" + CASE_FIELDS + ",\"history\":[" + review + "],\"status\":\"OPEN\"}", DisputeCase.class,
        "o2c JSON at 'status': status OPEN does not match the history, which ends IN_REVIEW");
    assertFails("{" + CASE_FIELDS + ",\"history\":[" + review.replace("\"OPEN\"", "\"CREDITED\"") + "]}",
        DisputeCase.class, "o2c JSON at '$'", "starts from CREDITED, not from OPEN");
    assertFails("{" + CASE_FIELDS + ",\"history\":[" + review.replace(",\"by\":\"ben\"", "") + "]}",
        DisputeCase.class, "o2c JSON at 'history[0].by': missing");
  }

  @Test
  void test_activityAndTask_badFields_named() {
    String activity = "{\"customerId\":\"C-1\",\"collector\":\"anna\",\"date\":\"2026-03-12\",\"type\":\"EMAIL\","
        + "\"direction\":\"OUTBOUND\",\"outcome\":\"SENT\"";
    MAPPER.readValue(activity + "}", Activity.class);
    assertFails(activity + ",\"time\":\"2pm\"}", Activity.class, "o2c JSON at 'time'", "ISO-8601 time", "\"2pm\"");
    assertFails(activity.replace("\"SENT\"", "\"LEFT_MESSAGE\"") + "}", Activity.class, "o2c JSON at '$'",
        "outcome LEFT_MESSAGE is not possible for a OUTBOUND EMAIL");
    assertFails(activity + ",\"documentNumber\":[\"INV-1\"]}", Activity.class,
        "o2c JSON at 'documentNumber': unknown field");
    assertFails("{\"kind\":\"PROMISE_DUE\",\"customer\":\"C-1\",\"reference\":\"PTP-1\",\"amount\":" + EUR_10
        + ",\"dueDate\":\"2026-03-12\",\"priority\":\"HIGH\"}", Task.class, "o2c JSON at 'description': missing");
  }
}
