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
 * {@code o2c interest} through the packaged {@code target/o2c.jar} in a separate JVM, on the example
 * line of the README. Skipped without the jar (failsafe passes it in {@code o2c.jar}).
 */
class InterestJarIT {

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
