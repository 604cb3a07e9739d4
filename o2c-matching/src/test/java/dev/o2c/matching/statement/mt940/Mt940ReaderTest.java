package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mt940Reader on a hand-written sample and on broken input. */
class Mt940ReaderTest {

  private static final Mt940Reader READER = new Mt940Reader();

  static String sample() throws IOException {
    try (InputStream in = Mt940ReaderTest.class.getResourceAsStream("o2c-sample.sta")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static StatementFile read(String text) {
    return READER.readFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.sta");
  }

  static StatementParseException failure(String text) {
    try {
      read(text);
    } catch (StatementParseException e) {
      return e;
    }
    throw new AssertionError("no StatementParseException for:\n" + text);
  }

  @Test
  void test_sample_germanGvcStatement() throws IOException {
    List<Statement> st = read(sample()).statements();
    assertThat(st).hasSize(2);
    Statement s = st.get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.MT940);
    assertThat(s.statementId()).isEqualTo("O2C-STMT-1");
    assertThat(s.sequenceNumber()).contains("7/1");
    assertThat(s.account().iban()).contains("DE89370400440532013000");
    assertThat(s.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    assertThat(s.balances()).extracting(b -> b.type() + " " + b.code().orElseThrow() + " " + b.amount() + " " + b.date())
        .containsExactly("OPENING_BOOKED 60F EUR 1000.00 2019-12-30", "CLOSING_BOOKED 62F EUR 1135.50 2020-01-02",
            "CLOSING_AVAILABLE 64 EUR 1135.50 2020-01-02", "FORWARD_AVAILABLE 65 EUR 1135.50 2020-01-03");
    assertThat(s.findings()).isEmpty();
    assertThat(s.entries()).hasSize(4);

    Entry e1 = s.entries().get(0);
    assertThat(e1.direction()).isEqualTo(Direction.CREDIT);
    assertThat(e1.amount()).isEqualTo(Money.of("EUR", "250.50"));
    assertThat(e1.valueDate()).contains(LocalDate.of(2019, 12, 31));
    assertThat(e1.bookingDate()).contains(LocalDate.of(2019, 12, 31));
    assertThat(e1.accountServicerReference()).contains("BANKREF1");
    assertThat(e1.additionalInfo()).contains("SUPPLEMENTARY ONE");
    Transaction t1 = e1.transactions().get(0);
    assertThat(t1.bankTransactionCode().gvc()).contains("166");
    assertThat(t1.bankTransactionCode().swiftTypeCode()).contains("NTRF");
    assertThat(t1.additionalInfo()).contains("SEPA-UEBERWEISUNG");
    assertThat(t1.references().endToEndId()).contains("E2E-INV-1001");
    assertThat(t1.references().customerReference()).contains("KREF1");
    assertThat(t1.references().accountServicerReference()).contains("BANKREF1");
    assertThat(t1.remittance().unstructured()).containsExactly("Invoice 1001 and 1002 thank you");
    assertThat(t1.debtor()).hasValueSatisfying(p -> {
      assertThat(p.name()).contains("Muster GmbH Berlin");
      assertThat(p.iban()).contains("DE44500500000123456789");
      assertThat(p.bic()).contains("COBADEFFXXX");
    });
    assertThat(t1.creditor()).isEmpty();
    assertThat(t1.duplicateKey()).isEqualTo("DE89370400440532013000|2019-12-31|C|EUR 250.50|BANKREF1|1");

    Transaction t2 = s.entries().get(1).transactions().get(0);
    assertThat(t2.direction()).isEqualTo(Direction.DEBIT);
    assertThat(t2.bookingDate()).contains(LocalDate.of(2020, 1, 2));
    assertThat(t2.references().mandateId()).contains("MANDATE-77");
    assertThat(t2.references().creditorSchemeId()).contains("DE98ZZZ09999999999");
    assertThat(t1.references().creditorSchemeId()).isEmpty();
    assertThat(s.additionalInfo()).isEmpty();
    assertThat(t2.references().customerReference()).isEmpty();
    assertThat(t2.remittance().unstructured()).containsExactly("Subscription");
    assertThat(t2.creditor().flatMap(Party::name)).contains("Energy AG");
    assertThat(t2.creditor().flatMap(Party::bic)).contains("BYLADEM1001");
    assertThat(t2.ultimateDebtor().flatMap(Party::name)).contains("Ultimate Payer");

    Entry rc = s.entries().get(2);
    assertThat(rc.reversal()).isTrue();
    assertThat(rc.direction()).isEqualTo(Direction.DEBIT);
    assertThat(rc.bookingDate()).isEqualTo(rc.valueDate()).contains(LocalDate.of(2020, 1, 2));
    assertThat(rc.transactions().get(0).remittance().unstructured())
        .containsExactly("free text reversal line one", "second line");
    Entry rd = s.entries().get(3);
    assertThat(rd.reversal()).isTrue();
    assertThat(rd.direction()).isEqualTo(Direction.CREDIT);
    assertThat(rd.amount()).isEqualTo(Money.of("EUR", "5"));
    assertThat(rd.transactions().get(0).remittance().unstructured()).isEmpty();
  }

  @Test
  void test_sample_dutchKeyedStatementWithIntermediateBalances() throws IOException {
    Statement s = read(sample()).statements().get(1);
    assertThat(s.account().iban()).contains("NL91ABNA0417164300");
    assertThat(s.balances()).extracting(b -> b.type() + " " + b.amount())
        .containsExactly("INTERIM_BOOKED EUR -50.25", "INTERIM_BOOKED EUR 25.00");
    assertThat(s.findings()).isEmpty();
    Transaction t = s.transactions().get(0);
    assertThat(t.references().endToEndId()).contains("INV-2001");
    assertThat(t.debtor()).hasValueSatisfying(p -> {
      assertThat(p.iban()).contains("NL20INGB0001234567");
      assertThat(p.bic()).contains("INGBNL2A");
      assertThat(p.name()).contains("J. Jansen");
    });
    assertThat(t.remittance().unstructured()).isEmpty();
    assertThat(t.remittance().structured()).singleElement().satisfies(r -> {
      assertThat(r.creditorReference()).contains("RF18539007547034");
      assertThat(r.creditorReferenceValid()).contains(true);
    });
    assertThat(t.returnInfo().flatMap(r -> r.reasonCode())).contains("MS03");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void test_lineEndings_giveTheSameStatements(String eol) throws IOException {
    String lf = sample();
    List<Statement> expected = read(lf).statements();
    List<Statement> actual = read(lf.replace("\n", eol)).statements();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void test_strayControlBytesAndLatin1_areIgnoredOrDecoded() throws IOException {
    String text = "\u0001\n" + sample().replace(":20:O2C-STMT-2", "\u001a:20:O2C-STMT-2").replace("Energy AG", "Energie Gr\u00fcn AG")
        + "\u0003";
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    StatementFile f = READER.readFile(new ByteArrayInputStream(latin1), "latin1.sta");
    assertThat(f.statements()).hasSize(2);
    assertThat(f.statements().get(0).transactions().get(1).creditor().flatMap(Party::name)).contains("Energie Gr\u00fcn AG");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    StatementFile g = READER.readFile(new ByteArrayInputStream(utf8), "utf8.sta");
    assertThat(g.statements()).isEqualTo(f.statements());
  }

  @Test
  void test_detection_recognisesTheSampleAsMt940() throws IOException {
    assertThat(StatementReaders.detect(sample().getBytes(StandardCharsets.UTF_8))).contains(StatementFormat.MT940);
    assertThat(StatementReaders.read(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)), "s.sta"))
        .hasSize(2);
  }

  @Test
  void test_streaming_deliversHeaderEntriesAndEndInOrder() throws IOException {
    List<String> events = new ArrayList<>();
    READER.stream(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)), "s.sta", new StatementHandler() {
      @Override
      public void onStatementStart(Statement header) {
        events.add("start " + header.statementId() + " " + header.balances().size() + " " + header.entries().size());
      }

      @Override
      public void onEntry(Entry entry) {
        events.add("entry " + entry.amount());
      }

      @Override
      public void onStatementEnd(Statement statement) {
        events.add("end " + statement.statementId() + " " + statement.balances().size());
      }
    });
    assertThat(events).containsExactly("start O2C-STMT-1 1 0", "entry EUR 250.50", "entry EUR 100.00", "entry EUR 20.00",
        "entry EUR 5.00", "end O2C-STMT-1 4", "start O2C-STMT-2 1 0", "entry EUR 75.25", "end O2C-STMT-2 2");
  }

  @Test
  void test_handlerException_passesThroughUnchanged() throws IOException {
    IllegalStateException boom = new IllegalStateException("host says stop");
    assertThatThrownBy(() -> READER.stream(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)), "s.sta",
        entry -> {
          throw boom;
        })).isSameAs(boom);
  }

  @Test
  void test_balanceMismatch_isAFindingWithTheNumbers() {
    StatementFile f = read(":20:X\n:25:12345678\n:28C:1\n:60F:C200101EUR100,00\n:61:200101C10,00NTRFNONREF\n"
        + ":62F:C200101EUR111,00\n-\n");
    assertThat(f.statements().get(0).findings()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Finding.BALANCE_MISMATCH);
      assertThat(x.message()).contains("100.00").contains("10.00").contains("110.00").contains("111.00");
      assertThat(x.location()).isEqualTo("line 1");
    });
  }

  @Test
  void test_mt942_countsAndSumsAreChecked() {
    String text = ":20:INTRA\n:25:DE89370400440532013000\n:28C:1/1\n:34F:EURD5,00\n:34F:EURC5,00\n"
        + ":13D:2001021015+0100\n:61:200102C10,00NTRFNONREF\n:61:200102C5,00NTRFNONREF\n:61:200102D7,50NTRFNONREF\n"
        + ":90D:2EUR7,50\n:90C:2EUR16,00\n-\n";
    Statement s = read(text).statements().get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.MT942);
    assertThat(s.creationTime()).contains(LocalDate.of(2020, 1, 2).atTime(10, 15));
    assertThat(s.findings()).extracting(Finding::code)
        .containsExactly(Finding.COUNT_MISMATCH, Finding.CONTROL_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).message()).contains(":90D:").contains("2 debit entries").contains("has 1");
    assertThat(s.findings().get(1).message()).contains("16.00").contains("15.00");
  }

  @Test
  void test_mt942_declaredInBlock2_evenWithoutMt942Fields() {
    StatementFile f = read("{1:F01BANK}{2:I942BANKXXXXN}{4:\n:20:A\n:25:DE89370400440532013000\n:60F:C200101EUR1,\n-}\n"
        + "{1:F01BANK}{2:I940BANKXXXXN}{4:\n:20:B\n:25:DE89370400440532013000\n:60F:C200101EUR1,\n:62F:C200101EUR1,\n-}\n");
    assertThat(f.statements()).extracting(Statement::format).containsExactly(StatementFormat.MT942, StatementFormat.MT940);
    assertThat(f.statements()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
  }

  @Test
  void test_blankSepaKeys_areLeftOut() {
    Transaction t = read(":20:X\n:25:1\n:60F:C200101EUR0,\n:61:200101C1,NTRFNONREF\n:86:166?20EREF+?21KREF+ ?22SVWZ+Hi\n")
        .statements().get(0).transactions().get(0);
    assertThat(t.references().endToEndId()).isEmpty();
    assertThat(t.references().customerReference()).isEmpty();
    assertThat(t.remittance().unstructured()).containsExactly("Hi");
  }

  @Test
  void test_originalAmountAndCharges_areTheTransactionsAmountDetails() {
    Transaction german = read(":20:X\n:25:1\n:60F:C200101EUR0,\n:61:200101C1235,NTRFNONREF\n"
        + ":86:166?20EREF+E1?21OAMT+EUR1250,00?22SVWZ+INV 1\n").statements().get(0).transactions().get(0);
    assertThat(german.instructedAmount()).contains(Money.of("EUR", "1250.00"));
    assertThat(german.remittance().unstructured()).containsExactly("INV 1");
    Transaction dutch = read(":20:X\n:25:1\n:60F:C200101EUR0,\n:61:200101C985,NTRFNONREF\n"
        + ":86:/OCMT/GBP851,20//CHGS/EUR5,00//REMI/USTD//INV 2/\n").statements().get(0).transactions().get(0);
    assertThat(dutch.instructedAmount()).contains(Money.of("GBP", "851.20"));
    assertThat(dutch.charges()).containsExactly(Money.of("EUR", "5.00"));
    // an original amount that does not read as one is left out; the booking stands on its own
    Transaction odd = read(":20:X\n:25:1\n:60F:C200101EUR0,\n:61:200101C1,NTRFNONREF\n"
        + ":86:166?20OAMT+about a thousand?21SVWZ+Hi\n").statements().get(0).transactions().get(0);
    assertThat(odd.instructedAmount()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The bank's free text follows EREF+ without a key; ?20 was not full, so the id ended there.
      "free text after short id|?20EREF+TFNR 40005 00005?21MTLG:Grund nicht s\\npezifizie?22rt Reject|TFNR 40005 00005"
          + "|MTLG:Grund nicht spezifiziert Reject",
      // 35 characters across a full ?20 and ?21, then SVWZ: the whole id is kept.
      "full 35-character id|?20EREF+ABCDEFGHIJKLMNOPQRSTUV?21WXYZ012345678?22SVWZ+Thanks|ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678"
          + "|Thanks",
      // Full sub-fields only: the id ends after 35 characters and the rest is remittance, before SVWZ.
      "long id in full sub-fields|?20EREF+ABCDEFGHIJKLMNOPQRSTUV?21WXYZ0123456789abcdefghijklm?22SVWZ+Thanks"
          + "|ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678|9abcdefghijklm Thanks",
  })
  void test_endToEndId_isAtMost35CharactersAndTheRestIsRemittance(String name, String details, String endToEndId,
      String remittance) {
    Transaction t = read(":20:X\n:25:1\n:60F:C200101EUR0,\n:61:200101C1,NTRFNONREF\n:86:166?00GUTSCHRIFT"
        + details.replace("\\n", "\n") + "\n").statements().get(0).transactions().get(0);
    assertThat(t.references().endToEndId()).contains(endToEndId);
    assertThat(t.remittance().unstructured()).containsExactly(remittance);
  }

  @Test
  void test_zeroDecimalCurrency_takesWholeAmountsOnly() {
    Statement s = read(":20:JP\n:25:1234567\n:28C:1\n:60F:C200101JPY1000,\n:61:200101D250,00NTRFNONREF\n"
        + ":62F:C200101JPY750,\n").statements().get(0);
    assertThat(s.entries().get(0).amount()).isEqualTo(Money.of("JPY", "250"));
    assertThat(s.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "impossible date|:20:X\\n:25:1\\n:60F:C991340EUR1,00\\n|line 3|'991340' does not exist",
      "bad entry date|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:9901011340C1,00NTRFX\\n|line 4|entry date '1340'",
      "two commas|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:990101C1,2,3NTRFX\\n|line 4|'1,2,3' is not a SWIFT amount",
      "no amount|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:990101CNTRFX\\n|line 4|is not a SWIFT amount",
      "no mark|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:990101X1,00NTRFX\\n|line 4|no debit/credit mark",
      "truncated line|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:9901\\n|line 4|does not start with a YYMMDD",
      "no type|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:61:990101C1,00NT\\n|line 4|no transaction type",
      "three decimals|:20:X\\n:25:1\\n:60F:C990101EUR1,001\\n|line 3|more decimals than EUR",
      "unknown currency|:20:X\\n:25:1\\n:60F:C990101QQQ1,00\\n|line 3|unknown currency 'QQQ'",
      "bad balance|:20:X\\n:25:1\\n:60F:X990101EUR1,00\\n|line 3|is not D/C mark",
      "no :20:|:25:123\\n:60F:C990101EUR1,00\\n|line 1|no :20: before it",
      "no account|:20:X\\n:60F:C990101EUR1,00\\n:61:990101C1,00NTRFX\\n|line 1|no :25: account",
      "no currency|:20:X\\n:25:1\\n:61:990101C1,00NTRFX\\n|line 3|no currency known",
      "garbage|hello world\\nthis is not a bank file\\n|line 2|no MT940/MT942 message found",
      "empty reference|:20:\\n:25:1\\n:60F:C990101EUR1,00\\n|line 1|:20: is empty",
      "18 whole digits|:20:X\\n:25:1\\n:60F:C990101EUR123456789012345678\\n|line 3|is not a SWIFT amount",
      "huge amount|:20:X\\n:25:1\\n:60F:C990101EUR99999999999999999,99\\n|line 3|too large",
      "bad 13D|:20:X\\n:25:1\\n:13D:2001012599+0100\\n:61:200101C1,00NTRFX\\n|line 3|does not exist",
      "bad 90D|:20:X\\n:25:1\\n:34F:EUR0,\\n:90D:xEUR1,00\\n|line 4|is not count, currency, amount",
      "amount without comma|:20:X\\n:25:1\\n:60F:C100101EUR1,00\\n:61:1001011001D4O,00NTRFNONREF\\n|line 4|amount '4' has no decimal comma",
      "61 after 62F|:20:X\\n:25:1\\n:60F:C990101EUR1,00\\n:62F:C990101EUR1,00\\n:61:990101C1,00NTRFX\\n|line 5|after the closing balance",
  })
  void test_badInput_givesParseExceptionWithLine(String name, String text, String location, String problem) {
    StatementParseException e = failure(text.replace("\\n", "\n"));
    assertThat(e.location()).isEqualTo(location);
    assertThat(e.problem()).contains(problem);
    assertThat(e.sourceName()).isEqualTo("test.sta");
  }

  @Test
  void test_absurdlyLongLine_isRefusedWithItsLine() {
    String text = ":20:X\n:25:1\n:86:" + "A".repeat(1_000_000) + "\n";
    StatementParseException e = failure(text);
    assertThat(e.location()).isEqualTo("line 3");
    assertThat(e.problem()).contains("longer than 4096");
  }

  @Test
  void test_endlessDetailsField_isRefused() {
    StringBuilder sb = new StringBuilder(":20:X\n:25:1\n:60F:C990101EUR1,00\n:61:990101C1,00NTRFX\n:86:start\n");
    for (int i = 0; i < 2000; i++) {
      sb.append("continuation line number ").append(i).append(" of a very long field\n");
    }
    StatementParseException e = failure(sb.toString());
    assertThat(e.location()).isEqualTo("line 5");
    assertThat(e.problem()).contains("longer than");
  }

  @Test
  void test_endlessEmptyDetailFields_areRefused() {
    StringBuilder sb = new StringBuilder(":20:X\n:25:1\n:60F:C990101EUR1,00\n:61:990101C1,00NTRFX\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append(":86:\n");
    }
    StatementParseException e = failure(sb.toString());
    assertThat(e.problem()).contains("details of the :61: on line 4 exceed");
  }

  @Test
  void test_emptyInput_isAParseException() {
    StatementParseException e = failure("");
    assertThat(e.location()).isEqualTo("line 1");
  }

  @Test
  void test_creditorReferenceInDutchStrd_isCheckedForRf() {
    Transaction t = read(":20:X\n:25:NL91ABNA0417164300\n:60F:C200101EUR0,\n:61:200101C1,NTRFNONREF\n"
        + ":86:/REMI/STRD/CUR/RF19539007547034/\n").statements().get(0).transactions().get(0);
    assertThat(t.remittance().structured()).extracting(StructuredReference::creditorReferenceValid)
        .containsExactly(java.util.Optional.of(false));
  }

  private static final String MESSAGE_INFO = ":20:INFO-1\n:25:NL91ABNA0417164300EUR\n:28C:1\n"
      + ":86:Rates change on 1 March   \n second line\n:60F:C200101EUR0,00\n:86:  \n"
      + ":61:2001020102C10,00NTRFNONREF//R1\n"
      + ":86:/EREF/E1//CSID/NL98ZZZ999999999999//MARF/M-1//REMI/USTD//rent/\n"
      + ":62F:C200102EUR10,00\n:86:Closing remark\n-\n";

  @Test
  void test_messageLevelInformation_isTheStatementsAdditionalInfo() {
    Statement s = read(MESSAGE_INFO).statements().get(0);
    assertThat(s.additionalInfo()).containsExactly("Rates change on 1 March", " second line", "Closing remark");
    assertThat(s.findings()).isEmpty();
    Transaction t = s.transactions().get(0);
    assertThat(t.remittance().unstructured()).containsExactly("rent");
    assertThat(t.references().creditorSchemeId()).contains("NL98ZZZ999999999999");
    assertThat(t.references().mandateId()).contains("M-1");
    assertThat(t.references().endToEndId()).contains("E1");
  }

  @Test
  void test_messageLevelInformation_whileStreaming_headerLinesAtStartAllLinesAtEnd() {
    List<Statement> starts = new ArrayList<>();
    List<Statement> ends = new ArrayList<>();
    READER.stream(new ByteArrayInputStream(MESSAGE_INFO.getBytes(StandardCharsets.UTF_8)), "s.sta",
        new StatementHandler() {
          @Override
          public void onStatementStart(Statement statement) {
            starts.add(statement);
          }

          @Override
          public void onEntry(Entry entry) {}

          @Override
          public void onStatementEnd(Statement statement) {
            ends.add(statement);
          }
        });
    assertThat(starts).singleElement()
        .satisfies(s -> assertThat(s.additionalInfo()).containsExactly("Rates change on 1 March", " second line"));
    assertThat(ends).singleElement().satisfies(s -> assertThat(s.additionalInfo()).hasSize(3));
  }

  @Test
  void test_germanCredKey_isTheCreditorSchemeIdAndKeepsTheDuplicateKey() {
    String text = ":20:CRED-1\n:25:DE89370400440532013000\n:28C:1\n:60F:C200101EUR100,00\n"
        + ":61:2001020102D10,00NDDTNONREF//BR9\n"
        + ":86:105?00SEPA-LASTSCHRIFT?20EREF+E9?21CRED+DE98ZZZ0999999?229999?23SVWZ+Fee\n"
        + ":62F:C200102EUR90,00\n-\n";
    Transaction t = read(text).statements().get(0).transactions().get(0);
    assertThat(t.references().creditorSchemeId()).contains("DE98ZZZ09999999999");
    assertThat(t.remittance().unstructured()).containsExactly("Fee");
    assertThat(t.duplicateKey()).isEqualTo("DE89370400440532013000|2020-01-02|D|EUR 10.00|BR9|1");
  }
}
