package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.FundsAvailability.Distribution;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * camt {@code Avlbty} on balances, entries and transaction details as {@link FundsAvailability},
 * and the statement-level texts {@code AddtlStmtInf}, {@code AddtlRptInf} and {@code
 * AddtlNtfctnInf} as {@link Statement#additionalInfo()}.
 */
class CamtAvailabilityTest {

  private static final String STMT = "/Document/BkToCstmrStmt[1]/Stmt[1]";
  private static final LocalDate MAY_6 = LocalDate.of(2024, 5, 6);

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  private static String avlbty(String dt, String amount, String indicator) {
    return avlbty(dt, "EUR", amount, indicator);
  }

  private static String avlbty(String dt, String ccy, String amount, String indicator) {
    return "<Avlbty><Dt>" + dt + "</Dt><Amt Ccy=\"" + ccy + "\">" + amount + "</Amt><CdtDbtInd>"
        + indicator + "</CdtDbtInd></Avlbty>";
  }

  private static String days(String n) {
    return "<NbOfDays>" + n + "</NbOfDays>";
  }

  private static String on(String date) {
    return "<ActlDt>" + date + "</ActlDt>";
  }

  /**
   * A camt.053 statement in EUR with one balanced credit entry of 100.00 with one transaction
   * detail; the three strings go into the closing balance, the entry and the detail where {@code
   * Avlbty} belongs, {@code tail} after the entry.
   */
  private static String statement(String version, String bal, String ntry, String tx, String tail) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version + "\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>M-1</MsgId><CreDtTm>2024-05-07T05:00:00</CreDtTm></GrpHdr>"
        + "<Stmt><Id>S-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>"
        + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-05-06</Dt></Dt></Bal>"
        + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">100.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-05-06</Dt></Dt>" + bal + "</Bal>"
        + "<Ntry><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
        + "<BookgDt><Dt>2024-05-06</Dt></BookgDt><AcctSvcrRef>A-1</AcctSvcrRef>" + ntry
        + "<NtryDtls><TxDtls><Refs><EndToEndId>E-1</EndToEndId></Refs><Amt Ccy=\"EUR\">100.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd>" + tx + "</TxDtls></NtryDtls></Ntry>"
        + tail + "</Stmt></BkToCstmrStmt></Document>";
  }

  private static Statement only(String xml) {
    List<Statement> statements = CamtSamples.read(xml);
    assertThat(statements).hasSize(1);
    return statements.get(0);
  }

  // ------------------------------------------------------------------ the hand-written sample

  @Test
  void test_sample_balanceAvailability_sortedByDaysThenDates() {
    Statement s = only(CamtSamples.text("camt053-v04-availability.xml"));
    assertThat(s.findings()).isEmpty();
    assertThat(s.balance(BalanceType.OPENING_BOOKED).flatMap(Balance::availability)).isEmpty();
    assertThat(s.balance(BalanceType.CLOSING_AVAILABLE).flatMap(Balance::availability)).isEmpty();
    FundsAvailability closing = s.balance(BalanceType.CLOSING_BOOKED).flatMap(Balance::availability).orElseThrow();
    assertThat(closing.type()).isEqualTo(FundsAvailability.Type.DISTRIBUTED);
    assertThat(closing.code()).isEqualTo("D");
    assertThat(closing.distributions()).containsExactly(
        Distribution.of(1, usd("500.00")),
        Distribution.of(2, usd("100.00")),
        Distribution.onDate(LocalDate.of(2024, 5, 8), usd("250.00")));
  }

  @Test
  void test_sample_entryAvailability_byDaysByDatesAndDebit() {
    Statement s = only(CamtSamples.text("camt053-v04-availability.xml"));
    List<Entry> e = s.entries();
    assertThat(e).hasSize(4);
    // NbOfDays 0, +1 and 02: the plus sign and the leading zero are only notation.
    assertThat(e.get(0).availability().orElseThrow().distributions()).containsExactly(
        Distribution.of(0, usd("600.00")), Distribution.of(1, usd("300.00")), Distribution.of(2, usd("100.00")));
    assertThat(e.get(0).availability().orElseThrow().distributedTotal()).contains(e.get(0).amount());
    // Written 05-09 before 05-08; the model keeps dates ascending.
    assertThat(e.get(1).availability().orElseThrow().distributions()).containsExactly(
        Distribution.onDate(LocalDate.of(2024, 5, 8), usd("200.00")),
        Distribution.onDate(LocalDate.of(2024, 5, 9), usd("50.00")));
    // A DBIT availability is negative, as a DBIT balance is.
    assertThat(e.get(2).availability().orElseThrow().distributions())
        .containsExactly(Distribution.of(0, usd("-75.00")));
    assertThat(e.get(3).availability()).isEmpty();
  }

  @Test
  void test_sample_transactionAvailability_onlyFromItsOwnDetails() {
    Statement s = only(CamtSamples.text("camt053-v04-availability.xml"));
    List<Transaction> batch = s.entries().get(3).transactions();
    assertThat(batch).hasSize(2);
    assertThat(batch.get(0).availability().orElseThrow().distributions())
        .containsExactly(Distribution.of(1, usd("200.00")));
    assertThat(batch.get(1).availability()).isEmpty();
    // Entries without details: the transaction built from the entry does not repeat its availability.
    assertThat(s.entries().get(0).transactions()).singleElement()
        .satisfies(t -> assertThat(t.availability()).isEmpty());
  }

  @Test
  void test_sample_statementText() {
    Statement s = only(CamtSamples.text("camt053-v04-availability.xml"));
    assertThat(s.additionalInfo())
        .containsExactly("Funds from cheque deposits are subject to our availability schedule.");
  }

  // ------------------------------------------------------------------ small cases

  @Test
  void test_sameDaysOrDateTwice_amountsAddUpWithTheirSigns() {
    Statement s = only(statement("08", "",
        avlbty(days("1"), "10.00", "CRDT") + avlbty(on("2024-05-08"), "1.00", "CRDT")
            + avlbty(days("01"), "3.00", "DBIT") + avlbty(on("2024-05-08"), "4.00", "CRDT"),
        "", ""));
    assertThat(s.entries().get(0).availability().orElseThrow().distributions()).containsExactly(
        Distribution.of(1, eur("7.00")), Distribution.onDate(LocalDate.of(2024, 5, 8), eur("5.00")));
  }

  @Test
  void test_availabilityNotAddingUpToItsAmount_isNoFinding() {
    // camt does not say that availability amounts add up to the entry or balance: nothing is reported.
    Statement s = only(statement("02", avlbty(days("3"), "999.00", "CRDT"),
        avlbty(days("1"), "250.00", "CRDT") + avlbty(on("2024-05-09"), "0.01", "DBIT"),
        avlbty(days("0"), "1.00", "CRDT"), ""));
    assertThat(s.findings()).isEmpty();
    assertThat(s.entries().get(0).availability().orElseThrow().distributedTotal()).contains(eur("249.99"));
    assertThat(s.balance(BalanceType.CLOSING_BOOKED).flatMap(Balance::availability).orElseThrow()
        .distributions()).containsExactly(Distribution.of(3, eur("999.00")));
    assertThat(s.transactions().get(0).availability().orElseThrow().distributions())
        .containsExactly(Distribution.of(0, eur("1.00")));
  }

  @Test
  void test_noAvailability_leavesEverythingEmpty() {
    Statement s = only(statement("13", "", "", "", ""));
    assertThat(s.balances()).allSatisfy(b -> assertThat(b.availability()).isEmpty());
    assertThat(s.entries()).allSatisfy(e -> assertThat(e.availability()).isEmpty());
    assertThat(s.transactions()).allSatisfy(t -> assertThat(t.availability()).isEmpty());
    assertThat(s.additionalInfo()).isEmpty();
  }

  static Stream<Arguments> badAvailability() {
    String ntry = STMT + "/Ntry[1]/Avlbty[1]";
    return Stream.of(
        Arguments.of("", avlbty(days("1") + on("2024-05-08"), "1.00", "CRDT"), "", ntry + "/Dt[1]",
            "either NbOfDays or ActlDt"),
        Arguments.of("", avlbty("", "1.00", "CRDT"), "", ntry + "/Dt[1]", "either NbOfDays or ActlDt"),
        Arguments.of("", avlbty(days("-1"), "1.00", "CRDT"), "", ntry + "/Dt[1]/NbOfDays[1]",
            "not a number of days: '-1'"),
        Arguments.of("", avlbty(days("1.5"), "1.00", "CRDT"), "", ntry + "/Dt[1]/NbOfDays[1]",
            "not a number of days"),
        Arguments.of("", avlbty(days("1234567890123456"), "1.00", "CRDT"), "", ntry + "/Dt[1]/NbOfDays[1]",
            "not a number of days"),
        Arguments.of("", avlbty(days("2147483648"), "1.00", "CRDT"), "", ntry + "/Dt[1]/NbOfDays[1]",
            "too large"),
        Arguments.of("", avlbty(on("2024-02-30"), "1.00", "CRDT"), "", ntry + "/Dt[1]/ActlDt[1]",
            "not a date"),
        Arguments.of("", avlbty(days("1"), "1.00", "CRDX"), "", ntry + "/CdtDbtInd[1]", "CRDT or DBIT"),
        Arguments.of("", "<Avlbty><Dt>" + days("1") + "</Dt><Amt Ccy=\"EUR\">1.00</Amt></Avlbty>", "",
            ntry + "/CdtDbtInd", "required element CdtDbtInd is missing"),
        Arguments.of("", avlbty(days("1"), "USD", "1.00", "CRDT"), "", ntry + "/Amt[1]",
            "not in the currency of its entry (EUR)"),
        Arguments.of(avlbty(days("1"), "USD", "1.00", "CRDT"), "", "", STMT + "/Bal[2]/Avlbty[1]/Amt[1]",
            "not in the currency of its balance (EUR)"),
        Arguments.of("", "", avlbty(days("1"), "1.00", "CRDT") + avlbty(days("2"), "USD", "1.00", "CRDT"),
            STMT + "/Ntry[1]/NtryDtls[1]/TxDtls[1]/Avlbty[2]/Amt[1]",
            "not in the currency of the first availability amount (EUR)"));
  }

  @ParameterizedTest
  @MethodSource("badAvailability")
  void test_badAvailability_isAParseErrorAtItsElement(
      String bal, String ntry, String tx, String location, String problem) {
    String xml = statement("08", bal, ntry, tx, "");
    assertThatThrownBy(() -> CamtSamples.read(xml))
        .isInstanceOfSatisfying(StatementParseException.class, e -> {
          assertThat(e.location()).isEqualTo(location);
          assertThat(e.problem()).contains(problem);
        });
  }

  // ------------------------------------------------------------------ statement-level text

  @Test
  void test_statementText_eachElementAsSent_blankOnesLeftOut() {
    Statement s = only(statement("08", "", "", "",
        "<AddtlStmtInf> Cut-off 18:00 &amp; fees per tariff </AddtlStmtInf><AddtlStmtInf>  </AddtlStmtInf>"
            + "<AddtlStmtInf>second</AddtlStmtInf>"));
    assertThat(s.additionalInfo()).containsExactly(" Cut-off 18:00 & fees per tariff ", "second");
  }

  @Test
  void test_reportAndNotificationText() {
    String report = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.08\">"
        + "<BkToCstmrAcctRpt><GrpHdr><MsgId>R</MsgId><CreDtTm>2024-05-06T12:00:00</CreDtTm></GrpHdr>"
        + "<Rpt><Id>R-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>"
        + "<AddtlRptInf>Intraday, not final</AddtlRptInf></Rpt></BkToCstmrAcctRpt></Document>";
    assertThat(only(report).additionalInfo()).containsExactly("Intraday, not final");
    String notification = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">"
        + "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>N</MsgId><CreDtTm>2024-05-06T12:00:00</CreDtTm></GrpHdr>"
        + "<Ntfctn><Id>N-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>"
        + "<Ntry><Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
        + avlbty(on("2024-05-07"), "5.00", "CRDT") + "</Ntry>"
        + "<AddtlNtfctnInf>Credit advice</AddtlNtfctnInf></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
    Statement n = only(notification);
    assertThat(n.additionalInfo()).containsExactly("Credit advice");
    assertThat(n.entries().get(0).availability().orElseThrow().distributions())
        .containsExactly(Distribution.onDate(LocalDate.of(2024, 5, 7), eur("5.00")));
  }

  /** Records what the streaming API hands over. */
  private static final class Recorder implements StatementHandler {
    final List<Statement> starts = new ArrayList<>();
    final List<Statement> ends = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    @Override
    public void onEntry(Entry entry) {
      entries.add(entry);
    }

    @Override
    public void onStatementStart(Statement statement) {
      starts.add(statement);
    }

    @Override
    public void onStatementEnd(Statement statement) {
      ends.add(statement);
    }
  }

  private static Recorder stream(String xml) {
    Recorder r = new Recorder();
    new CamtReader().stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "s.xml", r);
    return r;
  }

  @Test
  void test_streaming_statementTextComesAfterTheEntries() {
    Recorder r = stream(statement("08", "", "", "", "<AddtlStmtInf>at the end</AddtlStmtInf>"));
    assertThat(r.starts).singleElement().satisfies(s -> assertThat(s.additionalInfo()).isEmpty());
    assertThat(r.ends).singleElement().satisfies(s -> assertThat(s.additionalInfo()).containsExactly("at the end"));
    assertThat(r.entries).singleElement().satisfies(e -> assertThat(e.availability()).isEmpty());
    // Without entries the start is only handed over at the end, and then it has the text too.
    String noEntries = statement("08", "", "", "", "<AddtlStmtInf>nothing booked</AddtlStmtInf>")
        .replaceAll("<Ntry>.*</Ntry>", "");
    Recorder empty = stream(noEntries);
    assertThat(empty.starts).singleElement().satisfies(s -> assertThat(s.additionalInfo()).containsExactly("nothing booked"));
  }

  // ------------------------------------------------------------------ property

  /** One written {@code Avlbty}: by days or by date, with a signed amount in minor units. */
  private record Written(Integer days, LocalDate date, long signedMinor) {}

  private static List<Written> randomAvailability(Random r) {
    int n = r.nextInt(4);
    List<Written> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long minor = r.nextInt(1_000_000_000) * (r.nextBoolean() ? 1L : -1L);
      out.add(r.nextBoolean()
          ? new Written(r.nextInt(4), null, minor)
          : new Written(null, MAY_6.plusDays(r.nextInt(4)), minor));
    }
    return out;
  }

  private static String xml(List<Written> ws, CurrencyUnit ccy, Random r) {
    StringBuilder b = new StringBuilder();
    for (Written w : ws) {
      String dt;
      if (w.days() != null) {
        // NbOfDays may carry a plus sign and leading zeros.
        dt = days((r.nextInt(3) == 0 ? "+" : "") + (r.nextInt(3) == 0 ? "0" : "") + w.days());
      } else {
        dt = on(w.date().toString());
      }
      String amount = BigDecimal.valueOf(Math.abs(w.signedMinor()), ccy.getDefaultFractionDigits()).toPlainString();
      b.append(avlbty(dt, ccy.getCurrencyCode(), amount, w.signedMinor() < 0 ? "DBIT" : "CRDT"));
    }
    return b.toString();
  }

  /** The availability the model should hold: BigDecimal sums per days and per date, in order. */
  private static Optional<FundsAvailability> oracle(List<Written> ws, CurrencyUnit ccy) {
    if (ws.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, BigDecimal> byDays = new TreeMap<>();
    Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
    int scale = ccy.getDefaultFractionDigits();
    for (Written w : ws) {
      BigDecimal a = BigDecimal.valueOf(w.signedMinor(), scale);
      if (w.days() != null) {
        byDays.merge(w.days(), a, BigDecimal::add);
      } else {
        byDate.merge(w.date(), a, BigDecimal::add);
      }
    }
    List<Distribution> ds = new ArrayList<>();
    byDays.forEach((d, a) -> ds.add(Distribution.of(d, Money.of(ccy, a))));
    byDate.forEach((d, a) -> ds.add(Distribution.onDate(d, Money.of(ccy, a))));
    return Optional.of(FundsAvailability.distributed(ds));
  }

  private static final String[] VERSIONS = {"02", "04", "08", "13"};
  private static final String[] CURRENCIES = {"EUR", "JPY", "KWD"};

  @Test
  void test_anyWrittenAvailability_readsBackAsItsSums_andLeavesKeysAndFindingsAlone() {
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000) / 4)
        .forAll(longs().all(), integers().between(1, 4))
        .checkAssert((seed, entries) -> {
          Random r = new Random(seed);
          CurrencyUnit ccy = Monetary.getCurrency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
          String c = ccy.getCurrencyCode();
          List<Written> bal = randomAvailability(r);
          List<List<Written>> ntry = new ArrayList<>();
          List<List<Written>> tx = new ArrayList<>();
          StringBuilder body = new StringBuilder();
          for (int i = 0; i < entries; i++) {
            ntry.add(randomAvailability(r));
            tx.add(randomAvailability(r));
            body.append("<Ntry><Amt Ccy=\"").append(c).append("\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
                .append("<Sts>BOOK</Sts><BookgDt><Dt>2024-05-06</Dt></BookgDt><AcctSvcrRef>A-").append(i)
                .append("</AcctSvcrRef>").append(xml(ntry.get(i), ccy, r))
                .append("<NtryDtls><TxDtls><Refs><EndToEndId>E-").append(i).append("</EndToEndId></Refs>")
                .append(xml(tx.get(i), ccy, r)).append("</TxDtls></NtryDtls></Ntry>");
          }
          String doc = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
              + VERSIONS[r.nextInt(VERSIONS.length)] + "\"><BkToCstmrStmt><GrpHdr><MsgId>P</MsgId>"
              + "<CreDtTm>2024-05-07T05:00:00</CreDtTm></GrpHdr><Stmt><Id>P-1</Id>"
              + "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>"
              + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + c + "\">0</Amt>"
              + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-05-06</Dt></Dt></Bal>"
              + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + c + "\">" + entries + "</Amt>"
              + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-05-06</Dt></Dt>" + xml(bal, ccy, r) + "</Bal>"
              + body + "</Stmt></BkToCstmrStmt></Document>";

          Statement s = only(doc);
          assertThat(s.balance(BalanceType.CLOSING_BOOKED).orElseThrow().availability()).isEqualTo(oracle(bal, ccy));
          for (int i = 0; i < entries; i++) {
            Entry e = s.entries().get(i);
            assertThat(e.availability()).isEqualTo(oracle(ntry.get(i), ccy));
            assertThat(e.transactions().get(0).availability()).isEqualTo(oracle(tx.get(i), ccy));
          }
          Statement without = only(doc.replaceAll("<Avlbty>.*?</Avlbty>", ""));
          assertThat(without.transactions()).allSatisfy(t -> assertThat(t.availability()).isEmpty());
          assertThat(s.transactions().stream().map(Transaction::duplicateKey).collect(Collectors.toList()))
              .isEqualTo(without.transactions().stream().map(Transaction::duplicateKey).collect(Collectors.toList()));
          assertThat(s.findings()).isEqualTo(without.findings()).isEmpty();
        });
  }
}
