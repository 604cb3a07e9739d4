package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.run;
import static dev.o2c.examples.cli.CliRun.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.o2c.examples.statement.TransactionsCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class StatementCommandTest {

  /** The contract's header, spelled out here so that a change to the code cannot change the test. */
  private static final String CONTRACT_HEADER = "statement_id,account,entry_ref,booking_date,value_date,direction,"
      + "amount,currency,status,reversal,payer_name,payer_account,end_to_end_id,remittance_text,references";

  @TempDir
  Path dir;

  /** The outcome of one in-process run. */
  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<String> dirListing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void test_header_startsWithExactlyTheContractsColumns() throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    String header = lines(csv).get(0);
    assertThat(header).startsWith(CONTRACT_HEADER + ",");
    assertThat(String.join(",", TransactionsCsv.CONTRACT_COLUMNS)).isEqualTo(CONTRACT_HEADER);
    assertThat(header).isEqualTo(String.join(",", TransactionsCsv.HEADER));
  }

  @Test
  void test_camt053_summaryShowsAccountIdsBalancesCountsAndTotals() throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);

    CliRun run = run("statement", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(file + ": camt.053, 1 statement, 3 entries, 4 transactions\n")
        .contains("Statement 1 of 1: O2C-CLI-STMT-1\n")
        .containsPattern("(?m)^  account +DE89370400440532013000 EUR \\(O2C Demo GmbH\\)$")
        .containsPattern("(?m)^  message id +O2C-CLI-MSG-1$")
        .containsPattern("(?m)^  sequence +42$")
        .containsPattern("(?m)^  created +2024-03-02T06:00\\+01:00$")
        .containsPattern("(?m)^  entries +3 entries \\(2 booked, 1 pending\\)$")
        .containsPattern("(?m)^  transactions +4$")
        .containsPattern("(?m)^  credits +1 entry, EUR 300\\.00$")
        .containsPattern("(?m)^  debits +1 entry, EUR 50\\.00$")
        .containsPattern("(?m)^  not booked +1 entry pending or information only, EUR 10\\.00")
        .containsPattern("(?m)^  opening booked +OPBD +2024-03-01 +EUR +1,000\\.00$")
        .containsPattern("(?m)^  closing booked +CLBD +2024-03-01 +EUR +1,250\\.00$")
        .containsPattern("(?m)^  closing available +CLAV +2024-03-01 +EUR +1,240\\.00$")
        .contains("\nFindings: no findings\n")
        .doesNotContain("Wrote");
    assertThat(dirListing()).containsExactly("s.xml");
  }

  @Test
  void test_camt053_csvHasOneRowPerTransactionDetailWithTheContractsMapping() throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\nWrote 4 transactions to " + csv + "\n");
    assertThat(lines(csv)).containsExactly(
        String.join(",", TransactionsCsv.HEADER),
        // TxDtls with its own AcctSvcrRef; two Ustrd joined by a space; Strd document numbers, then the RF reference.
        "O2C-CLI-STMT-1,DE89370400440532013000,TX-ASR-1,2024-03-01,2024-03-01,CRDT,200.00,EUR,BOOK,false,"
            + "Müller Maschinenbau GmbH,DE02120300000000202051,E2E-1,Invoice 4711 and 4712,"
            + "INV-4711;INV-4712;RF18539007547034,,,,PMNT/RCDT/ESCT,,,"
            + "DE89370400440532013000|2024-03-01|C|EUR 200.00|TX-ASR-1|1",
        // TxDtls without AcctSvcrRef: the entry's; quotes and commas escaped; a non-IBAN payer account.
        "O2C-CLI-STMT-1,DE89370400440532013000,NTRY-ASR-1,2024-03-01,2024-03-01,CRDT,100.00,EUR,BOOK,false,"
            + "\"Baltic Tools, \"\"Riga\"\"\",LV-778899,NOTPROVIDED,\"Order 55, partial\",,,,,PMNT/RCDT/ESCT,,,"
            + "DE89370400440532013000|2024-03-01|C|EUR 100.00|NTRY-ASR-1|2",
        // No AcctSvcrRef at all: NtryRef; a debit's counterparty is the payee, not the payer.
        "O2C-CLI-STMT-1,DE89370400440532013000,NTRYREF-2,2024-03-01,2024-03-01,DBIT,50.00,EUR,BOOK,false,"
            + ",,,,,,Office Supplies SA,FR7630006000011234567890189,PMNT/ICDT/ESCT,,,"
            + "DE89370400440532013000|2024-03-01|D|EUR 50.00|-|2.1",
        "O2C-CLI-STMT-1,DE89370400440532013000,PEND-3,,2024-03-04,CRDT,10.00,EUR,PDNG,false,"
            + ",,,,,,,,PMNT/RCDT/ESCT,,,DE89370400440532013000|2024-03-04|C|EUR 10.00|PEND-3|1");
    assertThat(dirListing()).containsExactly("s.xml", "t.csv");
  }

  @Test
  void test_mt940_summaryAndCsv_reversalOfCreditIsDebitWithReversalTrue() throws IOException {
    Path file = write("s.sta", StatementSamples.MT940);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(file + ": MT940, 1 statement, 3 entries, 3 transactions\n")
        .containsPattern("(?m)^  account +37040044/0532013000 EUR$")
        .containsPattern("(?m)^  sequence +00042/001$")
        .containsPattern("(?m)^  credits +1 entry, EUR 250\\.00$")
        .containsPattern("(?m)^  debits +2 entries, EUR 290\\.00$")
        .containsPattern("(?m)^  opening booked +60F +2024-03-01 +EUR +1,000\\.00$")
        .containsPattern("(?m)^  closing booked +62F +2024-03-02 +EUR +960\\.00$")
        .contains("\nFindings: no findings\n");
    assertThat(lines(csv)).containsExactly(
        String.join(",", TransactionsCsv.HEADER),
        // ?21/?22 run on without a separator; SEPA EREF+ is the end-to-end id, SVWZ+ the remittance.
        "STMT-940-1,37040044/0532013000,BANKREF-1,2024-03-01,2024-03-01,CRDT,250.00,EUR,BOOK,false,"
            + "Mueller Maschinenbau GmbH,DE02120300000000202051,E2E-940-1,Rechnung 4711 und 4712,,KREF-1,,,166,,GUTSCHRIFT,"
            + "37040044/0532013000|2024-03-01|C|EUR 250.00|BANKREF-1|1",
        "STMT-940-1,37040044/0532013000,BANKREF-2,2024-03-02,2024-03-02,DBIT,40.00,EUR,BOOK,false,"
            + ",,,Free text line one second line,,,,,NTRF,,,37040044/0532013000|2024-03-02|D|EUR 40.00|BANKREF-2|1",
        "STMT-940-1,37040044/0532013000,BANKREF-3,2024-03-02,2024-03-02,DBIT,250.00,EUR,BOOK,true,"
            + ",,,Rueckbuchung,,,Mueller Maschinenbau GmbH,,159,,RETOURE,"
            + "37040044/0532013000|2024-03-02|D|EUR 250.00|BANKREF-3|1");
  }

  @Test
  void test_bai2_summaryAndCsv_bankReferenceOf16RecordIsEntryRef() throws IOException {
    Path file = write("s.bai", StatementSamples.BAI2);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(file + ": BAI2, 1 statement, 2 entries, 2 transactions\n")
        .containsPattern("(?m)^  account +123456789 USD")
        .containsPattern("(?m)^  credits +1 entry, USD 500\\.00$")
        .containsPattern("(?m)^  debits +1 entry, USD 150\\.00$")
        .containsPattern("(?m)^  opening booked +010 +2024-02-29 +USD +1,000\\.00$")
        .containsPattern("(?m)^  closing booked +015 +2024-02-29 +USD +1,350\\.00$")
        .contains("\nFindings: no findings\n");
    assertThat(lines(csv)).containsExactly(
        String.join(",", TransactionsCsv.HEADER),
        "2024-02-29/123456789,123456789,BREF-1,2024-02-29,2024-02-29,CRDT,500.00,USD,BOOK,false,"
            + ",,,Payment from ACME INVOICE 1001,,CREF-1,,,175,,,123456789|2024-02-29|C|USD 500.00|BREF-1|1",
        "2024-02-29/123456789,123456789,BREF-2,2024-02-29,2024-02-29,DBIT,150.00,USD,BOOK,false,"
            + ",,,Cheque paid,,,,,475,,,123456789|2024-02-29|D|USD 150.00|BREF-2|1");
  }

  @Test
  void test_findings_listedWithCodeLocationAndStatement_exitStaysZero() throws IOException {
    Path file = write("s.sta", StatementSamples.MT940.replace(":62F:C240302EUR960,00", ":62F:C240302EUR961,00"));

    CliRun run = run("statement", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("\nFindings (1)\n")
        .containsPattern("(?m)^  BALANCE_MISMATCH at line \\d+ \\(statement STMT-940-1\\): .*960\\.00.*961\\.00");
  }

  @Test
  void test_emptyStatement_summarisedWithZeroCountsAndHeaderOnlyCsv() throws IOException {
    Path file = write("s.sta", """
        :20:EMPTY-1
        :25:NL91ABNA0417164300
        :28C:1/1
        :60F:C240301EUR5,00
        :62F:C240301EUR5,00
        -
        """);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith(file + ": MT940, 1 statement, 0 entries, 0 transactions\n")
        .containsPattern("(?m)^  credits +0 entries$")
        .endsWith("\nWrote 0 transactions to " + csv + "\n");
    assertThat(lines(csv)).containsExactly(String.join(",", TransactionsCsv.HEADER));
  }

  @Test
  void test_severalStatements_overviewPerAccountThenEachStatement() throws IOException {
    String second = """
        :20:STMT-940-2
        :25:NL91ABNA0417164300
        :28C:00043/001
        :60F:C240302EUR960,00
        :61:2403030303C40,00NTRFNONREF//BANKREF-4
        :86:Second statement
        :62F:C240303EUR1000,00
        -
        """;
    Path file = write("s.sta", StatementSamples.MT940 + StatementSamples.MT940.replace("STMT-940-1", "STMT-940-1B")
        + second);

    CliRun run = run("statement", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith(file + ": MT940, 3 statements, 7 entries, 7 transactions\n\nAccounts (2)\n")
        .containsPattern("(?m)^  37040044/0532013000 +EUR +2 +6 +6$")
        .containsPattern("(?m)^  NL91ABNA0417164300 +EUR +1 +1 +1$")
        .contains("Statement 1 of 3: STMT-940-1\n", "Statement 2 of 3: STMT-940-1B\n", "Statement 3 of 3: STMT-940-2\n")
        .contains("\nFindings: no findings\n");
  }

  static Stream<Arguments> badFiles() {
    String camt = StatementSamples.CAMT_053;
    return Stream.of(
        Arguments.of("empty file", "", "start of file: the input is empty"),
        Arguments.of("unknown format", "item_id,amount\nINV-1,12.30\n", "start of file: not a recognised statement format"),
        Arguments.of("truncated camt", camt.substring(0, camt.indexOf("<Ntry>") + 40), "/Document/BkToCstmrStmt"),
        Arguments.of("camt amount with too many decimals", camt.replace(">50.00</Amt>", ">50.001</Amt>"),
            "/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[2]/Amt[1]: amount 50.001 has more decimals than EUR allows"),
        Arguments.of("camt with a DOCTYPE", camt.replace("<Document ", "<!DOCTYPE d [<!ENTITY x \"y\">]>\n<Document "),
            "DOCTYPE"),
        Arguments.of("MT940 impossible date", StatementSamples.MT940.replace(":61:2403020302D40", ":61:2413020302D40"),
            "line 8: date '241302' does not exist"),
        Arguments.of("BAI2 amount not a number", StatementSamples.BAI2.replace("16,475,15000", "16,475,15O00"),
            "line 6: amount '15O00'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void test_badInput_exitOneWithOneLineNamingFileAndPlace_noOutputLeft(String what, String content, String place)
      throws IOException {
    Path file = write("bad.txt", content);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("o2c statement: " + file + ": ").contains(place).endsWith("\n");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(dirListing()).containsExactly("bad.txt");
  }

  @Test
  void test_skipUnreadableEntries_leavesOutTheEntryNamesItAndWritesTheRest() throws IOException {
    String damaged = StatementSamples.CAMT_053.replace("<Amt Ccy=\"EUR\">50.00</Amt>", "<Amt Ccy=\"EUR\">50,00</Amt>");
    assertThat(damaged).isNotEqualTo(StatementSamples.CAMT_053);
    Path file = write("s.xml", damaged);
    Path csv = dir.resolve("t.csv");

    CliRun strict = run("statement", file.toString(), "--out", csv.toString());
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(dirListing()).containsExactly("s.xml");

    CliRun run = run("statement", file.toString(), "--out", csv.toString(), "--skip-unreadable-entries");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("o2c statement: " + file + ": /Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[2]")
        .contains("entry left out: ").contains("50,00"));
    assertThat(run.out()).contains("ENTRY_SKIPPED").contains("BALANCE_MISMATCH")
        .endsWith("\nWrote 3 transactions to " + csv + "\n");
    assertThat(lines(csv)).hasSize(4).noneMatch(l -> l.contains("NTRYREF-2"));
  }

  @Test
  void test_badInput_existingOutputFileIsLeftUnchanged() throws IOException {
    Path file = write("bad.sta", StatementSamples.MT940.replace(":61:2403020302D40", ":61:2413020302D40"));
    Path csv = write("t.csv", "previous content\r\n");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(csv)).isEqualTo("previous content\r\n");
    assertThat(dirListing()).containsExactly("bad.sta", "t.csv");
  }

  @Test
  void test_missingFile_exitOneNamingTheFile() {
    Path missing = dir.resolve("nope.xml");

    CliRun run = run("statement", missing.toString(), "--out", dir.resolve("t.csv").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("o2c statement: " + missing + ": no such file\n");
    assertThat(Files.exists(dir.resolve("t.csv"))).isFalse();
  }

  @Test
  void test_directoryGivenAsFile_exitOne() {
    CliRun run = run("statement", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("o2c statement: " + dir + ": is a directory, not a statement file\n");
  }

  @Test
  void test_outputDirectoryMissing_exitOneWithOneClearLineAndNothingWritten() throws IOException {
    Path file = write("s.sta", StatementSamples.MT940);
    Path target = dir.resolve("no/such/dir/t.csv");

    CliRun run = run("statement", file.toString(), "--out", target.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("o2c statement: cannot write " + target + ": folder " + target.getParent()
        + " does not exist\n");
    assertThat(dirListing()).containsExactly("s.sta");
  }

  static Stream<Arguments> outNamingTheInput() {
    return Stream.of(
        Arguments.of("the same path", "s.xml"),
        Arguments.of("the same file after normalisation", "sub/../s.xml"),
        Arguments.of("the same file through ./", "./s.xml"),
        Arguments.of("a symbolic link to it", "link.xml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outNamingTheInput")
  void test_outNamingTheInputFile_refusedWithExitTwo_bankFileUnchanged(String what, String outName)
      throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("link.xml"), file);

    CliRun run = run("statement", file.toString(), "--out", dir.resolve(outName).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("--out " + dir.resolve(outName) + " is the statement file " + file
        + "; give another file for the CSV\n").contains("Usage: o2c statement");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(StatementSamples.CAMT_053);
    assertThat(dirListing()).containsExactly("link.xml", "s.xml", "sub");
  }

  @Test
  void test_outDash_writesCsvToStandardOutputAndTheSummaryToStandardError() throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);
    Path csv = dir.resolve("t.csv");
    run("statement", file.toString(), "--out", csv.toString());

    CliRun run = run("statement", file.toString(), "--out", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Files.readString(csv, StandardCharsets.UTF_8));
    assertThat(run.err()).startsWith(file + ": camt.053, 1 statement, 3 entries, 4 transactions\n")
        .contains("\nFindings: no findings\n")
        .endsWith("\nWrote 4 transactions to standard output\n");
    assertThat(dirListing()).containsExactly("s.xml", "t.csv");
  }

  @Test
  void test_outputFile_getsTheUsualPermissionsNotOwnerOnly() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "needs a POSIX file system (file permissions)");
    Path file = write("s.sta", StatementSamples.MT940);
    // A file created the ordinary way gets 0666 less the process's umask: the permissions to expect.
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual")));
    Path csv = dir.resolve("t.csv");

    assertThat(run("statement", file.toString(), "--out", csv.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(usual);
  }

  @Test
  void test_outputFile_replacingAFileKeepsItsPermissions() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "needs a POSIX file system (file permissions)");
    Path file = write("s.sta", StatementSamples.MT940);
    Path csv = write("t.csv", "old\r\n");
    Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(csv, groupReadable);

    assertThat(run("statement", file.toString(), "--out", csv.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    assertThat(Files.readString(csv)).startsWith("statement_id,");
    assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(groupReadable);
  }

  /** The sample with formula-like text where a payer writes: names and remittance. */
  private static final String CAMT_WITH_FORMULAS = StatementSamples.CAMT_053
      .replace("<Nm>Müller Maschinenbau GmbH</Nm>", "<Nm>=HYPERLINK(\"http://x\",\"pay\")</Nm>")
      .replace("<Ustrd>Invoice 4711</Ustrd>", "<Ustrd>+SUM(A1:A9)</Ustrd>")
      .replace("<Ustrd>and 4712</Ustrd>", "")
      .replace("<Nm>Baltic Tools, \"Riga\"</Nm>", "<Nm>@cmd</Nm>")
      .replace("<Ustrd>Order 55, partial</Ustrd>", "<Ustrd>-2+3</Ustrd>");

  @Test
  void test_csvInjection_textCellsStartingWithFormulaCharactersAreNeutralised_amountsAndCodesAreNot()
      throws IOException {
    Path file = write("s.xml", CAMT_WITH_FORMULAS);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = lines(csv);
    assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"pay\"\")\",DE02120300000000202051,E2E-1,'+SUM(A1:A9),")
        .contains(",CRDT,200.00,EUR,");
    assertThat(lines.get(2)).contains(",'@cmd,LV-778899,NOTPROVIDED,'-2+3,");
  }

  @Test
  void test_csvInjection_rawTextKeepsTheTextAsTheBankSentIt() throws IOException {
    Path file = write("s.xml", CAMT_WITH_FORMULAS);
    Path csv = dir.resolve("t.csv");

    CliRun run = run("statement", file.toString(), "--out", csv.toString(), "--raw-text");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = lines(csv);
    assertThat(lines.get(1)).contains(",\"=HYPERLINK(\"\"http://x\"\",\"\"pay\"\")\",DE02120300000000202051,E2E-1,+SUM(A1:A9),");
    assertThat(lines.get(2)).contains(",@cmd,LV-778899,NOTPROVIDED,-2+3,");
  }

  @Test
  void test_help_explainsSpreadsheetSafeTextAndTheStandardOutput() {
    CliRun run = run("statement", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("--raw-text", "spreadsheet", "'", "standard output");
  }

  @Test
  void test_wrongCommandLine_exitTwoWithUsage() throws IOException {
    Path file = write("s.sta", StatementSamples.MT940);

    for (String[] args : List.of(new String[] {"statement"}, new String[] {"statement", file.toString(), "--bogus"},
        new String[] {"statement", file.toString(), "--out"}, new String[] {"statement", file.toString(), "extra"},
        new String[] {"statement", file.toString(), "--out", dir.toString()})) {
      CliRun run = run(args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(String.join(" ", args)).contains("Usage: o2c statement");
    }
  }

  @Test
  void test_progress_reportedOnStandardErrorForBigFilesOnly() throws IOException {
    Path file = write("s.xml", StatementSamples.CAMT_053);
    StatementCommand command = new StatementCommand();
    command.progressMinBytes = 1;
    CommandLine commandLine = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));

    int code = commandLine.execute(file.toString());

    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).containsPattern("(?m)^statement: " + java.util.regex.Pattern.quote(file.toString())
        + ": 100% read \\(0 of 0 MB\\), 0 transactions so far$");
    assertThat(out.toString()).contains("4 transactions");
    // The same file with the normal threshold: nothing on standard error.
    assertThat(run("statement", file.toString()).err()).isEmpty();
  }
}
