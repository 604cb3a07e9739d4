package dev.o2c.aging.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.aging.Aging;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The letter data: a reminder letter from a proposal, statements of account from the ledger and from open items. */
class LettersTest {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CustomerId ACME = CustomerId.of("C-42");
  private static final LetterParty US = LetterParty.of("Our Company GmbH", "Hauptstr. 1", "10115 Berlin");
  private static final LetterParty THEM = LetterParty.of("Acme GmbH", "Am Markt 2", "50667 Köln");

  private static OpenItem item(String number, ItemKind kind, LocalDate date, int termDays, String amount) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(ACME).kind(kind)
        .documentDate(date).dueDate(date.plusDays(termDays)).originalAmount(Money.of("EUR", amount)).build();
  }

  @Test
  void test_reminderLetter_fromAProposal() {
    LocalDate asOf = LocalDate.of(2026, 4, 30);
    DunningResult run = DunningRun.evaluate(DunningInput.of(List.of(
        item("INV-1", ItemKind.INVOICE, LocalDate.of(2026, 3, 1), 30, "1190.00"),     // 30 days overdue
        item("INV-2", ItemKind.INVOICE, LocalDate.of(2026, 3, 14), 30, "238.00"))),   // 17 days overdue
        DunningPolicies.withFees(DunningFee.parse("EUR 5.00"), DunningFee.parse("EUR 10.00")).toBuilder()
            .stepByStep(false).build(), asOf);

    ReminderLetter letter = ReminderLetter.of(run.proposals().get(0), US, THEM);

    assertThat(letter.level()).isEqualTo(2);
    assertThat(letter.textKey()).isEqualTo("second-reminder");
    assertThat(letter.payBy()).isEqualTo(LocalDate.of(2026, 5, 10));
    assertThat(letter.lines()).extracting(l -> l.level().number()).containsExactly(2, 1);
    assertThat(letter.fees()).isEqualTo(MoneyTotals.of(Money.of("EUR", "5.00")));
    assertThat(letter.totals()).isEqualTo(MoneyTotals.of(Money.of("EUR", "1433.00")));  // 1190 + 238 + 5
    assertThat(letter.debtor().addressLines()).containsExactly("Am Markt 2", "50667 Köln");
  }

  @Test
  void test_statementOfAccount_fromTheLedger_movementsByWhatTheyWerePostedAgainst() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 1, 1),
        Customer.builder().id(ACME).name("Acme GmbH").currency(EUR).build()));
    ledger.post(PostItem.of(item("INV-0", ItemKind.INVOICE, LocalDate.of(2026, 2, 10), 30, "500.00")));
    ledger.post(PostItem.of(item("INV-1", ItemKind.INVOICE, LocalDate.of(2026, 3, 2), 30, "1190.00")));
    ledger.post(PostItem.of(item("CM-1", ItemKind.CREDIT_MEMO, LocalDate.of(2026, 3, 5), 0, "-100.00")));
    Payment payment = Payment.builder().bankReference(BankReference.of("B-1")).amount(Money.of("EUR", "300.00"))
        .valueDate(LocalDate.of(2026, 3, 12)).customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    ledger.post(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-0"), Money.of("EUR", "300.00"),
        LocalDate.of(2026, 3, 12)));
    ledger.post(OffsetCreditMemo.of(DocumentNumber.of("CM-1"), DocumentNumber.of("INV-0"), Money.of("EUR", "100.00"),
        LocalDate.of(2026, 3, 20)));
    ledger.post(PostItem.of(item("INV-2", ItemKind.INVOICE, LocalDate.of(2026, 4, 2), 30, "50.00")));  // after

    StatementOfAccount soa = StatementOfAccount.fromLedger(ledger, ACME, EUR, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31), Aging.standard(), US, THEM);

    assertThat(soa.openingBalance()).isEqualTo(Money.of("EUR", "500.00"));
    assertThat(soa.movements()).extracting(StatementMovement::reference, StatementMovement::kind, m -> m.amount().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-1", MovementKind.INVOICE, "EUR 1190.00"),
            org.assertj.core.groups.Tuple.tuple("CM-1", MovementKind.CREDIT_MEMO, "EUR -100.00"),
            org.assertj.core.groups.Tuple.tuple("INV-0", MovementKind.PAYMENT, "EUR -300.00"),
            org.assertj.core.groups.Tuple.tuple("CM-1", MovementKind.CREDIT_OFFSET, "EUR 100.00"),
            org.assertj.core.groups.Tuple.tuple("INV-0", MovementKind.CREDIT_OFFSET, "EUR -100.00"));
    // 500 + 1190 - 100 - 300 + 100 - 100 = 1290
    assertThat(soa.closingBalance()).isEqualTo(Money.of("EUR", "1290.00"));
    assertThat(soa.closingBalance()).isEqualTo(ledger.asOf(LocalDate.of(2026, 3, 31)).balance(ACME).get(EUR));
    assertThat(soa.openingBalance()).isEqualTo(ledger.asOf(LocalDate.of(2026, 2, 28)).balance(ACME).get(EUR));
    assertThat(soa.movements().get(4).balance()).isEqualTo(soa.closingBalance());
    assertThat(soa.debits()).isEqualTo(Money.of("EUR", "1290.00"));
    assertThat(soa.credits()).isEqualTo(Money.of("EUR", "500.00"));
    // open on 31 March: INV-0 100.00 due 03-12 (19 days: 1-30), INV-1 1190.00 due 04-01 (current)
    assertThat(soa.aging().labels()).containsExactly("current", "1-30", "31-60", "61-90", "91-120", "121+");
    assertThat(soa.aging().amounts().subList(0, 2)).containsExactly(Money.of("EUR", "1190.00"), Money.of("EUR", "100.00"));
    assertThat(soa.aging().total()).isEqualTo(soa.closingBalance());
  }

  @Test
  void test_statementOfAccount_fromOpenItems_andItsChecks() {
    List<OpenItem> items = List.of(
        item("INV-0", ItemKind.INVOICE, LocalDate.of(2026, 2, 10), 30, "500.00").withOpenAmount(Money.of("EUR", "100.00")),
        item("INV-1", ItemKind.INVOICE, LocalDate.of(2026, 3, 2), 30, "1190.00"),
        item("CM-1", ItemKind.CREDIT_MEMO, LocalDate.of(2026, 3, 5), 0, "-100.00"),
        item("INV-2", ItemKind.INVOICE, LocalDate.of(2026, 4, 2), 30, "50.00"));

    StatementOfAccount soa = StatementOfAccount.ofOpenItems(items, ACME, EUR, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31), Aging.standard(), US, THEM);

    assertThat(soa.openingBalance()).isEqualTo(Money.of("EUR", "100.00"));
    assertThat(soa.movements()).extracting(StatementMovement::reference).containsExactly("INV-1", "CM-1");
    assertThat(soa.closingBalance()).isEqualTo(Money.of("EUR", "1190.00"));
    assertThat(soa.aging().total()).isEqualTo(soa.closingBalance());
    assertThatThrownBy(() -> new StatementOfAccount(US, THEM, ACME, EUR, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31), Money.of("EUR", "1.00"), List.of(), Money.of("EUR", "2.00"), soa.aging()))
        .hasMessage("statement of C-42: opening EUR 1.00 plus the movements is EUR 1.00, not the closing EUR 2.00");
  }
}
