package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.run;
import static dev.o2c.examples.cli.CliRun.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o2c age} against the CLI contract: worked examples by hand, exit codes, no half-written output. */
class AgeCommandTest {

  /**
   * As of 2026-04-30 (March has 31 days, April 30):
   * <pre>
   * INV-1 C-1 due 2026-04-30 age 0   current   1190.00
   * CM-2  C-1 due 2026-04-10 age 20  1-30      -357.00 (credit memo)
   * INV-3 C-1 due 2026-03-30 age 31  31-60      500.00, of which 200.00 still open
   * INV-4 C-2 due 2025-12-30 age 121 121+        80.50 (1 + 31 + 28 + 31 + 30 = 121)
   * INV-5 C-2 JPY due 2026-02-28 age 61 61-90  12000
   * INV-6 C-0 due 2026-01-30 age 90  61-90       10.00, cleared (open 0): a row of zeros
   * </pre>
   * C-1 EUR: 1190.00, -357.00, 200.00, 0, 0, 0; total 1190 - 357 + 200 = 1033.00.
   */
  static final String ITEMS = String.join("\n",
      "item_id,customer_id,type,document_date,due_date,currency,amount,open_amount",
      "INV-1,C-1,INVOICE,2026-03-31,2026-04-30,EUR,1190.00,",
      "CM-2,C-1,CREDIT_MEMO,2026-04-10,2026-04-10,EUR,-357.00,",
      "INV-3,C-1,INVOICE,2026-02-28,2026-03-30,EUR,500.00,200.00",
      "INV-4,C-2,,2025-11-30,2025-12-30,EUR,80.50,",
      "INV-5,C-2,INVOICE,2026-01-29,2026-02-28,JPY,12000,",
      "INV-6,C-0,INVOICE,2025-12-31,2026-01-30,EUR,10.00,0.00",
      "");

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void test_byDueDate_defaultBuckets_workedExample() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("aging.csv");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(
        "customer_id,currency,current,1-30,31-60,61-90,91-120,121+,total",
        "C-1,EUR,1190.00,-357.00,200.00,0.00,0.00,0.00,1033.00",
        "C-2,EUR,0.00,0.00,0.00,0.00,0.00,80.50,80.50",
        "C-2,JPY,0,0,0,12000,0,0,12000");
    assertThat(run.out()).contains("Aged 5 open items as of 2026-04-30: 3 rows written to");
  }

  /**
   * By document date: INV-1 03-31 age 30 -> 0-30; CM-2 04-10 age 20 -> 0-30; INV-3 02-28 age 61 ->
   * 61-90; INV-4 2025-11-30 age 151 -> 121+; INV-5 01-29 age 91 -> 91-120. C-1: 0-30 1190 - 357 = 833.00.
   */
  @Test
  void test_byDocumentDate_labelsStartAtZero() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("aging.csv");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--basis", "document",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(
        "customer_id,currency,0-30,31-60,61-90,91-120,121+,total",
        "C-1,EUR,833.00,0.00,200.00,0.00,0.00,1033.00",
        "C-2,EUR,0.00,0.00,0.00,0.00,80.50,80.50",
        "C-2,JPY,0,0,0,12000,0,12000");
  }

  /** Buckets 45,90: current, 1-45 (CM-2 age 20, INV-3 age 31), 46-90 (INV-5 age 61), 91+ (INV-4 age 121). */
  @Test
  void test_customBuckets() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("aging.csv");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--buckets", "45,90",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(
        "customer_id,currency,current,1-45,46-90,91+,total",
        "C-1,EUR,1190.00,-157.00,0.00,0.00,1033.00",
        "C-2,EUR,0.00,0.00,0.00,80.50,80.50",
        "C-2,JPY,0,0,12000,0,12000");
  }

  @Test
  void test_badAmount_exit1_namesFileLineAndColumn_andWritesNothing() throws IOException {
    Path items = write("items.csv", ITEMS.replace("500.00,200.00", "5OO.00,200.00"));
    Path out = dir.resolve("aging.csv");
    Files.writeString(out, "old content");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(items + ":4: amount \"5OO.00\" is not a plain decimal");
    assertThat(Files.readString(out)).isEqualTo("old content");
    assertThat(files()).containsExactly("aging.csv", "items.csv");
  }

  @Test
  void test_badDate_exit1_namesTheColumn() throws IOException {
    Path items = write("items.csv", ITEMS.replace("2026-03-30,EUR,500.00", "2026-02-30,EUR,500.00"));
    Path out = dir.resolve("aging.csv");
    Path report = dir.resolve("r.html");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", out.toString(),
        "--report", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(items + ":4: due_date \"2026-02-30\" is not an ISO date");
    assertThat(files()).containsExactly("items.csv");
  }

  @Test
  void test_missingFile_exit1() {
    Path out = dir.resolve("aging.csv");
    CliRun run = run("age", "--open-items", dir.resolve("none.csv").toString(), "--as-of", "2026-04-30", "--out",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("none.csv: no such file");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void test_wrongCommandLines_exit2() throws IOException {
    Path items = write("items.csv", ITEMS);
    String out = dir.resolve("aging.csv").toString();
    assertThat(run("age", "--open-items", items.toString(), "--out", out).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("age", "--open-items", items.toString(), "--as-of", "2026-13-01", "--out", out).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRun basis = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--basis", "promise",
        "--out", out);
    assertThat(basis.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(basis.err()).contains("--basis must be due or document");
    CliRun buckets = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--buckets", "60,30",
        "--out", out);
    assertThat(buckets.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(buckets.err()).contains("boundary 30 does not follow 60");
    CliRun overwrite = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", items.toString());
    assertThat(overwrite.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(items)).isEqualTo(ITEMS);
    assertThat(files()).containsExactly("items.csv");
  }

  @Test
  void test_report_isOneSelfContainedPage() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("aging.csv");
    Path report = dir.resolve("aging.html");

    CliRun run = run("age", "--open-items", items.toString(), "--as-of", "2026-04-30", "--out", out.toString(),
        "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Aging by customer", "Most past due", "C-1",
        "1-30", "121+", "1,033.00", "30 April 2026");
    // Nothing is fetched from anywhere: no scripts, style sheets, fonts, images or links.
    assertThat(html.toLowerCase()).doesNotContain("http:", "https:", "<script", "<link", "<img", "@import",
        "url(", "src=", "href=");
  }
}
