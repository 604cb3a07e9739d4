package dev.o2c.testkit.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.testkit.Iban;
import java.io.OutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatementWritersTest {

  private static StatementFileSpec spec(long seed) {
    return StatementFileSpec.builder().seed(seed).accounts(2).statements(3).entriesPerStatement(40).build();
  }

  static Stream<Arguments> writers() {
    return Stream.of(
        Arguments.of(Camt053Writer.of(Camt053Writer.Version.V02)),
        Arguments.of(Camt053Writer.of(Camt053Writer.Version.V08)),
        Arguments.of(Mt940Writer.standard()),
        Arguments.of(Bai2Writer.standard()));
  }

  @ParameterizedTest
  @MethodSource("writers")
  void test_write_sameSeedSameText_otherSeedOtherText(StatementFileWriter writer) {
    String a = writer.toString(spec(11));
    assertThat(writer.toString(spec(11))).isEqualTo(a);
    assertThat(writer.toString(spec(12))).isNotEqualTo(a);
    assertThat(new String(writer.toBytes(spec(11)), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(a);
  }

  @Test
  void test_spec_entriesReplayIdentically_andTotalsAddUp() {
    StatementSpec s = spec(5).statements().get(1);
    List<EntrySpec> first = s.entryList();
    assertThat(s.entryList()).isEqualTo(first).hasSize(40);
    long sum = first.stream().mapToLong(EntrySpec::signedAmountMinor).sum();
    assertThat(s.closingMinor()).isEqualTo(s.openingMinor() + sum);
    assertThat(s.totals().credits() + s.totals().debits()).isEqualTo(40);
    for (EntrySpec e : first) {
      assertThat(e.amountMinor()).isPositive();
      assertThat(e.bankReference()).matches("[A-Z0-9]{1,16}");
      assertThat(Iban.isValid(e.counterpartyIban())).isTrue();
      assertThat(e.counterpartyName().length()).isLessThanOrEqualTo(54);
      assertThat(e.valueDate()).isBeforeOrEqualTo(e.bookingDate());
      e.remittanceText().ifPresent(t -> assertThat(t).hasSizeLessThanOrEqualTo(140)
          .matches("[A-Za-z0-9.,:-]+( [A-Za-z0-9.,:-]+)*"));
      e.creditorReference().ifPresent(r -> assertThat(Iban.isValid(r)).as(r).isTrue());
      e.endToEndId().ifPresent(id -> assertThat(id).matches("[A-Z0-9]{1,35}"));
    }
  }

  @Test
  void test_spec_statementsCycleThroughAccountsDayByDay() {
    List<StatementSpec> st = spec(3).statements();
    assertThat(st.get(2).accountIban()).isEqualTo(st.get(0).accountIban());
    assertThat(st.get(1).accountIban()).isNotEqualTo(st.get(0).accountIban());
    assertThat(st.get(2).date()).isEqualTo(st.get(0).date().plusDays(1));
    assertThat(st.get(2).sequenceNumber()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Camt053Writer.Version.class)
  void test_camt_isWellFormedXml_withOneNtryPerEntryAndTheBalances(Camt053Writer.Version version)
      throws Exception {
    StatementFileSpec spec = spec(21);
    String xml = Camt053Writer.of(version).toString(spec);
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
    Map<String, Integer> counts = new HashMap<>();
    List<String> balanceAmounts = new ArrayList<>();
    String namespace = null;
    boolean inBal = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (namespace == null) {
          namespace = r.getNamespaceURI();
        }
        counts.merge(r.getLocalName(), 1, Integer::sum);
        inBal |= r.getLocalName().equals("Bal");
        if (inBal && r.getLocalName().equals("Amt")) {
          balanceAmounts.add(r.getElementText());
          inBal = false;
        }
      }
    }
    assertThat(namespace).isEqualTo(version.namespace());
    assertThat(counts.get("Stmt")).isEqualTo(3);
    assertThat(counts.get("Ntry")).isEqualTo(120);
    assertThat(counts.get("TxDtls")).isEqualTo(120);
    assertThat(counts.get(version == Camt053Writer.Version.V02 ? "BIC" : "BICFI")).isEqualTo(3 + 120);
    StatementSpec first = spec.statements().get(0);
    assertThat(balanceAmounts.get(1))
        .isEqualTo(java.math.BigDecimal.valueOf(Math.abs(first.closingMinor()), 2).toPlainString());
  }

  @Test
  void test_mt940_oneStatementLinePerEntry_linesWithinSwiftLimits() {
    StatementFileSpec spec = spec(8);
    String text = Mt940Writer.standard().toString(spec);
    String[] lines = text.split("\r\n", -1);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(Stream.of(lines).filter(l -> l.startsWith(":61:")).count()).isEqualTo(120);
    assertThat(Stream.of(lines).filter(l -> l.startsWith(":20:")).count()).isEqualTo(3);
    assertThat(Stream.of(lines).filter(l -> l.equals("-")).count()).isEqualTo(3);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(65));
    assertThat(text).doesNotContain("\n\n").matches("(?s)[\\x20-\\x7E\r\n]*");
    EntrySpec e = spec.statements().get(0).entryList().get(0);
    assertThat(text).contains(e.bankReference()).contains("?31" + e.counterpartyIban());
  }

  @Test
  void test_mt940_withLineEnd_rejectsOtherLineEnds() {
    assertThat(Mt940Writer.withLineEnd("\n").toString(spec(1))).doesNotContain("\r");
    assertThatThrownBy(() -> Mt940Writer.withLineEnd("\r")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_bai2_controlTotalsAndRecordCountsReconcile() {
    StatementFileSpec spec = StatementFileSpec.builder().seed(4).accounts(2).statements(5).entriesPerStatement(30)
        .currency(Monetary.getCurrency("USD")).firstDate(LocalDate.of(2026, 3, 1)).build();
    String[] records = Bai2Writer.standard().toString(spec).split("\n");
    long accountSum = 0;
    long groupSum = 0;
    long fileSum = 0;
    int accountRecords = 0;
    int groupRecords = 0;
    int groups = 0;
    int details = 0;
    for (String rec : records) {
      String[] f = rec.replaceAll("/$", "").split(",", -1);
      accountRecords++;
      groupRecords++;
      switch (f[0]) {
        case "02":
          groupRecords = 1;
          groupSum = 0;
          groups++;
          break;
        case "03":
          accountRecords = 1;
          accountSum = Long.parseLong(f[4]) + Long.parseLong(f[8]);
          break;
        case "16":
          details++;
          accountSum += Long.parseLong(f[2]);
          break;
        case "49":
          assertThat(Long.parseLong(f[1])).isEqualTo(accountSum);
          assertThat(Integer.parseInt(f[2])).isEqualTo(accountRecords);
          groupSum += accountSum;
          break;
        case "98":
          assertThat(Long.parseLong(f[1])).isEqualTo(groupSum);
          assertThat(Integer.parseInt(f[3])).isEqualTo(groupRecords);
          fileSum += groupSum;
          break;
        case "99":
          assertThat(Long.parseLong(f[1])).isEqualTo(fileSum);
          assertThat(Integer.parseInt(f[2])).isEqualTo(groups);
          assertThat(Integer.parseInt(f[3])).isEqualTo(records.length);
          break;
        default:
          break;
      }
    }
    assertThat(details).isEqualTo(150);
    assertThat(groups).isEqualTo(3);
    assertThat(records[0]).startsWith("01,");
    assertThat(records[records.length - 1]).startsWith("99,");
  }

  @Test
  void test_writeToStream_largeFileNeedsNoBuffering() {
    long[] bytes = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    };
    StatementFileSpec big = StatementFileSpec.builder().seed(2).entriesPerStatement(20_000).build();
    Mt940Writer.standard().write(big, counter);
    assertThat(bytes[0]).isGreaterThan(20_000L * 150);
  }

  @Test
  void test_generator_smallFilesVaryAndStayInBounds() {
    List<StatementFileSpec> files = StatementFileSpec.generator(3, 5).sample(9, 50);
    assertThat(files).allSatisfy(f -> {
      assertThat(f.statements()).hasSizeBetween(1, 3);
      assertThat(f.statements()).allSatisfy(s -> assertThat(s.entryCount()).isBetween(0, 5));
    });
    assertThat(files.stream().map(StatementFileSpec::seed).distinct().count()).isGreaterThan(40);
    assertThatThrownBy(() -> StatementFileSpec.generator(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_jpy_hasNoDecimals() {
    StatementFileSpec spec = StatementFileSpec.builder().seed(1).entriesPerStatement(3)
        .currency(Monetary.getCurrency("JPY")).build();
    EntrySpec e = spec.statements().get(0).entryList().get(0);
    assertThat(Camt053Writer.of(Camt053Writer.Version.V08).toString(spec))
        .contains("<Amt Ccy=\"JPY\">" + e.amountMinor() + "</Amt>");
    assertThat(e.amount(Monetary.getCurrency("JPY")).minorUnits()).isEqualTo(e.amountMinor());
  }
}
