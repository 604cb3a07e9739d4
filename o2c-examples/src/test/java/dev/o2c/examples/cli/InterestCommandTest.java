package dev.o2c.examples.cli;

import static dev.o2c.examples.cli.CliRun.lines;
import static dev.o2c.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code o2c interest} on worked examples computed by hand from the statutes' rules (the arithmetic
 * is in dev.o2c.aging.interest.LatePaymentRegimeTest, repeated briefly here), and its bad inputs.
 */
class InterestCommandTest {

  /** The contract's header, spelled out so that a change to the code cannot change the test. */
  private static final String CONTRACT_HEADER = "days,rate_percent,interest,compensation,total";

  /** German Basiszinssatz 2024. */
  private static final String BASE_2024 = "effective_date,rate_percent\n2024-01-01,3.62\n2024-07-01,3.37\n";

  /** ECB main refinancing rate 2023-2024, dates out of order on purpose. */
  private static final String ECB = "effective_date,rate_percent\n2024-06-12,4.25\n2023-09-20,4.50\n2024-09-18,3.65\n";

  /** Bank of England Bank Rate 2023-2024. */
  private static final String BANK_RATE = "effective_date,rate_percent\n2023-08-03,5.25\n2024-08-01,5.00\n"
      + "2024-11-07,4.75\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> stdoutLines(CliRun run) {
    assertThat(run.out()).endsWith("\r\n");
    return List.of(run.out().split("\r\n"));
  }

  @Test
  void test_deB2b_rateChangeMidPeriod_toStandardOutput() throws IOException {
    Path base = write("base.csv", BASE_2024);
    CliRun run = run("interest", "--amount", "10000.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", base.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 30 days at 12.62 % + 62 days at 12.37 % on 10,000 / 365 = 114,554 / 365 = 313.85; mean rate
    // (12.62 × 30 + 12.37 × 62) / 92 = 12.45152 -> 12.4515; EUR 40
    assertThat(stdoutLines(run)).containsExactly(CONTRACT_HEADER, "92,12.4515,313.85,40.00,353.85");
  }

  @Test
  void test_deConsumer_noFixedSum() throws IOException {
    Path base = write("base.csv", BASE_2024);
    CliRun run = run("interest", "--amount", "10000", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-consumer", "--base-rates", base.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 8.62 % for 30 days, 8.37 % for 62: 77,754 / 365 = 213.02; mean (258.6 + 518.94) / 92 = 8.45152
    assertThat(stdoutLines(run)).containsExactly(CONTRACT_HEADER, "92,8.4515,213.02,0.00,213.02");
  }

  @Test
  void test_deConsumer_negativeBaseRate() throws IOException {
    Path base = write("base.csv", "effective_date,rate_percent\n2019-07-01,-0.88\n");
    CliRun run = run("interest", "--amount", "1000.00", "--currency", "EUR", "--due", "2020-01-31", "--paid",
        "2020-03-01", "--regime", "de-consumer", "--base-rates", base.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // -0.88 + 5 = 4.12 %; 30 days (29 in February 2020 and 1 March): 1,000 × 0.0412 × 30 / 365 = 3.3863 -> 3.39
    assertThat(stdoutLines(run)).containsExactly(CONTRACT_HEADER, "30,4.1200,3.39,0.00,3.39");
  }

  @Test
  void test_eu_halfYearRates() throws IOException {
    Path ecb = write("ecb.csv", ECB);
    CliRun run = run("interest", "--amount", "5000.00", "--currency", "EUR", "--due", "2024-06-10", "--paid",
        "2024-09-30", "--regime", "eu", "--base-rates", ecb.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 20 days at 4.50 + 8, 92 days at 4.25 + 8 (1 July's rate): 68,850 / 365 = 188.63;
    // mean (12.50 × 20 + 12.25 × 92) / 112 = 12.29464 -> 12.2946
    assertThat(stdoutLines(run)).containsExactly(CONTRACT_HEADER, "112,12.2946,188.63,40.00,228.63");
  }

  @Test
  void test_uk_toOutFile_withSummary() throws IOException {
    Path bank = write("bank.csv", BANK_RATE);
    Path out = dir.resolve("i.csv");
    CliRun run = run("interest", "--amount", "2500.00", "--currency", "GBP", "--due", "2024-07-15", "--paid",
        "2024-12-13", "--regime", "uk", "--base-rates", bank.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // the rate of 30 June 2024 (5.25) + 8 for all 151 days: 2,500 × 0.1325 × 151 / 365 = 137.04; GBP 70
    assertThat(lines(out)).containsExactly(CONTRACT_HEADER, "151,13.2500,137.04,70.00,207.04");
    assertThat(run.out()).contains("Interest on GBP 2,500.00 due 2024-07-15, paid 2024-12-13: 151 days, uk, ACT/365F")
        .contains("Interest 137.04 + compensation 70.00 = 207.04").contains("Wrote " + out);
  }

  @Test
  void test_contract_dayCounts() throws IOException {
    // EUR 1,200 at 7.5 %, 31 Jan to 31 Mar 2025: 59 actual days
    //   ACT/360: 1,200 × 0.075 × 59 / 360 = 14.75; 30E/360: 60 days, 15.00; ACT/365F: 5,310 / 365 = 14.5479 -> 14.55
    String[] common = {"interest", "--amount", "1200.00", "--currency", "EUR", "--due", "2025-01-31", "--paid",
        "2025-03-31", "--regime", "contract", "--rate", "7.5"};
    assertThat(stdoutLines(run(concat(common, "--day-count", "ACT/360"))))
        .containsExactly(CONTRACT_HEADER, "59,7.5000,14.75,0.00,14.75");
    assertThat(stdoutLines(run(concat(common, "--day-count", "30E/360"))))
        .containsExactly(CONTRACT_HEADER, "59,7.5000,15.00,0.00,15.00");
    assertThat(stdoutLines(run(common))).containsExactly(CONTRACT_HEADER, "59,7.5000,14.55,0.00,14.55");
  }

  @Test
  void test_paidOnTheDueDate_zeroDays() throws IOException {
    Path base = write("base.csv", BASE_2024);
    CliRun run = run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-05-31", "--regime", "de-b2b", "--base-rates", base.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(stdoutLines(run)).containsExactly(CONTRACT_HEADER, "0,12.6200,0.00,0.00,0.00");
  }

  @Test
  void test_badBaseRateFile_exitsOne_namingFileAndLine_andWritesNothing() throws IOException {
    Path out = dir.resolve("i.csv");
    Path comma = write("comma.csv", "effective_date,rate_percent\n2024-01-01,3.62\n2024-07-01,\"3,37\"\n");
    CliRun bad = run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", comma.toString(), "--out", out.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("comma.csv:3: rate_percent \"3,37\" is not a plain decimal");
    Path twice = write("twice.csv", "effective_date,rate_percent\n2024-01-01,3.62\n2024-01-01,3.37\n");
    assertThat(run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", twice.toString(), "--out", out.toString()).err())
        .contains("twice.csv:3: effective_date 2024-01-01 is given twice (also on line 2)");
    Path late = write("late.csv", "effective_date,rate_percent\n2024-07-01,3.37\n");
    CliRun notCovered = run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", late.toString(), "--out", out.toString());
    assertThat(notCovered.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notCovered.err()).contains("late.csv: no rate in force on 2024-06-01: the table starts on 2024-07-01");
    Path empty = write("empty.csv", "effective_date,rate_percent\n");
    assertThat(run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "eu", "--base-rates", empty.toString()).err()).contains("empty.csv: no rates");
    assertThat(run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "eu", "--base-rates", dir.resolve("none.csv").toString()).err())
        .contains("none.csv: no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void test_wrongCommandLine_exitsTwo() throws IOException {
    Path base = write("base.csv", BASE_2024);
    String[] ok = {"interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31"};
    assertUsage(run(concat(ok, "--regime", "fr", "--base-rates", base.toString())), "'fr' is not one of uk, eu");
    assertUsage(run(concat(ok, "--regime", "contract")), "--regime contract needs --rate PCT");
    assertUsage(run(concat(ok, "--regime", "contract", "--rate", "5", "--base-rates", base.toString())),
        "--regime contract takes no --base-rates");
    assertUsage(run(concat(ok, "--regime", "eu")), "--regime eu needs --base-rates");
    assertUsage(run(concat(ok, "--regime", "de-b2b", "--base-rates", base.toString(), "--rate", "5")),
        "--rate is for --regime contract only");
    assertUsage(run(concat(ok, "--regime", "contract", "--rate", "-1")), "--rate -1 is negative");
    assertUsage(run(concat(ok, "--regime", "contract", "--rate", "5", "--day-count", "30/360")),
        "'30/360' is not one of ACT/365F");
    assertUsage(run("interest", "--amount", "100.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-05-30", "--regime", "contract", "--rate", "5"), "--paid 2024-05-30 is before --due 2024-05-31");
    assertUsage(run("interest", "--amount", "1.005", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-06-30", "--regime", "contract", "--rate", "5"), "has more decimals than EUR allows (2)");
    assertUsage(run("interest", "--amount", "0", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-06-30", "--regime", "contract", "--rate", "5"), "--amount 0 must be positive");
    assertUsage(run("interest", "--amount", "1", "--currency", "XYZ", "--due", "2024-05-31", "--paid",
        "2024-06-30", "--regime", "contract", "--rate", "5"), "--currency 'XYZ' is not an ISO 4217 currency code");
    assertUsage(run("interest", "--amount", "100.00", "--currency", "USD", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", base.toString()),
        "--regime de-b2b has its fixed sum in EUR only, not for a debt in USD");
    assertUsage(run(concat(ok, "--regime", "de-b2b", "--base-rates", base.toString(), "--out", base.toString())),
        "is the input file");
    assertUsage(run("interest", "--amount", "100.00"), "Missing required options");
    assertThat(Files.readString(base)).isEqualTo(BASE_2024);
  }

  private static void assertUsage(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message).contains("Usage: o2c interest");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
