package dev.o2c.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.AccountRole;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.ClosePeriod;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.Side;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The exact JSON of a few values: the format is a contract, changed only on purpose. */
class JsonFormatTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new O2cModule()).build();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  private static String json(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  private static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  @Test
  void test_money_amountIsAStringAtTheCurrencysScale() {
    assertThat(json(Money.of("EUR", "12.3"))).isEqualTo("{\"amount\":\"12.30\",\"currency\":\"EUR\"}");
    assertThat(json(Money.of("JPY", "1200"))).isEqualTo("{\"amount\":\"1200\",\"currency\":\"JPY\"}");
    assertThat(json(Money.of("KWD", "-1.25"))).isEqualTo("{\"amount\":\"-1.250\",\"currency\":\"KWD\"}");
    assertThat(json(Money.ofMinor(Monetary.getCurrency("EUR"), Long.MIN_VALUE)))
        .isEqualTo("{\"amount\":\"-92233720368547758.08\",\"currency\":\"EUR\"}");
  }

  @Test
  void test_money_readsFewerDecimalsAndFieldsInAnyOrder() {
    assertThat(read("{\"currency\":\"EUR\",\"amount\":\"12.3\"}", Money.class)).isEqualTo(Money.of("EUR", "12.30"));
    assertThat(read("{\"amount\":\"7\",\"currency\":\"KWD\"}", Money.class)).isEqualTo(Money.of("KWD", "7.000"));
  }

  @Test
  void test_ids_textIdsAreStringsNumberIdsAreNumbers() {
    assertThat(json(CustomerId.of("C-42"))).isEqualTo("\"C-42\"");
    assertThat(json(ApplicationId.of(17))).isEqualTo("17");
    assertThat(json(AdjustmentId.of(3))).isEqualTo("3");
    assertThat(read("17", ApplicationId.class)).isEqualTo(ApplicationId.of(17));
    assertThat(json(Map.of(CustomerId.of("C-1"), 5))).isEqualTo("{\"C-1\":5}");
    Map<CustomerId, Integer> back = MAPPER.readValue("{\"C-1\":5}", new TypeReference<Map<CustomerId, Integer>>() {});
    assertThat(back).containsEntry(CustomerId.of("C-1"), 5);
  }

  @Test
  void test_termsAndTotals() {
    assertThat(json(PaymentTerms.parse("2/10 net 30"))).isEqualTo("\"2/10 NET 30\"");
    assertThat(json(MoneyTotals.of(Money.of("USD", "5"), Money.of("EUR", "10.00"), Money.of("EUR", "2.50"))))
        .isEqualTo("[{\"amount\":\"12.50\",\"currency\":\"EUR\"},{\"amount\":\"5.00\",\"currency\":\"USD\"}]");
    assertThat(json(MoneyTotals.ZERO)).isEqualTo("[]");
  }

  @Test
  void test_openItem_optionalsOmittedDefaultsWritten() {
    OpenItem item = OpenItem.builder()
        .documentNumber(DocumentNumber.of("INV-1001")).customerId(CustomerId.of("C-42")).kind(ItemKind.INVOICE)
        .documentDate(LocalDate.of(2026, 3, 2)).dueDate(LocalDate.of(2026, 4, 1))
        .originalAmount(Money.of("EUR", "1190.00")).terms(PaymentTerms.TWO_TEN_NET_30).build();
    String expected = "{\"documentNumber\":\"INV-1001\",\"customerId\":\"C-42\",\"kind\":\"INVOICE\","
        + "\"documentDate\":\"2026-03-02\",\"dueDate\":\"2026-04-01\","
        + "\"originalAmount\":{\"amount\":\"1190.00\",\"currency\":\"EUR\"},"
        + "\"openAmount\":{\"amount\":\"1190.00\",\"currency\":\"EUR\"},\"terms\":\"2/10 NET 30\"}";
    assertThat(json(item)).isEqualTo(expected);
    assertThat(json(PostItem.of(item))).isEqualTo("{\"type\":\"POST_ITEM\",\"item\":" + expected + "}");
  }

  @Test
  void test_payment_withRemittance() {
    Payment payment = Payment.builder()
        .bankReference(BankReference.of("2026031200042")).receivingAccount("DE02120300000000202051")
        .amount(Money.of("EUR", "1166.20")).valueDate(DAY).customerId(CustomerId.of("C-42"))
        .remittance(Remittance.builder().addUnstructured("INV-1001 less 2% skonto")
            .addStructured(StructuredReference.ofDocument("INV-1001", Money.of("EUR", "1166.20"))).build())
        .build();
    assertThat(json(payment)).isEqualTo("{\"id\":\"DE02120300000000202051/2026031200042\","
        + "\"bankReference\":\"2026031200042\",\"receivingAccount\":\"DE02120300000000202051\","
        + "\"amount\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"},\"valueDate\":\"2026-03-12\","
        + "\"customerId\":\"C-42\",\"remittance\":{\"unstructured\":[\"INV-1001 less 2% skonto\"],"
        + "\"structured\":[{\"referredDocuments\":[{\"number\":\"INV-1001\"}],"
        + "\"remittedAmount\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"}}]}}");
  }

  @Test
  void test_commands_typeFirst() {
    ApplyPayment apply = ApplyPayment.of(PaymentId.of("DE02120300000000202051/2026031200042"),
        DocumentNumber.of("INV-1001"), Money.of("EUR", "1166.20"), DAY);
    assertThat(json(apply)).isEqualTo("{\"type\":\"APPLY_PAYMENT\","
        + "\"payment\":\"DE02120300000000202051/2026031200042\",\"item\":\"INV-1001\","
        + "\"applied\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"},\"date\":\"2026-03-12\","
        + "\"smallDifference\":{\"amount\":\"0.00\",\"currency\":\"EUR\"}}");
    assertThat(json(Unapply.of(ApplicationId.of(5), DAY)))
        .isEqualTo("{\"type\":\"UNAPPLY\",\"application\":5,\"date\":\"2026-03-12\"}");
    assertThat(json(ClosePeriod.of(LocalDate.of(2026, 3, 31))))
        .isEqualTo("{\"type\":\"CLOSE_PERIOD\",\"through\":\"2026-03-31\"}");
    // Without smallDifference the default (zero) applies.
    assertThat(read("{\"type\":\"APPLY_PAYMENT\",\"payment\":\"P-1\",\"item\":\"INV-1\","
        + "\"applied\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"date\":\"2026-03-12\"}", LedgerCommand.class))
        .isEqualTo(ApplyPayment.of(PaymentId.of("P-1"), DocumentNumber.of("INV-1"), Money.of("EUR", "5"), DAY));
  }

  @Test
  void test_journalLine_carriesItsReferenceType() {
    JournalLine line = new JournalLine(7, DAY, AccountRole.UNAPPLIED_CASH, Side.DEBIT, Money.of("EUR", "1166.20"),
        PaymentId.of("P-1"), Optional.of(CustomerId.of("C-42")));
    String json = json(line);
    assertThat(json).isEqualTo("{\"posting\":7,\"date\":\"2026-03-12\",\"account\":\"UNAPPLIED_CASH\","
        + "\"side\":\"DEBIT\",\"amount\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"},"
        + "\"reference\":\"P-1\",\"referenceType\":\"PAYMENT_ID\",\"customer\":\"C-42\"}");
    assertThat(read(json, JournalLine.class).reference()).isInstanceOf(PaymentId.class);
  }
}
