package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.LedgerDriver.Step;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The as-of views answer a customer's questions from what is open now and what closed after the day
 * ({@link ClosedIndex}), and the journal keeps its lines in columns; both are checked against the
 * obvious full-history computation over the public journal, on every journal day (and the day before
 * the first) of random command sequences, including unapplies, returns and reopened items.
 */
class LedgerHistoryIndexTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  private static Gen<List<Step>> sequences() {
    Gen<Step> steps = integers().between(0, LedgerDriver.OPERATIONS - 1).zip(
        integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 20_000),
        integers().between(0, 1_000), Step::new);
    return lists().of(steps).ofSizeBetween(1, 60);
  }

  @Test
  void test_asOfCustomerQueries_equalTheFullHistorySum_onEveryDay() {
    qt().withExamples(EXAMPLES).forAll(sequences()).checkAssert(sequence -> {
      LedgerDriver driver = new LedgerDriver();
      sequence.forEach(driver::run);
      ReceivablesLedger ledger = driver.ledger;
      List<LocalDate> days = new ArrayList<>(ledger.journalDates());
      if (!days.isEmpty()) {
        days.add(days.get(0).minusDays(1));
      }
      for (LocalDate day : days) {
        LedgerView view = ledger.asOf(day);
        for (CustomerId customer : LedgerDriver.CUSTOMERS) {
          List<OpenItem> expected = openItemsByFullScan(ledger, customer, day);
          assertThat(view.openItems(customer)).as("open items of %s on %s", customer, day).isEqualTo(expected);
          assertThat(view.balance(customer)).as("balance of %s on %s", customer, day)
              .isEqualTo(MoneyTotals.of(expected.stream().map(OpenItem::openAmount).toList()));
          assertThat(view.unappliedCash(customer)).as("unapplied cash of %s on %s", customer, day)
              .isEqualTo(cashByFullScan(ledger, customer, AccountRole.UNAPPLIED_CASH, day));
          assertThat(view.onAccount(customer)).as("on account of %s on %s", customer, day)
              .isEqualTo(cashByFullScan(ledger, customer, AccountRole.ON_ACCOUNT, day));
        }
      }
    });
  }

  @Test
  void test_journalLines_readBackAsPosted() {
    qt().withExamples(EXAMPLES / 4).forAll(sequences()).checkAssert(sequence -> {
      LedgerDriver driver = new LedgerDriver();
      List<JournalLine> posted = new ArrayList<>();
      ReceivablesLedger ledger = driver.ledger;
      sequence.forEach(driver::run);
      ledger.log().read(1, entry -> posted.addAll(entry.posting().lines()));
      assertThat(ledger.journal()).isEqualTo(posted);
      assertThat(ledger.journal().size()).isEqualTo(posted.size());
    });
  }

  private static long sum(ReceivablesLedger ledger, TextId reference, AccountRole account, LocalDate day) {
    return ledger.journal().stream()
        .filter(l -> l.reference().equals(reference) && l.account() == account && !l.date().isAfter(day))
        .mapToLong(l -> l.signedAmount().minorUnits()).sum();
  }

  private static List<OpenItem> openItemsByFullScan(ReceivablesLedger ledger, CustomerId customer, LocalDate day) {
    List<OpenItem> result = new ArrayList<>();
    for (ItemState state : ledger.items()) {
      OpenItem item = state.item();
      if (!item.customerId().equals(customer) || item.documentDate().isAfter(day)) {
        continue;
      }
      long open = sum(ledger, item.documentNumber(), AccountRole.RECEIVABLES, day);
      if (open != 0) {
        result.add(item.withOpenAmount(Money.ofMinor(item.originalAmount().currency(), open)));
      }
    }
    return result;
  }

  private static MoneyTotals cashByFullScan(ReceivablesLedger ledger, CustomerId customer, AccountRole account,
      LocalDate day) {
    MoneyTotals.Accumulator total = new MoneyTotals.Accumulator();
    ledger.payments().stream()
        .filter(p -> p.payment().customerId().equals(Optional.of(customer)))
        .forEach(p -> total.add(p.payment().amount().currency(), -sum(ledger, p.payment().id(), account, day)));
    return total.total();
  }

  @Test
  void test_idTable_numbersInOrderFirstSeen_andFindsThemAgain() {
    IdTable<TextId> table = new IdTable<>();
    List<TextId> ids = Stream.iterate(0, i -> i + 1).limit(10_000)
        .<TextId>map(i -> i % 2 == 0 ? dev.o2c.core.id.DocumentNumber.of("X" + i) : dev.o2c.core.id.PaymentId.of("X" + i))
        .toList();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.add(ids.get(i))).isEqualTo(i);
    }
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.add(ids.get(i))).isEqualTo(i);
      assertThat(table.find(ids.get(i))).isEqualTo(i);
      assertThat(table.get(i)).isSameAs(ids.get(i));
    }
    assertThat(table.size()).isEqualTo(ids.size());
    // Same text, other kind of id: a different value.
    assertThat(table.find(dev.o2c.core.id.PaymentId.of("X0"))).isEqualTo(-1);
    assertThat(table.find(dev.o2c.core.id.DocumentNumber.of("nowhere"))).isEqualTo(-1);
  }
}
