package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.examples.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code o2c match} on the demo's own files: the contract's rows, every cent accounted for, bad input. */
class MatchCommandTest {

  @TempDir
  Path dir;

  private Path resource(String name) throws IOException {
    try (InputStream in = MatchCommandTest.class.getResourceAsStream("/dev/o2c/examples/demo/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void test_demoStatement_rowsPerApplication_everyPaymentAddsUp_andTheReport() throws IOException {
    Path items = resource("items.csv");
    Path customers = resource("customers.csv");
    Path statement = resource("statement.xml");
    Path out = dir.resolve("m.csv");
    Path report = dir.resolve("r.html");

    CliRun run = CliRun.run("match", "--open-items", items.toString(), "--customers", customers.toString(),
        "--statement", statement.toString(), "--out", out.toString(), "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = CliRun.lines(out);
    assertThat(lines.get(0)).startsWith("entry_ref,item_id,applied_amount,discount_amount,writeoff_amount,decision,"
        + "confidence,reason");
    // INV-1003 paid less 2 % earned: 2332.40 applied, 47.60 discount
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BNK-0304,INV-1003,2332.40,47.60,0.00,AUTO,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BNK-0303,INV-2002,3000.00,0.00,0.00,AUTO,")
        .contains(",213.00,DAMAGE,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BNK-0307,,500.00,0.00,0.00,UNAPPLIED,"));
    // per payment, the applied amounts of its rows add up to the payment amount (last column)
    Map<String, BigDecimal> applied = new HashMap<>();
    Map<String, BigDecimal> amount = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      applied.merge(cells[0], new BigDecimal(cells[2]), BigDecimal::add);
      amount.put(cells[0], new BigDecimal(cells[cells.length - 1]));
    }
    assertThat(applied).isEqualTo(amount);
    assertThat(applied).hasSize(7);
    assertThat(run.out()).contains("parts add up       yes").contains("bank balance proof yes");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Cash application").contains("BNK-0305")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
  }

  @Test
  void test_advices_joinedByEndToEndId_nameTheDocuments_unjoinedOnesReported_badOnesExitOne() throws IOException {
    Path items = resource("items.csv");
    Path customers = resource("customers.csv");
    Path statement = resource("statement.xml");
    Path out = dir.resolve("m.csv");
    // BNK-0307 says only "ADVANCE ORDER 7810"; the payer's advice says it pays INV-1101 less a price difference.
    Path advices = Files.writeString(dir.resolve("advices.json"), "[{\"id\":\"RA-1\",\"endToEndId\":\"E2E-0007\","
        + "\"remittance\":{\"structured\":[{\"referredDocuments\":[{\"number\":\"INV-1101\",\"type\":\"CINV\"}],"
        + "\"remittedAmount\":{\"amount\":\"500.00\",\"currency\":\"EUR\"},\"adjustments\":[{\"amount\":"
        + "{\"amount\":\"390.00\",\"currency\":\"EUR\"},\"reason\":\"PRIC\"}]}]}},\n"
        + "{\"id\":\"RA-2\",\"endToEndId\":\"E2E-9999\",\"remittance\":{\"unstructured\":[\"INV-2001\"]}}]\n");

    Path report = dir.resolve("r.html");
    CliRun run = CliRun.run("match", "--open-items", items.toString(), "--customers", customers.toString(),
        "--statement", statement.toString(), "--advices", advices.toString(), "--out", out.toString(),
        "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 of 2 remittance advices joined a payment")
        .contains("advice RA-2: no payment has end-to-end id E2E-9999");
    assertThat(CliRun.lines(out)).anySatisfy(l -> assertThat(l).startsWith("BNK-0307,INV-1101,500.00,"));
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("<h2>Remittance advices without a payment (1)</h2>").contains("<td>RA-2</td>")
        .contains("no payment has end-to-end id E2E-9999");

    Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"id\":\"RA-1\",\"endToEndId\":\"E2E-0007\","
        + "\"amount\":{\"amount\":500,\"currency\":\"EUR\"},\"remittance\":{\"unstructured\":[\"x\"]}}]");
    Path out2 = dir.resolve("m2.csv");
    CliRun refused = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--advices", bad.toString(), "--out", out2.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("bad.json: advice 1: o2c JSON at 'amount.amount'");
    assertThat(out2).doesNotExist();

    // Not an array, or not JSON: said in the user's words, with the place.
    Path object = Files.writeString(dir.resolve("object.json"), "{\"id\":\"RA-1\"}");
    CliRun notAnArray = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--advices", object.toString(), "--out", out2.toString());
    assertThat(notAnArray.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notAnArray.err()).contains("object.json: expected a JSON array of remittance advices");
    Path cut = Files.writeString(dir.resolve("cut.json"), "[\n  {\"id\":\"RA-1\",}");
    CliRun notJson = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--advices", cut.toString(), "--out", out2.toString());
    assertThat(notJson.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notJson.err()).contains("cut.json: advice 1: not valid JSON at line 2, column").doesNotContain("REDACTED");
    assertThat(out2).doesNotExist();
  }

  @Test
  void test_reportOnTheOutFileOrAnInput_isAUsageError() throws IOException {
    Path items = resource("items.csv");
    Path statement = resource("statement.xml");
    Path out = dir.resolve("m.csv");
    CliRun same = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--out", out.toString(), "--report", out.toString());
    assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(same.err()).contains("--report " + out + " is the --out file too; give two files");
    CliRun onInput = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--out", out.toString(), "--report", statement.toString());
    assertThat(onInput.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(onInput.err()).contains("--report " + statement + " is the input file " + statement);
    assertThat(out).doesNotExist();
  }

  @Test
  void test_badOpenItems_exitOne_namingFileAndLine_andNoOutput() throws IOException {
    Path items = Files.writeString(dir.resolve("items.csv"),
        "item_id,customer_id,document_date,due_date,currency,amount\nINV-1,C-1,2026-02-30,2026-03-30,EUR,10.00\n");
    Path statement = resource("statement.xml");
    Path out = dir.resolve("m.csv");

    CliRun run = CliRun.run("match", "--open-items", items.toString(), "--statement", statement.toString(),
        "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("items.csv:2: document_date \"2026-02-30\" is not an ISO date");
    assertThat(out).doesNotExist();
  }

  @Test
  void test_missingStatement_exitOne_andWrongCommandLine_exitTwo() throws IOException {
    Path items = resource("items.csv");
    Path out = dir.resolve("m.csv");
    assertThat(CliRun.run("match", "--open-items", items.toString(), "--statement", dir.resolve("none.xml").toString(),
        "--out", out.toString()).err()).contains("none.xml: no such file");
    assertThat(CliRun.run("match", "--open-items", items.toString(), "--out", out.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.run("match", "--open-items", items.toString(), "--statement", items.toString(),
        "--out", items.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(out).doesNotExist();
  }

  /**
   * Every real bank file under {@code ../shared/data} goes through {@code o2c match} without an error,
   * and a zero-amount credit (the camt Business sample has one) is listed as not applied, not a crash.
   * Skips when the folder is absent.
   */
  @Test
  void test_everySharedFile_matches_zeroCreditsListed() throws IOException {
    Path data = SharedData.data();
    Path items = resource("items.csv");
    Path out = dir.resolve("shared.csv");
    int files = 0;
    for (String folder : List.of("camt052", "camt053", "camt054", "mt940", "mt942", "bai2")) {
      try (java.util.stream.Stream<Path> list = Files.list(data.resolve(folder))) {
        for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
          CliRun run = CliRun.run("match", "--open-items", items.toString(), "--statement", file.toString(),
              "--out", out.toString());
          assertThat(run.exitCode()).as(file + ": " + run.err()).isZero();
          files++;
        }
      }
    }
    assertThat(files).isGreaterThan(40);
    CliRun sample = CliRun.run("match", "--open-items", items.toString(), "--statement",
        data.resolve("camt053/Business_Sample_camt.053.001.04.xml").toString(), "--out", out.toString());
    assertThat(sample.exitCode()).isZero();
    // Each credit's only details give another amount than was booked (SEK 0, EUR 3255): the money
    // to apply is what the bank booked, so the reconciliation holds and the bank's proof passes.
    assertThat(CliRun.lines(out)).anySatisfy(l -> assertThat(l)
        .startsWith("AAAASESS-FP-CN_98765/01,,105678.50,0.00,0.00,UNAPPLIED,").endsWith(",SEK,105678.50"));
    assertThat(CliRun.lines(out)).anySatisfy(l -> assertThat(l)
        .startsWith("AAAASESS-FP-CONF-FX,,30000.00,0.00,0.00,UNAPPLIED,").endsWith(",SEK,30000.00"));
    assertThat(sample.out()).contains("Payments: 2").contains("SEK 135,678.50  (2)")
        .containsPattern("bank balance proof +yes");
  }

  @Test
  void test_progress_eachStepOnStandardError_onlyWhenAnInputIsBig() throws IOException {
    Path items = resource("items.csv");
    Path statement = resource("statement.xml");
    String[] args = {"--open-items", items.toString(), "--statement", statement.toString(), "--out",
        dir.resolve("m.csv").toString()};

    CliRun small = CliRun.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("match"),
        java.util.stream.Stream.of(args)).toArray(String[]::new));
    assertThat(small.exitCode()).as(small.err()).isZero();
    assertThat(small.err()).doesNotContain("match: ");

    MatchCommand command = new MatchCommand();
    command.progressMinBytes = 1;
    CommandLine commandLine = new CommandLine(command);
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    assertThat(commandLine.execute(args)).as(err.toString()).isZero();
    assertThat(err.toString().lines().toList()).containsExactly(
        "match: reading " + items + " (" + kilobytes(items) + " KB)",
        "match: reading " + statement + " (" + kilobytes(statement) + " KB)",
        "match: indexing 12 open items of 0 customers",
        "match: deciding 7 payments",
        "match: writing " + dir.resolve("m.csv"));

    Path advices = Files.writeString(dir.resolve("advices.json"), "[]");
    StringWriter withAdvices = new StringWriter();
    commandLine.setErr(new PrintWriter(withAdvices));
    String[] more = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
        java.util.stream.Stream.of("--advices", advices.toString())).toArray(String[]::new);
    assertThat(commandLine.execute(more)).as(withAdvices.toString()).isZero();
    assertThat(withAdvices.toString().lines().toList()).containsExactly(
        "match: reading " + items + " (" + kilobytes(items) + " KB)",
        "match: reading " + statement + " (" + kilobytes(statement) + " KB)",
        "match: reading " + advices + " (1 KB)",
        "match: 0 of 0 remittance advices joined a payment",
        "match: indexing 12 open items of 0 customers",
        "match: deciding 7 payments",
        "match: writing " + dir.resolve("m.csv"));
  }

  private static long kilobytes(Path file) throws IOException {
    return (Files.size(file) + 1023) / 1024;
  }
}
