package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCode;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.SharedData;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads every camt file of the shared sample data (real banks' and other parsers' files, see
 * {@code ../shared/data/SOURCES.md}) and checks the values other parsers assert there and the
 * values derived from the files in {@code expected/camt-derived.json}. Skips when the folder is
 * absent.
 */
class CamtSharedDataTest {

  private static final List<String> FOLDERS = List.of("camt053", "camt054", "camt052");
  private static final String ABSENT = "(shared data absent)";

  private static Optional<Path> dataDir() {
    String shared = System.getProperty("o2c.shared.dir");
    if (shared == null) {
      return Optional.empty();
    }
    Path data = Path.of(shared, "data");
    return Files.isDirectory(data.resolve("camt053")) ? Optional.of(data) : Optional.empty();
  }

  private static Path data() {
    Optional<Path> dir = dataDir();
    assumeTrue(dir.isPresent(), SharedData.ABSENT);
    return dir.get();
  }

  static Stream<String> files() throws IOException {
    Optional<Path> dir = dataDir();
    if (dir.isEmpty()) {
      return Stream.of(ABSENT);
    }
    Stream.Builder<String> names = Stream.builder();
    for (String folder : FOLDERS) {
      try (Stream<Path> s = Files.list(dir.get().resolve(folder))) {
        s.filter(Files::isRegularFile)
            .map(p -> folder + "/" + p.getFileName())
            .sorted()
            .forEach(names::add);
      }
    }
    return names.build();
  }

  private static StatementFile read(String relative) {
    Path file = data().resolve(relative);
    try (InputStream in = Files.newInputStream(file)) {
      return StatementReaders.readFile(in, relative);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Statement only(String relative) {
    List<Statement> statements = read(relative).statements();
    assertThat(statements).hasSize(1);
    return statements.get(0);
  }

  /** A JSON number (or numeric string) as its plain decimal text. */
  private static String number(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : (String) value;
  }

  private static Money money(String ccy, String amount) {
    return Money.of(ccy, amount);
  }

  private static List<FindingCode> codes(Statement s) {
    return s.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ derived values, every file

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> derived() {
    Path json = data().resolve("expected/camt-derived.json");
    try {
      Map<String, Object> root = (Map<String, Object>) SharedData.json(json);
      Map<String, Map<String, Object>> byFile = new HashMap<>();
      for (Object f : (List<Object>) root.get("files")) {
        Map<String, Object> m = (Map<String, Object>) f;
        byFile.put((String) m.get("file"), m);
      }
      return byFile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @SuppressWarnings("unchecked")
  void test_everyCamtFile_readsAndMatchesDerivedValues(String relative) {
    assumeTrue(!relative.equals(ABSENT), SharedData.ABSENT);
    StatementFile file = read(relative);
    StatementFormat expectedFormat =
        relative.startsWith("camt053")
            ? StatementFormat.CAMT_053
            : relative.startsWith("camt054") ? StatementFormat.CAMT_054 : StatementFormat.CAMT_052;
    assertThat(file.format()).isEqualTo(expectedFormat);

    Map<String, Object> expected = derived().get(relative);
    if (expected == null) {
      fail("no derived values for " + relative + " in expected/camt-derived.json");
    }
    List<Object> records = (List<Object>) expected.get("records");
    assertThat(file.statements()).hasSize(records.size());
    String text;
    try {
      text = Files.readString(data().resolve(relative), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> r = (Map<String, Object>) records.get(i);
      Statement s = file.statements().get(i);
      assertThat(s.format()).isEqualTo(expectedFormat);
      assertThat(s.messageId()).contains((String) expected.get("msgId"));
      assertThat(s.statementId()).isEqualTo(r.get("id"));
      assertThat(s.account().id()).isEqualTo(r.get("account"));
      for (Object b : (List<Object>) r.get("balances")) {
        Map<String, Object> bal = (Map<String, Object>) b;
        Money amount = money((String) bal.get("ccy"), number(bal.get("amount")));
        // xs:date may carry a zone ("2017-04-01+02:00"); the date is the first ten characters.
        LocalDate date = LocalDate.parse(((String) bal.get("date")).substring(0, 10));
        assertThat(s.balances())
            .as("balance %s", bal)
            .anySatisfy(
                x -> {
                  assertThat(x.code()).contains((String) bal.get("type"));
                  assertThat(x.amount()).isEqualTo(amount);
                  assertThat(x.date()).isEqualTo(date);
                });
      }
      assertThat(s.entries()).hasSize(Integer.parseInt(number(r.get("entries"))));
      List<String> ccys = (List<String>) r.get("entryCcys");
      if (ccys.size() == 1) {
        String ccy = ccys.get(0);
        Money credits = Money.zero(javax.money.Monetary.getCurrency(ccy));
        Money debits = credits;
        for (Entry e : s.entries()) {
          if (e.direction() == Direction.CREDIT) {
            credits = credits.plus(e.amount());
          } else {
            debits = debits.plus(e.amount());
          }
        }
        assertThat(credits).isEqualTo(money(ccy, number(r.get("creditSum"))));
        assertThat(debits).isEqualTo(money(ccy, number(r.get("debitSum"))));
      }
      assertThat(s.entries().stream().filter(Entry::reversal).count())
          .isEqualTo(Long.parseLong(number(r.get("reversals"))));
      Map<String, Object> status = (Map<String, Object>) r.get("status");
      long booked = Long.parseLong(number(status.getOrDefault("BOOK", "0")));
      long pending = Long.parseLong(number(status.getOrDefault("PDNG", "0")));
      assertThat(s.entries().stream().filter(e -> e.status() == EntryStatus.BOOKED).count())
          .isEqualTo(booked);
      assertThat(s.entries().stream().filter(e -> e.status() == EntryStatus.PENDING).count())
          .isEqualTo(pending);
      // One transaction per TxDtls, plus one for each entry without details.
      int txDtls = Integer.parseInt(number(r.get("txDtls")));
      assertThat(s.transactions().size())
          .isBetween(Math.max(txDtls, s.entries().size()), txDtls + s.entries().size());
      if (txDtls == 0) {
        assertThat(s.transactions()).hasSameSizeAs(s.entries());
      }
      Object check = r.get("balanceCheck");
      boolean balanceFinding = codes(s).contains(Finding.BALANCE_MISMATCH);
      if ("OK".equals(check) || check == null) {
        assertThat(balanceFinding).as("balance finding for %s", check).isFalse();
      } else {
        assertThat(balanceFinding).as("balance finding for %s", check).isTrue();
      }
      // Keys must tell every transaction of a statement apart.
      Set<String> keys = new HashSet<>();
      s.transactions().forEach(t -> assertThat(keys.add(t.duplicateKey())).as(t.duplicateKey()).isTrue());
      // Availability and statement text come only from their elements, never from anything else.
      if (!text.contains("Avlbty>")) {
        assertThat(s.balances()).allSatisfy(b -> assertThat(b.availability()).isEmpty());
        assertThat(s.entries()).allSatisfy(e -> assertThat(e.availability()).isEmpty());
        assertThat(s.transactions()).allSatisfy(t -> assertThat(t.availability()).isEmpty());
      }
      if (!text.contains("AddtlStmtInf>") && !text.contains("AddtlRptInf>") && !text.contains("AddtlNtfctnInf>")) {
        assertThat(s.additionalInfo()).isEmpty();
      }
    }
  }

  // ------------------------------------------------------------------ upstream asserts

  @ParameterizedTest
  @ValueSource(strings = {"camt053.v2.minimal.xml", "camt053.v3.xml", "camt053.v8.xml"})
  void test_genkgo_sameContentInThreeVersions(String name) {
    Statement s = only("camt053/" + name);
    assertThat(s.statementId()).isEqualTo("253EURNL26VAYB8060476890");
    assertThat(s.account().id()).isEqualTo("NL26VAYB8060476890");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).map(Balance::amount)).contains(money("EUR", "18.15"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).map(Balance::amount)).contains(money("SEK", "-27.00"));
    assertThat(s.balance(BalanceType.OPENING_AVAILABLE).map(Balance::amount))
        .contains(money("CHF", "35.00"));
    assertThat(s.balance(BalanceType.CLOSING_AVAILABLE).map(Balance::amount))
        .contains(money("JPY", "-2700"));
    assertThat(s.entries()).hasSize(1);
    Entry e = s.entries().get(0);
    assertThat(e.amount()).isEqualTo(money("EUR", "8.85"));
    assertThat(e.bookingDate()).contains(LocalDate.of(2014, 12, 31));
    assertThat(e.valueDate()).contains(LocalDate.of(2015, 1, 2));
    Transaction t = e.transactions().get(0);
    assertThat(t.remittance().structured())
        .extracting(r -> r.creditorReference().orElse(""))
        .contains("4654654654654654");
    assertThat(t.debtor().flatMap(Party::iban)).contains("NL56AGDH9619008421");
    assertThat(t.creditor().flatMap(Party::iban)).contains("NL56AGDH9619008421");
    if (name.equals("camt053.v3.xml")) {
      // Its only TxDtls says EUR 105.750 under an entry of EUR 8.85: the booked amount counts, and it is said.
      assertThat(t.amount()).isEqualTo(money("EUR", "8.85"));
      assertThat(codes(s)).containsExactlyInAnyOrder(Finding.BALANCE_MISMATCH, Finding.BATCH_TOTAL_MISMATCH);
    } else {
      // Balances in four currencies cannot be reconciled: said, not thrown.
      assertThat(codes(s)).containsExactly(Finding.BALANCE_MISMATCH);
    }
    // <AddtlStmtInf>Additional Information</AddtlStmtInf> after the entry.
    assertThat(s.additionalInfo()).containsExactly("Additional Information");
  }

  @Test
  void test_genkgo_twoStatementsInOneMessage() {
    List<Statement> statements = read("camt053/camt053.v2.multi.statement.xml").statements();
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).balance(BalanceType.OPENING_BOOKED).get().amount())
        .isEqualTo(money("EUR", "18.15"));
    assertThat(statements.get(0).lastBalance(BalanceType.CLOSING_BOOKED).get().amount())
        .isEqualTo(money("EUR", "27.00"));
    assertThat(statements.get(1).balance(BalanceType.OPENING_BOOKED).get().amount())
        .isEqualTo(money("EUR", "27.00"));
    assertThat(statements.get(1).lastBalance(BalanceType.CLOSING_BOOKED).get().amount())
        .isEqualTo(money("EUR", "20.00"));
    assertThat(statements.get(1).entries().get(0).signedAmount()).isEqualTo(money("EUR", "-7.00"));
    assertThat(statements).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    // Only the second statement ends with an AddtlStmtInf.
    assertThat(statements.get(0).additionalInfo()).isEmpty();
    assertThat(statements.get(1).additionalInfo()).containsExactly("Additional Information");
  }

  @Test
  void test_oca_camt053_fourLinesOneReturnedBatch() {
    Statement s = only("camt053/test-camt053");
    assertThat(s.statementId()).isEqualTo("1234Test/1");
    assertThat(s.account().iban()).contains("NL77ABNA0574908765");
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("EUR");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(money("EUR", "15568.27"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(money("EUR", "15121.12"));
    assertThat(s.transactions())
        .extracting(Transaction::signedAmount)
        .containsExactly(
            money("EUR", "-754.25"), money("EUR", "-564.05"), money("EUR", "-100.00"),
            money("EUR", "1405.31"));
    assertThat(s.transactions().get(0).references().endToEndId())
        .contains("435005714488-ABNO33052620");
    assertThat(s.transactions().get(3).references().endToEndId()).contains("115");
    Entry returned = s.entries().get(1);
    assertThat(returned.reversal()).isTrue();
    assertThat(returned.transactions())
        .allSatisfy(t -> assertThat(t.returnInfo().flatMap(r -> r.reasonCode())).contains("AC06"));
    assertThat(s.transactions().get(0).bookingDate()).contains(LocalDate.of(2014, 1, 5));
    assertThat(codes(s)).containsExactly(Finding.BALANCE_MISMATCH);
    assertThat(s.findings().get(0).message()).contains("EUR 15555.28").contains("EUR 15121.12");
  }

  @Test
  void test_oca_camt053TxDtls_swissIsrBatch() {
    Statement s = only("camt053/test-camt053-txdtls");
    assertThat(s.statementId()).isEqualTo("20170323123456789012345");
    assertThat(s.account().iban()).contains("CH1111000000123456789");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(money("CHF", "75960.15"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(money("CHF", "79443.15"));
    assertThat(s.transactions())
        .extracting(Transaction::signedAmount)
        .containsExactly(money("CHF", "2187.00"), money("CHF", "1296.00"));
    assertThat(s.transactions())
        .extracting(t -> t.remittance().structured().get(0).creditorReference().orElse(""))
        .containsExactly("302388292000011111111111111", "302388292000022222222222222");
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_oca_camt053NoNtry_balancesWithoutEntries() {
    // OCA returns no statement at all here; o2c keeps the statement (balances are information).
    Statement s = only("camt053/test-camt053-no-ntry");
    assertThat(s.entries()).isEmpty();
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(money("CHF", "1520.76"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(money("CHF", "1520.76"));
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_kedder_davider80_entriesWithoutDetails() {
    Statement s = only("camt053/davider80.xml");
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("CHF");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(money("CHF", "9433.31"));
    assertThat(s.lastBalance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(money("CHF", "5753.46"));
    assertThat(s.entries()).hasSize(16);
    assertThat(s.transactions()).hasSize(16);
    Transaction first = s.transactions().get(0);
    assertThat(first.signedAmount()).isEqualTo(money("CHF", "-905.30"));
    assertThat(first.additionalInfo().get()).startsWith("Sistema di addebitamento diretto");
    assertThat(first.references().accountServicerReference()).contains("210564431020000000024556150000");
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_dvbern_richestStatement() {
    Statement s = only("camt053/camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml");
    assertThat(s.messageId()).contains("20160430375204000008573");
    assertThat(s.account().iban()).contains("CH0309000000250090342");
    assertThat(s.entries()).hasSize(13);
    assertThat(s.transactions()).hasSize(32);
    assertThat(s.entries().stream().filter(Entry::reversal).count()).isEqualTo(2);
    assertThat(s.transactions().stream().filter(t -> t.returnInfo().isPresent()).count()).isEqualTo(5);
    List<StructuredReference> isr =
        s.transactions().stream()
            .flatMap(t -> t.remittance().structured().stream())
            .filter(r -> r.creditorReferenceType().orElse("").equals("ISR Reference"))
            .collect(Collectors.toList());
    assertThat(isr).hasSize(10);
    assertThat(isr).allSatisfy(r -> assertThat(r.creditorReferenceValid()).isPresent());
    assertThat(s.transactions())
        .anySatisfy(
            t -> {
              assertThat(t.debtor().flatMap(Party::name)).contains("Bernasconi Maria");
              assertThat(t.debtor().flatMap(Party::iban)).contains("CH4444444444444444444");
            });
    assertThat(s.entries().stream().filter(e -> e.transactions().size() == 10).findFirst().get().amount())
        .isNotNull();
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_dvbern_businessSample() {
    Statement s = only("camt053/Business_Sample_camt.053.001.04.xml");
    assertThat(s.messageId()).contains("AAAASESS-FP-STAT001");
    assertThat(s.creationTime()).contains(LocalDateTime.of(2010, 10, 18, 17, 0));
    assertThat(s.entries()).hasSize(3);
    assertThat(s.entries()).anySatisfy(e -> assertThat(e.batches()).isNotEmpty());
    assertThat(s.account().iban()).isEmpty();
    // Each credit's only TxDtls gives another amount than its entry booked (SEK 0, EUR 3255): the
    // payment is what was booked, so the credits add up to the balances.
    List<Transaction> credits = s.transactions().stream().filter(t -> t.direction() == Direction.CREDIT).toList();
    assertThat(credits).extracting(Transaction::amount)
        .containsExactly(money("SEK", "105678.50"), money("SEK", "30000"));
    assertThat(credits.get(1).instructedAmount()).contains(money("EUR", "3255"));
    assertThat(credits.get(1).exchangeRate()).contains(new BigDecimal("0.1085"));
    assertThat(s.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Finding.BATCH_TOTAL_MISMATCH);
      assertThat(f.message()).contains("SEK 0.00").contains("SEK 105678.50");
    });
  }

  @Test
  void test_moov_postFinance2020_closingDoesNotReconcile() {
    Statement s = only("camt053/camt.053_P_CH2909000000250094239_1110092698_0_2020112503071366.xml");
    assertThat(s.balance(BalanceType.FORWARD_AVAILABLE).get().amount())
        .isEqualTo(money("CHF", "216649.21"));
    assertThat(codes(s)).contains(Finding.BALANCE_MISMATCH, Finding.DIRECTION_MISMATCH);
    Finding balance =
        s.findings().stream().filter(f -> f.code().equals(Finding.BALANCE_MISMATCH)).findFirst().get();
    assertThat(balance.message()).contains("CHF 216649.21").contains("CHF 215112.21");
  }

  @Test
  void test_oca_camt054_oneCredit() {
    Statement s = only("camt054/test-camt054");
    assertThat(s.account().iban()).contains("NL77ABNA0574908765");
    assertThat(s.balances()).isEmpty();
    Transaction t = s.transactions().get(0);
    assertThat(t.signedAmount()).isEqualTo(money("EUR", "5.00"));
    assertThat(t.bookingDate()).contains(LocalDate.of(2022, 1, 26));
    assertThat(t.remittance().structured().get(0).creditorReference())
        .contains("000000000000000000000000003");
    assertThat(t.references().instructionId()).contains("MIB InstrId305-312MM20211231v1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"camt054.v2.xml", "camt054.v8.xml"})
  void test_genkgo_camt054_remittanceVariants(String name) {
    Statement s = only("camt054/" + name);
    Entry e = s.entries().get(0);
    assertThat(e.signedAmount()).isEqualTo(money("SEK", "-200000.00"));
    assertThat(e.bankTransactionCode().domain()).contains("PMNT");
    assertThat(e.bankTransactionCode().family()).contains("ICDT");
    assertThat(e.bankTransactionCode().subFamily()).contains("DMCT");
    List<Transaction> t = e.transactions();
    assertThat(t).hasSize(3);
    assertThat(t.get(0).remittance().unstructured()).containsExactly("Unstructured Remittance Information V1");
    StructuredReference r0 = t.get(0).remittance().structured().get(0);
    assertThat(r0.creditorReference()).contains("ISR ref number V1");
    assertThat(r0.creditorReferenceType()).contains("ISR Reference");
    assertThat(r0.additionalInfo()).containsExactly("Additional Remittance Information V1");
    assertThat(t.get(1).remittance().unstructured()).isEmpty();
    assertThat(t.get(1).remittance().structured().get(0).creditorReference()).contains("ISR ref number V2");
    assertThat(t.get(2).remittance().unstructured())
        .containsExactly(
            "Unstructured Remittance Information V3 block 1",
            "Unstructured Remittance Information V3 block 2");
    assertThat(t.get(2).remittance().structured())
        .extracting(r -> r.creditorReference().orElse(""))
        .containsExactly("Ref number V3 block 1", "Ref number V3 block 2");
    if (name.contains("v8")) {
      assertThat(e.batches().get(0).paymentInformationId()).contains("UXC06170000006PI00001");
    }
    assertThat(s.additionalInfo()).containsExactly("Additional Information");
  }

  @Test
  void test_dvbern_esPaymentSlips_eightDetails() {
    Statement s = only("camt054/camt.054-ES_P_CH0309000000250090342_38000000_0_2016052723011813.xml");
    assertThat(s.messageId()).contains("20160527375204000015644");
    Entry e = s.entries().get(0);
    assertThat(e.amount()).isEqualTo(money("CHF", "620.00"));
    assertThat(e.bookingDate()).contains(LocalDate.of(2016, 5, 27));
    assertThat(e.transactions()).hasSize(8);
    assertThat(e.transactions()).anySatisfy(t -> assertThat(t.charges()).isNotEmpty());
    assertThat(e.charges()).containsExactly(money("CHF", "4.80"), money("CHF", "2.40"));
    assertThat(codes(s)).doesNotContain(Finding.BATCH_TOTAL_MISMATCH);
  }

  @Test
  void test_dvbern_qrBillReferences() {
    Statement s =
        only("camt054/200519_camt.054_P_CH2909000000250094239_1111091335_0_2020061900081727_v2019.xml");
    Entry e = s.entries().get(0);
    assertThat(e.amount()).isEqualTo(money("CHF", "1692.22"));
    List<StructuredReference> refs =
        e.transactions().stream()
            .map(t -> t.remittance().structured().get(0))
            .collect(Collectors.toList());
    assertThat(refs)
        .extracting(r -> r.creditorReference().orElse(""))
        .containsExactly("539115429773825311971477453", "662437765447746478179744715");
    assertThat(refs).allSatisfy(r -> assertThat(r.creditorReferenceType()).contains("QRR"));
    assertThat(refs).allSatisfy(r -> assertThat(r.creditorReferenceValid()).contains(true));
    assertThat(refs).allSatisfy(r -> assertThat(r.additionalInfo()).contains("?REJECT?0"));
  }

  @Test
  void test_dvbern_noBookedNonReversedCredit() {
    Statement s = only("camt054/camt_054_Beispiel_NoCrdtBookedNotReversed.xml");
    assertThat(s.messageId()).contains("MSGID-201707261400");
    assertThat(s.account().iban()).contains("CH160077401231234567");
    List<Entry> e = s.entries();
    assertThat(e.get(0).amount()).isEqualTo(money("CHF", "111.00"));
    assertThat(e.get(0).reversal()).isTrue();
    assertThat(e.get(1).status()).isEqualTo(EntryStatus.PENDING);
    assertThat(e.get(2).direction()).isEqualTo(Direction.DEBIT);
    assertThat(codes(s)).containsExactly(Finding.DIRECTION_MISMATCH);
    assertThat(s.transactions())
        .noneMatch(
            t -> t.status() == EntryStatus.BOOKED && !t.reversal() && t.direction() == Direction.CREDIT);
  }

  @Test
  void test_moov_esrAsr_detailsAddUp() {
    Statement s =
        only("camt054/200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_2019042500372179.xml");
    Entry credit = s.entries().get(0);
    assertThat(credit.amount()).isEqualTo(money("CHF", "1537.00"));
    assertThat(credit.transactions())
        .extracting(Transaction::amount)
        .containsExactly(
            money("CHF", "250.00"), money("CHF", "200.00"), money("CHF", "300.00"),
            money("CHF", "324.00"), money("CHF", "463.00"));
    Entry debit = s.entries().get(1);
    assertThat(debit.signedAmount()).isEqualTo(money("CHF", "-147.00"));
    assertThat(debit.bankTransactionCode().family()).contains("CNTR");
    assertThat(debit.transactions().get(0).charges()).contains(money("CHF", "4.40"));
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_moov_returnWithReason() {
    Statement s = only("camt054/camt054-returns_p_ch5109000000250092291_1110097606_0_2020112500512470.xml");
    Transaction t = s.transactions().get(0);
    assertThat(t.signedAmount()).isEqualTo(money("CHF", "500.00"));
    assertThat(t.reversal()).isTrue();
    assertThat(t.returnInfo().get().reasonCode()).contains("AC01");
    assertThat(t.returnInfo().get().additionalInfo()).anySatisfy(l -> assertThat(l).contains("Kontonummer falsch"));
    assertThat(t.remittance().unstructured()).containsExactly("Kontouebertrag");
  }

  @Test
  void test_moov_sixDetailsWithEndToEndIds() {
    Statement s = only("camt054/200924_camt.054_P_CH2909000000250094239_1110092703_0_2019042423412214.xml");
    Entry e = s.entries().get(0);
    assertThat(e.amount()).isEqualTo(money("CHF", "1500.00"));
    assertThat(e.transactions()).hasSize(6);
    assertThat(e.transactions())
        .allSatisfy(
            t -> {
              assertThat(t.references().endToEndId()).isPresent();
              assertThat(t.remittance().structured()).isNotEmpty();
              assertThat(t.remittance().unstructured()).isNotEmpty();
            });
  }

  @Test
  void test_hbci_directDebitReturn() {
    Statement s = only("camt052/test-camt-ruecklastschrift.xml");
    assertThat(s.entries()).hasSize(1);
    Transaction t = s.transactions().get(0);
    assertThat(t.signedAmount()).isEqualTo(money("EUR", "-53.00"));
    assertThat(t.instructedAmount()).contains(money("EUR", "50.00"));
    assertThat(t.charges()).contains(money("EUR", "3.00"));
    assertThat(t.debtor().get().iban()).contains("DES1234567890");
    assertThat(t.debtor().get().bic()).contains("TESTS1234");
    assertThat(t.debtor().get().name()).contains("Sven Schuldner");
    assertThat(t.returnInfo().get().reasonCode()).contains("MS03");
    assertThat(t.remittance().unstructured()).containsExactly("RUECKLASTSCHRIFT Sonstige Gruende");
    assertThat(codes(s)).containsExactly(Finding.BALANCE_MISMATCH);
  }

  @Test
  void test_kedder_camt052_sparkasse() {
    Statement s = only("camt052/camt052.xml");
    assertThat(s.account().currency().map(c -> c.getCurrencyCode())).contains("EUR");
    assertThat(s.account().bic()).contains("PZHSDE66XXX");
    assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount()).isEqualTo(money("EUR", "268.35"));
    assertThat(s.lastBalance(BalanceType.CLOSING_BOOKED).get().amount()).isEqualTo(money("EUR", "16.95"));
    assertThat(s.transactions()).hasSize(5);
    assertThat(s.entries().get(0).additionalInfo()).contains("BELASTUNG");
    assertThat(s.transactions().get(0).creditor().flatMap(Party::name)).contains("SPARKASSE PFORZHEIM CALW");
    assertThat(s.transactions().get(0).references().accountServicerReference()).contains("NONREF");
    assertThat(s.findings()).isEmpty();
  }
}
