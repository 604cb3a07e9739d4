package dev.o2c.aging.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of the dunning run on seeded random books, histories, disputes, promises, credit and policies. */
class DunningPropertiesTest {

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"));
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

  private static QuickTheory qt0() {
    return qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000));
  }

  /** A random book with random history, disputes, promises, credit and blocks, and a random policy. */
  private record World(DunningInput input, LevelDunningPolicy policy, List<CustomerId> customers) {}

  private static World world(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LevelDunningPolicy policy = policy(r);
    List<CustomerId> customers = new ArrayList<>();
    int customerCount = r.nextInt(1, 5);
    for (int c = 0; c < customerCount; c++) {
      customers.add(CustomerId.of("C-" + c));
    }
    List<OpenItem> items = new ArrayList<>();
    DunningInput.Builder input = DunningInput.builder();
    List<DunningNotice> history = new ArrayList<>();
    List<PromiseToPay> promises = new ArrayList<>();
    int itemCount = r.nextInt(0, 12);
    for (int i = 0; i < itemCount; i++) {
      CustomerId customer = customers.get(r.nextInt(customers.size()));
      CurrencyUnit currency = CURRENCIES.get(r.nextInt(r.nextBoolean() ? 1 : CURRENCIES.size()));
      boolean credit = r.nextInt(8) == 0;
      long original = r.nextLong(1, 500_000);
      long open = r.nextInt(4) == 0 ? r.nextLong(0, original + 1) : original;
      LocalDate due = AS_OF.plusDays(r.nextInt(-120, 30));
      ItemKind kind = credit ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE;
      int sign = credit ? -1 : 1;
      OpenItem item = OpenItem.builder().documentNumber(DocumentNumber.of("I-" + i)).customerId(customer).kind(kind)
          .documentDate(due.minusDays(30)).dueDate(due).originalAmount(Money.ofMinor(currency, sign * original))
          .openAmount(Money.ofMinor(currency, sign * open)).build();
      items.add(item);
      if (!credit && open > 0) {
        if (r.nextInt(5) == 0) {
          input.disputedAmount(item.documentNumber(), Money.ofMinor(currency, r.nextLong(0, open + 1)));
        }
        if (r.nextInt(3) == 0) {
          int level = r.nextInt(1, policy.levels().size() + 1);
          history.add(new DunningNotice(customer, item.documentNumber(), level, AS_OF.minusDays(r.nextInt(0, 60)),
              Money.ofMinor(currency, r.nextLong(1, original + 1))));
        }
        if (r.nextInt(8) == 0) {
          promises.add(PromiseToPay.builder().id(PromiseId.of("P-" + i)).customerId(customer)
              .addDocumentNumbers(item.documentNumber())
              .addPayments(PromisedPayment.of(AS_OF.plusDays(r.nextInt(-5, 20)), Money.ofMinor(currency, open)))
              .madeOn(AS_OF.minusDays(10)).status(r.nextBoolean() ? PromiseStatus.OPEN : PromiseStatus.BROKEN).build());
        }
      }
    }
    for (CustomerId customer : customers) {
      if (r.nextInt(5) == 0) {
        promises.add(PromiseToPay.builder().id(PromiseId.of("PB-" + customer)).customerId(customer)
            .addPayments(PromisedPayment.of(AS_OF.plusDays(5), Money.ofMinor(CURRENCIES.get(0), r.nextLong(1, 500_000))))
            .madeOn(AS_OF.minusDays(3)).build());
      }
      if (r.nextInt(5) == 0) {
        input.credit(customer, MoneyTotals.of(Money.ofMinor(CURRENCIES.get(0), r.nextLong(0, 500_000))));
      }
    }
    if (r.nextInt(6) == 0) {
      input.blockedCustomers(List.of(customers.get(0)));
    }
    return new World(input.openItems(items).history(history).promises(promises).build(), policy, customers);
  }

  /**
   * Fee amounts in some of the currencies, usually all (an item in a currency left out is not dunned at
   * that level), each with up to three decimals, rounded down to the currency's minor unit.
   */
  private static MonetaryAmount[] amounts(SplittableRandom r) {
    List<MonetaryAmount> amounts = new ArrayList<>();
    for (CurrencyUnit currency : CURRENCIES) {
      if (amounts.isEmpty() || r.nextInt(5) > 0) {
        amounts.add(org.javamoney.moneta.Money.of(BigDecimal.valueOf(r.nextLong(0, 5000), r.nextInt(0, 4)), currency));
      }
    }
    return amounts.toArray(MonetaryAmount[]::new);
  }

  private static LevelDunningPolicy policy(SplittableRandom r) {
    LevelDunningPolicy.Builder b = LevelDunningPolicy.builder();
    int threshold = r.nextInt(-10, 10);
    int levels = r.nextInt(1, 5);
    for (int i = 0; i < levels; i++) {
      DunningFee fee = switch (r.nextInt(4)) {
        case 0 -> DunningFee.NONE;
        case 1 -> DunningFee.fixed(amounts(r));
        case 2 -> DunningFee.percentage(BigDecimal.valueOf(r.nextLong(0, 1000), 2));
        default -> DunningFee.percentage(BigDecimal.valueOf(r.nextLong(0, 1000), 2), amounts(r));
      };
      b.level(threshold, fee, "level-" + (i + 1), r.nextInt(0, 15));
      threshold += r.nextInt(1, 30);
    }
    b.minDaysBetweenNotices(r.nextInt(1, 21)).graceDays(r.nextInt(0, 5)).stepByStep(r.nextBoolean())
        .grouping(r.nextBoolean() ? DunningGrouping.PER_CUSTOMER : DunningGrouping.PER_ITEM);
    if (r.nextBoolean()) {
      b.minimumItemAmount(Money.ofMinor(CURRENCIES.get(0), r.nextLong(0, 50_000)));
    }
    if (r.nextBoolean()) {
      b.minimumCustomerAmount(Money.ofMinor(CURRENCIES.get(0), r.nextLong(0, 100_000)));
    }
    if (r.nextBoolean()) {
      b.interest((item, dunned, asOf) -> dunned.multipliedBy(new BigDecimal("0.0123"), RoundingMode.HALF_UP));
    }
    return b.build();
  }

  private static DunningInput withHistory(DunningInput input, List<DunningNotice> more) {
    DunningInput.Builder b = DunningInput.builder().openItems(input.openItems()).promises(input.promises())
        .disputedAmounts(input.disputedAmounts()).blockedCustomers(input.blockedCustomers());
    input.openItems().forEach(i -> b.credit(i.customerId(), input.credit(i.customerId())));
    List<DunningNotice> history = new ArrayList<>(input.history());
    history.addAll(more);
    return b.history(history).build();
  }

  @Test
  void test_evaluationIsIdempotent_forAFixedDay_givenItsOwnRecordedNotices() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      World w = world(seed);
      DunningResult first = DunningRun.evaluate(w.input(), w.policy(), AS_OF);
      assertThat(DunningRun.evaluate(w.input(), w.policy(), AS_OF)).isEqualTo(first);  // pure: same input, same answer
      DunningInput recorded = withHistory(w.input(), first.notices());
      assertThat(DunningRun.evaluate(recorded, w.policy(), AS_OF).proposals()).isEmpty();
      // and no item is dunned again within the interval after it
      Set<DocumentNumber> dunned = new HashSet<>();
      first.notices().forEach(n -> dunned.add(n.item()));
      for (int d = 1; d < w.policy().minDaysBetweenNotices(); d++) {
        DunningResult later = DunningRun.evaluate(recorded, w.policy(), AS_OF.plusDays(d));
        assertThat(later.notices()).noneMatch(n -> dunned.contains(n.item()));
      }
    });
  }

  @Test
  void test_dailyRuns_neverEscalateTwiceWithinTheInterval_levelsOnlyClimb() {
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000) / 10).forAll(longs().all()).checkAssert(seed -> {
      World w = world(seed);
      List<DunningNotice> sent = new ArrayList<>();
      for (int day = 0; day < 90; day++) {
        DunningResult run = DunningRun.evaluate(withHistory(w.input(), sent), w.policy(), AS_OF.plusDays(day));
        sent.addAll(run.notices());
      }
      Map<DocumentNumber, DunningNotice> last = new HashMap<>();
      w.input().history().forEach(n -> last.merge(n.item(), n, (a, b) -> a.date().isAfter(b.date()) ? a : b));
      for (DunningNotice notice : sent) {
        DunningNotice before = last.get(notice.item());
        if (before != null) {
          assertThat(notice.date()).isAfterOrEqualTo(before.date().plusDays(w.policy().minDaysBetweenNotices()));
          assertThat(notice.level()).isGreaterThan(before.level());
        }
        last.put(notice.item(), notice);
      }
    });
  }

  @Test
  void test_aCustomerWithEveryItemDisputedOrPromised_getsNoNotice() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      World w = world(seed);
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      CustomerId chosen = w.customers().get(r.nextInt(w.customers().size()));
      DunningInput.Builder b = DunningInput.builder().openItems(w.input().openItems()).history(w.input().history());
      List<PromiseToPay> promises = new ArrayList<>();
      for (OpenItem item : w.input().openItems()) {
        if (!item.customerId().equals(chosen) || item.kind() == ItemKind.CREDIT_MEMO || item.isCleared()) {
          continue;
        }
        if (r.nextBoolean()) {
          b.disputedAmount(item.documentNumber(), item.openAmount());
        } else {
          promises.add(PromiseToPay.builder().id(PromiseId.of("P-" + item.documentNumber())).customerId(chosen)
              .addDocumentNumbers(item.documentNumber()).addPayments(PromisedPayment.of(AS_OF, item.openAmount()))
              .madeOn(AS_OF).build());
        }
      }
      DunningResult result = DunningRun.evaluate(b.promises(promises).build(), w.policy(), AS_OF);
      assertThat(result.proposals(chosen)).isEmpty();
      assertThat(result.skipped(chosen)).allMatch(s -> s.reason() == SkipReason.DISPUTED
          || s.reason() == SkipReason.PROMISED || s.reason() == SkipReason.CREDIT_MEMO);
    });
  }

  @Test
  void test_feesNeverExceedCaps_totalsAreTheSumOfTheLines_everyItemIsDunnedOrSkippedOnce() {
    qt0().forAll(longs().all()).checkAssert(seed -> {
      World w = world(seed);
      DunningResult result = DunningRun.evaluate(w.input(), w.policy(), AS_OF);
      List<String> seen = new ArrayList<>();
      for (DunningProposal proposal : result.proposals()) {
        MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
        for (DunningLine line : proposal.lines()) {
          seen.add(line.item().documentNumber().toString());
          Money fee = line.fee();
          assertThat(fee.isNegative()).isFalse();
          assertThat(line.level().fee().covers(fee.currency())).isTrue();
          line.level().fee().maximum(fee.currency()).ifPresent(max -> assertThat(fee).isLessThanOrEqualTo(max));
          assertThat(line.dunnedAmount().plus(line.disputedAmount())).isEqualTo(line.openAmount());
          assertThat(line.dunnedAmount().isPositive()).isTrue();
          sum.add(line.dunnedAmount()).add(line.fee()).add(line.interest());
          assertThat(line.level().number()).isLessThanOrEqualTo(proposal.level().number());
        }
        assertThat(proposal.totals()).isEqualTo(sum.total());
        assertThat(proposal.dunnedAmounts().plus(proposal.fees()).plus(proposal.interest())).isEqualTo(proposal.totals());
        for (CurrencyUnit currency : proposal.currencies()) {
          assertThat(ReminderLetter.of(proposal, LetterParty.of("Us"), LetterParty.of("Them")).totals().get(currency))
              .isEqualTo(proposal.totalDue(currency));
        }
      }
      result.skipped().forEach(s -> seen.add(s.item().documentNumber().toString()));
      List<String> open = w.input().openItems().stream().filter(i -> !i.isCleared())
          .map(i -> i.documentNumber().toString()).toList();
      assertThat(seen).containsExactlyInAnyOrderElementsOf(open);
    });
  }
}
