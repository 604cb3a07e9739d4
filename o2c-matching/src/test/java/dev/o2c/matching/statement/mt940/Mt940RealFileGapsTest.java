package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.UnreadableEntries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** What real MT940 files do that the SWIFT text book does not say: wrapped fields, bank dialects. */
class Mt940RealFileGapsTest {

  private static final Mt940Reader READER = new Mt940Reader();

  static StatementFile read(String text, UnreadableEntries unreadable) {
    return READER.readFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "real.sta", unreadable);
  }

  static StatementFile read(String text) {
    return read(text, UnreadableEntries.FAIL);
  }

  /**
   * ING wraps {@code :86:} at a fixed width; a mandate id {@code MND-EV01} cut after {@code MND} leaves a
   * line that is only its dash.
   */
  private static final String ING_WRAPPED_DASH = "{1:F01INGBNL2ABXXX0000000000}\n{2:I940INGBNL2AXXXN}\n{4:\n"
      + ":20:P140220000000001\n:25:NL69INGB0123456789EUR\n:28C:00000\n:60F:C140219EUR662,23\n"
      + ":61:1402200220D1,56NDDTEREF//00000000001005\n/TRCD/01028/\n"
      + ":86:/EREF/EV12341REP1231456T1234//MARF/MND\n-\nEV01//CSID/NL32ZZZ999999991234//CNTP/NL08INGB0000001234/IN\n"
      + "GBNL2A/ING Bank N.V./Amsterdam//REMI/USTD//Premie mei/\n"
      + ":61:1402200220C1,57NTRFNONREF//00000000001006\n/TRCD/00100/\n"
      + ":86:/CNTP/NL32INGB0000012345/INGBNL2A/J. Jansen/Utrecht//REMI/USTD//Factuur 42/\n"
      + ":62F:C140220EUR662,24\n:64:C140220EUR662,24\n-}\n";

  @ParameterizedTest
  @EnumSource(UnreadableEntries.class)
  void test_dashLineInsideDetails_isFieldTextNotTheMessageEnd(UnreadableEntries unreadable) {
    StatementFile file = read(ING_WRAPPED_DASH, unreadable);
    assertThat(file.statements()).singleElement().satisfies(s -> {
      assertThat(s.entries()).hasSize(2);
      assertThat(s.findings()).isEmpty();
      Transaction debit = s.transactions().get(0);
      assertThat(debit.references().mandateId()).contains("MND-EV01");
      assertThat(debit.references().creditorSchemeId()).contains("NL32ZZZ999999991234");
      assertThat(debit.remittance().unstructured()).containsExactly("Premie mei");
      assertThat(s.transactions().get(1).remittance().unstructured()).containsExactly("Factuur 42");
    });
  }

  @Test
  void test_dashLineAfterTheClosingBalance_endsTheMessageBeforeExportHeaders() {
    StatementFile file = read("ABNANL2A\n940\nABNANL2A\n:20:A\n:25:123456789\n:28:1/1\n:60F:C200101EUR10,00\n"
        + ":61:200102C1,00NTRFNONREF\n:86:first\n:62F:C200102EUR11,00\n-\n"
        + "ABNANL2A\n940\nABNANL2A\n:20:B\n:25:123456789\n:28:2/1\n:60F:C200102EUR11,00\n:62F:C200103EUR11,00\n-\n");
    assertThat(file.statements()).extracting(Statement::statementId).containsExactly("A", "B");
    assertThat(file.statements()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
  }

  @Test
  void test_dashLineInsideDetailsBeforeTheNextMessage_endsTheMessage() {
    // No closing balance (a cut-off message), but the next :20: shows the dash was the message end.
    StatementFile file = read(":20:A\n:25:123456789\n:60F:C200101EUR10,00\n:61:200102C1,00NTRFNONREF\n:86:first\n-\n\n"
        + ":20:B\n:25:123456789\n:60F:C200102EUR11,00\n:62F:C200103EUR11,00\n-\n");
    assertThat(file.statements()).extracting(Statement::statementId).containsExactly("A", "B");
    assertThat(file.statements().get(0).transactions().get(0).remittance().unstructured()).containsExactly("first");
    assertThat(file.statements().get(0).findings()).extracting(Finding::code).containsExactly(Finding.MISSING_BALANCE);
  }

  @Test
  void test_dashLineInsideDetailsAtTheEndOfTheFile_endsTheMessage() {
    StatementFile file = read(":20:A\n:25:123456789\n:60F:C200101EUR10,00\n:61:200102C1,00NTRFNONREF\n:86:first\n-\n");
    assertThat(file.statements()).singleElement().satisfies(s -> {
      assertThat(s.transactions().get(0).remittance().unstructured()).containsExactly("first");
      assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.MISSING_BALANCE);
    });
  }
}
