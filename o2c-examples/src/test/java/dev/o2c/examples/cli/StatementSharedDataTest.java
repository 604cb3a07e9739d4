package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.examples.SharedData;
import dev.o2c.examples.csv.CsvReader;
import dev.o2c.examples.csv.CsvRow;
import dev.o2c.examples.csv.CsvTable;
import dev.o2c.examples.statement.TransactionsCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code o2c statement --out} on every real bank file under {@code ../shared/data} (camt.052/053/054,
 * MT940/MT942, BAI2) and checks the CSV against the summary and the contract, plus values that other
 * parsers assert for some files (see {@code shared/data/SOURCES.md}). Skips when the folder is absent.
 */
class StatementSharedDataTest {

  private static final List<String> FOLDERS = List.of("camt052", "camt053", "camt054", "mt940", "mt942", "bai2");
  private static final Pattern FIRST_LINE =
      Pattern.compile(": (camt\\.05[234]|MT940|MT942|BAI2), \\d+ statements?, \\d+ entr(?:y|ies), (\\d+) transactions?\n");

  @TempDir
  Path dir;

  /** The outcome of one run: exit code, standard output and error, and the CSV read back. */
  private record Run(int exitCode, String out, String err, CsvTable csv) {}

  private static Path data() {
    return SharedData.data();
  }

  private Run run(Path file) throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.deleteIfExists(csv);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = O2c.run(new PrintWriter(out), new PrintWriter(err), "statement", file.toString(), "--out",
        csv.toString());
    CsvTable table = null;
    if (Files.exists(csv)) {
      try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        table = CsvReader.read(reader, csv.toString());
      }
    }
    return new Run(code, out.toString(), err.toString(), table);
  }

  private Run run(String relative) throws IOException {
    return run(data().resolve(relative));
  }

  @Test
  void test_everySharedFile_readsAndWritesOneContractRowPerTransaction() throws IOException {
    Path data = data();
    List<Path> files = new ArrayList<>();
    for (String folder : FOLDERS) {
      try (Stream<Path> list = Files.list(data.resolve(folder))) {
        list.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(40);
    SoftAssertions softly = new SoftAssertions();
    for (Path file : files) {
      Run run = run(file);
      String name = data.relativize(file).toString();
      softly.assertThat(run.exitCode()).as(name + ": " + run.err()).isEqualTo(ExitCodes.OK);
      softly.assertThat(run.err()).as(name).isEmpty();
      Matcher first = FIRST_LINE.matcher(run.out());
      if (!first.find() || run.csv() == null) {
        softly.fail(name + ": no summary or no CSV: " + run.out() + run.err());
        continue;
      }
      softly.assertThat(run.csv().columns()).as(name).isEqualTo(TransactionsCsv.HEADER);
      softly.assertThat(run.csv().rows()).as(name).hasSize(Integer.parseInt(first.group(2)));
      for (CsvRow row : run.csv().rows()) {
        String where = name + " " + row;
        softly.assertThat(row.required("direction")).as(where).isIn("CRDT", "DBIT");
        softly.assertThat(row.required("status")).as(where).isIn("BOOK", "PDNG", "INFO");
        softly.assertThat(row.required("reversal")).as(where).isIn("true", "false");
        BigDecimal amount = row.decimal("amount");
        softly.assertThat(amount.signum()).as(where).isGreaterThanOrEqualTo(0);
        softly.assertThat(amount.scale()).as(where)
            .isEqualTo(Monetary.getCurrency(row.required("currency")).getDefaultFractionDigits());
        softly.assertThat(row.optional("statement_id")).as(where).isPresent();
        softly.assertThat(row.optional("account")).as(where).isPresent();
      }
      if (file.getParent().getFileName().toString().startsWith("mt94") || name.startsWith("bai2")) {
        softly.assertThat(run.csv().rows()).as(name + ": MT940/BAI2 entries are booked")
            .allSatisfy(r -> assertThat(r.required("status")).isEqualTo("BOOK"));
      }
    }
    softly.assertAll();
  }

  @Test
  void test_camtBatchWithTwoDetails_twoRowsWithTheirAmountsAndCreditorReferences() throws IOException {
    Run run = run("camt053/test-camt053-txdtls");

    assertThat(run.csv().rows()).extracting(r -> r.required("amount"), r -> r.required("direction"),
            r -> r.required("references"), r -> r.required("currency"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2187.00", "CRDT", "302388292000011111111111111", "CHF"),
            org.assertj.core.groups.Tuple.tuple("1296.00", "CRDT", "302388292000022222222222222", "CHF"));
  }

  @Test
  void test_mt940ReversalsOfCredits_areDebitsWithReversalTrue() throws IOException {
    Run run = run("mt940/sepa_mt9401.sta");

    assertThat(run.out()).contains(": MT940, 26 statements, 97 entries, 97 transactions\n", "Findings: no findings");
    assertThat(run.csv().rows()).filteredOn(r -> r.required("reversal").equals("true"))
        .extracting(r -> r.required("direction") + " " + r.required("amount"))
        .containsExactly("DBIT 204.88", "DBIT 204.88");
  }

  @Test
  void test_mt940GermanDialect_payerAndSvwzRemittance() throws IOException {
    Run run = run("mt940/volksbankenraiffeisenbanken.txt");

    assertThat(run.csv().rows()).anySatisfy(r -> {
      assertThat(r.required("amount")).isEqualTo("80.00");
      assertThat(r.required("payer_name")).isEqualTo("Antonio Sueto");
      assertThat(r.required("payer_account")).isEqualTo("DE83500105179219844142");
      assertThat(r.required("remittance_text")).isEqualTo("Musical Emilio CDIBAN: DE83500105179219844142 BIC: SBCRDE66");
    });
  }

  @Test
  void test_mt940DutchDialect_remittanceAcrossLinesAndPayeeOfDebit() throws IOException {
    Run run = run("mt940/mt940_iban.txt");

    assertThat(run.csv().rows()).hasSize(21);
    CsvRow ninth = run.csv().rows().get(8);
    assertThat(ninth.required("remittance_text"))
        .isEqualTo("Factuurnr: 2015/123456789.00. Kijk voor meer informatie op KPN.comof Hi.nl");
    assertThat(ninth.required("direction")).isEqualTo("DBIT");
    assertThat(ninth.required("payee_account")).isEqualTo("NL75INGB0000012345");
  }

  @Test
  void test_bai2BadControlTotal_isAFindingNotAFailure() throws IOException {
    Run run = run("bai2/invalid_checksum_eod.bai2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).containsPattern("(?m)^  CONTROL_TOTAL_MISMATCH at line \\d+ .*8325983.*8325982");
  }

  @Test
  void test_remtMessage_isNotAStatement_exitOne() throws IOException {
    Run run = run("remt/valid_remt_v04.xml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("valid_remt_v04.xml: start of file: not a recognised statement format");
    assertThat(run.csv()).isNull();
  }
}
