package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.LedgerDriver.Step;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ledger keeps items, payments, applications and journal lines in compact parts (numbered
 * references and days, minor units, the registry's ids) and makes the values again when asked. Over
 * random command sequences, mixed with items and payments that carry everything a host may hand in
 * (customer references, terms, receiving accounts, payer details, remittance, ids of their own),
 * every value the ledger gives back must equal the one handed in or the one its posting returned.
 */
class LedgerCompactStateTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000) / 4;

  private static Gen<Step> steps() {
    return integers().between(0, LedgerDriver.OPERATIONS + 1).zip(
        integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 20_000),
        integers().between(0, 1_000), Step::new);
  }

  @Test
  void test_randomSequences_compactStateGivesBackEveryValueAsHandedInOrPosted() {
    qt().withExamples(EXAMPLES).forAll(lists().of(steps()).ofSizeBetween(1, 60)).checkAssert(sequence -> {
      LedgerDriver driver = new LedgerDriver();
      int rich = 0;
      for (Step step : sequence) {
        if (step.op() < LedgerDriver.OPERATIONS) {
          driver.run(step);
        } else {
          LocalDate date = driver.latestDate();
          CurrencyUnit currency = LedgerDriver.CURRENCIES.get(step.a() % LedgerDriver.CURRENCIES.size());
          driver.post(step.op() == LedgerDriver.OPERATIONS ? PostItem.of(richItem(step, date, currency, ++rich))
              : ReceivePayment.of(richPayment(step, date, currency, ++rich)));
        }
      }
      assertGivesBack(driver.ledger, driver.accepted);
    });
  }

  /** Compares the ledger's answers with what a ledger logging every posting as built returned. */
  private static void assertGivesBack(ReceivablesLedger ledger, List<LedgerCommand> accepted) {
    InMemoryLedgerLog log = new InMemoryLedgerLog();
    ReceivablesLedger shadow = ReceivablesLedger.replay(log);
    accepted.forEach(shadow::post);
    List<JournalLine> lines = new ArrayList<>();
    Map<Long, Application> applications = new LinkedHashMap<>();
    Map<DocumentNumber, OpenItem> items = new LinkedHashMap<>();
    Map<PaymentId, Payment> payments = new LinkedHashMap<>();
    log.read(1, entry -> {
      lines.addAll(entry.posting().lines());
      entry.posting().applications().forEach(a -> applications.putIfAbsent(a.id().value(), a));
      LedgerCommand command = entry.command();
      if (command instanceof PostItem) {
        items.put(((PostItem) command).item().documentNumber(), ((PostItem) command).item());
      } else if (command instanceof PostOpeningItem) {
        items.put(((PostOpeningItem) command).item().documentNumber(), ((PostOpeningItem) command).item());
      } else if (command instanceof ReceivePayment) {
        payments.put(((ReceivePayment) command).payment().id(), ((ReceivePayment) command).payment());
      } else if (command instanceof PostOpeningCash) {
        payments.put(((PostOpeningCash) command).payment().id(), ((PostOpeningCash) command).payment());
      } else if (command instanceof IdentifyPayer) {
        IdentifyPayer identify = (IdentifyPayer) command;
        payments.computeIfPresent(identify.payment(), (id, p) -> p.withCustomerId(identify.customer()));
      }
    });
    assertThat(ledger.journal()).isEqualTo(lines);
    items.forEach((number, item) -> {
      ItemState state = ledger.item(number).orElseThrow();
      assertThat(state.item()).isEqualTo(item.withOpenAmount(state.open()));
    });
    payments.forEach((id, payment) -> assertThat(ledger.payment(id).orElseThrow().payment()).isEqualTo(payment));
    applications.forEach((id, application) ->
        assertThat(ledger.application(application.id())).contains(application));
    assertThat(ledger.items()).isEqualTo(shadow.items());
    assertThat(ledger.payments()).isEqualTo(shadow.payments());
  }

  private static OpenItem richItem(Step s, LocalDate date, CurrencyUnit currency, int n) {
    ItemKind kind = ItemKind.values()[s.b() % 3];
    Money amount = Money.ofMinor(currency, 1 + s.c());
    OpenItem.Builder item = OpenItem.builder().documentNumber(DocumentNumber.of("Rich-é-" + n))
        .customerId(LedgerDriver.CUSTOMERS.get(s.d() % LedgerDriver.CUSTOMERS.size()))
        .kind(kind).documentDate(date).dueDate(date.plusDays(s.d() % 60))
        .originalAmount(kind == ItemKind.CREDIT_MEMO ? amount.negated() : amount);
    if (s.b() % 2 == 0) {
      item.customerReference("PO " + s.a());
    }
    if (s.b() % 3 != 0) {
      item.terms(s.d() % 2 == 0 ? PaymentTerms.TWO_TEN_NET_30 : PaymentTerms.net(s.d() % 90));
    }
    return item.build();
  }

  private static Payment richPayment(Step s, LocalDate date, CurrencyUnit currency, int n) {
    Payment.Builder payment = Payment.builder().bankReference(BankReference.of("RICH " + n))
        .amount(Money.ofMinor(currency, 1 + s.c())).valueDate(date);
    // Each of what a compact payment cannot hold, alone or with others, or none of it.
    int extras = s.b() % 64;
    if ((extras & 1) != 0) {
      payment.receivingAccount("DE89370400440532013000");
    }
    if ((extras & 2) != 0) {
      payment.payerName("Ächt GmbH");
    }
    if ((extras & 4) != 0) {
      payment.payerAccount("AT611904300234573201");
    }
    if ((extras & 8) != 0) {
      payment.endToEndId("E2E-" + n);
    }
    if ((extras & 16) != 0) {
      payment.remittance(Remittance.ofText("INV " + s.a()));
    }
    if ((extras & 32) != 0) {
      payment.id(PaymentId.of("HOST-" + n));
    }
    if (s.d() % 4 != 0) {
      payment.customerId(LedgerDriver.CUSTOMERS.get(s.a() % LedgerDriver.CUSTOMERS.size()));
    }
    return payment.build();
  }

  @Test
  void test_optionalAbsent_isGivenBackAbsent() {
    OpenItem item = OpenItem.builder().documentNumber(DocumentNumber.of("INV-1"))
        .customerId(LedgerDriver.CUSTOMERS.get(0)).kind(ItemKind.INVOICE).documentDate(LedgerDriver.START)
        .dueDate(LedgerDriver.START).originalAmount(Money.ofMinor(LedgerDriver.CURRENCIES.get(0), 100)).build();
    LedgerDriver driver = new LedgerDriver();
    driver.post(PostItem.of(item));
    assertThat(driver.ledger.item(item.documentNumber()).map(ItemState::item)).isEqualTo(Optional.of(item));
  }
}
