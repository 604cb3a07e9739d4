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
import org.junit.jupiter.params.provider.ValueSource;
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

  /** Rabobank's structured MT940: the counterparty account is the :61:'s second line, EREF a marker. */
  private static String rabobank(String type, String supplementary, String details) {
    return ":940:\n:20:940S140102\n:25:NL50RABO0123456789 EUR\n:28C:0\n:60F:C140101EUR1000,00\n"
        + ":61:140102" + type + "000000000100,00N541EREF\n" + supplementary + "\n" + details
        + ":62F:C140102EUR" + (type.equals("C") ? "1100,00" : "900,00") + "\n";
  }

  @Test
  void test_supplementaryIban_isTheDebtorsAccountOfACredit() {
    Statement s = read(rabobank("C", "NL91ABNA0417164300", ":86:/EREF/INV-1//ORDP//NAME/A. Klant//REMI/Factuur 1/\n"))
        .statements().get(0);
    Transaction t = s.transactions().get(0);
    assertThat(t.debtor()).hasValueSatisfying(p -> {
      assertThat(p.iban()).contains("NL91ABNA0417164300");
      assertThat(p.name()).contains("A. Klant");
    });
    assertThat(t.creditor()).isEmpty();
    assertThat(t.references().endToEndId()).contains("INV-1");
    assertThat(t.references().customerReference()).isEmpty();
    assertThat(s.entries().get(0).additionalInfo()).isEmpty();
    assertThat(s.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0123456789", "P001234567", "NL91 ABNA 0417 1643 00"})
  void test_supplementaryAccount_isTheCreditorsAccountOfADebit(String account) {
    Statement s = read(rabobank("D", account, "")).statements().get(0);
    Transaction t = s.transactions().get(0);
    assertThat(t.creditor().flatMap(p -> p.iban().or(p::otherAccountId)))
        .contains(account.contains(" ") ? account.replace(" ", "") : account);
    assertThat(t.debtor()).isEmpty();
    assertThat(t.references().customerReference()).isEmpty();
    assertThat(s.entries().get(0).additionalInfo()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NL92ABNA0417164300", "/TRCD/00100/", "vitens nv", "12345", "P12345678901234567890",
      "911-TRANSAKCJA IPH"})
  void test_supplementaryDetailsThatAreNoAccount_areKeptAsSent(String text) {
    Statement s = read(rabobank("C", text, ":86:/EREF/INV-1//ORDP//NAME/A. Klant/\n")).statements().get(0);
    Transaction t = s.transactions().get(0);
    assertThat(t.debtor().flatMap(p -> p.iban().or(p::otherAccountId))).isEmpty();
    assertThat(t.debtor().flatMap(p -> p.name())).contains("A. Klant");
    assertThat(s.entries().get(0).additionalInfo()).contains(text);
  }

  @Test
  void test_accountIn86_winsOverTheSupplementaryDetails() {
    Statement s = read(rabobank("C", "NL91ABNA0417164300", ":86:/CNTP/NL20INGB0001234567/INGBNL2A/J. Jansen///\n"))
        .statements().get(0);
    assertThat(s.transactions().get(0).debtor().flatMap(p -> p.iban())).contains("NL20INGB0001234567");
    assertThat(s.entries().get(0).additionalInfo()).contains("NL91ABNA0417164300");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EREF", "NONREF", "nonref"})
  void test_customerReferenceMarkers_areNoReferences(String marker) {
    Statement s = read(":20:X\n:25:NL50RABO0123456789\n:60F:C140101EUR0,00\n:61:140102C1,00N541" + marker
        + "//B1\n:61:140102C2,00N541" + marker + "\n:86:/EREF/E2/\n:62F:C140102EUR3,00\n").statements().get(0);
    assertThat(s.transactions()).allSatisfy(t -> assertThat(t.references().customerReference()).isEmpty());
    assertThat(s.transactions().get(1).references().endToEndId()).contains("E2");
  }

  @Test
  void test_statementLineWithoutEntryDate_isBookedOnItsValueDate() {
    Statement s = read(":20:X\n:25:1567.50.961EUR\n:60F:C120917EUR10,00\n:61:120918D1,00N084P002445588\n"
        + ":61:1209180919C2,00NTRFNONREF\n:62F:C120919EUR11,00\n").statements().get(0);
    assertThat(s.entries()).extracting(e -> e.bookingDate().orElseThrow() + " " + e.valueDate().orElseThrow())
        .containsExactly("2012-09-18 2012-09-18", "2012-09-19 2012-09-18");
    assertThat(s.transactions()).extracting(t -> t.bookingDate().orElseThrow() + " " + t.valueDate().orElseThrow())
        .containsExactly("2012-09-18 2012-09-18", "2012-09-19 2012-09-18");
    // The duplicate key already fell back to the value date: unchanged for files imported before.
    assertThat(s.transactions().get(0).duplicateKey()).isEqualTo("1567.50.961|2012-09-18|D|EUR 1.00|-|1.1");
  }
}
