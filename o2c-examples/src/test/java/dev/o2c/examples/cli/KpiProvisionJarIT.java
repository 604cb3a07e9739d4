package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code o2c kpi}, {@code o2c provision} and {@code o2c interest} through the packaged {@code
 * target/o2c.jar} in a separate JVM, on the examples of the READMEs. Skipped without the jar (failsafe passes it in
 * {@code o2c.jar}).
 */
class KpiProvisionJarIT {

  private static Path jar;

  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void locateJar() {
    String location = System.getProperty("o2c.jar");
    assumeTrue(location != null, "needs target/o2c.jar through system property o2c.jar (mvn verify sets it)");
    jar = Paths.get(location);
    assumeTrue(Files.isRegularFile(jar), "needs " + jar + " (built by mvn package)");
  }

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("o2c.jar finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void test_jarKpi_readmeExample() throws Exception {
    Files.writeString(dir.resolve("periods.csv"), "period_end,credit_sales,ending_receivables,ending_current\n"
        + "2026-01-31,90000.00,100000.00,60000.00\n2026-02-28,120000.00,130000.00,80000.00\n"
        + "2026-03-31,100000.00,150000.00,90000.00\n2026-04-30,110000.00,140000.00,100000.00\n");

    Run run = java("kpi", "--periods", "periods.csv", "--out", "kpi.csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualToIgnoringNewLines("Wrote 2 periods of 4 to kpi.csv (window 3 months, calendar months)");
    assertThat(Files.readString(dir.resolve("kpi.csv"))).isEqualTo(
        "period_end,dso,dso_countback,bpdso,add,cei,percent_current,turnover\r\n"
            + "2026-03-31,43.55,42.67,26.13,17.42,,60.00,8.38\r\n"
            + "2026-04-30,37.76,39.30,26.97,10.79,63.64,71.43,9.67\r\n");
  }

  @Test
  void test_jarProvision_readmeExample_andRateCountUsageError() throws Exception {
    Files.writeString(dir.resolve("items.csv"), "item_id,customer_id,type,document_date,due_date,currency,amount,"
        + "open_amount\n"
        + "INV-1,C-1,INVOICE,2026-03-16,2026-04-15,EUR,1000.00,\nINV-2,C-1,INVOICE,2026-03-01,2026-03-31,EUR,500.00,\n"
        + "INV-3,C-2,INVOICE,2026-02-28,2026-03-30,EUR,200.00,150.00\nINV-4,C-2,INVOICE,2026-01-30,2026-03-01,EUR,300.00,\n"
        + "INV-5,C-3,INVOICE,2026-01-29,2026-02-28,EUR,400.00,\nCM-1,C-3,CREDIT_MEMO,2026-02-20,2026-02-20,EUR,-100.00,\n"
        + "INV-6,C-3,INVOICE,2025-12-31,2026-01-30,EUR,250.00,\nINV-7,C-4,INVOICE,2025-12-02,2026-01-01,EUR,333.33,\n"
        + "INV-8,C-4,INVOICE,2025-11-01,2025-12-01,EUR,1234.58,\nINV-9,C-5,INVOICE,2025-10-31,2025-11-30,EUR,80.00,\n");

    Run run = java("provision", "--open-items", "items.csv", "--as-of", "2026-03-31", "--rates",
        "0.003,0.01,0.05,0.15,0.25,0.5", "--existing-allowance", "400.00", "--out", "provision.csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Book 35.15 of bad-debt expense");
    assertThat(Files.readString(dir.resolve("provision.csv"))).isEqualTo("bucket,gross,rate,allowance\r\n"
        + "current,1500.00,0.003,4.50\r\n1-30,450.00,0.01,4.50\r\n31-60,550.00,0.05,27.50\r\n61-90,333.33,0.15,50.00\r\n"
        + "91-120,1234.58,0.25,308.65\r\n121+,80.00,0.5,40.00\r\ntotal,4147.91,,435.15\r\nadjustment,,,35.15\r\n");

    Run usage = java("provision", "--open-items", "items.csv", "--as-of", "2026-03-31", "--rates", "0.1",
        "--out", "other.csv");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("--rates gives 1 rate but there are 6 buckets");
    assertThat(dir.resolve("other.csv")).doesNotExist();
  }

  @Test
  void test_jarInterest_readmeExample() throws Exception {
    Files.writeString(dir.resolve("base.csv"), "effective_date,rate_percent\n2024-01-01,3.62\n2024-07-01,3.37\n");
    Run run = java("interest", "--amount", "10000.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", "base.csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("days,rate_percent,interest,compensation,total\r\n92,12.4515,313.85,40.00,353.85\r\n");

    Run summary = java("interest", "--amount", "10000.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "de-b2b", "--base-rates", "base.csv", "--out", "i.csv");
    assertThat(summary.exitCode()).as(summary.err()).isZero();
    assertThat(summary.out()).contains("2024-07-01").contains("12.37").contains("Wrote i.csv");
    assertThat(Files.readString(dir.resolve("i.csv"))).endsWith("92,12.4515,313.85,40.00,353.85\r\n");

    Run usage = java("interest", "--amount", "10000.00", "--currency", "EUR", "--due", "2024-05-31", "--paid",
        "2024-08-31", "--regime", "eu");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("--regime eu needs --base-rates");
  }
}
