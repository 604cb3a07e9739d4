package dev.o2c.matching.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerException;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementReaders;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class StatementPostingsTest {

  private static Statement statement() throws Exception {
    try (InputStream in = StatementPostingsTest.class.getResourceAsStream("camt053-ledger.xml")) {
      return StatementReaders.readFile(in, "camt053-ledger.xml").statements().get(0);
    }
  }

  @Test
  void test_streamPayments_handsOverThePaymentsOfTheFileReadWhole_inOrder() throws Exception {
    List<Payment> streamed = new java.util.ArrayList<>();
    try (InputStream in = StatementPostingsTest.class.getResourceAsStream("camt053-ledger.xml")) {
      StatementPostings.streamPayments(in, "camt053-ledger.xml", streamed::add);
    }

    assertThat(streamed).isNotEmpty().isEqualTo(StatementPostings.payments(statement()));
  }

  @Test
  void test_creditsBecomePayments_returnsReturnTheirOriginal_restIsLeftOut() throws Exception {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    StatementPostings postings = StatementPostings.of(statement(), ledger);

    assertThat(postings.commands()).hasSize(3);
    Payment acme = ((ReceivePayment) postings.commands().get(0)).payment();
    assertThat(acme.amount()).isEqualTo(Money.of("EUR", "1166.20"));
    assertThat(acme.valueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(acme.bankReference()).isEqualTo(BankReference.of("2026031200042"));
    assertThat(acme.receivingAccount()).contains("DE89370400440532013000");
    assertThat(acme.id().toString()).isEqualTo("DE89370400440532013000|2026-03-12|C|EUR 1166.20|2026031200042|1");
    assertThat(acme.payerName()).contains("Acme GmbH");
    assertThat(acme.payerAccount()).contains("DE02100100100006820101");
    assertThat(acme.endToEndId()).contains("E2E-1001");
    assertThat(acme.customerId()).isEmpty();
    assertThat(acme.remittance()).as("the statement's own remittance, one type to the ledger")
        .isEqualTo(statement().entries().get(0).transactions().get(0).remittance());
    assertThat(acme.remittance().unstructured()).containsExactly("INV-1001 less 2% skonto");
    assertThat(acme.remittance().structured()).singleElement().satisfies(b -> {
      assertThat(b.creditorReference()).contains("RF18539007547034");
      assertThat(b.referredDocuments()).singleElement().satisfies(d -> assertThat(d.number()).contains("INV-1001"));
      assertThat(b.remittedAmount()).contains(Money.of("EUR", "1166.20"));
    });

    Payment advance = ((ReceivePayment) postings.commands().get(1)).payment();
    assertThat(advance.bankReference()).isEqualTo(BankReference.of("N-2"));
    assertThat(advance.endToEndId()).as("NOTPROVIDED is a filler").isEmpty();

    ReturnPayment returned = (ReturnPayment) postings.commands().get(2);
    assertThat(returned.payment()).isEqualTo(acme.id());
    assertThat(returned.amount()).as("a full return").isEmpty();
    assertThat(returned.date()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(returned.reason()).contains("AC04");

    assertThat(postings.unmatched()).singleElement().asString()
        .contains("REV-UNKNOWN").contains("no payment in the ledger it returns");
  }

  @Test
  void test_postedCommands_keepTheBooks_andTheSameStatementTwiceIsRefused() throws Exception {
    CustomerId customer = CustomerId.of("C-42");
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 3, 1), Customer.builder().id(customer).name("Acme GmbH")
        .currency(Monetary.getCurrency("EUR")).build()));
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("INV-1001")).customerId(customer)
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 2)).dueDate(LocalDate.of(2026, 4, 1))
        .originalAmount(Money.of("EUR", "1190.00")).build()));
    Statement statement = statement();
    List<LedgerCommand> commands = StatementPostings.of(statement, ledger).commands();
    Payment acme = ((ReceivePayment) commands.get(0)).payment().withCustomerId(customer);
    ledger.post(ReceivePayment.of(acme));
    ledger.post(ApplyPayment.builder().payment(acme.id()).item(DocumentNumber.of("INV-1001"))
        .applied(acme.amount()).discount(Money.of("EUR", "23.80")).discountOverride("test").date(acme.valueDate())
        .build());
    ledger.post(commands.get(1));
    ledger.post(commands.get(2));

    assertThat(ledger.now().balance(customer)).as("the return reopened the invoice")
        .isEqualTo(MoneyTotals.of(Money.of("EUR", "1190.00")));
    assertThat(ledger.now().suspense()).isEqualTo(MoneyTotals.of(Money.of("EUR", "500.00")));
    assertThatThrownBy(() -> ledger.post(StatementPostings.of(statement, ledger).commands().get(1)))
        .isInstanceOf(LedgerException.class).hasMessageContaining("DUPLICATE_PAYMENT");
    assertThat(StatementPostings.of(statement, ledger).unmatched())
        .as("the return's original is now fully returned").hasSize(2);
  }
}
