package dev.o2c.matching.statement.bai2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCode;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.UnreadableEntries;
import dev.o2c.matching.statement.UnreadableEntriesContract;
import dev.o2c.matching.statement.TextMutations;
import dev.o2c.testkit.QuickTheoriesGenerators;
import dev.o2c.testkit.statement.Bai2Writer;
import dev.o2c.testkit.statement.StatementFileSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One BAI2 detail (16 with its 88 continuations) with a wrong value: the reading fails by default,
 * or leaves the detail out, reads the rest and lets the control totals show what is missing.
 */
class Bai2UnreadableEntriesTest {

  /** Each example writes one file and reads it three times; half the configured count keeps this to seconds. */
  private static final int EXAMPLES = Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 2);

  private static final String SAMPLE = sample();
  /** Account 1, detail 1: a 115 credit of 300.00 on line 4, text continued on line 5. */
  private static final String FIRST = "16,115,30000,0,BR1,CR1,";
  /** Account 1, detail 2: a 175 credit of 200.00 on line 6, funds distributed with S. */
  private static final String SECOND = "16,175,20000,S,10000,5000,5000,BR2,";
  /** Account 1, detail 3: a 475 debit of 200.00 on line 7, funds distributed with D. */
  private static final String THIRD = "16,475,20000,D,2,0,15000,1,5000,BR3,";
  /** Account 2, its only detail: a 495 debit of 10.00 on line 10, value dated. */
  private static final String FOURTH = "16,495,1000,V,200114,1030,BR4,";

  /**
   * What a detail of account 1 left out leaves behind: the 49 total the bank sent includes it, the
   * opening-to-closing check misses it, and so do the 03 total of its side (100 credits, 400 debits)
   * and its item count.
   */
  private static final List<FindingCode> ACCOUNT_1_FINDINGS = List.of(Finding.ENTRY_SKIPPED,
      Finding.CONTROL_TOTAL_MISMATCH, Finding.BALANCE_MISMATCH, Finding.CONTROL_TOTAL_MISMATCH,
      Finding.COUNT_MISMATCH);

  private static String sample() {
    try {
      return Bai2ReaderTest.sample();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String damage(String start, String damaged) {
    assertThat(SAMPLE).contains(start);
    return SAMPLE.replace(start, damaged);
  }

  /** Damage to one detail: what, file, statement index, entry index, location, problem, findings. */
  static Stream<Arguments> damagedDetail() {
    return Stream.of(
        Arguments.of("bad amount", damage(FIRST, FIRST.replace("30000", "3O000")), 0, 0, "line 4",
            "'3O000' is not a whole number", ACCOUNT_1_FINDINGS),
        Arguments.of("negative amount", damage(FIRST, FIRST.replace("30000", "-30000")), 0, 0, "line 4",
            "must not carry a minus sign", ACCOUNT_1_FINDINGS),
        Arguments.of("bad type code", damage(FIRST, FIRST.replace("115", "1150")), 0, 0, "line 4",
            "'1150' is not three digits", ACCOUNT_1_FINDINGS),
        Arguments.of("no type code", damage(FIRST, FIRST.replace("115", "")), 0, 0, "line 4",
            "without a type code", ACCOUNT_1_FINDINGS),
        Arguments.of("unknown funds type", damage(FIRST, FIRST.replace(",0,", ",X,")), 0, 0, "line 4",
            "unknown funds type 'X'", ACCOUNT_1_FINDINGS),
        Arguments.of("S amount malformed", damage(SECOND, SECOND.replace("10000,5000", "10000,5x00")), 0, 1,
            "line 6", "'5x00' is not a whole number", ACCOUNT_1_FINDINGS),
        Arguments.of("D days malformed", damage(THIRD, THIRD.replace("D,2,0,", "D,2,x,")), 0, 2, "line 7",
            "availability days 'x'", ACCOUNT_1_FINDINGS),
        Arguments.of("D distributions missing", damage(THIRD + "CHK 1234,CHECK PAID/",
            "16,475,20000,D,9,0,15000,1,5000/"), 0, 2, "line 7", "announces 9 distributions", ACCOUNT_1_FINDINGS),
        Arguments.of("D distribution overflows", damage(THIRD, "16,475,20000,D,10"
            + ",1,999999999999999999".repeat(10) + ",BR3,"), 0, 2, "line 7", "funds type distribution overflows",
            ACCOUNT_1_FINDINGS),
        Arguments.of("impossible value date", damage(FOURTH, FOURTH.replace("200114", "201340")), 1, 0,
            "line 10", "value date '201340' does not exist",
            List.of(Finding.ENTRY_SKIPPED, Finding.CONTROL_TOTAL_MISMATCH, Finding.BALANCE_MISMATCH)),
        Arguments.of("bad value time", damage(FOURTH, FOURTH.replace("1030", "1090")), 1, 0, "line 10",
            "time '1090' is not HHMM",
            List.of(Finding.ENTRY_SKIPPED, Finding.CONTROL_TOTAL_MISMATCH, Finding.BALANCE_MISMATCH)));
  }

  private static StatementFile read(String text, UnreadableEntries unreadable) {
    return StatementReaders.readFile(bytes(text), "test.bai2", unreadable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedDetail")
  void test_skip_leavesOutTheDetail_namesIt_andTheTotalsShowIt(String what, String text, int statement, int index,
      String location, String problem, List<String> findings) {
    StatementFile clean = read(SAMPLE, UnreadableEntries.FAIL);
    StatementFile file = read(text, UnreadableEntries.SKIP);

    assertThat(file.statements()).hasSameSizeAs(clean.statements());
    for (int i = 0; i < clean.statements().size(); i++) {
      Statement before = clean.statements().get(i);
      Statement s = file.statements().get(i);
      if (i != statement) {
        assertThat(s).isEqualTo(before);
        continue;
      }
      List<Entry> others = new ArrayList<>(before.entries());
      others.remove(index);
      // Equal entries include equal duplicate keys: the detail left out still used up its ordinal.
      assertThat(s.entries()).isEqualTo(others);
      assertThat(s.withEntries(List.of()).withFindings(List.of()))
          .isEqualTo(before.withEntries(List.of()).withFindings(List.of()));
      assertThat(s.findings()).extracting(Finding::code).isEqualTo(findings);
      assertThat(s.findings().get(0).location()).isEqualTo(location);
      assertThat(s.findings().get(0).message()).startsWith("entry left out: ").contains(problem);
      // The 49 total as sent includes the detail; the message says why the sum read falls short.
      assertThat(s.findings().get(1).message()).contains("49 control total").endsWith("(1 detail left out)");
    }
    // The 98 and 99 totals add up the 49 totals as sent, and record counts include the detail's records.
    assertThat(file.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedDetail")
  void test_defaultAndFail_throwWithTheDetailsLocation(String what, String text, int statement, int index,
      String location, String problem, List<String> findings) {
    assertThatThrownBy(() -> new Bai2Reader().readFile(bytes(text), "test.bai2"))
        .isInstanceOfSatisfying(StatementParseException.class, e -> {
          assertThat(e.location()).isEqualTo(location);
          assertThat(e.problem()).contains(problem);
        });
    assertThatThrownBy(() -> read(text, UnreadableEntries.FAIL))
        .isInstanceOfSatisfying(StatementParseException.class, e -> assertThat(e.location()).isEqualTo(location));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedDetail")
  void test_handlerThatThrows_endsTheReadingWithItsOwnException(String what, String text, int statement,
      int index, String location, String problem, List<String> findings) {
    IllegalStateException stop = new IllegalStateException("host stops");
    assertThatThrownBy(() -> new Bai2Reader().stream(bytes(text), "test.bai2", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {}

      @Override
      public void onEntryFailure(StatementParseException failure) {
        throw stop;
      }
    })).isSameAs(stop);
  }

  @Test
  void test_detailOfZeroLeftOut_leavesEveryTotalReconciled() {
    String text = Bai2ReaderTest.oneDetail(",010,500,,,015,500,,", 1000, 0, "0").replace("16,115,", "16,11x,");
    Statement s = read(text, UnreadableEntries.SKIP).statements().get(0);
    assertThat(s.entries()).isEmpty();
    assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.ENTRY_SKIPPED);
    assertThat(read(text.replace("16,11x,", "16,115,"), UnreadableEntries.FAIL).statements().get(0).findings())
        .isEmpty();
  }

  @Test
  void test_streamingHandler_isToldOnce_inFileOrder() {
    String text = damage(FIRST, FIRST.replace("30000", "3O000"));
    List<String> events = new ArrayList<>();
    new Bai2Reader().stream(bytes(text), "day.bai2", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {
        events.add("entry " + entry.signedAmount());
      }

      @Override
      public void onEntryFailure(StatementParseException failure) {
        events.add("failure " + failure.sourceName() + " " + failure.location());
      }

      @Override
      public void onStatementEnd(Statement statement) {
        events.add("end " + statement.account().otherId().orElseThrow());
      }
    });
    assertThat(events).containsExactly("failure day.bai2 line 4", "entry USD 200.00", "entry USD -200.00",
        "end 111222333", "entry EUR -10.00", "end 999888777", "end 555");
  }

  static Stream<Arguments> structuralDamage() {
    return Stream.of(
        Arguments.of("unknown record code", damage(FIRST, FIRST.replace("16,", "17,")), "line 4",
            "unknown BAI2 record code 17"),
        Arguments.of("detail after the account trailer", SAMPLE.replace("49,10000,3/", "49,10000,3/\n16,115,1,,,,x/"),
            "line 12", "record 16 is out of place"),
        Arguments.of("truncated", SAMPLE.substring(0, SAMPLE.indexOf("99,")), "line 16",
            "without the 99 file trailer"),
        Arguments.of("account record value", SAMPLE.replace("010,100000", "010,1O0000"), "line 3",
            "is not a whole number"),
        Arguments.of("account trailer value", SAMPLE.replace("49,460000,6/", "49,46OOOO,6/"), "line 8",
            "is not a whole number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralDamage")
  void test_structuralDamage_failsEvenWhenSkipping(String what, String text, String location, String problem) {
    assertThatThrownBy(() -> read(text, UnreadableEntries.SKIP))
        .isInstanceOfSatisfying(StatementParseException.class, e -> {
          assertThat(e.location()).isEqualTo(location);
          assertThat(e.problem()).contains(problem);
        });
  }

  /** Value damage to one generated 16 record, which reads {@code 16,195|495,amount,Z,bank ref,...}. */
  enum Damage {
    BAD_AMOUNT, NEGATIVE_AMOUNT, BAD_TYPE_CODE, NO_TYPE_CODE, UNKNOWN_FUNDS_TYPE, IMPOSSIBLE_VALUE_DATE;

    /** Applies the damage to the 16 record starting at {@code at}. */
    String apply(String text, int at) {
      StringBuilder sb = new StringBuilder(text);
      int amount = at + 7;
      int funds = text.indexOf(",Z,", amount) + 1;
      switch (this) {
        case BAD_AMOUNT -> sb.insert(amount + 1, 'x');
        case NEGATIVE_AMOUNT -> sb.insert(amount, '-');
        case BAD_TYPE_CODE -> sb.setCharAt(at + 5, 'x');
        case NO_TYPE_CODE -> sb.delete(at + 3, at + 6);
        case UNKNOWN_FUNDS_TYPE -> sb.setCharAt(funds, 'X');
        case IMPOSSIBLE_VALUE_DATE -> sb.replace(funds, funds + 1, "V,991340");
        default -> throw new AssertionError(this);
      }
      return sb.toString();
    }
  }

  @Test
  void test_generatedFile_oneDetailDamaged_skipReadsEveryOtherDetailUnchanged() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.gen(StatementFileSpec.generator(3, 8)),
            integers().between(0, Integer.MAX_VALUE), integers().between(0, Damage.values().length - 1))
        .assuming((spec, pick, damage) -> spec.entryCount() > 0)
        .checkAssert((spec, pick, damage) -> {
          String text = Bai2Writer.standard().toString(spec);
          StatementFile clean = read(text, UnreadableEntries.FAIL);
          int target = (int) (pick % spec.entryCount());
          int at = -1;
          for (int k = 0; k <= target; k++) {
            at = text.indexOf("\n16,", at + 1);
          }
          at++;
          String line = "line " + (1 + text.substring(0, at).chars().filter(c -> c == '\n').count());
          String damaged = Damage.values()[damage].apply(text, at);

          assertThatThrownBy(() -> read(damaged, UnreadableEntries.FAIL))
              .isInstanceOfSatisfying(StatementParseException.class, e -> assertThat(e.location()).isEqualTo(line));
          StatementFile file = read(damaged, UnreadableEntries.SKIP);
          assertThat(file.findings()).isEmpty();
          List<Statement> read = file.statements();
          assertThat(read).hasSameSizeAs(clean.statements());
          int first = 0;
          for (int i = 0; i < read.size(); i++) {
            Statement before = clean.statements().get(i);
            Statement s = read.get(i);
            int index = target - first;
            first += before.entries().size();
            if (index < 0 || index >= before.entries().size()) {
              assertThat(s).isEqualTo(before);
              continue;
            }
            List<Entry> others = new ArrayList<>(before.entries());
            Entry left = others.remove(index);
            assertThat(s.entries()).isEqualTo(others);
            assertThat(s.withEntries(List.of()).withFindings(List.of()))
                .isEqualTo(before.withEntries(List.of()).withFindings(List.of()));
            // The 49 total as sent and the closing balance include the amount left out.
            assertThat(s.findings()).extracting(Finding::code).isEqualTo(left.amount().isZero()
                ? List.of(Finding.ENTRY_SKIPPED)
                : List.of(Finding.ENTRY_SKIPPED, Finding.CONTROL_TOTAL_MISMATCH, Finding.BALANCE_MISMATCH));
            assertThat(s.findings().get(0).location()).isEqualTo(line);
          }
        });
  }

  @Test
  void test_mutatedSample_skipReadsWhatFailReads_orNamesTheFirstFailureFirst() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(3, 30))
        .checkAssert(edits -> {
          String text = TextMutations.mutate(SAMPLE, edits, INTERESTING);
          UnreadableEntriesContract.assertSkipAgreesWithFail(unreadable -> read(text, unreadable));
        });
  }

  private static final String INTERESTING = ",/\n\r 0123456789+-VSDZx";

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
