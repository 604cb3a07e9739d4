package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import dev.o2c.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CashApplicationExamplesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final CustomerId ACME = CustomerId.of("C1");
  private static final CustomerId BETA = CustomerId.of("C2");
  private static final CustomerId GROUP = CustomerId.of("G1");
  /** Payments from this account identify Acme: short and over payments are applied only when the payer is known. */
  private static final String ACME_ACCOUNT = "DE89370400440532013000";

  private final List<Customer> customers = List.of(
      Customer.builder().id(GROUP).name("Group Holding").currency(Monetary.getCurrency("EUR"))
          .addBankAccounts("DE02100100100006820101").build(),
      Customer.builder().id(ACME).name("Acme GmbH").currency(Monetary.getCurrency("EUR"))
          .addBankAccounts("DE89370400440532013000").parentId(GROUP).build(),
      Customer.builder().id(BETA).name("Beta AG").currency(Monetary.getCurrency("EUR"))
          .addBankAccounts("DE75512108001245126199").build());
  private final List<OpenItem> items = new ArrayList<>();

  private OpenItem item(String number, CustomerId customer, String amount, int age, PaymentTerms terms) {
    Money money = Money.of("EUR", amount);
    OpenItem item = OpenItem.builder().documentNumber(DocumentNumber.of(number)).customerId(customer)
        .kind(money.isNegative() ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE).documentDate(DAY.minusDays(age))
        .dueDate(DAY.minusDays(age).plusDays(30)).originalAmount(money).terms(Optional.ofNullable(terms)).build();
    items.add(item);
    return item;
  }

  private static Payment payment(String ref, String amount, LocalDate valueDate, String account, Remittance remittance) {
    return Payment.builder().bankReference(BankReference.of(ref)).amount(Money.of("EUR", amount)).valueDate(valueDate)
        .payerAccount(Optional.ofNullable(account)).remittance(remittance).build();
  }

  /** A payment from Acme's account with the amount details its bank reports. */
  private static Payment reported(String ref, String amount, String text, Money instructed, Money... charges) {
    return Payment.builder().bankReference(BankReference.of(ref)).amount(Money.of("EUR", amount)).valueDate(DAY)
        .payerAccount(ACME_ACCOUNT).remittance(Remittance.ofText(text)).instructedAmount(instructed)
        .addCharges(charges).build();
  }

  /** A ledger that knows the customers and has the items posted so far. */
  private ReceivablesLedger ledgerWithItems() {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    ledger.post(RegisterCustomers.builder().date(DAY.minusDays(40)).addAllCustomers(customers).build());
    items.forEach(i -> ledger.post(PostItem.of(i)));
    return ledger;
  }

  private CashApplication engine() {
    return TestStages.engine(OpenItemBook.of(customers, items)).parallelism(1).build();
  }

  @Test
  void exact_reference_is_automatic_with_the_reason() {
    item("INV-1001", ACME, "1200.00", 10, null);
    item("INV-1002", ACME, "1200.00", 5, null);
    Decision d = engine().decide(payment("B1", "1200.00", DAY, null, Remittance.ofText("Invoice INV-1002 thanks")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-1002"), Money.of("EUR", "1200.00")));
    assertThat(d.payer()).contains(ACME);
    assertThat(d.reason()).contains("INV-1002 referenced in the remittance text").contains("amount equals the open amount");
  }

  @Test
  void of_items_of_one_amount_near_the_payment_the_likeliest_by_its_due_date_comes_first() {
    item("INV-8001", ACME, "1999.00", 60, null);   // due 30 days before the payment: paid at twice its term
    item("INV-8002", ACME, "1999.00", 31, null);   // due the day before
    item("INV-8003", ACME, "1999.00", 2, null);    // due in four weeks: paid two days into a 30-day term
    Decision d = engine().decide(payment("B17", "1999.37", DAY, ACME_ACCOUNT, Remittance.ofText("")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-8002"));
    // lags spread by a share of the term: a month late is likelier than 28 days early on a 30-day term
    assertThat(d.alternatives()).extracting(a -> a.allocations().get(0).item())
        .containsExactly(DocumentNumber.of("INV-8001"), DocumentNumber.of("INV-8003"));
  }

  @Test
  void a_number_naming_an_item_the_amount_does_not_settle_is_offered_as_the_one_item_a_typing_error_away_it_settles() {
    item("INV-2026-009001", ACME, "800.00", 20, null);
    item("INV-2026-009007", ACME, "650.00", 15, null);
    item("INV-2026-009100", ACME, "650.00", 10, null);   // the amount, but two typing errors away
    Decision d = engine().decide(payment("B18", "650.00", DAY, ACME_ACCOUNT, Remittance.ofText("Invoice INV-2026-009001")));
    // a short payment of the item as named is as possible: a person decides
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-2026-009001"));
    assertThat(d.alternatives().get(0).allocations()).extracting(Allocation::item)
        .containsExactly(DocumentNumber.of("INV-2026-009007"));
    assertThat(d.alternatives().get(0).reason()).contains("INV-2026-009007 read from 'INV-2026-009001' with one typing error");
    // two items a typing error away that the amount settles: the number says neither
    item("INV-2026-009011", ACME, "650.00", 12, null);
    Decision twins = engine().decide(payment("B19", "650.00", DAY, ACME_ACCOUNT, Remittance.ofText("Invoice INV-2026-009001")));
    assertThat(twins.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(twins.reason()).doesNotContain("read from 'INV-2026-009001'");
    assertThat(twins.alternatives()).noneMatch(a -> a.reason().contains("read from 'INV-2026-009001'"));
  }

  @Test
  void a_third_partys_number_naming_an_item_the_amount_does_not_settle_is_read_as_anyones_item_a_typing_error_away_it_settles() {
    item("INV-2026-009001", ACME, "800.00", 20, null);
    item("INV-2026-009004", BETA, "343.21", 15, null);
    item("INV-2026-019101", BETA, "343.21", 10, null);   // the amount, but two typing errors away
    // from an account nobody knows: the payer is read from the item named, whose customer has no such item
    Decision d = engine().decide(payment("B20", "343.21", DAY, "GB29NWBK60161331926819",
        Remittance.ofText("Invoice INV-2026-009001")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(Stream.concat(Stream.of(d.proposal()), d.alternatives().stream()))
        .anySatisfy(p -> {
          assertThat(p.allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-2026-009004"));
          assertThat(p.reason()).contains("INV-2026-009004 read from 'INV-2026-009001' with one typing error");
        });
    // a second item of the amount one typing error away: the number says neither
    item("INV-2026-009021", BETA, "343.21", 12, null);
    Decision twins = engine().decide(payment("B21", "343.21", DAY, "GB29NWBK60161331926819",
        Remittance.ofText("Invoice INV-2026-009001")));
    assertThat(twins.alternatives()).noneMatch(a -> a.reason().contains("read from 'INV-2026-009001'"));
    assertThat(twins.reason()).doesNotContain("read from 'INV-2026-009001'");
  }

  @Test
  void a_payment_of_a_round_share_of_one_item_suggests_that_item_first() {
    item("INV-6001", ACME, "1890.00", 40, null);
    item("INV-6002", ACME, "1234.56", 20, null);
    item("INV-6003", ACME, "980.00", 10, null);
    // 40 % of INV-6002 (493.824, the payer rounded down); INV-6003 is nearer the amount but no round share of it
    Decision part = engine().decide(payment("B13", "493.82", DAY, ACME_ACCOUNT, Remittance.ofText("partial payment")));
    assertThat(part.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(part.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-6002"));
    assertThat(part.reason()).contains("the amount is 40 % of INV-6002, the only item of the payer it is a round share of");
    // EUR 50.00 short of INV-6001: a deduction of a whole amount, for a person to clear up
    Decision shortPaid = engine().decide(payment("B14", "1840.00", DAY, ACME_ACCOUNT, Remittance.ofText("")));
    assertThat(shortPaid.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(shortPaid.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-6001"));
    assertThat(shortPaid.reason()).contains("the amount is INV-6001 less a whole amount, the only item");
  }

  @Test
  void letters_among_digits_are_read_as_the_digits_they_look_like_when_the_amount_confirms_them() {
    item("INV-2026-005001", ACME, "480.00", 20, null);
    item("INV-2026-005002", ACME, "615.00", 10, null);
    // the engine's own stages: the document index reads the letters
    CashApplication engine = CashApplication.builder(OpenItemBook.of(customers, items)).parallelism(1).build();
    // an OCR reading of a cheque: two letters in the year, each a typing error of its own
    Decision d = engine.decide(payment("B11", "480.00", DAY, ACME_ACCOUNT, Remittance.ofText("Rechnung INV-2O2G-005001")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-2026-005001"));
    assertThat(d.reason()).contains("INV-2026-005001 read from 'INV-2O2G-005001' with letters as the digits they look like");
    // like a typing error, the reading alone applies nothing: here the amount fits the other item
    Decision other = engine.decide(payment("B12", "615.00", DAY, null, Remittance.ofText("Rechnung INV-2O2G-005001")));
    assertThat(other.kind()).isNotEqualTo(DecisionKind.AUTO);
  }

  @Test
  void a_list_cut_short_is_completed_from_the_payers_items_newer_than_the_last_one_listed() {
    item("INV-4999", ACME, "99.99", 45, null);
    item("INV-5000", ACME, "500.50", 40, null);
    item("INV-5001", ACME, "100.00", 35, null);
    item("INV-5002", ACME, "250.00", 30, null);
    item("INV-5003", ACME, "300.00", 25, null);
    item("INV-5004", ACME, "400.00", 20, null);
    item("INV-5005", ACME, "555.55", 15, null);
    item("INV-5006", ACME, "620.10", 10, null);
    item("INV-5007", ACME, "130.40", 5, null);
    item("INV-5008", ACME, "999.99", 2, null);
    // 800.00 listed, 750.50 more paid: INV-5006 and INV-5007 of the newer items, or the older INV-5000 and
    // INV-5002 the list passed over; a list that runs oldest first and stops mid-number lost its newest
    Decision d = engine().decide(payment("B9", "1550.50", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-5001 INV-5003 INV-5004 INV-50")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-5001"), DocumentNumber.of("INV-5003"), DocumentNumber.of("INV-5004"),
        DocumentNumber.of("INV-5006"), DocumentNumber.of("INV-5007"));
    assertThat(d.proposal().unapplied().isZero()).isTrue();
    assertThat(d.reason()).contains("2 item(s) of the payer newer than the last one listed make up the rest");
    // the listed items with the rest unapplied stay beside it for the person who decides
    assertThat(d.alternatives()).anySatisfy(a -> assertThat(a.allocations()).extracting(Allocation::item)
        .containsExactlyInAnyOrder(DocumentNumber.of("INV-5001"), DocumentNumber.of("INV-5003"),
            DocumentNumber.of("INV-5004")));

    // the same numbers out of order say nothing about which items the list lost
    Decision unordered = engine().decide(payment("B10", "1550.50", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-5004 INV-5001 INV-5003 INV-50")));
    assertThat(unordered.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(unordered.reason()).doesNotContain("newer than the last one listed");
    assertThat(unordered.alternatives()).noneSatisfy(a -> assertThat(a.reason()).contains("newer than the last one listed"));
  }

  @Test
  void a_list_cut_short_among_many_newer_items_is_completed_by_the_few_of_them_that_add_up() {
    item("INV-7001", ACME, "100.00", 90, null);
    item("INV-7002", ACME, "200.00", 88, null);
    // thirty newer items, too many to try every set of them
    String[] amounts = {"1897.81", "990.88", "2270.01", "453.15", "579.77", "693.51", "2117.26", "504.08", "2860.42",
        "1325.63", "396.58", "650.61", "2473.55", "2392.42", "566.24", "1461.76", "675.59", "2425.70", "509.90",
        "849.07", "1370.41", "524.33", "2279.74", "459.99", "1359.10", "444.22", "898.21", "1718.38", "2397.49",
        "956.31"};
    for (int k = 0; k < amounts.length; k++) {
      item(String.format("INV-71%02d", k), ACME, amounts[k], 80 - 2 * k, null);
    }
    // 300.00 listed; INV-7104, INV-7117 and INV-7125 (579.77 + 2425.70 + 444.22) make up the rest
    Decision three = engine().decide(payment("B13", "3749.69", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-7001 INV-7002 INV-71")));
    assertThat(three.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(three.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-7001"), DocumentNumber.of("INV-7002"), DocumentNumber.of("INV-7104"),
        DocumentNumber.of("INV-7117"), DocumentNumber.of("INV-7125"));
    assertThat(three.reason()).contains("3 item(s) of the payer newer than the last one listed make up the rest"
        + " (the only choice among them that does)");

    // four items, INV-7103 as well (453.15): offered, though among thirty items four may fit by chance
    Decision four = engine().decide(payment("B14", "4202.84", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-7001 INV-7002 INV-71")));
    assertThat(four.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(four.ranked()).anySatisfy(p -> {
      assertThat(p.allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(DocumentNumber.of("INV-7001"),
          DocumentNumber.of("INV-7002"), DocumentNumber.of("INV-7103"), DocumentNumber.of("INV-7104"),
          DocumentNumber.of("INV-7117"), DocumentNumber.of("INV-7125"));
      assertThat(p.reason()).contains("4 item(s) of the payer newer than the last one listed make up the rest");
    });
  }

  @Test
  void a_list_cut_short_may_have_lost_the_credit_memo_listed_after_its_invoices() {
    // thirty older items, too many for every set of the payer's other items to be tried
    for (int k = 0; k < 30; k++) {
      item(String.format("INV-79%02d", k), ACME, (1000 + 37 * k) + "." + String.format("%02d", 11 + k), 200 - 2 * k, null);
    }
    item("CN-8000", ACME, "-50.00", 130, null);
    item("INV-8001", ACME, "100.00", 100, null);
    item("INV-8002", ACME, "200.00", 95, null);
    item("INV-8003", ACME, "300.00", 90, null);
    item("INV-8010", ACME, "411.10", 50, null);
    item("INV-8011", ACME, "522.20", 40, null);
    item("INV-8012", ACME, "633.30", 30, null);
    item("INV-8013", ACME, "744.40", 20, null);
    item("INV-8014", ACME, "855.50", 10, null);
    // 600.00 listed; INV-8012 and INV-8014 less the credit memo (1438.80) make up the rest: the list ran
    // oldest first and put the memo last, and the bank cut both
    Decision d = engine().decide(payment("B16", "2038.80", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoices INV-8001 INV-8002 INV-8003 INV-80")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).anySatisfy(p -> {
      assertThat(p.allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(DocumentNumber.of("INV-8001"),
          DocumentNumber.of("INV-8002"), DocumentNumber.of("INV-8003"), DocumentNumber.of("INV-8012"),
          DocumentNumber.of("INV-8014"), DocumentNumber.of("CN-8000"));
      assertThat(p.reason()).contains("2 item(s) of the payer newer than the last one listed, less 1 credit memo(s) it"
          + " lost too, make up the rest");
    });
    // no two proposals apply the same amounts to the same items, whatever order their readings found them in
    assertThat(d.ranked()).extracting(p -> java.util.Set.copyOf(p.allocations())).doesNotHaveDuplicates();
  }

  @Test
  void a_payment_without_reference_is_offered_a_set_of_a_few_of_many_items_that_adds_up() {
    String[] amounts = {"1897.81", "990.88", "2270.01", "453.15", "579.77", "693.51", "2117.26", "504.08", "2860.42",
        "1325.63", "396.58", "650.61", "2473.55", "2392.42", "566.24", "1461.76", "675.59", "2425.70", "509.90",
        "849.07", "1370.41", "524.33", "2279.74", "459.99", "1359.10", "444.22", "898.21", "1718.38", "2397.49",
        "956.31"};
    for (int k = 0; k < amounts.length; k++) {
      item(String.format("INV-72%02d", k), ACME, amounts[k], 80 - 2 * k, null);
    }
    // INV-7203, INV-7204, INV-7206 and INV-7218: four of thirty, more than the bounded search tries among so
    // many, and no set of up to three comes within the tolerance
    Decision d = engine().decide(payment("B15", "3660.08", DAY, ACME_ACCOUNT, Remittance.empty()));
    assertThat(d.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(d.ranked()).anySatisfy(p -> {
      assertThat(p.allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(DocumentNumber.of("INV-7203"),
          DocumentNumber.of("INV-7204"), DocumentNumber.of("INV-7206"), DocumentNumber.of("INV-7218"));
      assertThat(p.reason()).contains("4 items, ", " of the 30 issued by the value date that ",
          " up to the amount (not every set of so many items tried)").doesNotContain("not unique");
    });
  }

  @Test
  void the_rest_of_a_list_is_the_only_set_of_the_payers_other_items_that_adds_up_to_it_whatever_its_size() {
    item("INV-6000", ACME, "118.07", 45, null);
    item("INV-6001", ACME, "100.00", 40, null);
    item("INV-6002", ACME, "243.19", 35, null);
    item("INV-6003", ACME, "300.00", 30, null);
    item("INV-6004", ACME, "400.00", 25, null);
    item("INV-6005", ACME, "361.48", 20, null);
    item("INV-6006", ACME, "472.90", 15, null);
    item("INV-6007", ACME, "529.31", 10, null);
    // 800.00 listed, 772.50 more paid: of the five other items only INV-6002 (passed over) and INV-6007
    // add up to it, which every set of them tried proves
    Decision d = engine().decide(payment("B11", "1572.50", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-6001 INV-6003 INV-6004")));
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-6001"), DocumentNumber.of("INV-6003"), DocumentNumber.of("INV-6004"),
        DocumentNumber.of("INV-6002"), DocumentNumber.of("INV-6007"));
    assertThat(d.proposal().unapplied().isZero()).isTrue();
    assertThat(d.reason()).contains("2 further item(s) of the payer make up the rest, the only set of its 5 other open item(s) that does");
    // as for a payment without any reference, a few items that only the amount identifies among so few are applied
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);

    // a newer item of INV-6002's amount makes two sets that fit: each is offered to a person, none applied
    item("INV-6008", ACME, "243.19", 5, null);
    Decision twice = engine().decide(payment("B12", "1572.50", DAY, ACME_ACCOUNT,
        Remittance.ofText("Invoice INV-6001 INV-6003 INV-6004")));
    assertThat(twice.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(Stream.concat(Stream.of(twice.proposal()), twice.alternatives().stream()))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item).contains(DocumentNumber.of("INV-6002"),
            DocumentNumber.of("INV-6007")))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item).contains(DocumentNumber.of("INV-6008"),
            DocumentNumber.of("INV-6007")));
  }

  /** One structured block per document with the amount remitted for it, as a remittance advice lists them. */
  private static StructuredReference stated(String number, String remitted) {
    return StructuredReference.builder().addReferredDocuments(ReferredDocument.builder().number(number).build())
        .remittedAmount(Money.of("EUR", remitted)).build();
  }

  @Test
  void a_mistyped_number_with_its_stated_amount_is_read_as_the_payers_item_one_typing_error_away() {
    item("INV-4101", ACME, "300.00", 20, null);
    item("INV-4102", ACME, "450.00", 15, null);
    item("INV-4103", ACME, "700.00", 10, null);
    item("INV-4105", BETA, "999.00", 10, null); // what the mistyped INV-4105 names: another customer's item
    Remittance advice = Remittance.builder().addStructured(stated("INV-4101", "300.00"), stated("INV-4102", "450.00"),
        stated("INV-4105", "700.00")).build();
    Decision d = engine().decide(payment("B1b", "1450.00", DAY, ACME_ACCOUNT, advice));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-4101"), DocumentNumber.of("INV-4102"), DocumentNumber.of("INV-4103"));
    assertThat(d.reason()).contains("INV-4103 read from 'INV-4105' with one typing error");
    // two of the payer's items one typing error away with the stated amount: the number names neither
    item("INV-4106", ACME, "700.00", 5, null);
    Decision twins = engine().decide(payment("B1c", "1450.00", DAY, ACME_ACCOUNT, advice));
    assertThat(twins.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(twins.reason()).doesNotContain("read from 'INV-4105'");
  }

  @Test
  void charges_the_bank_reports_identify_the_only_item_of_the_amount_plus_the_charges() {
    item("INV-4201", ACME, "765.84", 20, null);
    item("INV-4202", ACME, "774.84", 15, null);
    item("INV-4203", ACME, "1290.00", 10, null);
    // 765.84 credited after EUR 9.00 charges: the payer sent 774.84, so INV-4202 comes first; an item of exactly
    // the amount credited is a rival reading, and with two readings neither is applied automatically
    Decision d = engine().decide(reported("B5a", "765.84", "Zahlung", Money.of("EUR", "774.84"),
        Money.of("EUR", "9.00")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-4202"));
    assertThat(d.alternatives()).anySatisfy(a -> assertThat(a.allocations()).extracting(Allocation::item)
        .containsExactly(DocumentNumber.of("INV-4201")));
    // without an item of exactly the amount, the charges name it
    Decision charged = engine().decide(reported("B5b", "1281.00", "Zahlung", Money.of("EUR", "1290.00"),
        Money.of("EUR", "9.00")));
    assertThat(charged.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(charged.proposal().allocations()).containsExactly(new Allocation(DocumentNumber.of("INV-4203"),
        Money.of("EUR", "1281.00"), Money.of("EUR", "0.00"), Money.of("EUR", "9.00"), Money.of("EUR", "0.00"),
        Optional.empty()));
    assertThat(charged.reason()).contains("only open item of C1 of the amount plus the charges the bank reports");
  }

  @Test
  void several_items_of_the_payment_plus_the_reported_charges_are_offered_due_nearest_first() {
    item("INV-4211", ACME, "1290.00", 50, null); // due 20 days before the payment
    item("INV-4212", ACME, "1290.00", 28, null); // due in 2 days
    item("INV-4213", ACME, "1290.00", 20, null); // due in 10 days
    Decision d = engine().decide(reported("B5c", "1281.00", "Zahlung", Money.of("EUR", "1290.00"),
        Money.of("EUR", "9.00")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).extracting(p -> p.allocations().get(0).item().toString())
        .containsExactly("INV-4212", "INV-4213", "INV-4211");
    assertThat(d.ranked()).allMatch(p -> p.allocations().get(0).writeOff().equals(Money.of("EUR", "9.00")));
    assertThat(d.reason()).contains("is one of 3 open items of C1 of the amount plus the charges the bank reports");
  }

  @Test
  void a_stated_deposit_on_top_identifies_the_only_item_of_the_rest_and_stays_unapplied() {
    item("INV-4301", ACME, "928.52", 20, null);
    item("INV-4302", ACME, "1500.00", 10, null);
    Decision d = engine().decide(payment("B6a", "1982.52", DAY, ACME_ACCOUNT,
        Remittance.ofText("incl. deposit 1054.00")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-4301"),
        Money.of("EUR", "928.52")));
    assertThat(d.proposal().unapplied()).isEqualTo(Money.of("EUR", "1054.00"));
    assertThat(d.reason()).contains("of the amount less the deposit or advance the payer states");
    // a deposit that leaves no item's amount says nothing
    Decision none = engine().decide(payment("B6b", "1982.52", DAY, ACME_ACCOUNT,
        Remittance.ofText("incl. deposit 1000.00")));
    assertThat(none.kind()).isNotEqualTo(DecisionKind.AUTO);
  }

  @Test
  void several_items_of_the_payment_less_a_stated_deposit_are_offered_likeliest_by_due_date_first_never_automatically() {
    item("INV-4311", ACME, "928.52", 50, null); // due 20 days before the payment
    item("INV-4312", ACME, "928.52", 33, null); // due 3 days before
    item("INV-4313", ACME, "928.52", 12, null); // due in 18 days
    item("INV-4314", ACME, "1500.00", 10, null);
    Decision d = engine().decide(payment("B6c", "1982.52", DAY, ACME_ACCOUNT,
        Remittance.ofText("incl. deposit 1054.00")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).extracting(p -> p.allocations().get(0).item().toString())
        .containsExactly("INV-4312", "INV-4311", "INV-4313");
    assertThat(d.ranked()).allMatch(p -> p.unapplied().equals(Money.of("EUR", "1054.00"))
        && p.allocations().get(0).applied().equals(Money.of("EUR", "928.52")));
    assertThat(d.reason())
        .contains("is one of 3 open items of C1 of the amount less the deposit or advance the payer states")
        .contains("(the likeliest by its due date)");
  }

  @Test
  void a_number_naming_nothing_is_offered_as_the_payers_item_one_typing_error_away_never_automatically() {
    item("INV-105101", ACME, "1000.00", 20, null);
    item("INV-105230", ACME, "2500.00", 10, null);
    item("INV-105108", BETA, "700.00", 10, null);
    // INV-105107 does not exist and is one typing error from two documents, so the lookup places it nowhere;
    // among Acme's items only INV-105101 is that close, and a part payment's amount cannot confirm it
    Decision d = engine().decide(payment("B7a", "412.37", DAY, ACME_ACCOUNT,
        Remittance.ofText("Payment INV-105107 partial payment")));
    assertThat(d.kind()).isNotEqualTo(DecisionKind.AUTO);
    List<Proposal> offered = new ArrayList<>(d.alternatives());
    offered.add(0, d.proposal());
    assertThat(offered).anySatisfy(p -> {
      assertThat(p.allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-105101"));
      assertThat(p.reason()).contains("INV-105101 is the payer's only open item one typing error away from 'INV-105107'");
    });
  }

  @Test
  void earned_discount_is_granted_by_the_terms_and_named_with_its_deadline() {
    item("INV-2001", ACME, "1000.00", 3, PaymentTerms.TWO_TEN_NET_30);
    Decision d = engine().decide(payment("B2", "980.00", DAY, null, Remittance.ofText("INV-2001")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    Allocation a = d.proposal().allocations().get(0);
    assertThat(a.applied()).isEqualTo(Money.of("EUR", "980.00"));
    assertThat(a.discount()).isEqualTo(Money.of("EUR", "20.00"));
    // 2026-05-29 + 10 days = 2026-06-08
    assertThat(d.reason()).contains("2% discount earned until 2026-06-08");
  }

  @Test
  void discount_taken_after_its_deadline_becomes_a_deduction() {
    item("INV-2002", ACME, "1000.00", 25, PaymentTerms.TWO_TEN_NET_30);
    Decision d = engine().decide(payment("B3", "980.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-2002")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.reason()).contains("taken after 2026-05-17").contains("deducted as an unearned discount");
    Allocation a = d.proposal().allocations().get(0);
    assertThat(a.applied()).isEqualTo(Money.of("EUR", "980.00"));
    assertThat(a.discount()).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(a.deduction()).isEqualTo(Money.of("EUR", "20.00"));
  }

  @Test
  void a_late_discount_without_reference_identifies_the_one_item_it_fits() {
    item("INV-2011", ACME, "1250.00", 25, PaymentTerms.TWO_TEN_NET_30);
    item("INV-2012", ACME, "990.00", 24, PaymentTerms.TWO_TEN_NET_30);
    CashApplication engine = engine();
    // 1,250.00 less 2 % = 1,225.00, paid 25 days after the invoice: the only item it fits that way
    Decision d = engine.decide(payment("B3b", "1225.00", DAY, ACME_ACCOUNT, Remittance.ofText("thank you")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(new Allocation(DocumentNumber.of("INV-2011"),
        Money.of("EUR", "1225.00"), Money.of("EUR", "0.00"), Money.of("EUR", "0.00"), Money.of("EUR", "25.00"),
        Optional.of(DeductionReason.OTHER)));
    assertThat(d.reason()).contains("less its terms' cash discount");
    // from a payer known by nothing but the amount, it is only a reading for a person
    Decision stranger = engine.decide(payment("B3c", "970.20", DAY, null, Remittance.ofText("thank you")));
    assertThat(stranger.kind()).isNotEqualTo(DecisionKind.AUTO);
  }

  @Test
  void small_difference_within_tolerance_is_written_off() {
    item("INV-3001", ACME, "1500.00", 10, null);
    Decision d = engine().decide(payment("B4", "1499.40", DAY, null, Remittance.ofText("INV-3001")));
    // default tolerance: min(EUR 1.00, 0.1% of 1499.40 = 1.49) = 1.00; the difference 0.60 fits
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations().get(0).writeOff()).isEqualTo(Money.of("EUR", "0.60"));
    // a host's own tolerance: min(EUR 10.00, 1% of 1492.50 = 14.92) = 10.00; the difference 7.50 fits
    MatchPolicy generous = MatchPolicy.builder().tolerance(Tolerance.of(Money.of("EUR", "10.00"), BigDecimal.ONE)).build();
    Decision w = TestStages.engine(OpenItemBook.of(customers, items)).policy(generous).build()
        .decide(payment("B4b", "1492.50", DAY, null, Remittance.ofText("INV-3001")));
    assertThat(w.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(w.proposal().allocations().get(0).writeOff()).isEqualTo(Money.of("EUR", "7.50"));
  }

  @Test
  void overpayment_applies_the_item_and_leaves_the_rest_unapplied() {
    item("INV-4001", ACME, "800.00", 10, null);
    Decision unknownPayer = engine().decide(payment("B5x", "850.00", DAY, null, Remittance.ofText("INV-4001")));
    assertThat(unknownPayer.kind()).isEqualTo(DecisionKind.SUGGESTED);
    Decision d = engine().decide(payment("B5", "850.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-4001")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().unapplied()).isEqualTo(Money.of("EUR", "50.00"));
    assertThat(d.remainder()).isEqualTo(CashBucket.UNAPPLIED);
  }

  @Test
  void short_payment_with_a_reason_opens_a_deduction() {
    item("INV-5001", ACME, "2000.00", 10, null);
    Decision d = engine().decide(payment("B6", "1700.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5001 less 300 damaged goods")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    Allocation a = d.proposal().allocations().get(0);
    assertThat(a.deduction()).isEqualTo(Money.of("EUR", "300.00"));
    assertThat(a.deductionReason()).contains(DeductionReason.DAMAGE);
  }

  @Test
  void half_an_invoice_is_a_part_payment_but_a_small_unexplained_shortfall_is_only_suggested() {
    item("INV-5002", ACME, "2000.00", 10, null);
    item("INV-5003", ACME, "2000.00", 9, null);
    CashApplication engine = engine();
    Decision half = engine.decide(payment("B7", "1000.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5002")));
    assertThat(half.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(half.reason()).contains("EUR 1000.00 stays open");
    // short by 60.00 (3 %): a deduction without a reason, or a part payment; a person decides
    Decision shortish = engine.decide(payment("B7b", "1940.00", DAY, null, Remittance.ofText("INV-5003")));
    assertThat(shortish.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(shortish.proposal().allocations().get(0).deduction()).isEqualTo(Money.of("EUR", "60.00"));
    assertThat(shortish.alternatives().get(0).allocations().get(0).deduction().isZero()).isTrue();
  }

  @Test
  void bank_charges_the_statement_reports_are_written_off() {
    item("INV-5101", ACME, "1250.00", 10, null);
    // SHA transfer: the payer sent 1,250.00, the banks took 15.00 on the way and say so (camt Chrgs).
    Payment charged = reported("B7c", "1235.00", "INV-5101", Money.of("EUR", "1250.00"), Money.of("EUR", "15.00"));
    Decision d = engine().decide(charged);
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(new Allocation(DocumentNumber.of("INV-5101"),
        Money.of("EUR", "1235.00"), Money.of("EUR", "0.00"), Money.of("EUR", "15.00"), Money.of("EUR", "0.00"),
        Optional.empty()));
    assertThat(d.reason()).contains("EUR 15.00 charges deducted by the banks");
  }

  @Test
  void a_whole_unit_shortfall_the_bank_does_not_explain_is_suggested_with_charges_as_an_alternative() {
    item("INV-5102", ACME, "1250.00", 10, null);
    Decision d = engine().decide(payment("B7d", "1235.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5102")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.alternatives()).anySatisfy(a -> assertThat(a.allocations().get(0).writeOff())
        .isEqualTo(Money.of("EUR", "15.00")));
  }

  @Test
  void a_payment_converted_from_another_currency_writes_off_an_exchange_difference_within_the_limit() {
    item("INV-5103", ACME, "1000.00", 10, null);
    item("INV-5104", ACME, "1000.00", 9, null);
    CashApplication engine = engine();
    Payment converted = reported("B7e", "985.00", "INV-5103", Money.of("GBP", "851.20"));
    Decision d = engine.decide(converted);
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations().get(0).writeOff()).isEqualTo(Money.of("EUR", "15.00"));
    assertThat(d.reason()).contains("instructed as GBP 851.20").contains("exchange difference");
    // 5 % short is beyond the default 3 %: not an exchange difference
    Payment far = reported("B7f", "950.00", "INV-5104", Money.of("GBP", "821.00"));
    assertThat(engine.decide(far).kind()).isEqualTo(DecisionKind.SUGGESTED);
  }

  @Test
  void a_converted_payment_without_a_reference_offers_the_nearest_item_beside_a_combination_that_adds_up() {
    item("INV-5201", ACME, "676.50", 20, null);
    item("INV-5202", ACME, "200.00", 15, null);
    item("INV-5203", ACME, "465.25", 10, null);
    // EUR 665.25 arrived for USD 872.68: INV-5202 + INV-5203 add up to it, but an exchange difference
    // of 1.7 % on the one item INV-5201 explains it as well
    Decision d = engine().decide(reported("B7g", "665.25", "", Money.of("USD", "872.68")));
    assertThat(d.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(Stream.concat(Stream.of(d.proposal()), d.alternatives().stream()))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item)
            .containsExactly(DocumentNumber.of("INV-5201")))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item)
            .containsExactlyInAnyOrder(DocumentNumber.of("INV-5202"), DocumentNumber.of("INV-5203")));
  }

  @Test
  void a_payment_converted_from_another_currency_that_brought_more_books_an_exchange_gain_the_ledger_accepts() {
    item("INV-5110", ACME, "1000.00", 10, null);
    item("INV-5111", ACME, "1000.00", 9, null);
    ReceivablesLedger ledger = ledgerWithItems();
    CashApplication engine = engine();
    Payment converted = reported("B7k", "1012.40", "INV-5110", Money.of("USD", "1090.00"));
    CashApplicationRun run = engine.decideAll(List.of(converted));
    Decision d = run.decisions().get(0);
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(new Allocation(DocumentNumber.of("INV-5110"),
        Money.of("EUR", "1012.40"), Money.of("EUR", "0.00"), Money.of("EUR", "-12.40"), Money.of("EUR", "0.00"),
        Optional.empty()));
    assertThat(d.proposal().unapplied()).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(d.reason()).contains("instructed as USD 1090.00").contains("EUR 12.40 exchange gain");
    engine.postAutomatic(run, ledger);
    assertThat(ledger.item(DocumentNumber.of("INV-5110")).orElseThrow().open()).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(ledger.item(DocumentNumber.of("INV-5110")).orElseThrow().smallDifferences())
        .isEqualTo(Money.of("EUR", "-12.40"));
    assertThat(ledger.now().unappliedCash(ACME).isZero()).isTrue();
    // 5 % more is beyond the default 3 %: the excess stays unapplied for a person
    Payment far = reported("B7l", "1050.00", "INV-5111", Money.of("USD", "1130.00"));
    assertThat(engine.decide(far).proposal().unapplied()).isEqualTo(Money.of("EUR", "50.00"));
    // the same excess on a payment the bank does not report converted is an overpayment
    Payment plain = payment("B7m", "1012.40", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5111"));
    assertThat(engine.decide(plain).proposal().unapplied()).isEqualTo(Money.of("EUR", "12.40"));
  }

  @Test
  void a_mistyped_number_counts_when_the_payer_states_exactly_the_deduction_or_the_bank_the_charges() {
    item("INV-2026-004211", ACME, "1000.00", 10, null);
    item("INV-2026-004212", ACME, "2000.00", 9, null);
    item("INV-2026-004213", ACME, "3000.00", 8, null);
    CashApplication engine = CashApplication.builder(OpenItemBook.of(customers, items)).parallelism(1).build();
    // 'INV-2026-004Z11': one typing error; 1000.00 less the 68.62 the payer says it kept
    Decision stated = engine.decide(payment("B7n", "931.38", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-004Z11 less 68.62 SHRT short delivery")));
    assertThat(stated.kind()).as(stated.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(stated.proposal().allocations().get(0).deduction()).isEqualTo(Money.of("EUR", "68.62"));
    assertThat(stated.proposal().allocations().get(0).deductionReason()).contains(DeductionReason.SHORTAGE);
    // the same text stating another amount than the shortfall does not confirm the mistyped number
    Decision other = engine.decide(payment("B7o", "1931.38", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-004Z12 less 50.00 SHRT short delivery")));
    assertThat(other.kind()).isNotEqualTo(DecisionKind.AUTO);
    // 'INV-2026-0042133': one insertion; the bank reports 29.00 charges taken on the way
    Payment charged = Payment.builder().bankReference(BankReference.of("B7p")).amount(Money.of("EUR", "2971.00"))
        .valueDate(DAY).payerAccount(ACME_ACCOUNT).remittance(Remittance.ofText("INV-2026-0042133"))
        .instructedAmount(Money.of("EUR", "3000.00")).addCharges(Money.of("EUR", "29.00")).build();
    Decision d = engine.decide(charged);
    assertThat(d.kind()).as(d.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations().get(0).writeOff()).isEqualTo(Money.of("EUR", "29.00"));
  }

  @Test
  void a_number_that_names_another_customer_s_item_is_read_as_the_payer_s_item_one_typing_error_away() {
    item("INV-5120", BETA, "480.00", 10, null);
    item("INV-5150", ACME, "430.38", 10, null);
    item("INV-5160", ACME, "999.00", 10, null);
    // Acme's account, 'INV-5120' is Beta's: Acme's INV-5150 of exactly the amount is one substitution away
    Decision d = engine().decide(payment("B7q", "430.38", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5120")));
    assertThat(d.kind()).as(d.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-5150"),
        Money.of("EUR", "430.38")));
    assertThat(d.reason()).contains("INV-5150 read from 'INV-5120' with one typing error");
    // no item of the payer one error away fits the amount: Beta's item stays the reading, for a person
    Decision far = engine().decide(payment("B7r", "999.50", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5120")));
    assertThat(far.kind()).isNotEqualTo(DecisionKind.AUTO);
  }

  @Test
  void numbers_in_a_list_that_name_no_item_of_the_payer_are_read_as_its_items_one_typing_error_away_when_the_sum_fits() {
    item("INV-2026-005120", BETA, "480.00", 10, null);
    item("INV-2026-005150", ACME, "430.38", 10, null);
    item("INV-2026-005160", ACME, "200.00", 10, null);
    item("CN-2026-000643", ACME, "-30.00", 10, null);
    item("INV-2026-005890", ACME, "999.00", 40, null);
    // 'INV-2026-005120' is Beta's and 'CN-2026-543' names nothing: Acme's INV-2026-005150 and its credit
    // memo CN-2026-000643 (leading zeros dropped, one substitution) make the list add up exactly
    Decision d = engine().decide(payment("B7w", "600.38", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-005120 INV-2026-005160 CN-2026-543")));
    assertThat(d.kind()).as(d.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-2026-005150"), DocumentNumber.of("INV-2026-005160"), DocumentNumber.of("CN-2026-000643"));
    assertThat(d.reason()).contains("INV-2026-005150 read from 'INV-2026-005120' with one typing error");
    // the readings do not add up to the amount: Beta's item is not swapped for Acme's, nothing is automatic
    Decision off = engine().decide(payment("B7x", "650.38", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-005120 INV-2026-005160")));
    assertThat(off.kind()).isNotEqualTo(DecisionKind.AUTO);
    assertThat(off.proposal().allocations()).extracting(Allocation::item).doesNotContain(DocumentNumber.of("INV-2026-005150"));
  }

  @Test
  void a_misnamed_number_in_a_list_that_pays_more_than_it_names_is_read_before_the_rest_is_sought() {
    item("INV-2026-007001", ACME, "100.00", 40, null);
    item("INV-2026-007002", ACME, "200.00", 35, null);
    item("INV-2026-007003", ACME, "300.00", 30, null);
    item("INV-2026-007004", ACME, "444.44", 25, null);
    item("INV-2026-007005", ACME, "55.55", 20, null);
    item("INV-2026-007007", ACME, "499.99", 15, null);
    item("INV-2026-007014", BETA, "480.00", 25, null); // what the mistyped INV-2026-007014 names
    // 600.00 named, 499.99 more paid: INV-2026-007007 alone or INV-2026-007004 and INV-2026-007005 add
    // up to the rest; 'INV-2026-007014' read as Acme's INV-2026-007004 leaves 55.55, INV-2026-007005 alone
    Decision d = engine().decide(payment("B7y", "1099.99", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-007001 INV-2026-007002 INV-2026-007003 INV-2026-007014")));
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-2026-007001"), DocumentNumber.of("INV-2026-007002"), DocumentNumber.of("INV-2026-007003"),
        DocumentNumber.of("INV-2026-007004"), DocumentNumber.of("INV-2026-007005"));
    assertThat(d.proposal().unapplied().isZero()).isTrue();
    assertThat(d.reason()).contains("INV-2026-007004 read from 'INV-2026-007014' with one typing error")
        .contains("make up the rest");

    // Acme's documents named add up to the payment: the other number is not read as one of them
    Decision whole = engine().decide(payment("B7z", "600.00", DAY, ACME_ACCOUNT,
        Remittance.ofText("INV-2026-007001 INV-2026-007002 INV-2026-007003 INV-2026-007014")));
    assertThat(whole.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-2026-007001"), DocumentNumber.of("INV-2026-007002"), DocumentNumber.of("INV-2026-007003"));
    assertThat(whole.proposal().unapplied().isZero()).isTrue();
  }

  @Test
  void a_number_cut_short_at_the_end_of_a_full_text_is_not_read_as_a_mistyped_one() {
    StringBuilder text = new StringBuilder("Invoice");
    for (int n = 1; n <= 8; n++) {
      item("INV-2026-00800" + n, ACME, "100.00", 40 - n, null);
      text.append(" INV-2026-00800").append(n);
    }
    item("INV-2026-009100", ACME, "250.00", 20, null);
    item("INV-2026-000019", ACME, "40.00", 60, null);
    item("INV-2026-000009", BETA, "75.00", 60, null); // what 'INV-2026-009' names as written
    // The bank cut the text at its field limit in the middle of INV-2026-009100: 'INV-2026-009' is not
    // a mistyped INV-2026-000019 (one typing error away once zeros are dropped), and the rest is INV-2026-009100
    Decision d = engine().decide(payment("B7v", "1050.00", DAY, ACME_ACCOUNT,
        Remittance.ofText(text.append(" INV-2026-009").toString())));
    assertThat(d.proposal().allocations()).extracting(Allocation::item).contains(DocumentNumber.of("INV-2026-009100"))
        .doesNotContain(DocumentNumber.of("INV-2026-000019")).hasSize(9);
    assertThat(d.alternatives()).allSatisfy(a -> assertThat(a.allocations()).extracting(Allocation::item)
        .doesNotContain(DocumentNumber.of("INV-2026-000019")));
  }

  @Test
  void readings_that_keep_the_named_item_rank_above_amount_combinations_that_leave_it_out() {
    item("INV-9000", ACME, "100.00", 45, null);
    item("INV-9001", ACME, "100.00", 40, null);
    item("INV-9003", ACME, "250.00", 30, null);
    item("INV-9004", ACME, "250.00", 25, null);
    // INV-9001 named, 250.00 more paid: INV-9003 or INV-9004 makes up the rest; the older INV-9000 with
    // either adds up to the amount too, but says the payer named the wrong item
    Decision d = engine().decide(payment("B7u", "350.00", DAY, ACME_ACCOUNT, Remittance.ofText("Invoice INV-9001")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    List<List<String>> ranked = d.ranked().stream()
        .map(p -> p.allocations().stream().map(a -> a.item().toString()).sorted().toList()).toList();
    int lastKeeping = Math.max(ranked.indexOf(List.of("INV-9001", "INV-9003")), ranked.indexOf(List.of("INV-9001", "INV-9004")));
    assertThat(ranked).contains(List.of("INV-9001", "INV-9003"), List.of("INV-9001", "INV-9004"));
    assertThat(ranked.subList(0, lastKeeping)).allSatisfy(items -> assertThat(items).contains("INV-9001"));
  }

  @Test
  void a_list_short_by_exactly_an_unlisted_credit_memo_of_the_payer_is_offered_with_it_netted() {
    item("INV-9100", ACME, "260.00", 50, null);
    item("INV-9101", ACME, "500.00", 40, null);
    item("INV-9102", ACME, "300.00", 30, null);
    item("CN-9103", ACME, "-120.00", 20, null);
    item("CN-9104", ACME, "-75.00", 20, null);
    // both invoices listed, 120.00 less paid: the payer netted its credit memo CN-9103 without listing it
    Decision d = engine().decide(payment("B7t", "680.00", DAY, ACME_ACCOUNT, Remittance.ofText("INV-9101 INV-9102")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).anySatisfy(p -> {
      assertThat(p.allocations()).extracting(a -> a.item().toString())
          .containsExactlyInAnyOrder("INV-9101", "INV-9102", "CN-9103");
      assertThat(p.unapplied().isZero()).isTrue();
      assertThat(p.reason()).contains("CN-9103 of the payer, not listed, nets the listed items down to the amount");
    });
  }

  @Test
  void the_oldest_items_less_one_left_out_that_add_up_are_offered_to_a_person() {
    item("INV-6001", ACME, "1000.00", 60, null);
    item("INV-6002", ACME, "250.00", 50, null);
    item("INV-6003", ACME, "400.00", 40, null);
    item("INV-6004", ACME, "333.33", 30, null);
    // newer items that pair up to the amount in two ways: amounts alone cannot tell
    item("INV-6005", ACME, "1000.00", 10, null);
    item("INV-6006", ACME, "733.33", 9, null);
    item("INV-6007", ACME, "900.00", 8, null);
    item("INV-6008", ACME, "833.33", 7, null);
    Decision d = engine().decide(payment("B7y", "1733.33", DAY, ACME_ACCOUNT, Remittance.ofText("")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactly(
        DocumentNumber.of("INV-6001"), DocumentNumber.of("INV-6003"), DocumentNumber.of("INV-6004"));
    assertThat(d.reason()).contains("up to INV-6004").contains("without 1 of them (INV-6002: paid otherwise");
  }

  @Test
  void an_instalment_without_a_reference_is_offered_against_the_item_it_is_a_part_of() {
    item("INV-5170", ACME, "951.25", 20, null);
    item("INV-5171", ACME, "400.00", 15, null);
    item("INV-5172", ACME, "1200.00", 10, null);
    // 951.25 / 3 = 317.08 and 1 cent of rounding
    Decision d = engine().decide(payment("B7s", "317.08", DAY, ACME_ACCOUNT, Remittance.ofText("instalment 1/3")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-5170"),
        Money.of("EUR", "317.08")));
    assertThat(d.reason()).contains("instalment 1 of 3").contains("INV-5170");
    // the second of four instalments of 300.00 pays the item still open by three of them
    item("INV-5173", ACME, "900.00", 5, null);
    Decision second = engine().decide(payment("B7t", "300.00", DAY, ACME_ACCOUNT, Remittance.ofText("Rate 2 von 4")));
    assertThat(second.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-5173"),
        Money.of("EUR", "300.00")));
    // a recurring price: each item of it is offered, the one due nearest the payment first
    item("INV-5174", ACME, "951.25", 35, null);
    Decision tied = engine().decide(payment("B7u", "317.08", DAY, ACME_ACCOUNT, Remittance.ofText("instalment 1/3")));
    assertThat(tied.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(tied.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-5174"));
    assertThat(tied.reason()).contains("one of 2 items of C1, due 2026-05-27 (the likeliest by its due date)");
    assertThat(tied.alternatives()).anySatisfy(a -> assertThat(a.allocations()).extracting(Allocation::item)
        .containsExactly(DocumentNumber.of("INV-5170")));
  }

  @Test
  void a_deduction_the_payer_states_without_naming_the_item_finds_the_item_of_the_payment_plus_the_deduction() {
    item("INV-5180", ACME, "1256.73", 20, null);
    item("INV-5181", ACME, "1069.48", 10, null);
    item("INV-5182", ACME, "2000.00", 12, null);
    Decision d = engine().decide(payment("B7u", "1069.48", DAY, ACME_ACCOUNT,
        Remittance.ofText("less 187.25 DUPL billed twice")));
    // INV-5181 of exactly the amount rivals the stated deduction on INV-5180: a person decides
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).anyMatch(p -> p.allocations().get(0).item().equals(DocumentNumber.of("INV-5180"))
        && p.allocations().get(0).deduction().equals(Money.of("EUR", "187.25")));
    items.remove(1);
    Decision alone = engine().decide(payment("B7v", "1069.48", DAY, ACME_ACCOUNT,
        Remittance.ofText("less 187.25 DUPL billed twice")));
    assertThat(alone.kind()).as(alone.reason()).isEqualTo(DecisionKind.AUTO);
    assertThat(alone.proposal().allocations()).containsExactly(new Allocation(DocumentNumber.of("INV-5180"),
        Money.of("EUR", "1069.48"), Money.of("EUR", "0.00"), Money.of("EUR", "0.00"), Money.of("EUR", "187.25"),
        Optional.of(DeductionReason.DUPLICATE_BILLING)));
  }

  @Test
  void several_items_of_the_payment_plus_the_stated_deduction_are_offered_likeliest_by_due_date_first() {
    item("INV-5185", ACME, "1256.73", 50, null); // due 20 days before the payment
    item("INV-5186", ACME, "1256.73", 33, null); // due 3 days before
    item("INV-5187", ACME, "1256.73", 12, null); // due in 18 days
    item("INV-5188", ACME, "1256.73", 2, null); // due in 28 days: the fourth is not offered
    item("INV-5189", ACME, "1300.00", 20, null);
    Decision d = engine().decide(payment("B7w", "1069.48", DAY, ACME_ACCOUNT,
        Remittance.ofText("less 187.25 DUPL billed twice")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.ranked()).extracting(p -> p.allocations().get(0).item().toString())
        .containsExactly("INV-5186", "INV-5185", "INV-5187");
    assertThat(d.ranked()).allMatch(p -> p.allocations().get(0).deduction().equals(Money.of("EUR", "187.25"))
        && p.allocations().get(0).applied().equals(Money.of("EUR", "1069.48")));
    assertThat(d.reason()).contains("is one of 4 open items of C1 of the amount plus the deduction the payer states")
        .contains("(the likeliest by its due date)");
  }

  @Test
  void one_edit_means_one_substitution_transposition_insertion_or_deletion() {
    assertThat(ReferenceKeys.oneEditApart("2026013346", "2026013316")).isTrue();
    assertThat(ReferenceKeys.oneEditApart("2026013316", "2026013136")).isTrue();
    assertThat(ReferenceKeys.oneEditApart("20260133166", "2026013316")).isTrue();
    assertThat(ReferenceKeys.oneEditApart("202613316", "2026013316")).isTrue();
    assertThat(ReferenceKeys.oneEditApart("2026013316", "2026013316")).isFalse();
    assertThat(ReferenceKeys.oneEditApart("2026013346", "2026013317")).isFalse();
    assertThat(ReferenceKeys.oneEditApart("2026013316", "2026031136")).isFalse();
    assertThat(ReferenceKeys.oneEditApart("202601331", "20260133166")).isFalse();
  }

  @Test
  void an_unexplained_shortfall_is_a_deduction_only_when_the_bank_reports_the_payment_arrived_as_sent() {
    item("INV-5105", ACME, "1000.00", 10, null);
    item("INV-5106", ACME, "1000.00", 9, null);
    CashApplication engine = engine();
    // 3.47 % short, with cents, and the bank shows the payer sent exactly this: the payer's own deduction
    Payment asSent = reported("B7g", "965.30", "INV-5105", Money.of("EUR", "965.30"));
    Decision d = engine.decide(asSent);
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations().get(0).deduction()).isEqualTo(Money.of("EUR", "34.70"));
    assertThat(d.proposal().allocations().get(0).deductionReason()).contains(DeductionReason.OTHER);
    // the same without the bank's amount details: charges or conversion cannot be ruled out
    Decision unknown = engine.decide(payment("B7h", "965.30", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5106")));
    assertThat(unknown.kind()).isEqualTo(DecisionKind.SUGGESTED);
  }

  @Test
  void a_quarter_or_more_left_open_with_cents_is_a_part_payment() {
    item("INV-5107", ACME, "1000.00", 10, null);
    Decision d = engine().decide(payment("B7i", "712.35", DAY, ACME_ACCOUNT, Remittance.ofText("INV-5107")));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-5107"),
        Money.of("EUR", "712.35")));
    assertThat(d.reason()).contains("EUR 287.65 stays open");
  }

  @Test
  void nine_items_of_few_that_alone_add_up_to_a_payment_without_reference_are_found_by_trying_every_set() {
    String[] amounts = {"1203.17", "88.40", "517.63", "2210.05", "93.12", "740.81", "1309.77", "61.05", "455.90",
        "3120.44", "287.36", "999.09", "64.70", "1780.58"};
    for (int k = 0; k < amounts.length; k++) {
      item(String.format("INV-61%02d", k), ACME, amounts[k], 60 - 3 * k, null);
    }
    // 88.40 + 517.63 + 93.12 + 740.81 + 61.05 + 455.90 + 287.36 + 64.70 + 1780.58: nine items, more than the
    // bounded search tries, and no other set of the fourteen adds up to 4089.55
    Decision d = engine().decide(payment("B30", "4089.55", DAY, ACME_ACCOUNT, Remittance.empty()));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item).containsExactlyInAnyOrder(
        DocumentNumber.of("INV-6101"), DocumentNumber.of("INV-6102"), DocumentNumber.of("INV-6104"),
        DocumentNumber.of("INV-6105"), DocumentNumber.of("INV-6107"), DocumentNumber.of("INV-6108"),
        DocumentNumber.of("INV-6110"), DocumentNumber.of("INV-6112"), DocumentNumber.of("INV-6113"));
    assertThat(d.reason()).contains("9 items, the only set of the 14 issued by the value date that adds up to the amount");
  }

  @Test
  void a_payment_of_one_item_and_another_twice_applies_both_and_leaves_the_second_count_unapplied() {
    item("INV-6201", ACME, "1332.95", 30, null);
    item("INV-6202", ACME, "484.53", 20, null);
    item("INV-6203", ACME, "2750.00", 10, null);
    // 1332.95 + 2 x 484.53: a list that held INV-6202 twice
    Decision d = engine().decide(payment("B31", "2302.01", DAY, ACME_ACCOUNT, Remittance.ofText("Paiement")));
    assertThat(d.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(d.proposal().allocations()).extracting(Allocation::item)
        .containsExactlyInAnyOrder(DocumentNumber.of("INV-6201"), DocumentNumber.of("INV-6202"));
    assertThat(d.proposal().unapplied()).isEqualTo(Money.of("EUR", "484.53"));
    assertThat(d.reason()).contains("the amount is INV-6201 and INV-6202 twice: an item counted twice");
    // one item's amount twice
    Decision doubled = engine().decide(payment("B32", "5500.00", DAY, ACME_ACCOUNT, Remittance.empty()));
    assertThat(doubled.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-6203"));
    assertThat(doubled.proposal().unapplied()).isEqualTo(Money.of("EUR", "2750.00"));
  }

  @Test
  void a_payment_a_little_above_one_item_is_read_as_that_item_rounded_up() {
    item("INV-6301", ACME, "783.78", 30, null);
    item("INV-6302", ACME, "1528.79", 25, null);
    item("INV-6303", ACME, "1000.00", 20, null);
    item("INV-6304", ACME, "529.26", 15, null);
    // a round 790.00 for 783.78
    Decision round = engine().decide(payment("B33", "790.00", DAY, ACME_ACCOUNT, Remittance.empty()));
    assertThat(round.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(round.proposal().allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-6301"));
    assertThat(round.proposal().unapplied()).isEqualTo(Money.of("EUR", "6.22"));
    assertThat(round.reason()).contains("a round amount just above INV-6301, the payer's only such item: rounded up");
    // 47 cents above 1528.79, while two other items add up to the amount exactly: both are offered
    Decision cents = engine().decide(payment("B34", "1529.26", DAY, ACME_ACCOUNT, Remittance.empty()));
    assertThat(Stream.concat(Stream.of(cents.proposal()), cents.alternatives().stream()))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item).containsExactly(DocumentNumber.of("INV-6302")))
        .anySatisfy(p -> assertThat(p.allocations()).extracting(Allocation::item)
            .containsExactlyInAnyOrder(DocumentNumber.of("INV-6303"), DocumentNumber.of("INV-6304")));
    // a payer who states a deduction has said what the difference is: no rounding is read into it
    Decision stated = engine().decide(payment("B35", "790.00", DAY, ACME_ACCOUNT,
        Remittance.ofText("less 12.00 PRIC price difference")));
    assertThat(Stream.concat(Stream.of(stated.proposal()), stated.alternatives().stream()))
        .noneSatisfy(p -> assertThat(p.reason()).contains("rounded up"));
  }

  @Test
  void unique_amount_from_a_known_account_is_automatic_but_a_repeated_amount_is_not() {
    item("INV-6001", BETA, "431.17", 40, null);
    item("INV-6002", BETA, "99.00", 20, null);
    item("INV-6003", BETA, "99.00", 10, null);
    CashApplication engine = engine();
    Decision unique = engine.decide(payment("B8", "431.17", DAY, "DE75512108001245126199", Remittance.NONE));
    assertThat(unique.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(unique.reason()).contains("the only open item of this amount among 3 open item(s) of C2");
    Decision repeated = engine.decide(payment("B9", "99.00", DAY, "DE75512108001245126199", Remittance.NONE));
    assertThat(repeated.kind()).isEqualTo(DecisionKind.SUGGESTED);
    assertThat(repeated.ranked()).hasSize(2);
  }

  @Test
  void parent_may_pay_a_subsidiary_by_amount() {
    item("INV-7001", ACME, "777.77", 15, null);
    Decision d = engine().decide(payment("B10", "777.77", DAY, "DE02100100100006820101", Remittance.NONE));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.payer()).contains(GROUP);
    assertThat(d.reason()).contains("paying parent");
  }

  @Test
  void unknown_payer_without_reference_goes_to_suspense() {
    item("INV-8001", ACME, "100.00", 15, null);
    Decision d = engine().decide(payment("B11", "100.00", DAY, "XX00UNKNOWN", Remittance.ofText("thank you")));
    assertThat(d.kind()).isEqualTo(DecisionKind.UNAPPLIED);
    assertThat(d.remainder()).isEqualTo(CashBucket.SUSPENSE);
    assertThat(d.reason()).contains("payer not identified");
    // the one open item of exactly this amount in the book is named for the person who works suspense
    assertThat(d.alternatives()).singleElement().satisfies(a -> {
      assertThat(a.allocations()).containsExactly(Allocation.of(DocumentNumber.of("INV-8001"), Money.of("EUR", "100.00")));
      assertThat(a.reason()).contains("INV-8001 of C1 is the only open item(s) in the book of exactly this amount");
    });
  }

  @Test
  void a_payment_without_payer_names_no_items_when_many_share_its_amount() {
    for (int i = 0; i < 4; i++) {
      item("INV-810" + i, i % 2 == 0 ? ACME : BETA, "250.00", 15 + i, null);
    }
    Decision d = engine().decide(payment("B11b", "250.00", DAY, "XX00UNKNOWN", Remittance.ofText("thank you")));
    assertThat(d.kind()).isEqualTo(DecisionKind.UNAPPLIED);
    assertThat(d.alternatives()).isEmpty();
  }

  @Test
  void credit_memo_netted_in_a_structured_remittance() {
    item("INV-9001", ACME, "1000.00", 20, null);
    item("CM-9002", ACME, "-150.00", 10, null);
    Remittance remittance = Remittance.builder().addStructured(StructuredReference.builder()
        .addReferredDocuments(ReferredDocument.builder().number("INV-9001").build())
        .addReferredDocuments(ReferredDocument.builder().number("CM-9002").build()).build()).build();
    Decision d = engine().decide(payment("B12", "850.00", DAY, null, remittance));
    assertThat(d.kind()).isEqualTo(DecisionKind.AUTO);
    assertThat(d.proposal().allocations()).extracting(Allocation::applied)
        .containsExactly(Money.of("EUR", "1000.00"), Money.of("EUR", "-150.00"));
    assertThat(d.reason()).contains("referenced in the structured remittance");
  }

  @Test
  void two_payments_never_both_clear_one_invoice_and_a_repeated_payment_is_not_applied_again() {
    item("INV-1101", ACME, "300.00", 20, null);
    Payment first = payment("B13", "300.00", DAY, null, Remittance.ofText("INV-1101"));
    Payment second = payment("B14", "300.00", DAY.plusDays(1), null, Remittance.ofText("INV-1101"));
    CashApplicationRun run = engine().decideAll(List.of(first, second, first));
    assertThat(run.decisions()).extracting(Decision::kind)
        .containsExactly(DecisionKind.AUTO, DecisionKind.UNAPPLIED, DecisionKind.UNAPPLIED);
    assertThat(run.decisions().get(1).reason()).contains("already settled or not open (possible duplicate payment)");
    assertThat(run.decisions().get(2).reason()).contains("appears a second time");
  }

  @Test
  void automatic_decisions_post_to_the_ledger_and_a_second_import_posts_nothing() {
    item("INV-1201", ACME, "1000.00", 3, PaymentTerms.TWO_TEN_NET_30);
    item("INV-1202", ACME, "500.00", 2, null);
    item("CM-1203", ACME, "-100.00", 1, null);
    ReceivablesLedger ledger = ledgerWithItems();
    Remittance remittance = Remittance.ofText("INV-1201 INV-1202 CM-1203 damaged");
    // 980.00 (1000 less 2% earned) + 500.00 - 100.00 = 1380.00
    Payment payment = payment("B15", "1380.00", DAY, "DE89370400440532013000", remittance);
    CashApplication engine = engine();
    CashApplicationRun run = engine.decideAll(List.of(payment));
    assertThat(run.decisions().get(0).kind()).isEqualTo(DecisionKind.AUTO);
    engine.postAutomatic(run, ledger);
    assertThat(ledger.now().openItems(ACME)).isEmpty();
    assertThat(ledger.now().unappliedCash(ACME).isZero()).isTrue();
    int journal = ledger.journal().size();
    engine.postAutomatic(run, ledger);
    assertThat(ledger.journal()).hasSize(journal);
  }
}
