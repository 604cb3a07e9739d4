package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.UnreadableEntries;
import dev.o2c.matching.statement.UnreadableEntriesContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One entry with a wrong value: fail by default, or leave it out and read the rest. */
class CamtUnreadableEntriesTest {

  private static final String SAMPLE = CamtSamples.text("camt053-v02-batch.xml");
  private static final String STMT = "/Document/BkToCstmrStmt[1]/Stmt[1]";
  /** The second entry's amount; the statement summary's 59.50 is left alone. */
  private static final String AMOUNT = "<Amt Ccy=\"EUR\">59.50</Amt>";

  /** Damage to the second entry only (its amount 59.50 and its dates are its own). */
  static Stream<Arguments> damagedSecondEntry() {
    return Stream.of(
        Arguments.of("amount with a comma", SAMPLE.replace(AMOUNT, AMOUNT.replace("59.50", "59,50")), STMT + "/Ntry[2]/Amt[1]"),
        Arguments.of("too many decimals", SAMPLE.replace(AMOUNT, AMOUNT.replace("59.50", "59.505")), STMT + "/Ntry[2]/Amt[1]"),
        Arguments.of("impossible date", SAMPLE.replace("<Dt>2024-03-02</Dt>", "<Dt>2024-02-30</Dt>"),
            STMT + "/Ntry[2]/ValDt[1]/Dt[1]"),
        Arguments.of("unknown currency",
            SAMPLE.replace("<Amt Ccy=\"EUR\">59.50</Amt>", "<Amt Ccy=\"XYZ\">59.50</Amt>"),
            STMT + "/Ntry[2]/Amt[1]/@Ccy"),
        Arguments.of("bad indicator",
            SAMPLE.replace("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DEBIT</CdtDbtInd>"),
            STMT + "/Ntry[2]/CdtDbtInd[1]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedSecondEntry")
  void test_skip_leavesOutTheEntry_namesIt_andReadsTheRestAsBefore(String what, String xml, String location) {
    Statement clean = CamtSamples.read(SAMPLE).get(0);
    StatementFile file = StatementReaders.readFile(bytes(xml), "day.xml", UnreadableEntries.SKIP);
    Statement s = file.statements().get(0);

    assertThat(s.entries()).hasSize(clean.entries().size() - 1);
    assertThat(s.entries()).containsExactly(clean.entries().get(0), clean.entries().get(2));
    List<Finding> skipped = s.findings().stream().filter(f -> f.code().equals(Finding.ENTRY_SKIPPED)).toList();
    assertThat(skipped).hasSize(1);
    assertThat(skipped.get(0).location()).isEqualTo(location);
    // The entry left out is missing from the balance check, which says so.
    assertThat(s.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(Finding.BALANCE_MISMATCH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedSecondEntry")
  void test_default_failsWithTheEntrysLocation(String what, String xml, String location) {
    assertThatThrownBy(() -> StatementReaders.readFile(bytes(xml), "day.xml"))
        .isInstanceOf(StatementParseException.class)
        .satisfies(e -> assertThat(((StatementParseException) e).location()).isEqualTo(location));
    assertThatThrownBy(() -> StatementReaders.readFile(bytes(xml), "day.xml", UnreadableEntries.FAIL))
        .isInstanceOf(StatementParseException.class)
        .satisfies(e -> assertThat(((StatementParseException) e).location()).isEqualTo(location));
  }

  @Test
  void test_streamingHandler_decidesPerEntry() {
    String xml = SAMPLE.replace(AMOUNT, AMOUNT.replace("59.50", "59,50"));
    List<Entry> entries = new ArrayList<>();
    List<StatementParseException> failures = new ArrayList<>();
    List<Statement> ends = new ArrayList<>();
    new CamtReader().stream(bytes(xml), "day.xml", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {
        entries.add(entry);
      }

      @Override
      public void onEntryFailure(StatementParseException failure) {
        failures.add(failure);
      }

      @Override
      public void onStatementEnd(Statement statement) {
        ends.add(statement);
      }
    });
    assertThat(entries).hasSize(2);
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.sourceName()).isEqualTo("day.xml");
      assertThat(f.location()).isEqualTo(STMT + "/Ntry[2]/Amt[1]");
      assertThat(f.problem()).contains("not a valid amount: '59,50'");
    });
    assertThat(ends.get(0).findings())
        .filteredOn(f -> f.code().equals(Finding.ENTRY_SKIPPED))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("59,50"));
  }

  @Test
  void test_handlerThatThrows_stopsTheReadingWithItsOwnException() {
    IllegalStateException stop = new IllegalStateException("host stops");
    assertThatThrownBy(() -> new CamtReader().stream(bytes(SAMPLE.replace(AMOUNT, AMOUNT.replace("59.50", "59,50"))), "d.xml",
        new StatementHandler() {
          @Override
          public void onEntry(Entry entry) {}

          @Override
          public void onEntryFailure(StatementParseException failure) {
            throw stop;
          }
        }))
        .isSameAs(stop);
  }

  @Test
  void test_structuralDamage_failsEvenWhenSkipping() {
    int cut = SAMPLE.indexOf("<AddtlTxInf>");
    assertThatThrownBy(() -> StatementReaders.readFile(bytes(SAMPLE.substring(0, cut + 15)), "t.xml",
            UnreadableEntries.SKIP))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> StatementReaders.readFile(bytes(SAMPLE.replace("</Amt>", "</Amnt>")), "m.xml",
            UnreadableEntries.SKIP))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining("malformed XML");
  }

  @Test
  void test_damagedSample_skipReadsWhatFailReads_orNamesTheFirstFailureFirst() {
    String digits = "0123456789.,-+ <>/EURXYZ";
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(integers().between(0, SAMPLE.length() - 1), integers().between(0, digits.length() - 1),
            integers().between(0, 2))
        .checkAssert((at, which, how) -> {
          StringBuilder sb = new StringBuilder(SAMPLE);
          int i = at;
          char c = digits.charAt(which);
          switch (how) {
            case 0 -> sb.deleteCharAt(i);
            case 1 -> sb.insert(i, c);
            default -> sb.setCharAt(i, c);
          }
          String xml = sb.toString();
          UnreadableEntriesContract.assertSkipAgreesWithFail(
              unreadable -> StatementReaders.readFile(bytes(xml), "d.xml", unreadable));
        });
  }

  private static ByteArrayInputStream bytes(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
