package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementReaders;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CashReconciliationTest {

  private static Statement statement() throws Exception {
    try (InputStream in = CashReconciliationTest.class.getResourceAsStream("/dev/o2c/matching/ledger/camt053-ledger.xml")) {
      return StatementReaders.readFile(in, "camt053-ledger.xml").statements().get(0);
    }
  }

  @Test
  void credits_split_exactly_into_applied_suggested_unapplied_on_account_and_suspense() throws Exception {
    Statement statement = statement();
    CustomerId acme = CustomerId.of("C-1");
    Customer customer = Customer.builder().id(acme).name("Acme GmbH").currency(Monetary.getCurrency("EUR"))
        .addBankAccounts("DE02100100100006820101").build();
    // INV-1001: EUR 1190.00 on 2/10 NET 30 from 2026-03-05; paid 2026-03-12 less 2% = 1166.20
    OpenItem invoice = OpenItem.builder().documentNumber(DocumentNumber.of("INV-1001")).customerId(acme)
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 5)).dueDate(LocalDate.of(2026, 4, 4))
        .originalAmount(Money.of("EUR", "1190.00")).terms(PaymentTerms.TWO_TEN_NET_30).build();
    CashApplication engine = TestStages.engine(OpenItemBook.of(List.of(customer), List.of(invoice))).build();
    List<Payment> payments = StatementPostings.payments(statement);
    CashApplicationRun run = engine.decideAll(payments);
    CashReconciliation reconciliation = CashReconciliation.of(List.of(statement), run).get(0);

    assertThat(reconciliation.creditCount()).isEqualTo(2);
    assertThat(reconciliation.credits()).isEqualTo(MoneyTotals.of(Money.of("EUR", "1666.20")));
    assertThat(reconciliation.autoApplied()).isEqualTo(MoneyTotals.of(Money.of("EUR", "1166.20")));
    assertThat(reconciliation.suspense()).as("the advance of an unknown payer")
        .isEqualTo(MoneyTotals.of(Money.of("EUR", "500.00")));
    assertThat(reconciliation.balanced()).isTrue();
    assertThat(reconciliation.toWork()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DecisionKind.UNAPPLIED));
    // debits: the return 1166.20 + 80.00 + 20.00 = 1266.20; opening 1000.00 + 1666.20 - 1266.20 = closing 1400.00
    assertThat(reconciliation.debits()).isEqualTo(MoneyTotals.of(Money.of("EUR", "1266.20")));
    assertThat(reconciliation.balanceProof()).contains(true);
  }
}
