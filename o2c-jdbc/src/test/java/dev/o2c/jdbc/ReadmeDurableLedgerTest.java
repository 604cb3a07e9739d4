package dev.o2c.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import dev.o2c.jackson.O2cModule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The README's "Durable ledger and JSON" snippet, compiled and run on H2. */
class ReadmeDurableLedgerTest {

  @Test
  void test_readmeSnippet() throws Exception {
    DataSource dataSource = Databases.h2();
    LocalDate day = LocalDate.of(2026, 3, 12);
    Customer acme = Customer.builder().id(CustomerId.of("C-42")).name("Acme GmbH")
        .currency(Monetary.getCurrency("EUR")).build();
    OpenItem invoice = OpenItem.builder().documentNumber(DocumentNumber.of("INV-1001")).customerId(acme.id())
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 2)).dueDate(LocalDate.of(2026, 4, 1))
        .originalAmount(Money.of("EUR", "1190.00")).terms(PaymentTerms.TWO_TEN_NET_30).build();
    Payment payment = Payment.builder().bankReference(BankReference.of("2026031200042"))
        .receivingAccount("DE02120300000000202051").amount(Money.of("EUR", "1166.20")).valueDate(day)
        .customerId(acme.id()).build();

    // --- README snippet starts
    JdbcLedgerLog.migrate(dataSource);
    ReceivablesLedger ledger = ReceivablesLedger.replay(new JdbcLedgerLog(dataSource));
    ledger.post(RegisterCustomers.of(day, acme));
    ledger.postAll(List.of(PostItem.of(invoice), ReceivePayment.of(payment)));
    ReceivablesLedger reopened = ReceivablesLedger.replay(new JdbcLedgerLog(dataSource));

    JsonMapper mapper = JsonMapper.builder().addModule(new O2cModule()).build();
    String json = mapper.writeValueAsString(ApplyPayment.of(payment.id(), invoice.documentNumber(), payment.amount(), day));
    LedgerCommand command = mapper.readValue(json, LedgerCommand.class);
    // --- README snippet ends

    assertThat(reopened.items()).isEqualTo(ledger.items());
    assertThat(reopened.payments()).isEqualTo(ledger.payments());
    assertThat(reopened.journal()).isEqualTo(ledger.journal());
    assertThat(json).isEqualTo("{\"type\":\"APPLY_PAYMENT\",\"payment\":\"DE02120300000000202051/2026031200042\","
        + "\"item\":\"INV-1001\",\"applied\":{\"amount\":\"1166.20\",\"currency\":\"EUR\"},\"date\":\"2026-03-12\","
        + "\"smallDifference\":{\"amount\":\"0.00\",\"currency\":\"EUR\"}}");
    reopened.post(command);
    assertThat(reopened.item(invoice.documentNumber()).orElseThrow().open().isZero()).isTrue();

    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT customer_id, currency, "
            + "SUM(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) AS receivable "
            + "FROM o2c_journal_line WHERE account_role = 'RECEIVABLES' GROUP BY customer_id, currency")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("C-42");
      assertThat(r.getString(2)).isEqualTo("EUR");
      assertThat(r.getBigDecimal(3)).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(r.next()).isFalse();
    }
  }
}
