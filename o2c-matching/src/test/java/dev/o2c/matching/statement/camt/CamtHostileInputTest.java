package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CamtHostileInputTest {

  private static final String SAMPLE = CamtSamples.text("camt053-v02-batch.xml");
  private static final String STMT = "/Document/BkToCstmrStmt[1]/Stmt[1]";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private static String withDoctype(String doctype, String msgId) {
    return SAMPLE
        .replace(DECL, DECL + "\n" + doctype)
        .replace("<MsgId>O2C-MSG-0001</MsgId>", "<MsgId>" + msgId + "</MsgId>");
  }

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE Document [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        sb.append("&lol").append(i - 1).append(';');
      }
      sb.append("\">\n");
    }
    return sb.append("]>").toString();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("billion laughs", withDoctype(billionLaughs(), "&lol9;"), "/", "DOCTYPE"),
        Arguments.of(
            "XXE",
            withDoctype(
                "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
            "/",
            "DOCTYPE"),
        Arguments.of(
            "external DTD",
            withDoctype(
                "<!DOCTYPE Document SYSTEM \"http://example.invalid/evil.dtd\">", "M"),
            "/",
            "DOCTYPE"),
        Arguments.of(
            "undeclared entity",
            SAMPLE.replace("O2C-MSG-0001", "&foo;"),
            "/Document/BkToCstmrStmt[1]/GrpHdr[1]/MsgId[1]",
            "foo"),
        Arguments.of(
            "bad amount",
            SAMPLE.replace(">59.50<", ">59,50<"),
            STMT + "/Ntry[2]/Amt[1]",
            "not a valid amount: '59,50'"),
        Arguments.of(
            "negative amount",
            SAMPLE.replace(">59.50<", ">-59.50<"),
            STMT + "/Ntry[2]/Amt[1]",
            "not a valid amount"),
        Arguments.of(
            "too many decimals for EUR",
            SAMPLE.replace(">59.50<", ">59.505<"),
            STMT + "/Ntry[2]/Amt[1]",
            "more decimals than EUR allows (2)"),
        Arguments.of(
            "decimals on JPY",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt Ccy=\"JPY\">59.5</Amt>"),
            STMT + "/Ntry[2]/Amt[1]",
            "more decimals than JPY allows (0)"),
        Arguments.of(
            "huge amount",
            SAMPLE.replace(">59.50<", ">1234567890123456789.00<"),
            STMT + "/Ntry[2]/Amt[1]",
            "too large"),
        Arguments.of(
            "unknown currency",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt Ccy=\"XYZ\">59.50</Amt>"),
            STMT + "/Ntry[2]/Amt[1]/@Ccy",
            "unknown currency 'XYZ'"),
        Arguments.of(
            "lower-case currency",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt Ccy=\"eur\">59.50</Amt>"),
            STMT + "/Ntry[2]/Amt[1]/@Ccy",
            "not a currency code"),
        Arguments.of(
            "missing currency",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt>59.50</Amt>"),
            STMT + "/Ntry[2]/Amt[1]",
            "without Ccy"),
        Arguments.of(
            "bad indicator",
            SAMPLE.replace("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DEBIT</CdtDbtInd>"),
            STMT + "/Ntry[2]/CdtDbtInd[1]",
            "CRDT or DBIT"),
        Arguments.of(
            "impossible date",
            SAMPLE.replace("<Dt>2024-03-02</Dt>", "<Dt>2024-02-30</Dt>"),
            STMT + "/Ntry[2]/ValDt[1]/Dt[1]",
            "not a date"),
        Arguments.of(
            "bad date-time",
            SAMPLE.replace("2024-03-01T23:59:00-05:00", "yesterday"),
            STMT + "/Ntry[2]/BookgDt[1]/DtTm[1]",
            "not a date-time"),
        Arguments.of(
            "bad creation time",
            SAMPLE.replace("2024-03-01T18:31:00+01:00", "2024-13-01T18:31:00"),
            STMT + "/CreDtTm[1]",
            "not a date-time"),
        Arguments.of(
            "missing entry amount",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", ""),
            STMT + "/Ntry[2]/Amt",
            "required element Amt is missing"),
        Arguments.of(
            "bad reversal flag",
            SAMPLE.replace("<Sts>PDNG</Sts>", "<RvslInd>yes</RvslInd><Sts>PDNG</Sts>"),
            STMT + "/Ntry[3]/RvslInd[1]",
            "not a boolean"),
        Arguments.of(
            "unknown status",
            SAMPLE.replace("<Sts>PDNG</Sts>", "<Sts>BOOKED</Sts>"),
            STMT + "/Ntry[3]/Sts[1]",
            "unknown entry status 'BOOKED'"),
        Arguments.of(
            "bad batch count",
            SAMPLE.replace("<NbOfTxs>2</NbOfTxs>", "<NbOfTxs>two</NbOfTxs>"),
            STMT + "/Ntry[1]/NtryDtls[1]/Btch[1]/NbOfTxs[1]",
            "not a number of transactions"),
        Arguments.of(
            "bad exchange rate",
            SAMPLE.replace("1.025641", "1,025641"),
            STMT + "/Ntry[1]/NtryDtls[1]/TxDtls[1]/AmtDtls[1]/InstdAmt[1]/CcyXchg[1]/XchgRate[1]",
            "not an exchange rate"),
        Arguments.of(
            "statement without account",
            SAMPLE.replaceAll("(?s)<Acct>.*?</Acct>", ""),
            STMT + "/Acct",
            "statement without Acct"),
        Arguments.of(
            "statement without id",
            SAMPLE.replace("<Id>O2C-STMT-0001</Id>", ""),
            STMT + "/Id",
            "statement without Id"),
        Arguments.of(
            "balance without date",
            SAMPLE.replaceFirst("<Dt><Dt>2024-02-29</Dt></Dt>", "<Dt></Dt>"),
            STMT + "/Bal[1]/Dt[1]",
            "balance date without Dt or DtTm"),
        Arguments.of(
            "remt instead of camt",
            SAMPLE.replace("camt.053.001.02", "remt.001.001.04"),
            "/Document",
            "not a camt.052/053/054 document"),
        Arguments.of(
            "camt.056 is not a statement",
            SAMPLE.replace("camt.053.001.02", "camt.056.001.08"),
            "/Document",
            "not a camt.052/053/054 document"),
        Arguments.of("not XML", "hello, bank", "/", "malformed XML"),
        Arguments.of("empty", "", "/", "truncated"),
        Arguments.of(
            "garbage after the root",
            SAMPLE + "<again/>",
            "/Document",
            "malformed XML"),
        Arguments.of(
            "mismatched tags",
            SAMPLE.replace("</NtryRef>", "</NtryReff>"),
            STMT + "/Ntry[1]/NtryRef[1]",
            "malformed XML"),
        Arguments.of(
            "deep nesting",
            SAMPLE.replace(
                "<AddtlStmtInf>end of sample</AddtlStmtInf>",
                "<X>".repeat(100) + "</X>".repeat(100)),
            STMT + "/X[1]",
            "nested deeper than 64"),
        Arguments.of(
            "overlong text",
            SAMPLE.replace("end of sample", "x".repeat(CamtReader.MAX_TEXT + 1)),
            STMT + "/AddtlStmtInf[1]",
            "text longer than"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void test_hostileOrMalformedInput_isAParseExceptionWithLocation(
      String what, String xml, String locationPrefix, String problem) {
    assertThatThrownBy(() -> CamtSamples.read(xml))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("sample.xml")
        .hasMessageContaining(problem)
        .satisfies(
            e -> assertThat(((StatementParseException) e).location()).startsWith(locationPrefix));
  }

  @Test
  void test_billionLaughs_isNeverExpanded() {
    String xml = withDoctype(billionLaughs(), "&lol9;");
    assertThatThrownBy(() -> CamtSamples.read(xml))
        .isInstanceOf(StatementParseException.class)
        .hasMessageNotContaining("lollol");
  }

  @Test
  void test_truncatedFile_namesTheElementWhereItStopped() {
    int cut = SAMPLE.indexOf("<AddtlTxInf>");
    assertThatThrownBy(() -> CamtSamples.read(SAMPLE.substring(0, cut + 15)))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("truncated")
        .satisfies(
            e ->
                assertThat(((StatementParseException) e).location())
                    .isEqualTo(STMT + "/Ntry[1]/NtryDtls[1]/TxDtls[2]/AddtlTxInf[1]"));
  }

  @Test
  void test_handlerExceptions_passThroughUnchanged() {
    IllegalStateException boom = new IllegalStateException("host says no");
    StatementHandler handler =
        new StatementHandler() {
          @Override
          public void onEntry(Entry entry) {
            throw boom;
          }
        };
    byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> new CamtReader().stream(new ByteArrayInputStream(bytes), "s.xml", handler))
        .isSameAs(boom);
  }

  @Test
  void test_anyTruncationOrByteDamage_givesAStatementOrAParseException() {
    byte[] original = SAMPLE.getBytes(StandardCharsets.UTF_8);
    CamtReader reader = new CamtReader();
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(
            integers().between(0, original.length - 1),
            integers().between(0, 255),
            integers().between(0, 2))
        .checkAssert(
            (position, value, mode) -> {
              byte[] damaged;
              if (mode == 0) {
                damaged = java.util.Arrays.copyOf(original, position);
              } else if (mode == 1) {
                damaged = original.clone();
                damaged[position] = (byte) (int) value;
              } else {
                damaged = new byte[original.length + 1];
                System.arraycopy(original, 0, damaged, 0, position);
                damaged[position] = (byte) (int) value;
                System.arraycopy(original, position, damaged, position + 1, original.length - position);
              }
              try {
                assertThat(reader.read(new ByteArrayInputStream(damaged), "damaged.xml")).isNotNull();
              } catch (StatementParseException e) {
                assertThat(e.sourceName()).isEqualTo("damaged.xml");
                assertThat(e.location()).startsWith("/");
              }
            });
  }

  @Test
  void test_tooManyElements_areRefusedBeforeMemoryRunsOut() {
    String many = "<X/>".repeat(CamtReader.MAX_NODES + 1);
    String inHeader = SAMPLE.replace("<AddtlStmtInf>end of sample</AddtlStmtInf>", many);
    assertThatThrownBy(() -> CamtSamples.read(inHeader))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("more than " + CamtReader.MAX_NODES + " elements");
    String inEntry =
        SAMPLE.replace("<AddtlNtryInf>Account fees March</AddtlNtryInf>", "<Y>" + many + "</Y>");
    assertThatThrownBy(() -> CamtSamples.read(inEntry))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("more than " + CamtReader.MAX_NODES + " elements")
        .satisfies(
            e -> assertThat(((StatementParseException) e).location()).isEqualTo(STMT + "/Ntry[2]"));
  }
}
