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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/o2c.jar} in a separate JVM, as a user would. Failsafe runs it after
 * {@code package} and passes the jar's location in {@code o2c.jar}; without it the test is skipped.
 */
class O2cJarIT {

  private static Path jar;

  /** The outcome of one process run. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void locateJar() {
    String location = System.getProperty("o2c.jar");
    assumeTrue(location != null, "needs target/o2c.jar through system property o2c.jar (mvn verify sets it)");
    jar = Paths.get(location);
    assumeTrue(Files.isRegularFile(jar), "needs " + jar + " (built by mvn package)");
  }

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("o2c-out", ".txt");
    Path err = Files.createTempFile("o2c-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("o2c.jar finished").isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void test_jarDemo_runsAndBalances() throws Exception {
    Run run = java("demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Books balance: debits equal credits in EUR (47,944.38) and JPY (1,445,000)");
  }

  @Test
  void test_jarUnknownCommand_exitsTwo() throws Exception {
    Run run = java("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: o2c");
  }

  @Test
  void test_jarStatement_readsEveryFormatAndWritesTheCsv() throws Exception {
    Path dir = Files.createTempDirectory("o2c-statement");
    try {
      for (String[] sample : List.of(new String[] {"s.xml", StatementSamples.CAMT_053, "camt.053", "4"},
          new String[] {"s.sta", StatementSamples.MT940, "MT940", "3"},
          new String[] {"s.bai", StatementSamples.BAI2, "BAI2", "2"})) {
        Path file = Files.writeString(dir.resolve(sample[0]), sample[1], StandardCharsets.UTF_8);
        Path csv = dir.resolve(sample[0] + ".csv");

        Run run = java("statement", file.toString(), "--out", csv.toString());

        assertThat(run.exitCode()).as(sample[2]).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(file + ": " + sample[2] + ", 1 statement, ")
            .contains("Findings: no findings", "Wrote " + sample[3] + " transactions to " + csv);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1 + Integer.parseInt(sample[3]))
            .first().asString().startsWith("statement_id,account,entry_ref,booking_date,value_date,direction,amount,");
        Files.delete(csv);
        Files.delete(file);
      }
      Path bad = Files.writeString(dir.resolve("bad.txt"), "not a statement\n", StandardCharsets.UTF_8);

      Run run = java("statement", bad.toString(), "--out", dir.resolve("t.csv").toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("o2c statement: " + bad + ": start of file: not a recognised statement format");
      assertThat(Files.exists(dir.resolve("t.csv"))).isFalse();
      Files.delete(bad);
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  @Test
  void test_jar_hasMainClassAndMergedMonetaServices() throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(O2c.class.getName());
      JarEntry services = file.getJarEntry("META-INF/services/javax.money.spi.CurrencyProviderSpi");
      String currencyProviders = new String(file.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(currencyProviders).contains("org.javamoney.moneta.spi.JDKCurrencyProvider");
    }
  }
}
