package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayerDirectoryTest {

  private static final List<Customer> CUSTOMERS = List.of(
      Customers.customer("C-1", "Müller Maschinenbau GmbH", "DE89 3704 0044 0532 0130 00"),
      Customers.customer("C-2", "Müller Logistik GmbH"),
      Customers.customer("C-3", "Nordwind Logistics GmbH", "GB29NWBK60161331926819"),
      Customers.customer("C-4", "Nordwind Holding AG", "GB29NWBK60161331926819"),
      Customers.customer("C-5", "Blue Harbor International Trading Ltd"),
      Customers.customer("C-6", "Société Générale de Peinture SA"),
      Customers.customer("C-7", "Alpenblick Hotelbetriebsgesellschaft mbH & Co. KG"),
      Customers.customer("C-8", "Alpenblick Hotelbetriebsgesellschaft Süd mbH"),
      Customers.customer("C-9", "Smith & Sons Ltd."),
      Customers.customer("C-10", "Sakura Foods Inc."));

  private static final PayerDirectory PAYERS = PayerDirectory.of(CUSTOMERS);

  private static Payment from(String name, String account) {
    Payment.Builder b = Payments.builder();
    if (name != null) {
      b.payerName(name);
    }
    if (account != null) {
      b.payerAccount(account);
    }
    return b.build();
  }

  @Test
  void test_stated_isCertain() {
    Payment payment = Payments.builder().customerId(CustomerId.of("C-10")).payerName("MUELLER LOGISTIK").build();
    assertThat(PAYERS.identify(payment)).first()
        .extracting(PayerHypothesis::customer, PayerHypothesis::score, PayerHypothesis::evidence)
        .containsExactly(CustomerId.of("C-10"), 1.0, PayerEvidence.STATED);
    assertThat(PAYERS.identify(payment)).extracting(h -> h.customer().toString()).containsExactly("C-10", "C-2");
  }

  @Test
  void test_namesEqualButForTheLegalForm_theOneWrittenAsItIsGoesFirst() {
    PayerDirectory payers = PayerDirectory.of(List.of(Customers.customer("C-31", "Fuji Plastics Oy"),
        Customers.customer("C-32", "Fuji Plastics Inc.")));
    assertThat(payers.identify(from("FUJI PLASTICS INC", null))).extracting(h -> h.customer().toString())
        .containsExactly("C-32", "C-31");
    assertThat(payers.identify(from("Fuji Plastics Oy", null))).extracting(h -> h.customer().toString())
        .containsExactly("C-31", "C-32");
    // neither written as it is: the customer id decides, as before
    assertThat(payers.identify(from("Fuji Plastics GmbH", null))).extracting(h -> h.customer().toString())
        .containsExactly("C-31", "C-32");
    // the name abbreviated: the legal form the payer wrote decides
    assertThat(payers.identify(from("Fuji Plast. Inc", null))).extracting(h -> h.customer().toString())
        .containsExactly("C-32", "C-31");
    assertThat(payers.identify(from("FUJI PLAST OY", null))).extracting(h -> h.customer().toString())
        .containsExactly("C-31", "C-32");
  }

  @Test
  void test_bankAccount_ignoresSpacesAndCase() {
    assertThat(PAYERS.identify(from(null, "de89370400440532013000")))
        .extracting(h -> h.customer().toString(), PayerHypothesis::score, PayerHypothesis::evidence)
        .containsExactly(tuple("C-1", 1.0, PayerEvidence.BANK_ACCOUNT));
    assertThat(PAYERS.identify(from(null, "DE89-3704-0044-0532-0130-00"))).hasSize(1);
    assertThat(PAYERS.identify(from(null, "DE89370400440532013001"))).isEmpty();
  }

  @Test
  void test_sharedAccount_givesBoth_theNameDecidesTheOrder() {
    assertThat(PAYERS.identify(from("NORDWIND HOLDING", "GB29 NWBK 6016 1331 9268 19")))
        .extracting(h -> h.customer().toString(), PayerHypothesis::score, PayerHypothesis::evidence)
        .containsExactly(tuple("C-4", PayerDirectory.SHARED_ACCOUNT_SCORE, PayerEvidence.BANK_ACCOUNT),
            tuple("C-3", PayerDirectory.SHARED_ACCOUNT_SCORE, PayerEvidence.BANK_ACCOUNT));
    assertThat(PAYERS.identify(from(null, "GB29NWBK60161331926819"))).extracting(h -> h.customer().toString())
        .containsExactly("C-3", "C-4");
  }

  @Test
  void test_accountBeatsName() {
    assertThat(PAYERS.identify(from("SAKURA FOODS", "DE89370400440532013000")))
        .extracting(h -> h.customer().toString(), PayerHypothesis::evidence)
        .containsExactly(tuple("C-1", PayerEvidence.BANK_ACCOUNT), tuple("C-10", PayerEvidence.NAME));
  }

  @Test
  void test_learnedAliases() {
    MatchMemory memory = MatchMemory.EMPTY.withAccount("NL91 ABNA 0417 1643 00", CustomerId.of("C-9"))
        .withName("SMITH AND SONS PAYMENTS DEPT", CustomerId.of("C-9"));
    PayerDirectory payers = PAYERS.withMemory(memory);
    assertThat(payers.identify(from(null, "NL91ABNA0417164300")))
        .extracting(h -> h.customer().toString(), PayerHypothesis::score, PayerHypothesis::evidence)
        .containsExactly(tuple("C-9", PayerDirectory.LEARNED_ACCOUNT_SCORE, PayerEvidence.LEARNED_ACCOUNT));
    assertThat(payers.identify(from("Payments Dept, Smith & Sons", null))).first()
        .extracting(h -> h.customer().toString(), PayerHypothesis::score, PayerHypothesis::evidence)
        .containsExactly("C-9", PayerDirectory.LEARNED_NAME_SCORE, PayerEvidence.LEARNED_NAME);
    assertThat(PAYERS.identify(from(null, "NL91ABNA0417164300"))).isEmpty();
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("MUELLER MASCHINENBAU GMBH", "C-1"),          // transliterated umlaut
        Arguments.of("MULLER MASCHINENBAU", "C-1"),                // dropped diacritic, no legal form
        Arguments.of("Mueller Maschinenbau AG", "C-1"),            // another legal form
        Arguments.of("MASCHINENBAU MUELLER", "C-1"),               // word order
        Arguments.of("MUELER MASCHINENBAU GMBH", "C-1"),           // one-edit typo
        Arguments.of("Muller Maschinenbua", "C-1"),                // transposition
        Arguments.of("MUELLER LOGISTIK", "C-2"),
        Arguments.of("Nordwind Logistics Inc.", "C-3"),
        Arguments.of("BLUE HARBOR INTL TRADING", "C-5"),           // abbreviation
        Arguments.of("Blue Harbor Int. Trading Limited", "C-5"),
        Arguments.of("SOCIETE GENERALE DE PEINTURE", "C-6"),       // accents
        Arguments.of("ALPENBLICK HOTELBETRIEBSGESELLSCHAF", "C-7"), // cut at 35
        Arguments.of("Alpenblick Hotelbetriebsgesellschaft Sued", "C-8"),
        Arguments.of("SMITH AND SONS", "C-9"),
        Arguments.of("Smith+Sons Limited", "C-9"),
        Arguments.of("SAKURA FOODS INCORPORATED", "C-10"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void test_fuzzyName_findsTheCustomerFirst(String payerName, String expected) {
    List<PayerHypothesis> hypotheses = PAYERS.identify(from(payerName, null));
    assertThat(hypotheses).isNotEmpty().hasSizeLessThanOrEqualTo(PayerDirectory.MAX_HYPOTHESES);
    assertThat(hypotheses.get(0).customer().toString()).isEqualTo(expected);
    assertThat(hypotheses.get(0).evidence()).isEqualTo(PayerEvidence.NAME);
    assertThat(hypotheses.get(0).score()).isBetween(PayerDirectory.NAME_SCORE_SCALE * PayerDirectory.NAME_MIN_SIMILARITY,
        PayerDirectory.NAME_SCORE_SCALE);
    assertThat(hypotheses.get(0).reason()).contains(payerName);
    assertThat(hypotheses).extracting(PayerHypothesis::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void test_parentPayingForASubsidiary_isIdentifiedAsTheParent() {
    Customer parent = Customers.customer("G-1", "Kestrel Holding AG", "CH93 0076 2011 6238 5295 7");
    Customer subsidiary = Customer.builder().id(CustomerId.of("S-1")).name("Kestrel Logistik GmbH")
        .parentId(parent.id()).currency(parent.currency()).build();
    PayerDirectory payers = PayerDirectory.of(List.of(parent, subsidiary));
    assertThat(payers.identify(from("KESTREL HOLDING", "CH9300762011623852957")))
        .extracting(h -> h.customer().toString(), PayerHypothesis::evidence)
        .containsExactly(tuple("G-1", PayerEvidence.BANK_ACCOUNT));
    assertThat(payers.identify(from("KESTREL HOLDING AG", null))).first()
        .extracting(h -> h.customer().toString()).isEqualTo("G-1");
  }

  @Test
  void test_unknownPayer_givesNothing() {
    assertThat(PAYERS.identify(from("Zebulon Quarry Partners", "FR14 2004 1010 0505 0001 3M02 606"))).isEmpty();
    assertThat(PAYERS.identify(from(null, null))).isEmpty();
    assertThat(PAYERS.identify(from(" & . ", " - "))).isEmpty();
  }

  @Test
  void test_duplicateCustomerId_isRefused() {
    assertThatThrownBy(() -> PayerDirectory.of(List.of(Customers.customer("C-1", "A"), Customers.customer("C-1", "B"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-1").hasMessageContaining("twice");
  }

  /** How payers garble names, per the benchmark's noise model. */
  static Stream<Arguments> noise() {
    return Stream.of(
        Arguments.of("upper case, no legal form", (UnaryOperator<String>) n -> n.replaceAll(" (GmbH.*|AG|Ltd|Inc\\.|LLC|S\\.A\\.|B\\.V\\.|SARL|S\\.p\\.A\\.|PLC|Corp\\.)$", "").toUpperCase()),
        Arguments.of("legal form changed", (UnaryOperator<String>) n -> n.replaceAll(" (GmbH.*|AG|Ltd|Inc\\.|LLC|S\\.A\\.|B\\.V\\.|SARL|S\\.p\\.A\\.|PLC|Corp\\.)$", "") + " Limited"),
        Arguments.of("words reversed", (UnaryOperator<String>) n -> String.join(" ", reversed(n.split(" ")))),
        Arguments.of("cut at 35", (UnaryOperator<String>) n -> n.length() > 35 ? n.substring(0, 35).toUpperCase() : n.toUpperCase()),
        Arguments.of("one typo", (UnaryOperator<String>) n -> n.substring(0, 3) + "x" + n.substring(4)),
        Arguments.of("umlauts transliterated", (UnaryOperator<String>) n -> n.replace("ö", "oe").toUpperCase()));
  }

  /** Built once for all noise kinds, when first needed. */
  private static final class FiftyThousand {
    static final List<Customer> CUSTOMERS = Customers.many(50_000, 7);
    static final PayerDirectory PAYERS = PayerDirectory.of(CUSTOMERS);
  }

  private static String[] reversed(String[] words) {
    String[] r = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      r[i] = words[words.length - 1 - i];
    }
    return r;
  }

  @ParameterizedTest
  @MethodSource("noise")
  void test_fiftyThousandCustomers_theTruePayerIsAmongTheHypotheses(String noise, UnaryOperator<String> garble) {
    List<Customer> customers = FiftyThousand.CUSTOMERS;
    PayerDirectory payers = FiftyThousand.PAYERS;
    Random random = new Random(11);
    int trials = 300;
    int first = 0;
    int listed = 0;
    for (int t = 0; t < trials; t++) {
      Customer truth = customers.get(random.nextInt(customers.size()));
      List<PayerHypothesis> hypotheses = payers.identify(from(garble.apply(truth.name()), null));
      if (!hypotheses.isEmpty() && hypotheses.get(0).customer().equals(truth.id())) {
        first++;
      }
      if (hypotheses.stream().anyMatch(h -> h.customer().equals(truth.id()))) {
        listed++;
      }
    }
    assertThat(listed).as(noise + ": listed " + listed + ", first " + first + " of " + trials).isGreaterThanOrEqualTo(trials * 90 / 100);
  }
}
