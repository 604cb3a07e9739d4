package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.LedgerDriver.Snapshot;
import dev.o2c.core.ledger.LedgerDriver.Step;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random command sequences against the ledger, checking after every step that no cent is lost or
 * invented, that a refused command changes nothing and that {@code check} agrees with {@code post};
 * at the end, that the books hold as of every day of the journal and that replaying the log gives
 * the same ledger. Set {@code -Do2c.qt.examples=N} (or the {@code heavy} Maven profile) for more.
 */
class LedgerInvariantsTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  private static Gen<Step> steps() {
    return integers().between(0, LedgerDriver.OPERATIONS - 1).zip(
        integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 20_000),
        integers().between(0, 1_000), Step::new);
  }

  private static Gen<List<Step>> sequences() {
    return lists().of(steps()).ofSizeBetween(1, 60);
  }

  @Test
  void test_randomSequences_keepEveryInvariant_checkAgreesWithPost_andReplayRebuildsTheLedger() {
    Map<Operation, Integer> done = new EnumMap<>(Operation.class);
    Map<LedgerException.Code, Integer> refused = new EnumMap<>(LedgerException.Code.class);
    int[] gains = {0};
    qt().withExamples(EXAMPLES).forAll(sequences()).checkAssert(sequence -> {
      LedgerDriver driver = new LedgerDriver();
      for (Step step : sequence) {
        driver.run(step);
        assertInvariants(driver.ledger);
      }
      assertHistoryHoldsOnEveryDay(driver.ledger);
      assertAsOfEndOfTimeAgreesWithNow(driver.ledger);
      ReceivablesLedger replayed = ReceivablesLedger.replay(driver.ledger.log());
      assertThat(Snapshot.of(replayed)).isEqualTo(Snapshot.of(driver.ledger));
      driver.done.forEach((k, v) -> done.merge(k, v, Integer::sum));
      driver.refused.forEach((k, v) -> refused.merge(k, v, Integer::sum));
      gains[0] += (int) driver.accepted.stream()
          .filter(c -> c instanceof ApplyPayment a && a.smallDifference().isNegative()).count();
    });
    assertThat(gains[0]).as("applications booking an exchange gain").isPositive();
    // The generator must reach every command and the refusals that guard money, or the property proves little.
    assertThat(done.keySet()).as("operations that succeeded: %s", done).containsAll(EnumSet.allOf(Operation.class));
    assertThat(refused.keySet()).as("refusals seen: %s", refused).contains(
        LedgerException.Code.DUPLICATE_PAYMENT, LedgerException.Code.INSUFFICIENT_FUNDS,
        LedgerException.Code.EXCEEDS_OPEN_AMOUNT, LedgerException.Code.CURRENCY_MISMATCH,
        LedgerException.Code.DATE_TOO_EARLY, LedgerException.Code.PAYMENT_RETURNED,
        LedgerException.Code.ALREADY_UNAPPLIED, LedgerException.Code.WRONG_ITEM_KIND,
        LedgerException.Code.PERIOD_CLOSED, LedgerException.Code.NOT_PAYERS_ITEM,
        LedgerException.Code.DISCOUNT_NOT_EARNED, LedgerException.Code.PAYER_UNKNOWN);
  }

  @Test
  void test_unapplyAfterApply_isIdentity() {
    qt().withExamples(EXAMPLES).forAll(sequences(), integers().between(1, 20_000)).checkAssert((sequence, amount) -> {
      LedgerDriver driver = new LedgerDriver();
      sequence.forEach(driver::run);
      ReceivablesLedger ledger = driver.ledger;
      LocalDate date = driver.latestDate();
      if (ledger.closedThrough().map(c -> !date.isAfter(c)).orElse(false)) {
        return;
      }
      for (PaymentState payment : ledger.payments()) {
        for (ItemState item : ledger.items()) {
          if (!payment.unapplied().isPositive() || item.item().kind() == ItemKind.CREDIT_MEMO
              || !item.open().isPositive() || !item.open().currency().equals(payment.unapplied().currency())) {
            continue;
          }
          long applied = Math.min(amount, Math.min(item.open().minorUnits(), payment.unapplied().minorUnits()));
          Money money = Money.ofMinor(item.open().currency(), applied);
          ApplyPayment apply = ApplyPayment.builder().payment(payment.id()).item(item.documentNumber())
              .applied(money).discount(Money.zero(money.currency())).payerOverride("test").date(date).build();
          if (!ledger.check(apply).isEmpty()) {
            continue;
          }
          Snapshot before = Snapshot.of(ledger);
          Posting posting = ledger.post(apply);
          assertThat(ledger.item(item.documentNumber()).orElseThrow().open()).isEqualTo(item.open().minus(money));
          assertThat(ledger.applications()).last().isEqualTo(posting.application());
          ledger.post(Unapply.of(posting.application().id(), date));
          assertThat(ledger.applications()).doesNotContain(posting.application());
          Snapshot after = Snapshot.of(ledger);
          assertThat(after.items()).isEqualTo(before.items());
          assertThat(after.payments()).isEqualTo(before.payments());
          assertThat(ledger.isReversed(posting.application().id())).isTrue();
          assertInvariants(ledger);
          return;
        }
      }
    });
  }

  static void assertInvariants(ReceivablesLedger ledger) {
    // The standing applications are those found by id (ids are posting numbers) and not reversed.
    List<Application> standing = new ArrayList<>();
    for (long number = 1; number <= ledger.lastPostingNumber(); number++) {
      ApplicationId id = ApplicationId.of(number);
      ledger.application(id).filter(a -> !ledger.isReversed(id)).ifPresent(standing::add);
    }
    assertThat(ledger.applications()).isEqualTo(standing);
    for (PaymentState p : ledger.payments()) {
      Money sum = p.applied().plus(p.unapplied()).plus(p.onAccount()).plus(p.suspense()).plus(p.refunded())
          .plus(p.returned());
      assertThat(sum).as("payment %s: amount = applied + unapplied + onAccount + suspense + refunded + returned",
          p.id()).isEqualTo(p.amount());
      for (Money part : List.of(p.applied(), p.unapplied(), p.onAccount(), p.suspense(), p.refunded(), p.returned())) {
        assertThat(part.isNegative()).as("payment %s has a negative bucket: %s", p.id(), p).isFalse();
      }
    }
    for (ItemState i : ledger.items()) {
      Money sum = i.open().plus(i.applied()).plus(i.discount()).plus(i.smallDifferences()).plus(i.badDebt())
          .plus(i.credited()).plus(i.deducted()).plus(i.settledBeforeCutOver());
      assertThat(sum).as("item %s: original = open + applied + discount + smallDifferences + badDebt + credited"
          + " + deducted + settledBeforeCutOver", i.documentNumber()).isEqualTo(i.original());
      int sign = i.item().kind().sign();
      assertThat(i.open().minorUnits() * sign).as("item %s open amount within [0, original]", i.documentNumber())
          .isBetween(0L, i.original().minorUnits() * sign);
      // Small differences go negative with exchange gains, but every application clears a positive amount.
      for (Money part : List.of(i.applied(), i.discount(), i.applied().plus(i.smallDifferences()), i.badDebt(),
          i.deducted(), i.settledBeforeCutOver())) {
        assertThat(part.minorUnits() * sign).as("item %s has a part of the wrong sign: %s", i.documentNumber(), i)
            .isGreaterThanOrEqualTo(0L);
      }
    }
    Map<Long, Map<String, Long>> perPosting = new HashMap<>();
    for (JournalLine line : ledger.journal()) {
      perPosting.computeIfAbsent(line.posting(), k -> new HashMap<>())
          .merge(line.amount().currency().getCurrencyCode(), line.signedAmount().minorUnits(), Long::sum);
    }
    perPosting.forEach((posting, sums) ->
        assertThat(sums.values()).as("posting %s balances per currency", posting).allMatch(v -> v == 0L));
  }

  /**
   * Back-dated commands must not corrupt the past: on every day of the journal, every item's open
   * amount lies within its bounds, no payment bucket or deduction is negative, and the views answer.
   */
  static void assertHistoryHoldsOnEveryDay(ReceivablesLedger ledger) {
    Map<TextId, Integer> itemSign = new HashMap<>();
    Map<TextId, Long> itemOriginal = new HashMap<>();
    ledger.items().forEach(i -> {
      itemSign.put(i.documentNumber(), i.item().kind().sign());
      itemOriginal.put(i.documentNumber(), i.original().minorUnits());
    });
    List<JournalLine> journal = ledger.journal();
    Map<String, Long> running = new HashMap<>();
    int next = 0;
    List<LocalDate> days = ledger.journalDates();
    List<JournalLine> sorted = journal.stream()
        .sorted((x, y) -> x.date().compareTo(y.date())).toList();
    for (LocalDate day : days) {
      while (next < sorted.size() && !sorted.get(next).date().isAfter(day)) {
        JournalLine line = sorted.get(next++);
        running.merge(line.account() + "|" + line.reference(), line.signedAmount().minorUnits(), Long::sum);
      }
      running.forEach((key, value) -> {
        String account = key.substring(0, key.indexOf('|'));
        String reference = key.substring(key.indexOf('|') + 1);
        switch (AccountRole.valueOf(account)) {
          case RECEIVABLES: {
            DocumentNumber item = DocumentNumber.of(reference);
            int sign = itemSign.get(item);
            assertThat(value * sign).as("item %s open on %s within [0, original]", item, day)
                .isBetween(0L, itemOriginal.get(item) * sign);
            break;
          }
          case UNAPPLIED_CASH:
          case ON_ACCOUNT:
          case SUSPENSE:
            assertThat(-value).as("%s of payment %s on %s", account, reference, day).isGreaterThanOrEqualTo(0L);
            break;
          case DEDUCTIONS:
            assertThat(value).as("deduction %s on %s", reference, day).isGreaterThanOrEqualTo(0L);
            break;
          default:
            break;
        }
      });
      LedgerView view = ledger.asOf(day);
      for (CustomerId customer : LedgerDriver.CUSTOMERS) {
        MoneyTotals fromItems = MoneyTotals.of(view.openItems(customer).stream().map(OpenItem::openAmount).toList());
        assertThat(view.balance(customer)).isEqualTo(fromItems);
      }
    }
  }

  /** The journal is the history; summing it to the end of time must give the current state. */
  static void assertAsOfEndOfTimeAgreesWithNow(ReceivablesLedger ledger) {
    LedgerView now = ledger.now();
    LedgerView end = ledger.asOf(LocalDate.MAX);
    for (CustomerId customer : LedgerDriver.CUSTOMERS) {
      assertThat(end.openItems(customer)).isEqualTo(now.openItems(customer));
      assertThat(end.customerBalance(customer)).isEqualTo(now.customerBalance(customer));
      assertThat(end.openDeductions(customer)).isEqualTo(now.openDeductions(customer));
    }
    assertThat(end.suspense()).isEqualTo(now.suspense());
    assertThat(end.unappliedCash()).isEqualTo(now.unappliedCash());
    assertThat(end.receivables()).isEqualTo(now.receivables());
    MoneyTotals.Accumulator suspense = new MoneyTotals.Accumulator();
    ledger.payments().forEach(p -> suspense.add(p.suspense()));
    assertThat(now.suspense()).isEqualTo(suspense.total());
  }
}
