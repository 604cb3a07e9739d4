package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.run;
import static dev.o2c.examples.cli.CliRun.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o2c provision} on a worked example computed by hand from the contract, and its bad inputs. */
class ProvisionCommandTest {

  private static final String CONTRACT_HEADER = "bucket,gross,rate,allowance";

  /*
   * As of 2026-03-31, basis due (age = as_of − due_date):
   *   INV-1  due 2026-04-15  1000.00           age -15  current
   *   INV-2  due 2026-03-31   500.00           age   0  current
   *   INV-3  due 2026-03-30   200.00 open 150  age   1  1-30
   *   INV-4  due 2026-03-01   300.00           age  30  1-30
   *   INV-5  due 2026-02-28   400.00           age  31  31-60
   *   CM-1   due 2026-02-20  -100.00           age  39  31-60
   *   INV-6  due 2026-01-30   250.00           age  60  31-60
   *   INV-7  due 2026-01-01   333.33           age  89  61-90
   *   INV-8  due 2025-12-01  1234.58           age 120  91-120
   *   INV-9  due 2025-11-30    80.00           age 121  121+
   */
  private static final String ITEMS = "item_id,customer_id,type,document_date,due_date,currency,amount,open_amount\n"
      + "INV-1,C-1,INVOICE,2026-03-16,2026-04-15,EUR,1000.00,\n"
      + "INV-2,C-1,INVOICE,2026-03-01,2026-03-31,EUR,500.00,\n"
      + "INV-3,C-2,INVOICE,2026-02-28,2026-03-30,EUR,200.00,150.00\n"
      + "INV-4,C-2,INVOICE,2026-01-30,2026-03-01,EUR,300.00,\n"
      + "INV-5,C-3,INVOICE,2026-01-29,2026-02-28,EUR,400.00,\n"
      + "CM-1,C-3,CREDIT_MEMO,2026-02-20,2026-02-20,EUR,-100.00,\n"
      + "INV-6,C-3,INVOICE,2025-12-31,2026-01-30,EUR,250.00,\n"
      + "INV-7,C-4,INVOICE,2025-12-02,2026-01-01,EUR,333.33,\n"
      + "INV-8,C-4,INVOICE,2025-11-01,2025-12-01,EUR,1234.58,\n"
      + "INV-9,C-5,INVOICE,2025-10-31,2025-11-30,EUR,80.00,\n";

  private static final String RATES = "0.003,0.01,0.05,0.15,0.25,0.5";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void test_provisionMatrix_withAdjustment() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("p.csv");

    CliRun run = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--rates", RATES,
        "--existing-allowance", "400.00", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // current  1000 + 500        = 1500.00 × 0.003 =   4.50
    // 1-30      150 + 300        =  450.00 × 0.01  =   4.50
    // 31-60     400 − 100 + 250  =  550.00 × 0.05  =  27.50
    // 61-90                         333.33 × 0.15  =  49.9995 -> 50.00
    // 91-120                       1234.58 × 0.25  = 308.645  -> 308.65 (half-up)
    // 121+                           80.00 × 0.5   =  40.00
    // total gross 4147.91, allowance 4.50 + 4.50 + 27.50 + 50.00 + 308.65 + 40.00 = 435.15
    // adjustment 435.15 − 400.00 = 35.15
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER,
        "current,1500.00,0.003,4.50",
        "1-30,450.00,0.01,4.50",
        "31-60,550.00,0.05,27.50",
        "61-90,333.33,0.15,50.00",
        "91-120,1234.58,0.25,308.65",
        "121+,80.00,0.5,40.00",
        "total,4147.91,,435.15",
        "adjustment,,,35.15");
    assertThat(run.out()).contains("Book 35.15 of bad-debt expense");
  }

  @Test
  void test_debitBalance_andRelease() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("p.csv");
    // a debit balance of 50.00: 435.15 − (−50.00) = 485.15
    CliRun debit = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--rates", RATES,
        "--existing-allowance", "-50.00", "--out", out.toString());
    assertThat(debit.exitCode()).as(debit.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).last().isEqualTo("adjustment,,,485.15");
    // a credit balance of 500.00: 435.15 − 500.00 = −64.85, a release
    CliRun release = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--rates", RATES,
        "--existing-allowance", "500", "--out", out.toString());
    assertThat(lines(out)).last().isEqualTo("adjustment,,,-64.85");
    assertThat(release.out()).contains("Release 64.85");
  }

  @Test
  void test_documentBasis_ownBuckets_noAdjustmentRow() throws IOException {
    // As of 2026-03-31, --buckets 30,60 --basis document: 0-30, 31-60, 61+
    //   A doc 2026-04-02 age -2 -> 0-30 (dated after as-of)   10.00
    //   B doc 2026-03-01 age 30 -> 0-30                        20.00
    //   C doc 2026-02-28 age 31 -> 31-60                       40.00
    //   D doc 2026-01-30 age 60 -> 31-60                       80.00
    //   E doc 2026-01-29 age 61 -> 61+                        160.00
    Path items = write("items.csv", "item_id,customer_id,document_date,due_date,currency,amount\n"
        + "A,C-1,2026-04-02,2026-04-02,EUR,10.00\n"
        + "B,C-1,2026-03-01,2026-03-01,EUR,20.00\n"
        + "C,C-1,2026-02-28,2026-02-28,EUR,40.00\n"
        + "D,C-2,2026-01-30,2026-01-30,EUR,80.00\n"
        + "E,C-2,2026-01-29,2026-01-29,EUR,160.00\n");
    Path out = dir.resolve("p.csv");

    CliRun run = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--buckets", "30,60",
        "--basis", "document", "--rates", "0.01,0.1,0.5", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 30.00 × 0.01 = 0.30; 120.00 × 0.1 = 12.00; 160.00 × 0.5 = 80.00; total 92.30
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER, "0-30,30.00,0.01,0.30", "31-60,120.00,0.1,12.00",
        "61+,160.00,0.5,80.00", "total,310.00,,92.30");
  }

  @Test
  void test_jpy_hasNoDecimals() throws IOException {
    // 12345 × 0.5 = 6172.5 -> 6173 (half-up to JPY's 0 decimals)
    Path items = write("items.csv", "item_id,customer_id,document_date,due_date,currency,amount\n"
        + "A,C-1,2026-03-01,2026-03-31,JPY,12345\n");
    Path out = dir.resolve("p.csv");
    CliRun run = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--buckets", "30",
        "--rates", "0.5,0.9,1", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER, "current,12345,0.5,6173", "1-30,0,0.9,0", "31+,0,1,0",
        "total,12345,,6173");
  }

  @Test
  void test_rateCountDiffersFromBuckets_exitsTwo() throws IOException {
    Path items = write("items.csv", ITEMS);
    Path out = dir.resolve("p.csv");
    CliRun run = run("provision", "--open-items", items.toString(), "--as-of", "2026-03-31", "--rates", "0.01,0.02",
        "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--rates gives 2 rates but there are 6 buckets (current, 1-30, 31-60, 61-90, "
        + "91-120, 121+)").contains("Usage: o2c provision");
    assertThat(out).doesNotExist();
  }

  @Test
  void test_otherWrongCommandLines_exitTwo() throws IOException {
    Path items = write("items.csv", ITEMS);
    String out = dir.resolve("p.csv").toString();
    String f = items.toString();
    assertThat(run("provision", "--open-items", f, "--as-of", "2026-03-31", "--rates", "0.1,0.1,0.1,0.1,0.1,1.5",
        "--out", out).err()).contains("rate 1.5 of bucket 121+ is outside [0, 1]");
    assertThat(run("provision", "--open-items", f, "--as-of", "31.03.2026", "--rates", RATES, "--out", out)
        .exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("provision", "--open-items", f, "--as-of", "2026-03-31", "--rates", RATES, "--buckets", "60,30",
        "--out", out).err()).contains("--buckets: aging buckets [60, 30]: boundary 30 does not follow 60 in increasing order");
    assertThat(run("provision", "--open-items", f, "--as-of", "2026-03-31", "--rates", RATES, "--basis", "promised",
        "--out", out).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("provision", "--open-items", f, "--as-of", "2026-03-31", "--rates", RATES,
        "--existing-allowance", "1.234", "--out", out).err()).contains("--existing-allowance 1.234 has more decimals "
        + "than EUR allows (2)");
    assertThat(run("provision", "--open-items", f, "--as-of", "2026-03-31", "--rates", RATES, "--out", f).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(items)).isEqualTo(ITEMS);
    assertThat(dir.resolve("p.csv")).doesNotExist();
  }

  @Test
  void test_twoCurrencies_orBadItem_exitOne_andWriteNothing() throws IOException {
    Path out = dir.resolve("p.csv");
    Path mixed = write("mixed.csv", ITEMS + "USD-1,C-9,INVOICE,2026-03-01,2026-03-31,USD,10.00,\n");
    CliRun run = run("provision", "--open-items", mixed.toString(), "--as-of", "2026-03-31", "--rates", RATES, "--out",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("mixed.csv: items in EUR, USD: the provision needs one currency per file");
    Path bad = write("bad.csv", ITEMS + "X-1,C-9,INVOICE,2026-03-01,2026-03-31,EUR,10.001,\n");
    CliRun badRun = run("provision", "--open-items", bad.toString(), "--as-of", "2026-03-31", "--rates", RATES, "--out",
        out.toString());
    assertThat(badRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badRun.err()).contains("bad.csv:12: amount 10.001 has more decimals than EUR allows (2)");
    Path empty = write("empty.csv", "item_id,customer_id,document_date,due_date,currency,amount\n");
    assertThat(run("provision", "--open-items", empty.toString(), "--as-of", "2026-03-31", "--rates", RATES, "--out",
        out.toString()).err()).contains("empty.csv: no open items");
    assertThat(out).doesNotExist();
  }
}
