package dev.o2c.matching.statement.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.AccountSummary;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.FundsAvailability.Distribution;
import dev.o2c.matching.statement.FundsAvailability.Type;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bai2Reader on a hand-written sample, on layout variants and on broken input. */
class Bai2ReaderTest {

  private static final Bai2Reader READER = new Bai2Reader();

  static String sample() throws IOException {
    try (InputStream in = Bai2ReaderTest.class.getResourceAsStream("o2c-sample.bai2")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  static StatementFile read(String text) {
    return READER.readFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "test.bai2");
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
  void test_sample_accountsBalancesDetailsAndFunds() throws IOException {
    StatementFile f = read(sample());
    assertThat(f.findings()).isEmpty();
    List<Statement> st = f.statements();
    assertThat(st).hasSize(3).allSatisfy(s -> {
      assertThat(s.format()).isEqualTo(StatementFormat.BAI2);
      assertThat(s.findings()).isEmpty();
      assertThat(s.messageId()).contains("42");
      assertThat(s.creationTime()).contains(LocalDate.of(2020, 1, 15).atTime(8, 0));
    });
    Statement a = st.get(0);
    assertThat(a.statementId()).isEqualTo("2020-01-14/111222333");
    assertThat(a.account().otherId()).contains("111222333");
    assertThat(a.account().bankId()).contains("O2CBANK");
    assertThat(a.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("USD");
    assertThat(a.balances()).extracting(b -> b.type() + " " + b.code().orElseThrow() + " " + b.amount() + " " + b.date())
        .containsExactly("OPENING_BOOKED 010 USD 1000.00 2020-01-14", "CLOSING_BOOKED 015 USD 1300.00 2020-01-14",
            "OPENING_AVAILABLE 040 USD 900.00 2020-01-14");
    assertThat(a.entries()).extracting(e -> e.direction() + " " + e.amount() + " " + e.bankTransactionCode().baiTypeCode()
        .orElseThrow()).containsExactly("CREDIT USD 300.00 115", "CREDIT USD 200.00 175", "DEBIT USD 200.00 475");
    Transaction lockbox = a.transactions().get(0);
    assertThat(lockbox.references().accountServicerReference()).contains("BR1");
    assertThat(lockbox.references().customerReference()).contains("CR1");
    assertThat(lockbox.remittance().unstructured())
        .containsExactly("LOCKBOX DEPOSIT INV 1001, INV 1002", "SECOND LINE OF TEXT");
    assertThat(lockbox.bookingDate()).contains(LocalDate.of(2020, 1, 14));
    assertThat(lockbox.duplicateKey()).isEqualTo("111222333|2020-01-14|C|USD 300.00|BR1|1");
    assertThat(a.entries()).allSatisfy(e -> assertThat(e.additionalInfo()).isEmpty());
    assertThat(a.entries().get(0).availability()).contains(FundsAvailability.of(Type.IMMEDIATE));
    assertThat(a.entries().get(1).availability()).contains(FundsAvailability.immediateOneDayTwoOrMore(
        Money.of("USD", "100.00"), Money.of("USD", "50.00"), Money.of("USD", "50.00")));
    assertThat(a.entries().get(1).transactions().get(0).references().customerReference()).isEmpty();
    assertThat(a.entries().get(2).availability()).contains(FundsAvailability.distributed(List.of(
        Distribution.of(0, Money.of("USD", "150.00")), Distribution.of(1, Money.of("USD", "50.00")))));
    assertThat(a.entries().get(2).availability().orElseThrow().code()).isEqualTo("D");
    assertThat(a.transactions().get(2).references().customerReference()).contains("CHK 1234");
    assertThat(a.balances()).allSatisfy(x -> assertThat(x.availability()).isEmpty());
    assertThat(a.summaries()).containsExactly(
        AccountSummary.builder().typeCode("100").amount(Money.of("USD", "500.00")).itemCount(2L).build(),
        AccountSummary.builder().typeCode("400").amount(Money.of("USD", "200.00")).itemCount(1L).build());

    Statement b = st.get(1);
    assertThat(b.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    Entry wire = b.entries().get(0);
    assertThat(wire.direction()).isEqualTo(Direction.DEBIT);
    assertThat(wire.amount()).isEqualTo(Money.of("EUR", "10.00"));
    assertThat(wire.valueDate()).contains(LocalDate.of(2020, 1, 14));
    assertThat(wire.additionalInfo()).isEmpty();
    assertThat(wire.availability())
        .contains(FundsAvailability.valueDated(LocalDate.of(2020, 1, 14), Optional.of(LocalTime.of(10, 30))));
    assertThat(b.summaries()).isEmpty();

    Statement c = st.get(2);
    assertThat(c.account().currency().orElseThrow().getCurrencyCode()).isEqualTo("CAD");
    assertThat(c.balance(BalanceType.CLOSING_BOOKED).orElseThrow().amount()).isEqualTo(Money.of("CAD", "-2.50"));
    assertThat(c.entries()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void test_lineEndings_giveTheSameStatements(String eol) throws IOException {
    assertThat(read(sample().replace("\n", eol)).statements()).isEqualTo(read(sample()).statements());
  }

  @Test
  void test_byteOrderMarkAndLeadingBlankLines_areSkippedLikeFormatDetectionDoes() throws IOException {
    byte[] body = sample().getBytes(StandardCharsets.US_ASCII);
    byte[] prefix = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' ', '\n'};
    byte[] file = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, file, 0, prefix.length);
    System.arraycopy(body, 0, file, prefix.length, body.length);

    assertThat(StatementReaders.detect(file)).contains(StatementFormat.BAI2);
    assertThat(READER.readFile(new ByteArrayInputStream(file), "bom.bai").statements())
        .isEqualTo(read(sample()).statements());
  }

  @Test
  void test_severalRecordsPerLineAndWrappedRecords_readLikeOnePerLine() throws IOException {
    String packed = sample()
        .replace("/\n49,460000,6/\n", "/   49,460000,6/ ")
        .replace("LOCKBOX DEPOSIT INV 1001, INV 1002", "LOCKBOX DEPOSIT INV 1001,\nINV 1002");
    StatementFile f = read(packed);
    assertThat(f.findings()).isEmpty();
    assertThat(f.statements()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    assertThat(f.statements().get(0).transactions().get(0).remittance().unstructured())
        .containsExactly("LOCKBOX DEPOSIT INV 1001, INV 1002", "SECOND LINE OF TEXT");
    assertThat(f.statements().get(0).entries()).hasSize(3);
  }

  @Test
  void test_controlTotalsAndCounts_thatDoNotReconcile_areFindings() throws IOException {
    String bad = sample().replace("49,460000,6/", "49,460005,7/").replace("98,470000,2,11/", "98,470001,3,12/")
        .replace("99,469750,2,17/", "99,469751,1,18/").replace("015,130000", "015,130001");
    StatementFile f = read(bad);
    assertThat(f.statements().get(0).findings()).extracting(Finding::code).containsExactly(
        Finding.CONTROL_TOTAL_MISMATCH, Finding.COUNT_MISMATCH, Finding.BALANCE_MISMATCH);
    assertThat(f.statements().get(0).findings().get(0).message()).contains("460005").contains("460001");
    assertThat(f.statements().get(0).findings().get(1).message()).contains("49 says 7 records but the account has 6");
    assertThat(f.statements().get(0).findings().get(2).message()).contains("USD 1300.00").contains("USD 1300.01");
    assertThat(f.findings()).extracting(Finding::code).containsExactly(Finding.CONTROL_TOTAL_MISMATCH,
        Finding.COUNT_MISMATCH, Finding.COUNT_MISMATCH, Finding.COUNT_MISMATCH, Finding.COUNT_MISMATCH);
    assertThat(f.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("98 control total 470001 but the account totals add up to 470005"))
        .anySatisfy(m -> assertThat(m).contains("98 says 3 accounts but the group has 2"))
        .anySatisfy(m -> assertThat(m).contains("98 says 12 records but the group has 11"))
        .anySatisfy(m -> assertThat(m).contains("99 says 1 groups but the file has 2"))
        .anySatisfy(m -> assertThat(m).contains("99 says 18 records but the file has 17"));
    assertThat(f.findings().get(0).location()).isEqualTo("line 12");
  }

  @Test
  void test_statusTypeCodeOnADetail_isAnInfoEntryLeftOutOfTheBalance() {
    String text = "01,S,R,200101,,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1,,010,100,,,015,100,,/\n16,890,0,,,,NOTE/\n"
        + "49,200,3/\n98,200,1,5/\n99,200,1,7/\n";
    Statement s = read(text).statements().get(0);
    assertThat(s.entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.INFO));
    assertThat(s.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "03 credit|301|false",
      "100 total credits|100|false",
      "399|399|false",
      "400 total debits|400|true",
      "699|699|true",
      "custom credit|920|false",
      "custom debit|999|true",
  })
  void test_typeCodeRanges_giveDirection(String name, String code, boolean debit) {
    assertThat(Bai2TypeCodes.debit(code)).contains(debit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"010", "099", "700", "890", "910"})
  void test_statusAndLoanCodes_haveNoDirection(String code) {
    assertThat(Bai2TypeCodes.debit(code)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] funds ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "''|''|",
      "Z|Z|",
      "1|1|",
      "V,200102,|V|2020-01-02",
      "V,200102,2400|V|2020-01-02",
      "S,1,2,3|S|",
      "D,0|D|",
      "D,1,7,99|D|",
  })
  void test_fundsTypes_consumeTheirFields(String text, String code, String valueDate) {
    FieldCursor c = new FieldCursor((text == null ? "" : text) + ",NEXT");
    FundsType t = FundsType.read(c, 1);
    assertThat(t.code()).isEqualTo(code);
    assertThat(t.valueDate().map(LocalDate::toString).orElse(null)).isEqualTo(valueDate);
    assertThat(c.next()).isEqualTo("NEXT");
  }

  @Test
  void test_distributedFunds_mapDaysToAmounts() {
    assertThat(FundsType.read(new FieldCursor("S,100,-5,"), 1).distribution()).isEqualTo(Map.of(0, 100L, 1, -5L, 2, 0L));
    assertThat(FundsType.read(new FieldCursor("D,2,1,10,3,20"), 1).distribution()).isEqualTo(Map.of(1, 10L, 3, 20L));
    assertThat(FundsType.read(new FieldCursor("D,3,3,10,1,5,3,20"), 1).distribution()).isEqualTo(Map.of(1, 5L, 3, 30L));
  }

  @Test
  void test_detection_recognisesTheSampleAsBai2() throws IOException {
    assertThat(StatementReaders.detect(sample().getBytes(StandardCharsets.US_ASCII))).contains(StatementFormat.BAI2);
  }

  @Test
  void test_handlerException_passesThroughUnchanged() throws IOException {
    IllegalStateException boom = new IllegalStateException("host says stop");
    assertThatThrownBy(() -> READER.stream(new ByteArrayInputStream(sample().getBytes(StandardCharsets.US_ASCII)),
        "s.bai2", entry -> {
          throw boom;
        })).isSameAs(boom);
  }

  @Test
  void test_detailWithoutItsOwnValueDate_takesTheGroupsAsOfDate() {
    String text = "01,S,R,200105,,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1,,/\n16,115,1500,0,B1/\n16,115,100,V,200103,,B2/\n"
        + "16,475,200,,B3/\n49,1800,5/\n98,1800,1,7/\n99,1800,1,9/\n";
    Statement s = read(text).statements().get(0);
    assertThat(s.entries()).extracting(e -> e.bookingDate().orElseThrow() + " " + e.valueDate().orElseThrow())
        .containsExactly("2020-01-01 2020-01-01", "2020-01-01 2020-01-03", "2020-01-01 2020-01-01");
    assertThat(s.transactions()).extracting(t -> t.bookingDate().orElseThrow() + " " + t.valueDate().orElseThrow())
        .containsExactly("2020-01-01 2020-01-01", "2020-01-01 2020-01-03", "2020-01-01 2020-01-01");
    assertThat(s.transactions().get(0).duplicateKey()).isEqualTo("1|2020-01-01|C|USD 15.00|B1|1");
  }

  @Test
  void test_detailFieldsContinuedIn88_areReadAsFields() {
    String text = "01,S,R,200101,,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1,,/\n16,115,1500,V,200102/\n"
        + "88,1015,BANKREF,CUSTREF,FIRST, TEXT/\n88,SECOND TEXT/\n49,1500,5/\n98,1500,1,7/\n99,1500,1,9/\n";
    StatementFile f = read(text);
    assertThat(f.findings()).isEmpty();
    Statement s = f.statements().get(0);
    assertThat(s.findings()).isEmpty();
    Entry e = s.entries().get(0);
    assertThat(e.valueDate()).contains(LocalDate.of(2020, 1, 2));
    assertThat(e.availability())
        .contains(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.of(LocalTime.of(10, 15))));
    Transaction t = e.transactions().get(0);
    assertThat(t.references().accountServicerReference()).contains("BANKREF");
    assertThat(t.references().customerReference()).contains("CUSTREF");
    assertThat(t.remittance().unstructured()).containsExactly("FIRST, TEXT", "SECOND TEXT");
  }

  @Test
  void test_fieldCursor_crossesPartsButKeepsTextInItsPart() {
    FieldCursor c = new FieldCursor(List.of("a,b", "c,d,e", "f"));
    assertThat(c.next()).isEqualTo("a");
    assertThat(c.next()).isEqualTo("b");
    assertThat(c.next()).isEqualTo("c");
    assertThat(c.rest()).isEqualTo("d,e");
    assertThat(c.part()).isEqualTo(1);
    assertThat(c.hasNext()).isTrue();
    assertThat(c.next()).isEqualTo("f");
    assertThat(c.hasNext()).isFalse();
    assertThat(c.next()).isEmpty();
  }

  @Test
  void test_recordReader_countsContinuationsAndJoinsWraps() throws IOException {
    Bai2RecordReader r = new Bai2RecordReader(new StringReader("01,A/  02,B/\n16,1,2,,,,text\nwrapped/\n88,more/\n"));
    assertThat(r.next()).isEqualTo(new Bai2Record("01", List.of("A"), 1, 1));
    assertThat(r.next()).isEqualTo(new Bai2Record("02", List.of("B"), 1, 1));
    assertThat(r.next()).isEqualTo(new Bai2Record("16", List.of("1,2,,,,text wrapped", "more"), 2, 2));
    assertThat(r.next()).isNull();
  }

  private static final String HEAD = "01,S,R,200101,1200,1,,,2/\\n02,R,S,1,200101,,USD,/\\n03,1,,010,100,,/\\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "group first|02,R,S,1,200101,,USD,/\\n|line 1|before the 01 file header",
      "detail outside account|01,S,R,200101,1200,1,,,2/\\n16,115,1,,,,x/\\n|line 2|record 16 is out of place",
      "truncated|" + HEAD + "16,115,1,,,,x/\\n|line 4|without the 99 file trailer",
      "unknown code|" + HEAD + "77,1/\\n|line 4|unknown BAI2 record code 77",
      "orphan 88|88,hello/\\n|line 1|88 does not follow a record",
      "bad amount|" + HEAD + "16,115,12a,,,,x/\\n|line 4|'12a' is not a whole number",
      "negative detail|" + HEAD + "16,115,-12,,,,x/\\n|line 4|must not carry a minus sign",
      "bad date|01,S,R,991340,1200,1,,,2/\\n|line 1|'991340' does not exist",
      "bad time|01,S,R,200101,2561,1,,,2/\\n|line 1|'2561' is not HHMM",
      "bad funds|" + HEAD + "16,115,12,X,,,x/\\n|line 4|unknown funds type 'X'",
      "too many distributions|" + HEAD + "16,115,12,D,500,1,1/\\n|line 4|500 distributions",
      "short distribution|" + HEAD + "16,115,12,D,3,1,1/\\n|line 4|announces 3 distributions",
      "bad type code|" + HEAD + "16,1150,12,,,,x/\\n|line 4|'1150' is not three digits",
      "no type code|" + HEAD + "16,,12,,,,x/\\n|line 4|without a type code",
      "version 3|01,S,R,200101,1200,1,,,3/\\n|line 1|is not 2",
      "after 99|01,S,R,200101,1200,1,,,2/\\n99,0,0,2/\\n02,R,S,1,200101,,USD,/\\n|line 3|after the 99 file trailer",
      "garbage|this is not a bank file\\n|line 1|does not start with a BAI2 record code",
      "lower-case currency|01,S,R,200101,1200,1,,,2/\\n02,R,S,1,200101,,usd,/\\n|line 2|not an ISO 4217 code",
      "unknown currency|01,S,R,200101,1200,1,,,2/\\n02,R,S,1,200101,,QQQ,/\\n03,1,,010,1,,/\\n|line 3|unknown currency 'QQQ'",
      "no account number|" + HEAD + "49,0,2/\\n98,0,1,4/\\n99,0,1,6/\\n03,,USD/\\n|line 7|after the 99",
      "empty account number|01,S,R,200101,1200,1,,,2/\\n02,R,S,1,200101,,USD,/\\n03,,USD/\\n|line 3|without an account number",
      "overflow|" + HEAD + "16,115,999999999999999999,,,,x/\\n16,115,999999999999999999,,,,x/\\n"
          + "16,115,999999999999999999,,,,x/\\n16,115,999999999999999999,,,,x/\\n"
          + "16,115,999999999999999999,,,,x/\\n16,115,999999999999999999,,,,x/\\n"
          + "16,115,999999999999999999,,,,x/\\n16,115,999999999999999999,,,,x/\\n"
          + "16,115,999999999999999999,,,,x/\\n16,115,999999999999999999,,,,x/\\n|line 13|overflows",
  })
  void test_badInput_givesParseExceptionWithLine(String name, String text, String location, String problem) {
    StatementParseException e = failure(text.replace("\\n", "\n"));
    assertThat(e.location()).isEqualTo(location);
    assertThat(e.problem()).contains(problem);
  }

  @Test
  void test_endlessContinuations_areRefused() {
    StringBuilder sb = new StringBuilder("01,S,R,200101,1200,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1,,/\n16,115,1,,,,x/\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("88,/\n");
    }
    StatementParseException e = failure(sb.toString());
    assertThat(e.location()).isEqualTo("line 4");
    assertThat(e.problem()).contains("record 16 is longer than");
  }

  @Test
  void test_emptyInputAndLongLines_areParseExceptions() {
    assertThat(failure("").problem()).contains("empty input");
    StatementParseException e = failure("01,S,R,200101,1200,1,,,2/\n16," + "9".repeat(100_000) + "\n");
    assertThat(e.location()).isEqualTo("line 2");
    assertThat(e.problem()).contains("longer than 8192");
  }

  /** A one-account USD file: the 03 record's summary fields, then one 115 credit detail, with true trailers. */
  static String oneDetail(String summaries, long summaryTotal, long amount, String funds) {
    long total = summaryTotal + amount;
    return "01,S,R,200101,,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1," + summaries + "/\n16,115," + amount + "," + funds
        + ",REF,,TEXT/\n49," + total + ",3/\n98," + total + ",1,5/\n99," + total + ",1,7/\n";
  }

  static Stream<Arguments> fundsTypes() {
    Money usd = Money.of("USD", "0.00");
    return Stream.of(
        Arguments.of("", Optional.empty()),
        Arguments.of("Z", Optional.of(FundsAvailability.of(Type.UNKNOWN))),
        Arguments.of("0", Optional.of(FundsAvailability.of(Type.IMMEDIATE))),
        Arguments.of("1", Optional.of(FundsAvailability.of(Type.ONE_DAY))),
        Arguments.of("2", Optional.of(FundsAvailability.of(Type.TWO_OR_MORE_DAYS))),
        Arguments.of("V,200102,", Optional.of(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.empty()))),
        Arguments.of("V,200102,0000",
            Optional.of(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.of(LocalTime.MIDNIGHT)))),
        Arguments.of("V,200102,2400",
            Optional.of(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.of(LocalTime.MAX)))),
        Arguments.of("V,200102,9999",
            Optional.of(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.of(LocalTime.MAX)))),
        Arguments.of("S,500,300,200", Optional.of(FundsAvailability.immediateOneDayTwoOrMore(
            Money.of("USD", "5.00"), Money.of("USD", "3.00"), Money.of("USD", "2.00")))),
        Arguments.of("S,,1000,", Optional.of(FundsAvailability.immediateOneDayTwoOrMore(usd, Money.of("USD", "10.00"),
            usd))),
        Arguments.of("D,2,3,300,0,700", Optional.of(FundsAvailability.distributed(List.of(
            Distribution.of(0, Money.of("USD", "7.00")), Distribution.of(3, Money.of("USD", "3.00")))))),
        Arguments.of("D,0", Optional.of(FundsAvailability.of(Type.UNKNOWN))));
  }

  @ParameterizedTest(name = "[{index}] funds ''{0}''")
  @MethodSource("fundsTypes")
  void test_fundsTypeOfADetail_isItsTypedAvailability(String funds, Optional<FundsAvailability> expected) {
    Statement s = read(oneDetail("", 0, 1000, funds)).statements().get(0);
    Entry e = s.entries().get(0);
    assertThat(e.availability()).isEqualTo(expected);
    assertThat(e.additionalInfo()).isEmpty();
    assertThat(e.valueDate()).isEqualTo(expected.flatMap(FundsAvailability::valueDate).or(e::bookingDate));
    assertThat(e.transactions().get(0).valueDate()).isEqualTo(e.valueDate());
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void test_sDistributionThatDoesNotAddUp_isAFindingAndTheStatementIsStillRead() {
    Statement s = read(oneDetail("", 0, 1000, "S,500,300,100")).statements().get(0);
    assertThat(s.findings()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Finding.AVAILABILITY_MISMATCH);
      assertThat(x.message()).contains("16 detail 115").contains("USD 9.00").contains("USD 10.00");
      assertThat(x.location()).isEqualTo("line 4");
    });
    assertThat(s.entries().get(0).availability().flatMap(FundsAvailability::distributedTotal))
        .contains(Money.of("USD", "9.00"));
  }

  @Test
  void test_sDistributionOfASummary_isCheckedAgainstTheSummaryAmount() {
    Statement s = read(oneDetail(",100,1000,1,S,500,300,100", 1000, 1000, "0")).statements().get(0);
    assertThat(s.findings()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Finding.AVAILABILITY_MISMATCH);
      assertThat(x.message()).contains("03 summary 100 of account 1");
      assertThat(x.location()).isEqualTo("line 3");
    });
    assertThat(s.summaries()).singleElement().satisfies(x -> assertThat(x.availability().orElseThrow().code())
        .isEqualTo("S"));
    assertThat(read(oneDetail(",100,1000,1,S,500,300,200", 1000, 1000, "0")).statements().get(0).findings()).isEmpty();
  }

  @Test
  void test_dDistribution_isNotComparedWithTheAmount() {
    Statement s = read(oneDetail("", 0, 1000, "D,1,0,100")).statements().get(0);
    assertThat(s.findings()).isEmpty();
    assertThat(s.entries().get(0).availability().flatMap(FundsAvailability::distributedTotal))
        .contains(Money.of("USD", "1.00"));
  }

  @Test
  void test_totalCreditsAndDebits_thatDisagreeWithTheDetails_areFindings() throws IOException {
    String bad = sample().replace("100,50000,2,,400,20000,1,", "100,50001,3,,400,20000,2,")
        .replace("49,460000,6/", "49,460001,6/").replace("98,470000,2,11/", "98,470001,2,11/")
        .replace("99,469750,2,17/", "99,469751,2,17/");
    StatementFile f = read(bad);
    assertThat(f.findings()).isEmpty();
    Statement a = f.statements().get(0);
    assertThat(a.findings()).extracting(Finding::code).containsExactly(Finding.CONTROL_TOTAL_MISMATCH,
        Finding.COUNT_MISMATCH, Finding.COUNT_MISMATCH);
    assertThat(a.findings()).extracting(Finding::message).containsExactly(
        "03 total credits (100) of account 111222333 is USD 500.01 but the credits read add up to USD 500.00",
        "03 total credits (100) of account 111222333 says 3 items but 2 credits were read",
        "03 total debits (400) of account 111222333 says 2 items but 1 debits were read");
    assertThat(a.findings()).extracting(Finding::location).containsOnly("line 8");
    assertThat(f.statements().get(1).findings()).isEmpty();
  }

  @Test
  void test_summaryOnlyAccount_isNotComparedWithDetails() {
    String text = "01,S,R,200101,,1,,,2/\n02,R,S,1,200101,,USD,/\n03,1,,100,5000,3,,400,,2,/\n"
        + "49,5000,2/\n98,5000,1,4/\n99,5000,1,6/\n";
    Statement s = read(text).statements().get(0);
    assertThat(s.findings()).isEmpty();
    assertThat(s.summaries()).containsExactly(
        AccountSummary.builder().typeCode("100").amount(Money.of("USD", "50.00")).itemCount(3L).build(),
        AccountSummary.builder().typeCode("400").itemCount(2L).build());
  }

  @Test
  void test_statusCodesAreBalancesAndOtherCodesSummaries_eachWithItsAvailability() {
    String text = "01,S,R,200101,,1,,,2/\n02,R,S,1,200101,,USD,/\n"
        + "03,1,,010,100,,0,910,7,,,920,3,1,V,200102,,700,9,,,040,,,/\n"
        + "49,119,2/\n98,119,1,4/\n99,119,1,6/\n";
    Statement s = read(text).statements().get(0);
    assertThat(s.findings()).isEmpty();
    assertThat(s.balances()).extracting(b -> b.type() + " " + b.code().orElseThrow() + " " + b.amount())
        .containsExactly("OPENING_BOOKED 010 USD 1.00", "OTHER 910 USD 0.07");
    assertThat(s.balances().get(0).availability()).contains(FundsAvailability.of(Type.IMMEDIATE));
    assertThat(s.balances().get(1).availability()).isEmpty();
    assertThat(s.summaries()).containsExactly(
        AccountSummary.builder().typeCode("920").amount(Money.of("USD", "0.03")).itemCount(1L)
            .availability(FundsAvailability.valueDated(LocalDate.of(2020, 1, 2), Optional.empty())).build(),
        AccountSummary.builder().typeCode("700").amount(Money.of("USD", "0.09")).build());
  }
}
