package dev.o2c.aging.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Worked examples of the dunning run: levels, fees and caps, grace, pre-due reminders, minimums, each block, history. */
class DunningRunTest {

  static final CustomerId C1 = CustomerId.of("C-1");
  static final CustomerId C2 = CustomerId.of("C-2");
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);

  /** Pre-due at -3, reminder at 7, second at 21 (EUR 5.00), final at 35 (2 % max EUR 25.00); 14 days between notices. */
  static final LevelDunningPolicy POLICY = LevelDunningPolicy.builder()
      .level(-3, DunningFee.NONE, "pre-due", 3)
      .level(7, DunningFee.NONE, "reminder", 10)
      .level(21, DunningFee.fixed(Money.of("EUR", "5.00")), "second-reminder", 10)
      .level(35, DunningFee.parse("2% max EUR 25.00"), "final-demand", 7)
      .build();

  static OpenItem invoice(String number, CustomerId customer, LocalDate due, String amount) {
    return item(number, customer, ItemKind.INVOICE, due, Money.of("EUR", amount), Money.of("EUR", amount));
  }

  static OpenItem item(String number, CustomerId customer, ItemKind kind, LocalDate due, Money amount, Money open) {
    return OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(customer).kind(kind)
        .documentDate(due.minusDays(30)).dueDate(due).originalAmount(amount).openAmount(open).build();
  }

  static Map<String, SkippedItem> skippedByItem(DunningResult result) {
    return result.skipped().stream().collect(Collectors.toMap(s -> s.item().documentNumber().toString(), s -> s));
  }

  static Map<String, DunningLine> linesByItem(DunningResult result) {
    return result.proposals().stream().flatMap(p -> p.lines().stream())
        .collect(Collectors.toMap(l -> l.item().documentNumber().toString(), l -> l));
  }

  static DunningNotice notice(String item, CustomerId customer, int level, LocalDate date, String amount) {
    return new DunningNotice(customer, DocumentNumber.of(item), level, date, Money.of("EUR", amount));
  }

  @Test
  void test_levels_byDaysOverdue_stepByStep_andPreDue() {
    List<OpenItem> items = List.of(
        invoice("A", C1, AS_OF.minusDays(7), "100.00"),   // 7 days overdue: reminder (level 2)
        invoice("B", C1, AS_OF.plusDays(2), "200.00"),    // due in 2 days: pre-due (level 1)
        invoice("C", C1, AS_OF.minusDays(5), "300.00"),   // 5 days overdue: past the pre-due window, not yet level 2
        invoice("D", C1, AS_OF.minusDays(60), "800.00")); // 60 days, never dunned: step by step gives level 2

    DunningResult result = DunningRun.evaluate(DunningInput.of(items), POLICY, AS_OF);

    assertThat(result.proposals()).hasSize(1);
    DunningProposal proposal = result.proposals().get(0);
    assertThat(proposal.lines()).extracting(l -> l.item().documentNumber().toString(), l -> l.level().number())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("D", 2), org.assertj.core.groups.Tuple.tuple("A", 2),
            org.assertj.core.groups.Tuple.tuple("B", 1));  // oldest due first
    assertThat(proposal.level().number()).isEqualTo(2);
    assertThat(proposal.textKey()).isEqualTo("reminder");
    assertThat(proposal.payBy()).isEqualTo(AS_OF.plusDays(10));
    assertThat(linesByItem(result).get("B").daysOverdue()).isEqualTo(-2);
    SkippedItem c = skippedByItem(result).get("C");
    assertThat(c.reason()).isEqualTo(SkipReason.NOT_DUE);
    assertThat(c.detail()).isEqualTo("5 days overdue; first dunned from 2026-05-02");

    // Jumping to the highest level reached instead: D goes straight to the final demand.
    DunningResult jump = DunningRun.evaluate(DunningInput.of(items), POLICY.toBuilder().stepByStep(false).build(), AS_OF);
    assertThat(linesByItem(jump).get("D").level().textKey()).isEqualTo("final-demand");
    assertThat(jump.proposals().get(0).textKey()).isEqualTo("final-demand");
  }

  @Test
  void test_fees_fixedAndPercentage_withCap_inTheItemsCurrency() {
    DunningPolicy finalOnly = POLICY.toBuilder().stepByStep(false).build();
    OpenItem small = invoice("S", C1, AS_OF.minusDays(40), "800.00");
    OpenItem big = invoice("B", C1, AS_OF.minusDays(40), "3000.00");
    OpenItem second = invoice("T", C1, AS_OF.minusDays(25), "100.00");
    OpenItem yen = item("Y", C1, ItemKind.INVOICE, AS_OF.minusDays(25), Money.of("JPY", "12345"), Money.of("JPY", "12345"));

    Map<String, DunningLine> lines = linesByItem(DunningRun.evaluate(DunningInput.of(List.of(small, big, second, yen)),
        finalOnly, AS_OF));

    assertThat(lines.get("S").fee()).isEqualTo(Money.of("EUR", "16.00"));  // 2 % of 800.00
    assertThat(lines.get("B").fee()).isEqualTo(Money.of("EUR", "25.00"));  // 2 % of 3000.00 = 60.00, capped
    assertThat(lines.get("T").fee()).isEqualTo(Money.of("EUR", "5.00"));   // fixed
    // the fee names no yen amount: the yen item is not dunned at the final demand rather than charged JPY 5
    assertThat(lines).doesNotContainKey("Y");
    assertThat(DunningRun.evaluate(DunningInput.of(List.of(yen)), finalOnly, AS_OF).skipped()).singleElement()
        .satisfies(s -> {
          assertThat(s.reason()).isEqualTo(SkipReason.FEE_NOT_IN_CURRENCY);
          assertThat(s.detail()).isEqualTo("level 3's fee EUR 5.00 names no amount in JPY");
        });
    assertThat(lines.get("S").total()).isEqualTo(Money.of("EUR", "816.00"));
    // 2 % of 0.25 = 0.005 -> 0.01 half-up; a cap with too many decimals is rounded down: 25.999 -> JPY 25
    assertThat(DunningFee.parse("2%").on(Money.of("EUR", "0.25"))).isEqualTo(Money.of("EUR", "0.01"));
    assertThat(DunningFee.percentage(BigDecimal.TEN, org.javamoney.moneta.Money.of(new BigDecimal("25.999"), "JPY"))
        .on(Money.of("JPY", "1000")))
        .isEqualTo(Money.of("JPY", "25"));
    assertThat(DunningFee.parse(" 2 % MAX eur 25.00 ")).isEqualTo(DunningFee.percentage(new BigDecimal("2"),
        Money.of("EUR", "25.00")));
    assertThat(DunningFee.parse("2% max EUR 25.00").toString()).isEqualTo("2% max EUR 25.00");
    assertThat(DunningFee.parse("none")).isEqualTo(DunningFee.NONE);
    assertThatThrownBy(() -> DunningFee.parse("five euros")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fee \"five euros\"");
  }

  @Test
  void test_fees_perCurrency_areReadWrittenAndCheckedAsAmountsOfMoney() {
    DunningFee fixed = DunningFee.parse("jpy 700 / EUR 5.00 / KWD 1.500");
    assertThat(fixed.toString()).isEqualTo("EUR 5.00 / JPY 700 / KWD 1.500");       // by currency code
    assertThat(DunningFee.parse(fixed.toString())).isEqualTo(fixed);
    assertThat(fixed.on(Money.of("JPY", "80000"))).isEqualTo(Money.of("JPY", "700"));
    assertThat(fixed.on(Money.of("KWD", "120.000"))).isEqualTo(Money.of("KWD", "1.500"));
    assertThat(fixed.covers(Monetary.getCurrency("USD"))).isFalse();
    assertThat(fixed.maximum(Monetary.getCurrency("EUR"))).contains(Money.of("EUR", "5.00"));
    assertThat(fixed.maximum(Monetary.getCurrency("USD"))).isEmpty();
    assertThatThrownBy(() -> fixed.on(Money.of("USD", "10.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fee EUR 5.00 / JPY 700 / KWD 1.500 names no amount in USD");
    // no fee and an uncapped percentage are charged in any currency
    assertThat(DunningFee.NONE.covers(Monetary.getCurrency("USD"))).isTrue();
    assertThat(DunningFee.parse("1.5%").on(Money.of("USD", "1000.00"))).isEqualTo(Money.of("USD", "15.00"));
    // an amount without its currency is refused, saying how to write it
    assertThatThrownBy(() -> DunningFee.parse("5.00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fee \"5.00\": the amount 5.00 names no currency: write it as EUR 5.00 (several as EUR 5.00 / JPY 700)");
    assertThatThrownBy(() -> DunningFee.parse("2% max 25")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the amount 25 names no currency");
    assertThatThrownBy(() -> DunningFee.parse("EUR 5.00 / EUR 6.00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names EUR twice");
    assertThatThrownBy(() -> DunningFee.fixed()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give at least one amount");
    assertThatThrownBy(() -> DunningFee.fixed(Money.of("EUR", "-1.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed fee EUR -1.00 is negative");
  }

  @Test
  void test_standardPolicy_chargesNoFee_andWithFeesChargesThemInTheirCurrencies() {
    OpenItem euro = invoice("E", C1, AS_OF.minusDays(40), "800.00");
    OpenItem yen = item("Y", C2, ItemKind.INVOICE, AS_OF.minusDays(40), Money.of("JPY", "90000"), Money.of("JPY", "90000"));
    DunningPolicy standard = DunningPolicies.STANDARD.toBuilder().stepByStep(false).build();
    Map<String, DunningLine> plain = linesByItem(DunningRun.evaluate(DunningInput.of(List.of(euro, yen)), standard, AS_OF));
    assertThat(plain.get("E").fee()).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(plain.get("Y").fee()).isEqualTo(Money.of("JPY", "0"));
    DunningPolicy charged = DunningPolicies.withFees(DunningFee.parse("EUR 5.00"), DunningFee.parse("EUR 10.00 / JPY 1500"))
        .toBuilder().stepByStep(false).build();
    Map<String, DunningLine> lines = linesByItem(DunningRun.evaluate(DunningInput.of(List.of(euro, yen)), charged, AS_OF));
    assertThat(lines.get("E").fee()).isEqualTo(Money.of("EUR", "10.00"));
    assertThat(lines.get("Y").fee()).isEqualTo(Money.of("JPY", "1500"));
  }

  @Test
  void test_graceDays_delayPastDueLevels_notPreDueReminders() {
    DunningPolicy grace = POLICY.toBuilder().graceDays(3).build();
    OpenItem seven = invoice("A", C1, AS_OF.minusDays(7), "100.00");   // 7 < 7 + 3
    OpenItem ten = invoice("B", C1, AS_OF.minusDays(10), "100.00");    // 10 >= 7 + 3
    OpenItem preDue = invoice("P", C1, AS_OF.plusDays(3), "100.00");   // -3: the reminder is not delayed

    DunningResult result = DunningRun.evaluate(DunningInput.of(List.of(seven, ten, preDue)), grace, AS_OF);

    assertThat(linesByItem(result)).containsOnlyKeys("B", "P");
    assertThat(skippedByItem(result).get("A").detail()).isEqualTo("7 days overdue; first dunned from 2026-05-03");
    assertThat(grace.reachDate(grace.level(2).orElseThrow(), seven.dueDate())).isEqualTo(LocalDate.of(2026, 5, 3));
  }

  @Test
  void test_preDueReminder_thenTheFirstPastDueLevel_afterTheInterval() {
    OpenItem item = invoice("A", C1, LocalDate.of(2026, 4, 10), "500.00");
    DunningResult early = DunningRun.evaluate(DunningInput.of(List.of(item)), POLICY, LocalDate.of(2026, 4, 6));
    assertThat(early.proposals()).isEmpty();  // -4 days: before the pre-due window
    assertThat(early.nextEvaluation(C1)).contains(LocalDate.of(2026, 4, 7));

    DunningResult preDue = DunningRun.evaluate(DunningInput.of(List.of(item)), POLICY, LocalDate.of(2026, 4, 7));
    assertThat(preDue.proposals().get(0).textKey()).isEqualTo("pre-due");
    // next: level 2 reached on 04-17, but not before 14 days after 04-07
    assertThat(preDue.proposals().get(0).nextEvaluation()).contains(LocalDate.of(2026, 4, 21));

    DunningInput withHistory = DunningInput.builder().openItems(List.of(item)).history(preDue.notices()).build();
    DunningResult tooSoon = DunningRun.evaluate(withHistory, POLICY, LocalDate.of(2026, 4, 17));
    assertThat(skippedByItem(tooSoon).get("A").reason()).isEqualTo(SkipReason.TOO_SOON);
    assertThat(skippedByItem(tooSoon).get("A").detail())
        .isEqualTo("dunned at level 1 on 2026-04-07; not again before 2026-04-21");
    DunningResult reminder = DunningRun.evaluate(withHistory, POLICY, LocalDate.of(2026, 4, 21));
    assertThat(reminder.proposals().get(0).lines().get(0).level().textKey()).isEqualTo("reminder");
    assertThat(reminder.proposals().get(0).lines().get(0).previousLevel()).isEqualTo(1);
  }

  @Test
  void test_minimumAmounts_perItem_andPerCustomer_perCurrency() {
    DunningPolicy minimums = POLICY.toBuilder().minimumItemAmount(Money.of("EUR", "10.00"))
        .minimumCustomerAmount(Money.of("EUR", "50.00")).build();
    List<OpenItem> items = List.of(
        invoice("TINY", C1, AS_OF.minusDays(10), "9.99"),
        invoice("A", C1, AS_OF.minusDays(10), "20.00"),
        invoice("B", C1, AS_OF.minusDays(10), "20.00"),   // C-1: 40.00 < 50.00
        invoice("C", C2, AS_OF.minusDays(10), "20.00"),
        invoice("D", C2, AS_OF.minusDays(10), "40.00"),   // C-2: 60.00
        item("Y", C2, ItemKind.INVOICE, AS_OF.minusDays(10), Money.of("JPY", "5"), Money.of("JPY", "5"))); // no JPY minimum

    DunningResult result = DunningRun.evaluate(DunningInput.of(items), minimums, AS_OF);

    Map<String, SkippedItem> skipped = skippedByItem(result);
    assertThat(skipped.get("TINY").reason()).isEqualTo(SkipReason.BELOW_ITEM_MINIMUM);
    assertThat(skipped.get("TINY").detail()).isEqualTo("EUR 9.99 is below the minimum of EUR 10.00 per item");
    assertThat(skipped.get("A").reason()).isEqualTo(SkipReason.BELOW_CUSTOMER_MINIMUM);
    assertThat(skipped.get("B").detail()).isEqualTo("the customer's EUR 40.00 to dun is below the minimum of EUR 50.00 "
        + "per customer");
    assertThat(result.proposals(C1)).isEmpty();
    assertThat(linesByItem(result)).containsOnlyKeys("C", "D", "Y");
    DunningProposal c2 = result.proposals(C2).get(0);
    assertThat(c2.totals()).isEqualTo(MoneyTotals.of(Money.of("EUR", "60.00"), Money.of("JPY", "5")));
    assertThat(c2.totalDue(Monetary.getCurrency("EUR"))).isEqualTo(Money.of("EUR", "60.00"));
  }

  @Test
  void test_blockedCustomer_isNotDunned() {
    DunningInput input = DunningInput.builder().openItems(List.of(invoice("A", C1, AS_OF.minusDays(30), "100.00"),
        invoice("B", C2, AS_OF.minusDays(30), "100.00"))).blockedCustomers(List.of(C1)).build();
    DunningResult result = DunningRun.evaluate(input, POLICY, AS_OF);
    assertThat(result.proposals()).extracting(DunningProposal::customer).containsExactly(C2);
    assertThat(skippedByItem(result).get("A").reason()).isEqualTo(SkipReason.CUSTOMER_BLOCKED);
    assertThat(result.nextEvaluation(C1)).isEmpty();
  }

  @Test
  void test_disputes_wholeItemSkipped_partlyDisputedDunnedOnTheRest() {
    DunningInput input = DunningInput.builder()
        .openItems(List.of(invoice("A", C1, AS_OF.minusDays(30), "100.00"), invoice("B", C1, AS_OF.minusDays(30), "250.00")))
        .disputedAmount(DocumentNumber.of("A"), Money.of("EUR", "100.00"))
        .disputedAmount(DocumentNumber.of("B"), Money.of("EUR", "70.00"))
        .build();
    DunningResult result = DunningRun.evaluate(input, POLICY, AS_OF);
    assertThat(skippedByItem(result).get("A").reason()).isEqualTo(SkipReason.DISPUTED);
    DunningLine b = linesByItem(result).get("B");
    assertThat(b.openAmount()).isEqualTo(Money.of("EUR", "250.00"));
    assertThat(b.disputedAmount()).isEqualTo(Money.of("EUR", "70.00"));
    assertThat(b.dunnedAmount()).isEqualTo(Money.of("EUR", "180.00"));
    assertThat(result.notices()).containsExactly(notice("B", C1, 2, AS_OF, "180.00"));
    assertThatThrownBy(() -> DunningInput.builder().openItems(List.of(invoice("A", C1, AS_OF, "1.00")))
        .disputedAmount(DocumentNumber.of("A"), Money.of("USD", "1.00")).build())
        .hasMessage("disputed amount USD 1.00 on A is not in the item's currency EUR");
  }

  static PromiseToPay promise(String id, CustomerId customer, List<String> items, LocalDate by, String amount,
      PromiseStatus status) {
    return PromiseToPay.builder().id(PromiseId.of(id)).customerId(customer)
        .addAllDocumentNumbers(items.stream().map(DocumentNumber::of).toList())
        .addPayments(PromisedPayment.of(by, Money.of("EUR", amount))).madeOn(AS_OF.minusDays(5)).status(status).build();
  }

  @Test
  void test_brokenPromise_raisesTheItemOneLevel_evenWhereNoHigherLevelIsDueYet() {
    // A: 10 days overdue, never dunned: the reminder (level 2) is due; its promise was broken, so level 3.
    // B: dunned at level 2 twenty days ago, 25 days overdue: level 3 (21 days) is due; broken: level 4.
    // C: dunned at level 2 twenty days ago, 15 days overdue: no level due (AT_LEVEL) but broken: level 3.
    // D: like C without a promise: waits at its level.
    List<OpenItem> items = List.of(invoice("A", C1, AS_OF.minusDays(10), "100.00"),
        invoice("B", C1, AS_OF.minusDays(25), "200.00"), invoice("C", C1, AS_OF.minusDays(15), "300.00"),
        invoice("D", C1, AS_OF.minusDays(15), "400.00"));
    DunningInput input = DunningInput.builder().openItems(items)
        .history(List.of(notice("B", C1, 2, AS_OF.minusDays(20), "200.00"), notice("C", C1, 2, AS_OF.minusDays(20), "300.00"),
            notice("D", C1, 2, AS_OF.minusDays(20), "400.00")))
        .promises(List.of(promise("P-1", C1, List.of("A", "B", "C"), AS_OF.minusDays(2), "600.00", PromiseStatus.BROKEN)))
        .build();

    DunningResult result = DunningRun.evaluate(input, POLICY, AS_OF);

    Map<String, DunningLine> lines = linesByItem(result);
    assertThat(lines.get("A").level().number()).isEqualTo(3);
    assertThat(lines.get("B").level().number()).isEqualTo(4);
    assertThat(lines.get("C").level().number()).isEqualTo(3);
    assertThat(skippedByItem(result).get("D").reason()).isEqualTo(SkipReason.AT_LEVEL);
  }

  @Test
  void test_promises_namingTheItem_orCoveringTheBalance_pauseDunning_untilTheyLapse() {
    List<OpenItem> items = List.of(invoice("A", C1, AS_OF.minusDays(50), "100.00"),
        invoice("B", C1, AS_OF.minusDays(40), "80.00"), invoice("C", C1, AS_OF.minusDays(30), "60.00"),
        invoice("D", C2, AS_OF.minusDays(30), "60.00"), invoice("E", C2, AS_OF.minusDays(30), "70.00"));
    DunningInput input = DunningInput.builder().openItems(items).promises(List.of(
        promise("P-1", C1, List.of(), AS_OF.plusDays(10), "150.00", PromiseStatus.OPEN),  // covers A, not B (50 left)
        promise("P-2", C1, List.of("C"), AS_OF.plusDays(3), "60.00", PromiseStatus.OPEN),
        promise("P-3", C2, List.of("D"), AS_OF.plusDays(3), "60.00", PromiseStatus.BROKEN),
        promise("P-4", C2, List.of("E"), AS_OF.minusDays(1), "70.00", PromiseStatus.OPEN)))  // lapsed yesterday
        .build();

    DunningResult result = DunningRun.evaluate(input, POLICY, AS_OF);

    Map<String, SkippedItem> skipped = skippedByItem(result);
    assertThat(skipped.get("A").reason()).isEqualTo(SkipReason.PROMISED);
    assertThat(skipped.get("A").detail()).isEqualTo("promise P-1 of 2026-04-25 to pay EUR 150.00 by 2026-05-10 against "
        + "the balance covers it");
    assertThat(skipped.get("C").reason()).isEqualTo(SkipReason.PROMISED);
    assertThat(linesByItem(result)).containsOnlyKeys("B", "D", "E");
    // C-1 is looked at again the day after P-2 lapses
    assertThat(result.nextEvaluation(C1)).contains(AS_OF.plusDays(4));
  }

  @Test
  void test_credit_onAccountAndCreditMemos_coverTheOldestItems() {
    List<OpenItem> items = List.of(invoice("A", C1, AS_OF.minusDays(50), "100.00"),
        invoice("B", C1, AS_OF.minusDays(40), "80.00"), invoice("C", C1, AS_OF.minusDays(30), "60.00"),
        item("CM", C1, ItemKind.CREDIT_MEMO, AS_OF.minusDays(20), Money.of("EUR", "-50.00"), Money.of("EUR", "-50.00")));
    DunningInput input = DunningInput.builder().openItems(items)
        .credit(C1, MoneyTotals.of(Money.of("EUR", "140.00"))).build();   // 140 + 50 = 190: covers A and B

    DunningResult result = DunningRun.evaluate(input, POLICY, AS_OF);

    Map<String, SkippedItem> skipped = skippedByItem(result);
    assertThat(skipped.get("CM").reason()).isEqualTo(SkipReason.CREDIT_MEMO);
    assertThat(skipped.get("A").reason()).isEqualTo(SkipReason.COVERED_BY_CREDIT);
    assertThat(skipped.get("B").detail()).isEqualTo("covered by the customer's credit of EUR 190.00 (unapplied cash, "
        + "on account, credit memos)");
    assertThat(linesByItem(result)).containsOnlyKeys("C");
    assertThat(result.proposals().get(0).unusedCredit()).isEqualTo(MoneyTotals.of(Money.of("EUR", "10.00")));
  }

  @Test
  void test_history_intervalAndLevels_sameDayRunProposesNothingNew() {
    OpenItem item = invoice("A", C1, LocalDate.of(2026, 3, 1), "1000.00");
    DunningResult first = DunningRun.evaluate(DunningInput.of(List.of(item)), POLICY, LocalDate.of(2026, 3, 10));
    assertThat(first.notices()).containsExactly(notice("A", C1, 2, LocalDate.of(2026, 3, 10), "1000.00"));
    List<DunningNotice> history = new ArrayList<>(first.notices());

    DunningInput again = DunningInput.builder().openItems(List.of(item)).history(history).build();
    assertThat(DunningRun.evaluate(again, POLICY, LocalDate.of(2026, 3, 10)).proposals()).isEmpty();
    // 14 days later it is 23 days overdue: level 3 (second reminder)
    DunningResult second = DunningRun.evaluate(again, POLICY, LocalDate.of(2026, 3, 24));
    assertThat(second.notices()).containsExactly(notice("A", C1, 3, LocalDate.of(2026, 3, 24), "1000.00"));
    history.addAll(second.notices());
    // at level 3 and 30 days overdue: nothing more until level 4 from 04-05 (35 days)
    DunningInput atLevel = DunningInput.builder().openItems(List.of(item)).history(history).build();
    DunningResult waiting = DunningRun.evaluate(atLevel, POLICY, LocalDate.of(2026, 4, 3));
    assertThat(skippedByItem(waiting).get("A").reason()).isEqualTo(SkipReason.TOO_SOON);
    assertThat(waiting.nextEvaluation(C1)).contains(LocalDate.of(2026, 4, 7));
    DunningResult last = DunningRun.evaluate(atLevel, POLICY, LocalDate.of(2026, 4, 7));
    assertThat(last.proposals().get(0).lines().get(0).fee()).isEqualTo(Money.of("EUR", "20.00")); // 2 % of 1000
    history.addAll(last.notices());
    DunningResult done = DunningRun.evaluate(DunningInput.builder().openItems(List.of(item)).history(history).build(),
        POLICY, LocalDate.of(2026, 6, 1));
    assertThat(skippedByItem(done).get("A").reason()).isEqualTo(SkipReason.AT_LEVEL);
    assertThat(skippedByItem(done).get("A").detail()).isEqualTo("dunned at level 4 on 2026-04-07; no higher level");
    assertThat(done.nextEvaluation(C1)).isEmpty();
    // a notice dated after the run's day belongs to a later run and is not looked at
    assertThat(DunningRun.evaluate(atLevel, POLICY, LocalDate.of(2026, 3, 9)).notices())
        .containsExactly(notice("A", C1, 2, LocalDate.of(2026, 3, 9), "1000.00"));
  }

  @Test
  void test_partialPayment_keepsTheLevel_dunsTheNewOpenAmount_notEarlierThanTheInterval() {
    LocalDate due = LocalDate.of(2026, 3, 1);
    OpenItem paidDown = item("A", C1, ItemKind.INVOICE, due, Money.of("EUR", "1000.00"), Money.of("EUR", "400.00"));
    List<DunningNotice> history = List.of(notice("A", C1, 2, LocalDate.of(2026, 3, 10), "1000.00"));
    DunningInput input = DunningInput.builder().openItems(List.of(paidDown)).history(history).build();

    assertThat(skippedByItem(DunningRun.evaluate(input, POLICY, LocalDate.of(2026, 3, 23))).get("A").reason())
        .isEqualTo(SkipReason.TOO_SOON);
    DunningLine line = DunningRun.evaluate(input, POLICY, LocalDate.of(2026, 3, 24)).proposals().get(0).lines().get(0);
    assertThat(line.previousLevel()).isEqualTo(2);
    assertThat(line.level().number()).isEqualTo(3);
    assertThat(line.dunnedAmount()).isEqualTo(Money.of("EUR", "400.00"));
    assertThat(line.total()).isEqualTo(Money.of("EUR", "405.00"));
  }

  @Test
  void test_perItemGrouping_andInterestHook_andTotals() {
    DunningInterest onePercent = (item, dunned, asOf) -> dunned.multipliedBy(new BigDecimal("0.01"), RoundingMode.HALF_UP);
    DunningPolicy perItem = POLICY.toBuilder().grouping(DunningGrouping.PER_ITEM).interest(onePercent)
        .stepByStep(false).build();
    List<OpenItem> items = List.of(invoice("A", C1, AS_OF.minusDays(25), "123.45"),
        item("U", C1, ItemKind.INVOICE, AS_OF.minusDays(8), Money.of("USD", "10.00"), Money.of("USD", "10.00")));

    DunningResult result = DunningRun.evaluate(DunningInput.of(items), perItem, AS_OF);

    assertThat(result.proposals()).hasSize(2);
    DunningProposal a = result.proposals().get(0);
    DunningLine line = a.lines().get(0);
    assertThat(line.interest()).isEqualTo(Money.of("EUR", "1.23"));
    assertThat(line.total()).isEqualTo(Money.of("EUR", "129.68"));  // 123.45 + 5.00 + 1.23
    assertThat(a.totals()).isEqualTo(MoneyTotals.of(Money.of("EUR", "129.68")));
    assertThat(a.fees().plus(a.interest()).plus(a.dunnedAmounts())).isEqualTo(a.totals());
    assertThat(result.proposals().get(1).textKey()).isEqualTo("reminder");

    DunningPolicy badInterest = POLICY.toBuilder().interest((item, dunned, asOf) -> Money.of("USD", "1.00")).build();
    assertThatThrownBy(() -> DunningRun.evaluate(DunningInput.of(items.subList(0, 1)), badInterest, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interest USD 1.00 on A");
  }

  @Test
  void test_standardPolicy_andAHostsOwnPolicy_andValidation() {
    assertThat(DunningPolicies.STANDARD.levels()).extracting(DunningLevel::textKey)
        .containsExactly("reminder", "second-reminder", "final-demand");
    DunningPolicy mine = () -> List.of(new DunningLevel(1, 1, DunningFee.NONE, "only", 5));
    DunningResult result = DunningRun.evaluate(DunningInput.of(List.of(invoice("A", C1, AS_OF.minusDays(1), "1.00"))),
        mine, AS_OF);
    assertThat(result.proposals().get(0).payBy()).isEqualTo(AS_OF.plusDays(5));

    assertThatThrownBy(() -> LevelDunningPolicy.builder().level(10, DunningFee.NONE, "a", 1)
        .level(10, DunningFee.NONE, "b", 1).minDaysBetweenNotices(0).graceDays(-1).build())
        .hasMessage("dunning policy: level 2 threshold 10 days does not follow level 1's 10 days; minimum days between "
            + "notices 0 is below 1; grace days -1 are negative");
    assertThatThrownBy(() -> LevelDunningPolicy.builder().build()).hasMessage("dunning policy: no dunning levels");
  }
}
