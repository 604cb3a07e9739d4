package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * A payment the bank reports converted from another currency settles its referenced item when it is
 * off by at most the policy's exchange difference (3 %), whether it brought less (a loss written off)
 * or more (a gain booked); beyond that the difference is left for a person. Every cent is accounted
 * for and the ledger takes the decision as it is, in currencies of 0, 2 and 3 decimals.
 */
class ExchangeDifferencePropertiesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final String[] CURRENCIES = {"EUR", "JPY", "KWD"};
  private static final int EXAMPLES = Math.max(50, Integer.getInteger("o2c.qt.examples", 2000) / 10);

  @Test
  void a_converted_payment_within_the_limit_settles_its_item_and_the_ledger_books_the_difference() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(100, 1_000_000_000L), integers().between(-500, 500), integers().between(0, 2))
        .checkAssert((open, basisPoints, c) -> {
          CurrencyUnit currency = Monetary.getCurrency(CURRENCIES[c]);
          long paid = open + open * basisPoints / 10_000;
          CustomerId customer = CustomerId.of("C1");
          Customer acme = Customer.builder().id(customer).name("Acme GmbH").currency(currency)
              .addBankAccounts("DE89370400440532013000").build();
          OpenItem item = OpenItem.builder().documentNumber(DocumentNumber.of("INV-7001")).customerId(customer)
              .kind(ItemKind.INVOICE).documentDate(DAY.minusDays(20)).dueDate(DAY.plusDays(10))
              .originalAmount(Money.ofMinor(currency, open)).build();
          Payment payment = Payment.builder().bankReference(BankReference.of("FX1")).amount(Money.ofMinor(currency, paid))
              .valueDate(DAY).payerAccount("DE89370400440532013000").remittance(Remittance.ofText("INV-7001"))
              .instructedAmount(Money.of("USD", "1234.56")).build();
          CashApplication engine = TestStages.engine(OpenItemBook.of(List.of(acme), List.of(item))).parallelism(1).build();

          Decision d = engine.decide(payment);

          for (Proposal p : d.ranked()) {
            assertThat(p.applied().plus(p.unapplied())).isEqualTo(payment.amount());
          }
          boolean within = Math.abs(paid - open) * 100 <= open * 3;
          if (!within) {
            assertThat(d.proposal().allocations()).noneMatch(a -> !a.writeOff().isZero());
            return;
          }
          assertThat(d.kind()).as(d.reason()).isEqualTo(DecisionKind.AUTO);
          Allocation a = d.proposal().allocations().get(0);
          assertThat(a.cleared()).isEqualTo(item.openAmount());
          assertThat(a.writeOff()).isEqualTo(Money.ofMinor(currency, open - paid));
          ReceivablesLedger ledger = ReceivablesLedger.create();
          ledger.post(RegisterCustomers.builder().date(DAY.minusDays(40)).addCustomers(acme).build());
          ledger.post(PostItem.of(item));
          engine.postAutomatic(engine.decideAll(List.of(payment)), ledger);
          assertThat(ledger.item(item.documentNumber()).orElseThrow().open().isZero()).isTrue();
          assertThat(ledger.payment(payment.id()).orElseThrow().unapplied().isZero()).isTrue();
        });
  }
}
