package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.UnreadableEntries;
import dev.o2c.matching.statement.UnreadableEntriesContract;
import dev.o2c.matching.statement.TextMutations;
import dev.o2c.testkit.QuickTheoriesGenerators;
import dev.o2c.testkit.statement.Mt940Writer;
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
 * One MT940 entry ({@code :61:} with its {@code :86:}) with a wrong value: the reading fails by
 * default, or leaves the entry out and reads the rest.
 */
class Mt940UnreadableEntriesTest {

  /** Each example writes one file and reads it three times; half the configured count keeps this to seconds. */
  private static final int EXAMPLES = Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 2);

  private static final String SAMPLE = sample();
  /** The second entry of the sample's first statement: a debit of 100.00 on line 12, details on 13-14. */
  private static final String SECOND = ":61:2001020102D100,NMSCNONREF//BANKREF2";
  /** The last entry of the first statement, on line 18, right before the closing balance. */
  private static final String LAST = ":61:2001020102RD5,NMSCNONREF";

  private static String sample() {
    try {
      return Mt940ReaderTest.sample();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String damage(String line, String damaged) {
    assertThat(SAMPLE).contains(line);
    return SAMPLE.replace(line, damaged);
  }

  /** Damage to one entry's values: what, the file, the entry's index in statement 1, location, problem. */
  static Stream<Arguments> damagedEntry() {
    return Stream.of(
        Arguments.of("amount without comma", damage(SECOND, SECOND.replace("D100,", "D100")), 1, "line 12",
            "has no decimal comma"),
        Arguments.of("two commas", damage(SECOND, SECOND.replace("D100,", "D1,0,0")), 1, "line 12",
            "is not a SWIFT amount"),
        Arguments.of("impossible value date", damage(SECOND, SECOND.replace("2001020102", "2002300102")), 1,
            "line 12", "'200230' does not exist"),
        Arguments.of("impossible entry date", damage(SECOND, SECOND.replace("2001020102", "2001021302")), 1,
            "line 12", "entry date '1302' does not exist"),
        Arguments.of("bad mark", damage(SECOND, SECOND.replace("D100,", "X100,")), 1, "line 12",
            "no debit/credit mark"),
        Arguments.of("no transaction type", damage(SECOND, ":61:2001020102D100,NM"), 1, "line 12",
            "no transaction type"),
        Arguments.of("more decimals than EUR", damage(SECOND, SECOND.replace("D100,", "D100,001")), 1, "line 12",
            "more decimals than EUR allows"),
        Arguments.of("too large", damage(SECOND, SECOND.replace("D100,", "D99999999999999999,")), 1, "line 12",
            "is too large"),
        Arguments.of("last entry, bad mark", damage(LAST, LAST.replace("RD5,", "RX5,")), 3, "line 18",
            "no debit/credit mark"));
  }

  private static StatementFile read(String text, UnreadableEntries unreadable) {
    return StatementReaders.readFile(bytes(text), "test.sta", unreadable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedEntry")
  void test_skip_leavesOutTheEntry_namesIt_andReadsTheRestAsBefore(String what, String text, int index,
      String location, String problem) {
    StatementFile clean = read(SAMPLE, UnreadableEntries.FAIL);
    StatementFile file = read(text, UnreadableEntries.SKIP);

    assertThat(file.statements()).hasSize(2);
    Statement before = clean.statements().get(0);
    Statement s = file.statements().get(0);
    List<Entry> others = new ArrayList<>(before.entries());
    others.remove(index);
    // Equal entries include equal duplicate keys: the entry left out still used up its ordinal.
    assertThat(s.entries()).isEqualTo(others);
    // The details of the entry left out are read past, not taken for statement information.
    assertThat(s.withEntries(List.of()).withFindings(List.of()))
        .isEqualTo(before.withEntries(List.of()).withFindings(List.of()));
    assertThat(s.findings()).extracting(Finding::code)
        .containsExactly(Finding.ENTRY_SKIPPED, Finding.BALANCE_MISMATCH);
    assertThat(s.findings().get(0).location()).isEqualTo(location);
    assertThat(s.findings().get(0).message()).startsWith("entry left out: ").contains(problem);
    assertThat(file.statements().get(1)).isEqualTo(clean.statements().get(1));
    assertThat(file.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedEntry")
  void test_defaultAndFail_throwWithTheEntrysLocation(String what, String text, int index, String location,
      String problem) {
    assertThatThrownBy(() -> new Mt940Reader().readFile(bytes(text), "test.sta"))
        .isInstanceOfSatisfying(StatementParseException.class, e -> {
          assertThat(e.location()).isEqualTo(location);
          assertThat(e.problem()).contains(problem);
        });
    assertThatThrownBy(() -> read(text, UnreadableEntries.FAIL))
        .isInstanceOfSatisfying(StatementParseException.class, e -> assertThat(e.location()).isEqualTo(location));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedEntry")
  void test_handlerThatThrows_endsTheReadingWithItsOwnException(String what, String text, int index,
      String location, String problem) {
    IllegalStateException stop = new IllegalStateException("host stops");
    assertThatThrownBy(() -> new Mt940Reader().stream(bytes(text), "test.sta", new StatementHandler() {
      @Override
      public void onEntry(Entry entry) {}

      @Override
      public void onEntryFailure(StatementParseException failure) {
        throw stop;
      }
    })).isSameAs(stop);
  }

  @Test
  void test_streamingHandler_isToldOnce_beforeTheStatementEnds() {
    String text = damage(SECOND, SECOND.replace("D100,", "D100"));
    List<String> events = new ArrayList<>();
    new Mt940Reader().stream(bytes(text), "day.sta", new StatementHandler() {
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
        events.add("end " + statement.statementId());
      }
    });
    assertThat(events).containsExactly("entry EUR 250.50", "failure day.sta line 12", "entry EUR -20.00",
        "entry EUR 5.00", "end O2C-STMT-1", "entry EUR 75.25", "end O2C-STMT-2");
  }

  @Test
  void test_detailsTooLong_areAnEntryFailureAtTheirLine() {
    // Many :86: fields, each within the field bound, that together exceed the bound for one entry.
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      more.append(":86:").append("x".repeat(4000)).append('\n');
    }
    String text = SAMPLE.replace(":61:200102RC20,00", more + ":61:200102RC20,00");
    StatementParseException failure = catchFailure(text);
    assertThat(failure.problem()).contains("details of the :61: on line 12 exceed");
    Statement s = read(text, UnreadableEntries.SKIP).statements().get(0);
    Statement before = read(SAMPLE, UnreadableEntries.FAIL).statements().get(0);
    assertThat(s.entries()).containsExactly(before.entries().get(0), before.entries().get(2),
        before.entries().get(3));
    assertThat(s.findings()).filteredOn(f -> f.code().equals(Finding.ENTRY_SKIPPED)).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(failure.location()));
  }

  @Test
  void test_mt942_entryLeftOut_showsInTheDeclaredCountsAndSums() {
    String text = ":20:INTRA\n:25:DE89370400440532013000\n:28C:1/1\n:34F:EURD5,00\n:34F:EURC5,00\n"
        + ":13D:2001021015+0100\n:61:200102C10,00NTRFNONREF\n:86:first\n:61:200102C5,0,0NTRFNONREF\n:86:second\n"
        + ":61:200102D7,50NTRFNONREF\n:86:third\n:90D:1EUR7,50\n:90C:2EUR15,00\n-\n";
    Statement s = read(text, UnreadableEntries.SKIP).statements().get(0);
    assertThat(s.entries()).extracting(e -> e.signedAmount().toString()).containsExactly("EUR 10.00", "EUR -7.50");
    assertThat(s.findings()).extracting(Finding::code)
        .containsExactly(Finding.ENTRY_SKIPPED, Finding.COUNT_MISMATCH, Finding.CONTROL_TOTAL_MISMATCH);
    assertThat(s.findings().get(0).location()).isEqualTo("line 9");
    assertThat(s.findings().get(1).message()).contains(":90C:").contains("2 credit entries").contains("has 1");
    assertThat(s.additionalInfo()).isEmpty();
  }

  @Test
  void test_severalEntriesLeftOut_eachIsNamed() {
    String text = damage(SECOND, SECOND.replace("D100,", "D100")).replace(LAST, LAST.replace("RD5,", "RX5,"));
    Statement s = read(text, UnreadableEntries.SKIP).statements().get(0);
    assertThat(s.entries()).hasSize(2);
    assertThat(s.findings()).filteredOn(f -> f.code().equals(Finding.ENTRY_SKIPPED)).extracting(Finding::location)
        .containsExactly("line 12", "line 18");
  }

  static Stream<Arguments> structuralDamage() {
    return Stream.of(
        Arguments.of("61 after the closing balance",
            SAMPLE.replace(":64:C200102EUR1135,50", ":61:200102C1,00NTRFNONREF"), "line 20", "after the closing balance"),
        Arguments.of("line too long in the details",
            SAMPLE.replace(":86:free text reversal line one", ":86:" + "y".repeat(5000)), "line 16", "longer than 4096"),
        Arguments.of("statement without currency",
            ":20:X\n:25:1\n:61:990101C1,00NTRFX\n:61:990101X1,00NTRFX\n", "line 3", "no currency known"),
        Arguments.of("closing balance broken", SAMPLE.replace(":62F:C200102EUR1135,50", ":62F:C200102EUR1135.50"),
            "line 19", "is not D/C mark"));
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

  /** Value damage to one generated {@code :61:} line, which reads {@code :61:YYMMDDMMDD[CD]amountNTRF...}. */
  enum Damage {
    NO_COMMA, TWO_COMMAS, VALUE_MONTH_13, ENTRY_MONTH_13, BAD_MARK, TOO_MANY_DECIMALS;

    /** Applies the damage to the {@code :61:} field starting at {@code at}. */
    String apply(String text, int at) {
      StringBuilder sb = new StringBuilder(text);
      int date = at + 4;
      int comma = text.indexOf(',', date + 11);
      switch (this) {
        case NO_COMMA -> sb.deleteCharAt(comma);
        case TWO_COMMAS -> sb.insert(comma + 2, ',');
        case VALUE_MONTH_13 -> sb.replace(date + 2, date + 4, "13");
        case ENTRY_MONTH_13 -> sb.replace(date + 6, date + 8, "13");
        case BAD_MARK -> sb.setCharAt(date + 10, 'X');
        case TOO_MANY_DECIMALS -> sb.insert(text.indexOf("NTRF", comma), '1');
        default -> throw new AssertionError(this);
      }
      return sb.toString();
    }
  }

  @Test
  void test_generatedFile_oneEntryDamaged_skipReadsEveryOtherEntryUnchanged() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.gen(StatementFileSpec.generator(3, 8)),
            integers().between(0, Integer.MAX_VALUE), integers().between(0, Damage.values().length - 1))
        .assuming((spec, pick, damage) -> spec.entryCount() > 0)
        .checkAssert((spec, pick, damage) -> {
          String text = Mt940Writer.standard().toString(spec);
          List<Statement> clean = read(text, UnreadableEntries.FAIL).statements();
          int target = (int) (pick % spec.entryCount());
          int at = -1;
          for (int k = 0; k <= target; k++) {
            at = text.indexOf("\n:61:", at + 1);
          }
          at++;
          String line = "line " + (1 + text.substring(0, at).chars().filter(c -> c == '\n').count());
          String damaged = Damage.values()[damage].apply(text, at);

          assertThatThrownBy(() -> read(damaged, UnreadableEntries.FAIL))
              .isInstanceOfSatisfying(StatementParseException.class, e -> assertThat(e.location()).isEqualTo(line));
          List<Statement> read = read(damaged, UnreadableEntries.SKIP).statements();
          assertThat(read).hasSameSizeAs(clean);
          int first = 0;
          for (int i = 0; i < clean.size(); i++) {
            Statement before = clean.get(i);
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
            assertThat(s.findings()).extracting(Finding::code).isEqualTo(left.amount().isZero()
                ? List.of(Finding.ENTRY_SKIPPED) : List.of(Finding.ENTRY_SKIPPED, Finding.BALANCE_MISMATCH));
            assertThat(s.findings().get(0).location()).isEqualTo(line);
          }
        });
  }

  private static StatementParseException catchFailure(String text) {
    try {
      read(text, UnreadableEntries.FAIL);
    } catch (StatementParseException e) {
      return e;
    }
    throw new AssertionError("no StatementParseException");
  }

  @Test
  void test_mutatedSample_skipReadsWhatFailReads_orNamesTheFirstFailureFirst() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(3, 30))
        .checkAssert(edits -> {
          String text = TextMutations.mutate(SAMPLE, edits, Mt940PropertyTest.INTERESTING);
          UnreadableEntriesContract.assertSkipAgreesWithFail(unreadable -> read(text, unreadable));
        });
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
