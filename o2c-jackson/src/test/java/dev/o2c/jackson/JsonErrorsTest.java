package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Bad JSON fails with a Jackson exception naming the path of the field and what is wrong with it. */
class JsonErrorsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();

  private static final String ITEM_FIELDS = "\"documentNumber\":\"INV-1\",\"customerId\":\"C-1\",\"kind\":\"INVOICE\","
      + "\"documentDate\":\"2026-03-02\",\"dueDate\":\"2026-04-01\"";

  private static void assertFails(String json, Class<?> type, String... messageParts) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .isInstanceOf(DatabindException.class)
        .message().contains(messageParts);
  }

  @Test
  void test_money_amountAsJsonNumber_refused() {
    assertFails("{\"amount\":12.30,\"currency\":\"EUR\"}", Money.class,
        "o2c JSON at 'amount'", "decimal string", "got the number 12.3");
    assertFails("{\"amount\":12,\"currency\":\"EUR\"}", Money.class, "o2c JSON at 'amount'", "JSON numbers are refused");
  }

  @Test
  void test_money_moreDecimalsThanTheCurrency_refused() {
    assertFails("{\"amount\":\"12.345\",\"currency\":\"EUR\"}", Money.class,
        "o2c JSON at 'amount'", "EUR allows at most 2 decimals, got \"12.345\"");
    assertFails("{\"amount\":\"1.0\",\"currency\":\"JPY\"}", Money.class, "JPY allows at most 0 decimals");
  }

  @Test
  void test_money_malformedOrOutOfRange_refused() {
    assertFails("{\"amount\":\"1e3\",\"currency\":\"EUR\"}", Money.class, "plain decimal", "\"1e3\"");
    assertFails("{\"amount\":\"+1\",\"currency\":\"EUR\"}", Money.class, "plain decimal");
    assertFails("{\"amount\":\"1.\",\"currency\":\"EUR\"}", Money.class, "plain decimal");
    assertFails("{\"amount\":\"1,000.00\",\"currency\":\"EUR\"}", Money.class, "plain decimal");
    assertFails("{\"amount\":\"100000000000000000000\",\"currency\":\"EUR\"}", Money.class, "o2c JSON at 'amount'");
    assertFails("{\"amount\":\"1.00\",\"currency\":\"EURO\"}", Money.class,
        "o2c JSON at 'currency'", "unknown currency code \"EURO\"");
    assertFails("{\"amount\":\"1.00\"}", Money.class, "o2c JSON at 'currency': missing");
    assertFails("{\"amount\":\"1.00\",\"currency\":\"EUR\",\"scale\":2}", Money.class,
        "o2c JSON at 'scale': unknown field");
    assertFails("\"EUR 1.00\"", Money.class, "o2c JSON at '$': expected a JSON object");
  }

  @Test
  void test_nestedPath_namesTheField() {
    assertFails("{" + ITEM_FIELDS + ",\"originalAmount\":{\"amount\":\"1.001\",\"currency\":\"EUR\"}}",
        OpenItem.class, "o2c JSON at 'originalAmount.amount'", "EUR allows at most 2 decimals");
    assertFails("{\"type\":\"REGISTER_CUSTOMERS\",\"date\":\"2026-03-01\",\"customers\":["
            + "{\"id\":\"C-1\",\"name\":\"A\",\"currency\":\"EUR\"},{\"id\":\"C-2\",\"name\":\"B\",\"currency\":\"XXY\"}]}",
        LedgerCommand.class, "o2c JSON at 'customers[1].currency'", "unknown currency code \"XXY\"");
    assertFails("{\"type\":\"POST_ITEM\",\"item\":{" + ITEM_FIELDS.replace("2026-03-02", "2026-02-30")
            + ",\"originalAmount\":{\"amount\":\"1\",\"currency\":\"EUR\"}}}",
        LedgerCommand.class, "o2c JSON at 'item.documentDate'", "ISO-8601 date", "2026-02-30");
  }

  @Test
  void test_domainRuleBroken_namesTheValueAndTheRule() {
    assertFails("{" + ITEM_FIELDS.replace("2026-04-01", "2026-01-01")
            + ",\"originalAmount\":{\"amount\":\"1\",\"currency\":\"EUR\"}}",
        OpenItem.class, "o2c JSON at '$'", "dueDate 2026-01-01 is before documentDate 2026-03-02");
    assertFails("{\"documentNumber\":\" INV-1\"}", OpenItem.class, "o2c JSON at 'documentNumber'",
        "leading or trailing white space");
  }

  @Test
  void test_commandType_unknownMissingOrWrong() {
    assertFails("{\"type\":\"APPLY\",\"date\":\"2026-03-01\"}", LedgerCommand.class,
        "o2c JSON at 'type'", "expected one of [REGISTER_CUSTOMERS", "got \"APPLY\"");
    assertFails("{\"date\":\"2026-03-01\"}", LedgerCommand.class, "o2c JSON at 'type': missing");
    assertFails("{\"type\":\"CLOSE_PERIOD\",\"through\":\"2026-03-31\"}", ApplyPayment.class,
        "o2c JSON at 'type'", "expected a ApplyPayment command, got type CLOSE_PERIOD");
    assertFails("{\"type\":\"REGISTER_CUSTOMERS\",\"date\":\"2026-03-01\",\"customer\":[]}", RegisterCustomers.class,
        "o2c JSON at 'customer': unknown field");
  }

  @Test
  void test_numberIds_mustBePositiveIntegers() {
    assertFails("\"17\"", ApplicationId.class, "expected a JSON integer, got the string \"17\"");
    assertFails("0", ApplicationId.class, "application id 0 is not positive");
    assertFails("1.5", ApplicationId.class, "expected a JSON integer");
    assertFails("{\"type\":\"UNAPPLY\",\"application\":99999999999999999999,\"date\":\"2026-03-01\"}",
        LedgerCommand.class, "o2c JSON at 'application'", "expected a JSON integer");
  }
}
