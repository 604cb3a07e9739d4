package dev.o2c.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

  private static CsvTable read(String text) {
    return CsvReader.read(new StringReader(text), "t.csv");
  }

  private static List<String> fields(CsvRow row, String... columns) {
    return Stream.of(columns).map(c -> row.optional(c).orElse("")).toList();
  }

  @Test
  void test_read_plainRecords() {
    CsvTable table = read("a,b\n1,2\n3,4\n");

    assertThat(table.columns()).containsExactly("a", "b");
    assertThat(table.rows()).hasSize(2);
    assertThat(fields(table.rows().get(1), "a", "b")).containsExactly("3", "4");
    assertThat(table.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void test_read_quotedFieldsWithCommasQuotesAndLineBreaks() {
    CsvTable table = read("id,text,n\r\n1,\"a, b\",x\r\n2,\"say \"\"hi\"\"\",y\r\n3,\"two\nlines\",z\r\n4,\"\",w\r\n");

    assertThat(table.rows()).extracting(r -> r.optional("text").orElse("<blank>"))
        .containsExactly("a, b", "say \"hi\"", "two\nlines", "<blank>");
    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 4L, 6L);
  }

  @Test
  void test_read_bomCaseInsensitiveHeaderAndBlankLines() {
    CsvTable table = read("\uFEFF Item_ID ,Amount\n\nINV-1,12.30\n\n");

    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).required("item_id")).isEqualTo("INV-1");
    assertThat(table.rows().get(0).decimal("AMOUNT")).isEqualByComparingTo("12.30");
  }

  @Test
  void test_read_loneQuotedEmptyFieldIsARecordNotABlankLine() {
    assertThat(read("a\n\"\"\n\n").rows()).singleElement()
        .satisfies(r -> assertThat(r.optional("a")).isEmpty());
  }

  @Test
  void test_read_lineNumbersCountCrlfInsideQuotesOnceAndBlankLines() {
    CsvTable table = read("id,text\r\n\r\n1,\"two\r\nlines\"\r\n\r\n2,x\r\n3,\"\"\r\n");

    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3L, 6L, 7L);
    assertThat(table.rows().get(0).required("text")).isEqualTo("two\r\nlines");
  }

  @Test
  void test_read_lastRecordWithoutLineEnd() {
    assertThat(read("a\nx").rows()).singleElement().satisfies(r -> assertThat(r.required("a")).isEqualTo("x"));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("", "t.csv: no header row (the input is empty)"),
        Arguments.of("a,,c\n", "t.csv:1: column 2 of the header has no name"),
        Arguments.of("a,A\n", "t.csv:1: column \"A\" appears twice in the header"),
        Arguments.of("a,b\n1,2\n3\n", "t.csv:3: record has 1 fields but the header has 2"),
        Arguments.of("a,b\n1,\"2\n", "t.csv:2: a quoted field is not closed before the end of the input"),
        Arguments.of("a,b\n1,\"2\"x\n", "t.csv:2: unexpected character 'x' after a closing quote"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void test_read_badInputNamesSourceAndLine(String text, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(CsvException.class).hasMessage(message);
  }

  @Test
  void test_requireColumns_namesEveryMissingColumn() {
    assertThatThrownBy(() -> read("a\n1\n").requireColumns("a", "b", "c"))
        .isInstanceOf(CsvException.class)
        .hasMessage("t.csv:1: missing required column(s): b, c");
  }

  @Test
  void test_forEachRow_handsOverTheRowsReadWouldKeep() {
    String text = "id,text\r\n\r\n1,\"two\r\nlines\"\r\n\r\n2,x\r\n3,\"\"\r\n";
    List<CsvRow> handed = new java.util.ArrayList<>();

    List<String> columns = CsvReader.forEachRow(new StringReader(text), "t.csv", new String[] {"ID"}, handed::add);

    assertThat(columns).containsExactly("id", "text");
    assertThat(handed).extracting(CsvRow::toString).containsExactlyElementsOf(
        read(text).rows().stream().map(CsvRow::toString).toList());
  }

  @Test
  void test_forEachRow_missingColumns_reportedBeforeAnyRow() {
    List<CsvRow> handed = new java.util.ArrayList<>();

    assertThatThrownBy(() -> CsvReader.forEachRow(new StringReader("a\n1\n"), "t.csv", new String[] {"a", "b", "c"},
        handed::add))
        .isInstanceOf(CsvException.class)
        .hasMessage("t.csv:1: missing required column(s): b, c");
    assertThat(handed).isEmpty();
  }

  @Test
  void test_row_date_agreesWithTheIsoFormatter_onAnyDigitsInItsShape() {
    org.quicktheories.QuickTheory.qt().forAll(
        org.quicktheories.generators.SourceDSL.integers().between(0, 9999),
        org.quicktheories.generators.SourceDSL.integers().between(0, 19),
        org.quicktheories.generators.SourceDSL.integers().between(0, 39))
        .checkAssert((year, month, day) -> {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
          CsvRow row = read("d\n" + text + "\n").rows().get(0);
          LocalDate expected;
          try {
            expected = LocalDate.parse(text);
          } catch (java.time.format.DateTimeParseException e) {
            assertThatThrownBy(() -> row.date("d")).isInstanceOf(CsvException.class)
                .hasMessage("t.csv:2: d \"" + text + "\" is not an ISO date (yyyy-MM-dd)");
            return;
          }
          assertThat(row.date("d")).isEqualTo(expected);
        });
  }

  @Test
  void test_row_typedFields() {
    CsvRow row = read("d,n,blank\n2026-03-31,-357.00,  \n").rows().get(0);

    assertThat(row.date("d")).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(row.decimal("n")).isEqualTo(new BigDecimal("-357.00"));
    assertThat(row.optional("blank")).isEmpty();
    assertThat(row.optional("absent")).isEmpty();
    assertThat(row.optionalDate("blank")).isEmpty();
    assertThat(row.optionalDecimal("absent")).isEmpty();
  }

  static Stream<Arguments> badFields() {
    return Stream.of(
        Arguments.of("d", "t.csv:2: d \"31.03.2026\" is not an ISO date (yyyy-MM-dd)"),
        Arguments.of("n", "t.csv:2: n \"1,234.50\" is not a plain decimal (digits, optional '.' fraction)"),
        Arguments.of("e", "t.csv:2: e \"1E3\" is not a plain decimal (digits, optional '.' fraction)"),
        Arguments.of("blank", "t.csv:2: blank is missing"));
  }

  @ParameterizedTest
  @MethodSource("badFields")
  void test_row_badFieldNamesLineAndValue(String column, String message) {
    CsvRow row = read("d,n,e,blank\n31.03.2026,\"1,234.50\",1E3,\n").rows().get(0);

    assertThatThrownBy(() -> {
      if (column.equals("d")) {
        row.date(column);
      } else {
        row.decimal(column);
      }
    }).isInstanceOf(CsvException.class).hasMessage(message);
  }
}
