package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random operation sequences against the ledger, checking after every step that no cent is lost or
 * invented and that a refused operation changes nothing. Set {@code -Do2c.qt.examples=N} (or the
 * {@code heavy} Maven profile) for more sequences.
 */
class LedgerInvariantsTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final List<CurrencyUnit> CURRENCIES = List.of(
      Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"));
  private static final List<String> CUSTOMERS = List.of("C1", "C2", "C3");

  /** One random step: an operation code and four small numbers it interprets. */
  record Step(int op, int a, int b, int c, int d) {}

  private static Gen<Step> steps() {
    return integers().between(0, 12).zip(
        integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 20_000),
        integers().between(0, 1_000), Step::new);
  }

  private static Gen<List<Step>> sequences() {
    return lists().of(steps()).ofSizeBetween(1, 60);
  }

  @Test
  void test_randomSequences_keepEveryInvariant() {
    Map<Operation, Integer> done = new EnumMap<>(Operation.class);
    Map<LedgerException.Code, Integer> refused = new EnumMap<>(LedgerException.Code.class);
    qt().withExamples(EXAMPLES).forAll(sequences()).checkAssert(sequence -> {
      Driver driver = new Driver();
      for (Step step : sequence) {
        driver.run(step);
        assertInvariants(driver.ledger);
      }
      assertAsOfAgreesWithCurrentState(driver.ledger);
      driver.done.forEach((k, v) -> done.merge(k, v, Integer::sum));
      driver.refused.forEach((k, v) -> refused.merge(k, v, Integer::sum));
    });
    // The generator must reach every operation, and the refusals that guard money, or the property proves little.
    assertThat(done.keySet()).as("operations that succeeded: %s", done).containsAll(EnumSet.allOf(Operation.class));
    assertThat(refused.keySet()).as("refusals seen: %s", refused).contains(
        LedgerException.Code.DUPLICATE_PAYMENT, LedgerException.Code.INSUFFICIENT_FUNDS,
        LedgerException.Code.EXCEEDS_OPEN_AMOUNT, LedgerException.Code.CURRENCY_MISMATCH,
        LedgerException.Code.DATE_TOO_EARLY, LedgerException.Code.PAYMENT_RETURNED,
        LedgerException.Code.ALREADY_UNAPPLIED, LedgerException.Code.WRONG_ITEM_KIND);
  }

  @Test
  void test_unapplyAfterApply_isIdentity() {
    qt().withExamples(EXAMPLES).forAll(sequences(), integers().between(1, 20_000)).checkAssert((sequence, amount) -> {
      Driver driver = new Driver();
      sequence.forEach(driver::run);
      ReceivablesLedger ledger = driver.ledger;
      for (PaymentState payment : ledger.payments()) {
        if (!payment.unapplied().isPositive()) {
          continue;
        }
        for (ItemState item : ledger.items()) {
          if (item.item().kind() == ItemKind.CREDIT_MEMO || !item.open().isPositive()
              || !item.open().currency().equals(payment.unapplied().currency())) {
            continue;
          }
          long applied = Math.min(amount, Math.min(item.open().minorUnits(), payment.unapplied().minorUnits()));
          Money money = Money.ofMinor(item.open().currency(), applied);
          Snapshot before = Snapshot.of(ledger);
          LocalDate date = driver.latestDate();
          Posting posting = ledger.apply(payment.bankReference(), item.documentNumber(), money, date);
          assertThat(ledger.item(item.documentNumber()).orElseThrow().open())
              .isEqualTo(item.open().minus(money));
          ledger.unapply(posting.application().id(), date);
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
    for (PaymentState p : ledger.payments()) {
      Money sum = p.applied().plus(p.unapplied()).plus(p.onAccount()).plus(p.suspense()).plus(p.refunded())
          .plus(p.returned());
      assertThat(sum).as("payment %s: amount = applied + unapplied + onAccount + suspense + refunded + returned",
          p.bankReference()).isEqualTo(p.amount());
      for (Money part : List.of(p.applied(), p.unapplied(), p.onAccount(), p.suspense(), p.refunded(), p.returned())) {
        assertThat(part.isNegative()).as("payment %s has a negative bucket: %s", p.bankReference(), p).isFalse();
      }
    }
    for (ItemState i : ledger.items()) {
      Money sum = i.open().plus(i.applied()).plus(i.discount()).plus(i.writtenOff()).plus(i.credited())
          .plus(i.deducted());
      assertThat(sum).as("item %s: original = open + applied + discount + writtenOff + credited + deducted",
          i.documentNumber()).isEqualTo(i.original());
      int sign = i.item().kind().sign();
      long open = i.open().minorUnits() * sign;
      assertThat(open).as("item %s open amount within [0, original]", i.documentNumber())
          .isBetween(0L, i.original().minorUnits() * sign);
    }
    Map<String, Long> totals = new HashMap<>();
    Map<Long, Map<String, Long>> perPosting = new HashMap<>();
    for (JournalLine line : ledger.journal()) {
      String currency = line.amount().currency().getCurrencyCode();
      totals.merge(currency, line.signedAmount().minorUnits(), Long::sum);
      perPosting.computeIfAbsent(line.posting(), k -> new HashMap<>())
          .merge(currency, line.signedAmount().minorUnits(), Long::sum);
    }
    assertThat(totals.values()).as("journal balances per currency").allMatch(v -> v == 0L);
    perPosting.forEach((posting, sums) ->
        assertThat(sums.values()).as("posting %s balances per currency", posting).allMatch(v -> v == 0L));
  }

  /** The journal is the history; summing it to the end of time must give the current state. */
  static void assertAsOfAgreesWithCurrentState(ReceivablesLedger ledger) {
    for (String customer : CUSTOMERS) {
      Map<String, Money> open = new HashMap<>();
      ledger.openItems(customer).forEach(i -> open.put(i.documentNumber(), i.openAmount()));
      Map<String, Money> openAsOf = new HashMap<>();
      ledger.openItems(customer, LocalDate.MAX).forEach(i -> openAsOf.put(i.documentNumber(), i.openAmount()));
      assertThat(openAsOf).isEqualTo(open);

      Map<CurrencyUnit, Long> expectedUnapplied = new HashMap<>();
      for (PaymentState p : ledger.payments()) {
        if (p.payment().customerId().equals(Optional.of(customer)) && p.unapplied().isPositive()) {
          expectedUnapplied.merge(p.unapplied().currency(), p.unapplied().minorUnits(), Long::sum);
        }
      }
      Map<CurrencyUnit, Long> unapplied = new HashMap<>();
      ledger.unappliedCash(customer, LocalDate.MAX).forEach((c, m) -> unapplied.put(c, m.minorUnits()));
      assertThat(unapplied).isEqualTo(expectedUnapplied);
    }
    Map<CurrencyUnit, Long> expectedSuspense = new HashMap<>();
    for (PaymentState p : ledger.payments()) {
      if (p.suspense().isPositive()) {
        expectedSuspense.merge(p.suspense().currency(), p.suspense().minorUnits(), Long::sum);
      }
    }
    Map<CurrencyUnit, Long> suspense = new HashMap<>();
    ledger.suspense(LocalDate.MAX).forEach((c, m) -> suspense.put(c, m.minorUnits()));
    assertThat(suspense).isEqualTo(expectedSuspense);
  }

  /** Everything observable about a ledger, to prove a refused operation changed nothing. */
  record Snapshot(List<ItemState> items, List<PaymentState> payments, List<Deduction> deductions,
      List<JournalLine> journal, long lastPosting) {
    static Snapshot of(ReceivablesLedger ledger) {
      return new Snapshot(ledger.items(), ledger.payments(), ledger.deductions(), List.copyOf(ledger.journal()),
          ledger.lastPostingNumber());
    }
  }

  /** Interprets steps as ledger operations; out-of-range choices produce operations the ledger must refuse. */
  static final class Driver {
    final ReceivablesLedger ledger = ReceivablesLedger.create();
    final List<String> items = new ArrayList<>();
    final List<String> payments = new ArrayList<>();
    final List<Long> applications = new ArrayList<>();
    final List<String> deductions = new ArrayList<>();
    final Map<Operation, Integer> done = new EnumMap<>(Operation.class);
    final Map<LedgerException.Code, Integer> refused = new EnumMap<>(LedgerException.Code.class);
    int counter;
    int days;

    Driver() {
      for (String id : CUSTOMERS) {
        ledger.addCustomer(Customer.builder().id(id).name("Customer " + id)
            .currency(CURRENCIES.get(0)).build());
      }
    }

    LocalDate latestDate() {
      return START.plusDays(days + 1);
    }

    void run(Step s) {
      // Mostly forward in time; sometimes back-dated, which the ledger must refuse where it matters.
      days += s.d() % 3;
      LocalDate date = START.plusDays(s.d() % 10 == 0 ? days - 5 : days);
      CurrencyUnit currency = CURRENCIES.get(s.c() % 7 == 0 ? s.a() % CURRENCIES.size() : 0);
      Snapshot before = Snapshot.of(ledger);
      try {
        Posting posting = execute(s, date, currency);
        assertThat(posting.number()).isEqualTo(before.lastPosting() + 1);
        record(posting);
        done.merge(posting.operation(), 1, Integer::sum);
      } catch (LedgerException e) {
        refused.merge(e.code(), 1, Integer::sum);
        assertThat(Snapshot.of(ledger)).as("refused %s (%s) changed the ledger", s, e.getMessage()).isEqualTo(before);
      }
    }

    private Posting execute(Step s, LocalDate date, CurrencyUnit currency) {
      Money amount = Money.ofMinor(currency, 1 + s.c());
      switch (s.op()) {
        case 0: {
          ItemKind kind = ItemKind.values()[s.a() % 3];
          String number = "D" + (++counter);
          Money original = kind == ItemKind.CREDIT_MEMO ? amount.negated() : amount;
          return ledger.postItem(OpenItem.builder().documentNumber(s.b() % 13 == 0 && !items.isEmpty()
                  ? pick(items, s.b()) : number)
              .customerId(s.a() % 17 == 0 ? "NOBODY" : CUSTOMERS.get(s.b() % CUSTOMERS.size()))
              .kind(kind).documentDate(date).dueDate(date.plusDays(30)).originalAmount(original).build());
        }
        case 1: {
          Payment.Builder payment = Payment.builder()
              .bankReference(s.b() % 11 == 0 && !payments.isEmpty() ? pick(payments, s.b()) : "P" + (++counter))
              .amount(amount).valueDate(date);
          if (s.a() % 4 != 0) {
            payment.customerId(CUSTOMERS.get(s.b() % CUSTOMERS.size()));
          }
          return ledger.receivePayment(payment.build());
        }
        case 2: {
          String payment = pick(payments, s.a());
          String item = pick(items, s.b());
          CurrencyUnit itemCurrency = ledger.item(item).map(i -> i.open().currency()).orElse(currency);
          Money applied = Money.ofMinor(itemCurrency, s.c() % 3 == 0 ? 0 : s.c() / 3);
          Money discount = Money.ofMinor(itemCurrency, s.d() % 4 == 0 ? s.d() % 50 : 0);
          Money writeOff = Money.ofMinor(itemCurrency, s.d() % 5 == 0 ? s.d() % 7 : 0);
          return ledger.apply(payment, item, applied, discount, writeOff, date, "step");
        }
        case 3:
          return ledger.unapply(applications.isEmpty() ? 999_999 : applications.get(s.a() % applications.size()),
              date);
        case 4:
          return ledger.move(pick(payments, s.a()), CashBucket.values()[s.b() % 3],
              CashBucket.values()[(s.b() + 1 + s.d() % 2) % 3], paymentMoney(s), date);
        case 5:
          return ledger.refund(pick(payments, s.a()), CashBucket.values()[s.b() % 3], paymentMoney(s), date);
        case 6:
          return ledger.returnPayment(pick(payments, s.a()), date);
        case 7:
          return ledger.offsetCreditMemo(pick(items, s.a()), pick(items, s.b()), itemMoney(s), date);
        case 8:
          return ledger.writeOff(pick(items, s.a()), itemMoney(s), date, "bad debt");
        case 9:
          return ledger.createDeduction("X" + (s.b() % 9 == 0 && !deductions.isEmpty()
                  ? deductions.get(0).substring(1) : ++counter), pick(items, s.a()), itemMoney(s),
              DeductionReason.values()[s.b() % DeductionReason.values().length],
              s.d() % 2 == 0 && !payments.isEmpty() ? pick(payments, s.d()) : null, date, null);
        case 10: {
          String id = deductions.isEmpty() ? "none" : deductions.get(s.a() % deductions.size());
          DeductionStatus status = DeductionStatus.values()[s.b() % DeductionStatus.values().length];
          return status == DeductionStatus.IN_REVIEW || status == DeductionStatus.OPEN
              ? ledger.reviewDeduction(id, date) : ledger.resolveDeduction(id, status, date);
        }
        case 11:
          return ledger.identifyPayer(pick(payments, s.a()), s.b() % 9 == 0 ? "NOBODY"
              : CUSTOMERS.get(s.b() % CUSTOMERS.size()), date);
        default: {
          // Apply exactly what is possible, so that full settlements are common too.
          String payment = pick(payments, s.a());
          String item = pick(items, s.b());
          Optional<PaymentState> p = ledger.payment(payment);
          Optional<ItemState> i = ledger.item(item);
          if (p.isPresent() && i.isPresent() && i.get().open().currency().equals(p.get().unapplied().currency())) {
            long units = Math.min(p.get().unapplied().minorUnits(), Math.abs(i.get().open().minorUnits()));
            return ledger.apply(payment, item, Money.ofMinor(p.get().unapplied().currency(), units), date);
          }
          return ledger.apply(payment, item, amount, date);
        }
      }
    }

    private Money paymentMoney(Step s) {
      CurrencyUnit currency = ledger.payment(pick(payments, s.a())).map(p -> p.amount().currency())
          .orElse(CURRENCIES.get(0));
      return Money.ofMinor(currency, s.c() % 5 == 0 ? 0 : s.c() / 2);
    }

    private Money itemMoney(Step s) {
      CurrencyUnit currency = ledger.item(pick(items, s.a())).map(i -> i.open().currency())
          .orElse(CURRENCIES.get(0));
      return Money.ofMinor(currency, s.c() % 5 == 0 ? 0 : s.c() / 2);
    }

    private static String pick(List<String> from, int index) {
      return from.isEmpty() ? "missing" : from.get(index % from.size());
    }

    private void record(Posting posting) {
      switch (posting.operation()) {
        case POST_ITEM:
          posting.items().forEach(i -> items.add(i.documentNumber()));
          break;
        case RECEIVE_PAYMENT:
          posting.payments().forEach(p -> payments.add(p.bankReference()));
          break;
        case APPLY:
          applications.add(posting.application().id());
          break;
        case CREATE_DEDUCTION:
          deductions.add(posting.deduction().orElseThrow().id());
          break;
        default:
          break;
      }
    }
  }
}
