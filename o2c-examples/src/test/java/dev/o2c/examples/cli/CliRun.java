package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the {@code o2c} tool in the test's JVM, with what it printed; and the lines of a CSV it
 * wrote (CRLF line ends, as RFC 4180 asks). Shared by the command tests.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = O2c.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static List<String> lines(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    return List.of(text.split("\r\n"));
  }
}
