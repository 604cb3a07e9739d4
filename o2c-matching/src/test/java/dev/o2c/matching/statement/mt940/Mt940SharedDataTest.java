package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.SharedData;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every MT940/MT942 sample under {@code shared/data} and checks it against the derived expected
 * values ({@code expected/mt940-derived.json}) and the upstream parsers' asserts listed in SOURCES.md.
 */
class Mt940SharedDataTest {

  private static final Mt940Reader READER = new Mt940Reader();

  static Stream<Path> sampleFiles() throws IOException {
    List<Path> all = new ArrayList<>(SharedData.files("mt940"));
    all.addAll(SharedData.files("mt942"));
    return all.stream();
  }

  static StatementFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return READER.readFile(in, file.getFileName().toString());
    }
  }

  static StatementFile read(String sub, String name) throws IOException {
    return read(SharedData.folder(sub).resolve(name));
  }

  @ParameterizedTest
  @MethodSource("sampleFiles")
  void test_everySample_readsAndIsDetectedAsSwift(Path file) throws IOException {
    StatementFile f = read(file);
    assertThat(f.statements()).isNotEmpty();
    assertThat(f.statements()).allSatisfy(s -> assertThat(s.entries()).allSatisfy(e ->
        assertThat(e.transactions()).hasSize(1)));
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(StatementReaders.PEEK_BYTES);
    }
    StatementFormat expected = file.getParent().getFileName().toString().equals("mt942")
        ? StatementFormat.MT942 : StatementFormat.MT940;
    assertThat(StatementReaders.detect(head)).contains(expected);
    assertThat(f.statements()).allSatisfy(s -> assertThat(s.format()).isEqualTo(expected));
  }

  @Test
  @SuppressWarnings("unchecked")
  void test_everyStatement_matchesDerivedExpectations() throws IOException {
    Path data = SharedData.folder("mt940").getParent();
    Map<String, Object> json = (Map<String, Object>) SharedData.json(data.resolve("expected/mt940-derived.json"));
    List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
    assertThat(files).hasSize(14);
    for (Map<String, Object> file : files) {
      String name = (String) file.get("file");
      List<Statement> statements = read(data.resolve(name)).statements();
      List<Map<String, Object>> expected = (List<Map<String, Object>>) file.get("statements");
      assertThat(statements).as(name).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Map<String, Object> e = expected.get(i);
        Statement s = statements.get(i);
        String where = name + " statement " + (i + 1);
        assertThat(s.statementId()).as(where).isEqualTo(e.get("ref"));
        assertThat(s.sequenceNumber()).as(where).contains((String) e.get("stmtNo"));
        String rawAccount = ((String) e.get("account")).replace(" ", "");
        assertThat(rawAccount).as(where).startsWith(s.account().id().replace(" ", ""));
        assertThat(rawAccount.substring(s.account().id().replace(" ", "").length())).as(where)
            .matches("|[A-Z]{3}");
        assertThat(s.entries()).as(where).hasSize(((BigDecimal) e.get("lines")).intValue());
        assertThat(sum(s, Direction.CREDIT)).as(where + " credits").isEqualByComparingTo((String) e.get("credit"));
        assertThat(sum(s, Direction.DEBIT)).as(where + " debits").isEqualByComparingTo((String) e.get("debit"));
        long rc = s.entries().stream().filter(x -> x.reversal() && x.direction() == Direction.DEBIT).count();
        long rd = s.entries().stream().filter(x -> x.reversal() && x.direction() == Direction.CREDIT).count();
        assertThat(rc).as(where + " RC").isEqualTo(((BigDecimal) e.get("rc")).longValue());
        assertThat(rd).as(where + " RD").isEqualTo(((BigDecimal) e.get("rd")).longValue());
        checkBalance(s, e, "60F", BalanceType.OPENING_BOOKED, where);
        checkBalance(s, e, "62F", BalanceType.CLOSING_BOOKED, where);
        checkBalance(s, e, "64", BalanceType.CLOSING_AVAILABLE, where);
        boolean mismatch = s.findings().stream().anyMatch(f -> f.code().equals(Finding.BALANCE_MISMATCH));
        Object check = e.get("balanceCheck");
        if (check != null) {
          assertThat(mismatch).as(where + " balance check " + check).isEqualTo(!check.equals("OK"));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void checkBalance(Statement s, Map<String, Object> e, String tag, BalanceType type, String where) {
    Map<String, Object> b = (Map<String, Object>) e.get(tag);
    if (b == null) {
      assertThat(s.balances().stream().filter(x -> x.code().orElse("").equals(tag))).as(where + " " + tag).isEmpty();
      return;
    }
    var actual = s.balances().stream().filter(x -> x.code().orElse("").equals(tag)).findFirst().orElseThrow();
    assertThat(actual.type()).as(where + " " + tag).isEqualTo(type);
    assertThat(actual.amount().currency().getCurrencyCode()).as(where + " " + tag).isEqualTo(b.get("ccy"));
    assertThat(actual.amount().amount()).as(where + " " + tag).isEqualByComparingTo((String) b.get("amount"));
    assertThat(actual.date()).as(where + " " + tag).isEqualTo(SwiftValues.date((String) b.get("date"), 0));
  }

  private static BigDecimal sum(Statement s, Direction d) {
    return s.entries().stream().filter(e -> e.direction() == d).map(e -> e.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal balance(Statement s, BalanceType t) {
    return s.balance(t).orElseThrow().amount().amount();
  }

  @Test
  void test_sepaMt9401_rcLinesAreDebitReversalsAndAllStatementsBalance() throws IOException {
    List<Statement> st = read("mt940", "sepa_mt9401.sta").statements();
    assertThat(st).hasSize(26);
    assertThat(st.stream().mapToInt(s -> s.entries().size()).sum()).isEqualTo(97);
    List<Entry> rc = st.stream().flatMap(s -> s.entries().stream()).filter(Entry::reversal).toList();
    assertThat(rc).hasSize(2).allSatisfy(e -> {
      assertThat(e.direction()).isEqualTo(Direction.DEBIT);
      assertThat(e.amount()).isEqualTo(Money.of("EUR", "204.88"));
    });
    assertThat(st).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    assertThat(balance(st.get(25), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("50.05");
    assertThat(st.stream().mapToLong(s -> s.entries().stream().filter(e -> e.direction() == Direction.CREDIT)
        .mapToLong(e -> e.amount().minorUnits()).sum()).sum()).isEqualTo(518847494L);
    Transaction first = st.get(0).entries().get(0).transactions().get(0);
    assertThat(first.bankTransactionCode().gvc()).contains("159");
    assertThat(first.additionalInfo()).contains("RETOURE");
    assertThat(first.references().endToEndId()).contains("TFNR 40005 00005");
    assertThat(first.remittance().unstructured())
        .containsExactly("MTLG:Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag");
    assertThat(first.references().accountServicerReference()).contains("0724710345313905");
    assertThat(first.returnInfo()).hasValueSatisfying(r -> assertThat(r.reasonCode()).contains("914"));
  }

  @Test
  void test_cmxl_threeCurrenciesAndGvcSubfieldsAcrossLines() throws IOException {
    List<Statement> st = read("mt940", "cmxl_mt940.sta").statements();
    assertThat(st).extracting(s -> s.account().currency().orElseThrow().getCurrencyCode())
        .containsExactly("DEM", "EUR", "PLN");
    List<Transaction> txs = st.stream().flatMap(s -> s.transactions().stream()).toList();
    assertThat(txs).hasSize(16);
    BigDecimal credits = txs.stream().filter(t -> t.direction() == Direction.CREDIT).map(t -> t.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal debits = txs.stream().filter(t -> t.direction() == Direction.DEBIT).map(t -> t.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(credits).isEqualByComparingTo("72436.74");
    assertThat(debits).isEqualByComparingTo("60109.44");
    Transaction salary = st.get(1).entries().get(1).transactions().get(0);
    assertThat(salary.remittance().unstructured()).containsExactly("Gehalt OktoberFirmaMustermannGmbH");
    assertThat(salary.debtor()).hasValueSatisfying(p -> {
      assertThat(p.name()).contains("MUELLER");
      assertThat(p.bankId()).contains("50060400");
      assertThat(p.otherAccountId()).contains("0847564700");
    });
    Transaction polish = st.get(2).entries().get(0).transactions().get(0);
    assertThat(polish.debtor().flatMap(Party::iban)).contains("PL08106000760000777777777777");
    assertThat(polish.debtor().flatMap(Party::name)).contains("HUTA SZKLA TOPIC ULPRZEMYSLOWA 67 32-669 WROCLAW");
    assertThat(st.get(2).entries().get(0).additionalInfo()).contains("Card transaction");
  }

  @Test
  void test_abnamro_intermediateBalancesAndAllDebits() throws IOException {
    List<Statement> st = read("mt940", "abnamro.sta").statements();
    assertThat(st).hasSize(2);
    List<Transaction> txs = st.stream().flatMap(s -> s.transactions().stream()).toList();
    assertThat(txs).hasSize(10).allSatisfy(t -> assertThat(t.direction()).isEqualTo(Direction.DEBIT));
    assertThat(txs.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("345.93");
    assertThat(balance(st.get(0), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("3236.28");
    assertThat(balance(st.get(0), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("876.84");
    assertThat(st.get(1).balances()).extracting(b -> b.code().orElseThrow() + " " + b.type() + " " + b.amount())
        .containsExactly("60M INTERIM_BOOKED EUR 2876.84", "62M INTERIM_BOOKED EUR 1849.75");
    assertThat(st.get(1).findings()).extracting(Finding::code).containsExactly(Finding.BALANCE_MISMATCH);
  }

  @Test
  void test_mbank_sohEtxFramingAndSemicolonDetails() throws IOException {
    Statement s = read("mt940", "mbank_mt940.sta").statements().get(0);
    assertThat(s.account().iban()).contains("PL29114010810000267002001002");
    assertThat(balance(s, BalanceType.OPENING_BOOKED)).isEqualByComparingTo("0.40");
    assertThat(balance(s, BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("0.43");
    assertThat(s.entries()).hasSize(3).allSatisfy(e -> {
      assertThat(e.direction()).isEqualTo(Direction.CREDIT);
      assertThat(e.amount()).isEqualTo(Money.of("PLN", "0.01"));
      assertThat(e.additionalInfo()).contains("911-TRANSAKCJA IPH");
    });
    assertThat(s.entries().get(0).accountServicerReference()).contains("MB170119012058");
    assertThat(s.transactions().get(0).remittance().unstructured()).first().asString()
        .startsWith("911 TRANSAKCJA COLLECT; ID IPH: XX000000000001");
  }

  @Test
  void test_sberbank_nonStandardNsDetailsAndHuf() throws IOException {
    Statement s = read("mt940", "171011_01234945.sta").statements().get(0);
    assertThat(s.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("HUF");
    assertThat(balance(s, BalanceType.OPENING_BOOKED)).isEqualByComparingTo("627311.30");
    assertThat(balance(s, BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("617874.30");
    assertThat(s.entries()).hasSize(3).allSatisfy(e -> assertThat(e.direction()).isEqualTo(Direction.DEBIT));
    assertThat(s.findings()).isEmpty();
    assertThat(s.transactions().get(0).remittance().unstructured()).contains("15ERGO Versicherung AG Fiokte");
  }

  @Test
  void test_ingIban_cntpAndRemiAcrossLines() throws IOException {
    Statement s = read("mt940", "mt940_iban.txt").statements().get(0);
    assertThat(s.account().iban()).contains("NL68INGB0000012345");
    assertThat(s.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    List<Transaction> txs = s.transactions();
    assertThat(txs).hasSize(21);
    assertThat(txs.get(0).remittance().unstructured()).containsExactly("22-08-2014 Omschrijving");
    assertThat(txs.get(0).creditor()).hasValueSatisfying(p -> {
      assertThat(p.iban()).contains("NL57ABNA0876543211");
      assertThat(p.bic()).contains("ABNANL2A");
      assertThat(p.name()).contains("B Bert");
    });
    assertThat(txs.get(8).remittance().unstructured())
        .containsExactly("Factuurnr: 2015/123456789.00. Kijk voor meer informatie op KPN.comof Hi.nl");
    assertThat(txs.get(8).creditor().flatMap(Party::iban)).contains("NL75INGB0000012345");
    assertThat(txs.get(8).references().endToEndId()).contains("02164810730000043");
    assertThat(txs.get(8).references().mandateId()).contains("M12345678909");
    assertThat(txs.get(18).remittance().unstructured()).containsExactly("Mijn fee");
    assertThat(s.entries().get(0).additionalInfo()).contains("/TRCD/00100/");
    assertThat(s.balance(BalanceType.FORWARD_AVAILABLE)).isPresent();
  }

  @Test
  void test_abnamroStructured_keyedAndLegacyDetails() throws IOException {
    List<Statement> st = read("mt940", "abnamro_structured.txt").statements();
    assertThat(st.stream().mapToInt(s -> s.entries().size()).sum()).isEqualTo(10);
    assertThat(balance(st.get(0), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("10000.9");
    assertThat(st.get(0).balance(BalanceType.OPENING_BOOKED).orElseThrow().date()).isEqualTo(LocalDate.of(2014, 1, 12));
    assertThat(balance(st.get(1), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("3976.9");
    assertThat(st.get(1).balance(BalanceType.CLOSING_BOOKED).orElseThrow().date()).isEqualTo(LocalDate.of(2014, 1, 27));
    Transaction sepa = st.get(0).entries().get(2).transactions().get(0);
    assertThat(sepa.remittance().unstructured()).containsExactly("SAVINGS");
    assertThat(sepa.creditor().flatMap(Party::iban)).contains("NL25ABNA0987654321");
    assertThat(sepa.creditor().flatMap(Party::name)).contains("FOOBAR");
    assertThat(sepa.references().endToEndId()).contains("NOTPROVIDED");
    assertThat(sepa.additionalInfo()).contains("SEPA OVERBOEKING");
  }

  @Test
  void test_twoAccounts_fourStatementsAndSubByteBeforeTag() throws IOException {
    List<Statement> st = read("mt940", "two_accounts.txt").statements();
    assertThat(st).extracting(s -> s.account().id().replace(".", "").replace(" ", ""))
        .containsExactly("156750961", "991430727", "3462483153", "132576155");
    assertThat(st).extracting(s -> s.entries().size()).containsExactly(2, 0, 0, 1);
    assertThat(balance(st.get(0), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("9265.12");
    assertThat(balance(st.get(0), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("2666.37");
    assertThat(balance(st.get(3), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("-12");
    assertThat(st.get(3).balance(BalanceType.OPENING_BOOKED).orElseThrow().date()).isEqualTo(LocalDate.of(2012, 10, 26));
    assertThat(balance(st.get(3), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("238");
    assertThat(st.get(0).transactions().get(1).remittance().unstructured())
        .containsExactly("BETALINGSKENM.  3010675705", "GOOGLE GOOG6291713437", "1402786401");
    assertThat(st).allSatisfy(s -> assertThat(s.findings()).isEmpty());
  }

  @Test
  void test_bunqAndPenta_fruitl00pAsserts() throws IOException {
    Statement bunq = read("mt940", "fruitl00p-bunq_sample").statements().get(0);
    assertThat(bunq.entries()).hasSize(111);
    assertThat(bunq.entries().get(0).direction()).isEqualTo(Direction.CREDIT);
    assertThat(bunq.entries().get(0).amount()).isEqualTo(Money.of("EUR", "2.00"));
    assertThat(bunq.entries().get(0).valueDate()).contains(LocalDate.of(2019, 1, 31));
    assertThat(bunq.entries().get(110).valueDate()).contains(LocalDate.of(2019, 5, 24));
    assertThat(balance(bunq, BalanceType.OPENING_BOOKED).subtract(balance(bunq, BalanceType.CLOSING_BOOKED)).abs())
        .isEqualByComparingTo("26.67");
    assertThat(bunq.transactions().get(0).debtor().flatMap(Party::name)).contains("P.C. Wacki");
    assertThat(bunq.transactions().get(0).remittance().unstructured()).isEmpty();
    Statement penta = read("mt940", "fruitl00p-penta_sample").statements().get(0);
    assertThat(penta.entries()).hasSize(30);
    assertThat(penta.entries().get(0).direction()).isEqualTo(Direction.DEBIT);
    assertThat(penta.entries().get(0).amount()).isEqualTo(Money.of("EUR", "20.00"));
    assertThat(penta.entries().get(0).valueDate()).contains(LocalDate.of(2020, 9, 2));
    assertThat(balance(penta, BalanceType.OPENING_BOOKED).subtract(balance(penta, BalanceType.CLOSING_BOOKED)).abs())
        .isEqualByComparingTo("10576.30");
    assertThat(penta.findings()).isEmpty();
    // Penta leaves out the transaction type: ":61:2009020902D20,00NONREF".
    assertThat(penta.entries().get(0).bankTransactionCode().swiftTypeCode()).isEmpty();
    assertThat(penta.transactions().get(0).references().customerReference()).isEmpty();
  }

  @Test
  void test_volksbank_sepaKeysAndSubfieldsBrokenAcrossLines() throws IOException {
    List<Statement> st = read("mt940", "volksbankenraiffeisenbanken.txt").statements();
    assertThat(st).hasSize(8).allSatisfy(s -> {
      assertThat(s.account().id()).isEqualTo("66642399/93387");
      assertThat(s.findings()).isEmpty();
    });
    assertThat(balance(st.get(0), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("3085.00");
    assertThat(balance(st.get(7), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("3830.00");
    assertThat(st.get(1).transactions()).hasSize(1);
    Transaction t = st.get(1).transactions().get(0);
    assertThat(t.amount()).isEqualTo(Money.of("EUR", "80.00"));
    assertThat(t.bankTransactionCode().gvc()).contains("166");
    assertThat(t.additionalInfo()).contains("UEBERWEISUNG");
    assertThat(t.debtor()).hasValueSatisfying(p -> {
      assertThat(p.bic()).contains("SBCRDE66");
      assertThat(p.iban()).contains("DE83500105179219844142");
      assertThat(p.name()).contains("Antonio Sueto");
    });
    assertThat(t.remittance().unstructured())
        .containsExactly("Musical Emilio CDIBAN: DE83500105179219844142 BIC: SBCRDE66");
  }

  @Test
  void test_sns_blockHeadersPaddingAndMissingClosingBalance() throws IOException {
    List<Statement> st = read("mt940", "test-sns.940").statements();
    assertThat(st).hasSize(3);
    assertThat(balance(st.get(0), BalanceType.OPENING_BOOKED)).isEqualByComparingTo("3026.96");
    assertThat(balance(st.get(0), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("2264.52");
    assertThat(balance(st.get(1), BalanceType.CLOSING_BOOKED)).isEqualByComparingTo("2253.57");
    assertThat(st.get(2).balance(BalanceType.CLOSING_BOOKED)).isEmpty();
    assertThat(st.get(2).findings()).extracting(Finding::code).containsExactly(Finding.MISSING_BALANCE);
    Transaction first = st.get(0).transactions().get(0);
    assertThat(first.remittance().unstructured())
        .containsExactly("NL49RABO0166416932 gerrits glas en schilderwerk", "Factuur 17227/248/20");
    assertThat(st.get(0).entries().get(0).additionalInfo()).contains("gerrits glas en schilderwerk");
  }

  @Test
  void test_mbankMt942_trailerSumsAgreeAndTimestamp() throws IOException {
    Statement s = read("mt942", "mbank_mt942.sta").statements().get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.MT942);
    assertThat(s.balances()).isEmpty();
    assertThat(s.entries()).hasSize(3);
    assertThat(s.findings()).isEmpty();
    assertThat(OffsetDateTime.of(s.creationTime().orElseThrow(), s.creationOffset().orElseThrow()))
        .isEqualTo(OffsetDateTime.parse("2017-01-19T18:15+01:00"));
    assertThat(s.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("PLN");
  }

  @Test
  void test_selfProvidedMt942_debitSumDisagreesWithEntries() throws IOException {
    Statement s = read("mt942", "selfprovided_mt942.sta").statements().get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.MT942);
    assertThat(s.entries()).singleElement().satisfies(e -> {
      assertThat(e.direction()).isEqualTo(Direction.DEBIT);
      assertThat(e.amount()).isEqualTo(Money.of("EUR", "0.42"));
      assertThat(e.bankTransactionCode().swiftTypeCode()).contains("MCI0");
    });
    assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.CONTROL_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).message()).contains("2.30").contains("0.42");
    assertThat(s.transactions().get(0).remittance().unstructured())
        .containsExactly("REMIT:Costs to MT940 Parsing.", "This is Somuchfun.");
  }
}
