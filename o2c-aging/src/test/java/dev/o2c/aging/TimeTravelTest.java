package dev.o2c.aging;

import static dev.o2c.aging.TestBooks.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerException;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.ledger.WriteOffBadDebt;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.ArWorld;
import dev.o2c.testkit.ArWorldConfig;
import dev.o2c.testkit.ArWorldGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Time travel: aging as of a past day from the ledger's history equals the aging of a ledger that only
 * ever saw the commands dated up to that day (brute force: replay them into a fresh ledger and read its
 * current state). Payments applied later are not deducted; items posted later are not there.
 */
class TimeTravelTest {

  private static final int EXAMPLES = Math.max(20, Integer.getInteger("o2c.qt.examples", 2000) / 20);
  private static final CustomerId ACME = CustomerId.of("C-42");

  /**
   * Invoice 1000.00 of 03-01 due 03-31; payment 700.00 received 04-15, 600.00 of it applied 04-15;
   * credit memo -50.00 of 04-20.
   * <pre>
   * as of 02-28: nothing posted yet                      -> no row
   * as of 04-10: invoice open 1000.00, age 10 -> 1-30    -> [0, 1000.00, 0...], no cash
   * as of 04-20: invoice open 1000 - 600 = 400.00, age 20 -> 1-30; memo -50.00 age 0 -> current (credit);
   *              unapplied 700 - 600 = 100.00; net of cash 400 - 50 - 100 = 250.00
   * as of 05-05: invoice age 35 -> 31-60 400.00; memo age 15 -> 1-30 -50.00
   * </pre>
   */
  @Test
  void test_workedExample_paymentsAppliedLaterAreNotDeducted() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.of(LocalDate.of(2026, 3, 1),
        Customer.builder().id(ACME).name("Acme GmbH").currency(EUR).build()));
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("INV-1")).customerId(ACME)
        .kind(ItemKind.INVOICE).documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
        .originalAmount(Money.of("EUR", "1000.00")).build()));
    Payment payment = Payment.builder().bankReference(BankReference.of("B-1")).amount(Money.of("EUR", "700.00"))
        .valueDate(LocalDate.of(2026, 4, 15)).customerId(ACME).build();
    ledger.post(ReceivePayment.of(payment));
    ledger.post(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-1"), Money.of("EUR", "600.00"),
        LocalDate.of(2026, 4, 15)));
    ledger.post(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("CM-1")).customerId(ACME)
        .kind(ItemKind.CREDIT_MEMO).documentDate(LocalDate.of(2026, 4, 20)).dueDate(LocalDate.of(2026, 4, 20))
        .originalAmount(Money.of("EUR", "-50.00")).build()));
    Aging aging = Aging.standard();

    assertThat(aging.ofLedger(ledger, LocalDate.of(2026, 2, 28)).rows()).isEmpty();

    AgingRow<CustomerId> april10 = aging.ofLedger(ledger, LocalDate.of(2026, 4, 10)).row(ACME, EUR).orElseThrow();
    assertThat(april10.net(1)).isEqualTo(Money.of("EUR", "1000.00"));
    assertThat(april10.unappliedCash()).isEqualTo(Money.of("EUR", "0.00"));

    AgingRow<CustomerId> april20 = aging.ofLedger(ledger, LocalDate.of(2026, 4, 20)).row(ACME, EUR).orElseThrow();
    assertThat(april20.net()).containsExactly(Money.of("EUR", "-50.00"), Money.of("EUR", "400.00"),
        Money.of("EUR", "0.00"), Money.of("EUR", "0.00"), Money.of("EUR", "0.00"), Money.of("EUR", "0.00"));
    assertThat(april20.credits(0)).isEqualTo(Money.of("EUR", "-50.00"));
    assertThat(april20.unappliedCash()).isEqualTo(Money.of("EUR", "100.00"));
    assertThat(april20.netOfCash()).isEqualTo(Money.of("EUR", "250.00"));

    AgingRow<CustomerId> may5 = aging.ofLedger(ledger, LocalDate.of(2026, 5, 5)).row(ACME, EUR).orElseThrow();
    assertThat(may5.net(2)).isEqualTo(Money.of("EUR", "400.00"));
    assertThat(may5.net(1)).isEqualTo(Money.of("EUR", "-50.00"));
  }

  /**
   * Random worlds from o2c-testkit, settled by their truth or not, then random later commands (partial
   * applications with a payer override, unapplications, bad-debt write-offs, credit-memo offsets, new
   * items and payments; the ledger refuses some, which is fine). For days across the whole history,
   * the aging from the ledger's history equals the brute force, both as reports and cell by cell
   * against the brute-force bucket labels.
   */
  @Test
  void test_agingAsOfPastDay_equalsReplayOfCommandsUpToThatDay() {
    int[] differFromNow = new int[2];
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, steps) -> {
      SplittableRandom random = new SplittableRandom(seed);
      ArWorld world = ArWorldGenerator.of(ArWorldConfig.builder().customers(1 + random.nextInt(4))
          .payments(random.nextInt(8)).maxItemsPerCustomer(5).historyDays(60).build()).next(seed);
      ReceivablesLedger ledger = ReceivablesLedger.create();
      world.postTo(ledger);
      if (random.nextBoolean()) {
        world.applyTruthTo(ledger);
      }
      LocalDate last = laterCommands(ledger, world.asOf(), steps, random);
      List<LedgerCommand> accepted = new ArrayList<>();
      ledger.log().read(1, entry -> accepted.add(entry.command()));
      LocalDate first = accepted.get(0).date();
      long span = first.until(last, java.time.temporal.ChronoUnit.DAYS);
      Aging aging = random.nextBoolean() ? Aging.standard()
          : Aging.of(AgingBasis.DOCUMENT_DATE, AgingBuckets.sinceDocument(10, 20, 45));
      for (int k = 0; k < 4; k++) {
        LocalDate day = first.plusDays(random.nextLong(-3, span + 4));
        AgingReport<CustomerId> fromHistory = aging.ofLedger(ledger, day);
        ReceivablesLedger replayed = ReceivablesLedger.create();
        accepted.stream().filter(c -> !c.date().isAfter(day)).forEach(replayed::post);
        assertThat(fromHistory).as("as of %s", day).isEqualTo(bruteForce(aging, replayed, day));
        differFromNow[0]++;
        if (!fromHistory.equals(bruteForce(aging, ledger, day))) {
          differFromNow[1]++; // the past differs from today's book aged on that day: history mattered
        }
        List<OpenItem> open = new ArrayList<>();
        replayed.customers().forEach(c -> open.addAll(replayed.now().openItems(c.id())));
        assertThat(TestBooks.cells(fromHistory)).isEqualTo(TestBooks.bruteForce(open, day, aging.basis(),
            aging.buckets().boundaries()));
      }
    });
    // Most checked days must be ones where reading today's book would have been wrong, or the property proves little.
    assertThat(differFromNow[1]).as("days where history differs from now, of %s", differFromNow[0])
        .isGreaterThan(differFromNow[0] / 2);
  }

  /** The aging of a ledger's current state, with its current held cash. */
  private static AgingReport<CustomerId> bruteForce(Aging aging, ReceivablesLedger ledger, LocalDate day) {
    AgingReport.Builder<CustomerId> builder = AgingReport.builder(day, aging.basis(), aging.buckets());
    LedgerView now = ledger.now();
    for (Customer customer : ledger.customers()) {
      for (OpenItem item : now.openItems(customer.id())) {
        builder.addItem(customer.id(), item.openAmount(), aging.bucketOf(item, day));
      }
      now.unappliedCash(customer.id()).amounts().stream().filter(m -> !m.isZero())
          .forEach(m -> builder.addUnappliedCash(customer.id(), m));
      now.onAccount(customer.id()).amounts().stream().filter(m -> !m.isZero())
          .forEach(m -> builder.addOnAccount(customer.id(), m));
    }
    return builder.build();
  }

  /** Posts random commands on increasing days after {@code start}; returns the last day used. */
  private static LocalDate laterCommands(ReceivablesLedger ledger, LocalDate start, int steps, SplittableRandom random) {
    LocalDate day = start;
    List<ApplicationId> applications = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      day = day.plusDays(random.nextInt(6));
      List<ItemState> open = ledger.items().stream().filter(i -> !i.open().isZero()).toList();
      List<PaymentState> held = ledger.payments().stream()
          .filter(p -> !p.unapplied().isZero() && p.payment().customerId().isPresent()).toList();
      List<Customer> customers = ledger.customers();
      LedgerCommand command = null;
      switch (random.nextInt(6)) {
        case 0:
          if (!open.isEmpty() && !held.isEmpty()) {
            ItemState item = open.get(random.nextInt(open.size()));
            PaymentState payment = held.get(random.nextInt(held.size()));
            long most = Math.min(Math.abs(item.open().minorUnits()), payment.unapplied().minorUnits());
            command = ApplyPayment.builder().payment(payment.id()).item(item.documentNumber())
                .applied(Money.ofMinor(item.open().currency(), 1 + random.nextLong(most)))
                .date(day).payerOverride("test: any payer").build();
          }
          break;
        case 1:
          if (!applications.isEmpty()) {
            command = Unapply.of(applications.get(random.nextInt(applications.size())), day);
          }
          break;
        case 2:
          if (!open.isEmpty()) {
            ItemState item = open.get(random.nextInt(open.size()));
            long most = Math.abs(item.open().minorUnits());
            command = WriteOffBadDebt.of(item.documentNumber(), Money.ofMinor(item.open().currency(),
                1 + random.nextLong(most)), day);
          }
          break;
        case 3: {
          List<ItemState> memos = open.stream().filter(i -> i.open().isNegative()).toList();
          List<ItemState> invoices = open.stream().filter(i -> i.open().isPositive()).toList();
          if (!memos.isEmpty() && !invoices.isEmpty()) {
            ItemState memo = memos.get(random.nextInt(memos.size()));
            ItemState invoice = invoices.get(random.nextInt(invoices.size()));
            long most = Math.min(-memo.open().minorUnits(), invoice.open().minorUnits());
            command = OffsetCreditMemo.of(memo.documentNumber(), invoice.documentNumber(),
                Money.ofMinor(invoice.open().currency(), 1 + random.nextLong(most)), day);
          }
          break;
        }
        case 4: {
          Customer customer = customers.get(random.nextInt(customers.size()));
          boolean memo = random.nextInt(5) == 0;
          long amount = (1 + random.nextLong(100_000)) * (memo ? -1 : 1);
          command = PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("L-" + s))
              .customerId(customer.id()).kind(memo ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE).documentDate(day)
              .dueDate(day.plusDays(random.nextInt(45))).originalAmount(Money.ofMinor(customer.currency(), amount))
              .build());
          break;
        }
        default: {
          Customer customer = customers.get(random.nextInt(customers.size()));
          CurrencyUnit currency = customer.currency();
          command = ReceivePayment.of(Payment.builder().bankReference(BankReference.of("LP-" + s))
              .amount(Money.ofMinor(currency, 1 + random.nextLong(100_000))).valueDate(day)
              .customerId(customer.id()).build());
          if (random.nextInt(4) == 0) {
            // sometimes onto the customer's account instead of unapplied
            try {
              Posting received = ledger.post(command);
              PaymentState state = received.payments().get(0);
              command = dev.o2c.core.ledger.MoveCash.of(state.id(), CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT,
                  state.unapplied(), day);
            } catch (LedgerException refused) {
              command = null;
            }
          }
        }
      }
      if (command != null) {
        try {
          Posting posting = ledger.post(command);
          posting.applications().forEach(a -> applications.add(a.id()));
        } catch (LedgerException refused) {
          // a command the ledger refuses changes nothing; the history is what was accepted
        }
      }
    }
    return day;
  }
}
