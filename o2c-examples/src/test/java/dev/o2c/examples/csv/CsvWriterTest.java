package dev.o2c.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "INV-1|INV-1",
      "''|''",
      "a,b|\"a,b\"",
      "say \"hi\"|\"say \"\"hi\"\"\"",
      "' lead'|\" lead\"",
      "'trail '|\"trail \""})
  void test_escape_quotesOnlyWhenNeeded(String field, String expected) {
    assertThat(CsvWriter.escape(field)).isEqualTo(expected);
  }

  @Test
  void test_row_fieldsStartingWithTabOrHashAndAnEmptyFirstFieldAreQuoted_andReadBackUnchanged() {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row("a", "b", "c").row("", "\tindented", "#not a comment");

    assertThat(out).hasToString("a,b,c\r\n\"\",\"\tindented\",\"#not a comment\"\r\n");
    CsvRow row = CsvReader.read(new StringReader(out.toString()), "w.csv").rows().get(0);
    assertThat(row.optional("a")).isEmpty();
    assertThat(row.optional("c")).contains("#not a comment");
  }

  @Test
  void test_row_endsWithCrlfAndWritesNullAsEmpty() {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row("entry_ref", "item_id").row("BNK-1", null).row("two\nlines", "x");

    assertThat(out).hasToString("entry_ref,item_id\r\nBNK-1,\r\n\"two\nlines\",x\r\n");
  }

  @Test
  void test_row_readsBackThroughCsvReader() {
    qt().withExamples(Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 10))
        .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(1, 4))
        .checkAssert(fields -> {
          List<String> header = new ArrayList<>();
          for (int i = 0; i < fields.size(); i++) {
            header.add("c" + i);
          }
          StringWriter out = new StringWriter();
          new CsvWriter(out).row(header).row(fields);

          CsvRow row = CsvReader.read(new StringReader(out.toString()), "w.csv").rows().get(0);
          for (int i = 0; i < fields.size(); i++) {
            assertThat(row.optional("c" + i).orElse("")).isEqualTo(fields.get(i).strip());
          }
        });
  }
}
