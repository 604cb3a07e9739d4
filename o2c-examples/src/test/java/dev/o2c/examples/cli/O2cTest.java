package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.examples.csv.CsvException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class O2cTest {

  /** The outcome of one in-process run. */
  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private static CliRun run(CommandLine commandLine, StringWriter out, StringWriter err, String... args) {
    // Streams reach only the subcommands present when they are set, so set them again after adding one.
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    commandLine.getErr().flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void test_demo_exitsZeroAndBooksBalance() {
    CliRun run = run("demo");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("o2c demo: order to cash as of 2026-03-31 (4 customers, 12 items, 7 payments from statement.xml, "
            + "10 cash-application decisions)")
        .contains("Customers (4)", "Items posted (12)", "Payments and what was done with them (7 payments)")
        .containsPattern("(?m)^Books balance: debits equal credits in EUR \\(47,944\\.38\\) and JPY \\(1,445,000\\);");
  }

  @Test
  void test_demo_showsTheTrialBalanceTotalsPerCurrency() {
    String out = run("demo").out();

    assertThat(out).containsPattern("(?m)^  Total +EUR +47,944\\.38 +47,944\\.38 +0\\.00$");
    assertThat(out).containsPattern("(?m)^  Total +JPY +1,445,000 +1,445,000 +0$");
    assertThat(out).containsPattern("(?m)^  DISCOUNT +EUR +47\\.60 +0\\.00 +47\\.60 Dr$");
  }

  @Test
  void test_demo_withLedgerFile_keepsTheBooks_andReopensThemFromTheLog(@TempDir Path dir) {
    Path books = dir.resolve("books");
    CliRun first = run("demo", "--ledger", books.toString());
    CliRun second = run("demo", "--ledger", books.toString());

    assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(first.out()).startsWith("Books kept in " + books + ": 31 postings logged.");
    assertThat(Files.exists(dir.resolve("books.mv.db"))).isTrue();
    assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(second.out()).startsWith("Books reopened from " + books + ": 31 postings replayed from the log");
    String firstBooks = first.out().substring(first.out().indexOf("Open items as of"));
    String secondBooks = second.out().substring(second.out().indexOf("Open items as of"));
    assertThat(secondBooks).as("the reopened books report exactly as the first run's").isEqualTo(firstBooks);
  }

  @Test
  void test_demo_withLedgerInAMissingFolder_saysSoInOneLine(@TempDir Path dir) {
    CliRun run = run("demo", "--ledger", dir.resolve("no/such/books").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void test_demo_showsOpenBalancesPerCustomer() {
    String out = run("demo").out();

    // Baltic Tools: INV-2003 reopened by the bank return (1,500.00) + INV-2005 after the credit memo (1,785.00).
    // Columns: open items, balance, deductions, unapplied cash, on account, net.
    assertThat(out).containsPattern(
        "(?m)^  C-200 +Baltic Tools GmbH +EUR +2 +3,285\\.00 +213\\.00 +0\\.00 +0\\.00 +3,498\\.00$");
    assertThat(out).containsPattern(
        "(?m)^  C-100 +Alpine Retail Group +EUR +1 +890\\.00 +0\\.00 +500\\.00 +0\\.00 +390\\.00$");
    assertThat(out).containsPattern("(?m)^  C-300 +Sakura Trading K\\.K\\. +JPY +1 +125,000 +0 +0 +0 +125,000$");
    // INV-1101 fell due on 2026-03-12 and is still open on 2026-03-31.
    assertThat(out).containsPattern("(?m)^  C-100 +INV-1101 +INVOICE +2026-03-12 +19 +EUR +890\\.00 +890\\.00$");
  }

  @Test
  void test_demo_showsDeductionDiscountSuspenseAndReturn() {
    String out = run("demo").out();

    assertThat(out).containsPattern(
        "(?m)^ +2026-03-23 +deduction DED-1 +INV-2002 +C-200 +EUR +213\\.00 +DAMAGE: two pallets damaged$");
    assertThat(out).containsPattern("(?m)^  DED-1 +C-200 +INV-2002 +BNK-0303 +EUR +213\\.00 +DAMAGE +OPEN");
    assertThat(out).containsPattern("(?m)^ +2026-03-24 +applied +INV-1003 +C-101 +EUR +2,332\\.40 +47\\.60 ");
    assertThat(out).containsPattern("(?m)^  BNK-0305 +2026-03-26 +to suspense +\\? +JPY +330,000 ");
    assertThat(out).containsPattern("(?m)^ +2026-03-27 +identified +C-300 +JPY +330,000 ");
    assertThat(out).containsPattern("(?m)^ +2026-03-30 +returned +C-200 +EUR +1,500\\.00 .*reopened INV-2003$");
    assertThat(out).contains("  suspense (payer unknown): none");
  }

  @Test
  void test_demo_isDeterministic() {
    assertThat(run("demo").out()).isEqualTo(run("demo").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void test_help_exitsZeroAndListsDemo(String option) {
    CliRun run = run(option);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: o2c", "demo", "Exit codes: 0 done, 1 bad input, 2 wrong command line.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void test_everyCommandsHelp_formatsWithoutAWarning() {
    // picocli reports a help text it cannot format (a lone '%') on System.err, not on the command's stream.
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      CommandLine o2c = O2c.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      assertThat(o2c.getSubcommands()).containsKeys("demo", "match", "statement", "age", "dun");
      for (String name : o2c.getSubcommands().keySet()) {
        CliRun run = run(name, "--help");
        assertThat(run.exitCode()).as(name).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).as(name).contains("Usage: o2c " + name);
      }
    } finally {
      System.setErr(before);
    }
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void test_helpSubcommand_showsDemoUsage() {
    CliRun run = run("help", "demo");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: o2c demo", "embedded in the jar");
  }

  @Test
  void test_demoHelp_exitsZero() {
    CliRun run = run("demo", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: o2c demo");
  }

  @Test
  void test_version_exitsZeroAndPrintsVersion() {
    CliRun run = run("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("o2c ");
  }

  @Test
  void test_unknownSubcommand_exitsTwoWithUsageOnStderr() {
    CliRun run = run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("frobnicate", "Usage: o2c");
  }

  @Test
  void test_noSubcommand_exitsTwoWithUsageOnStderr() {
    CliRun run = run();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required subcommand", "Usage: o2c");
  }

  @Test
  void test_demoWithUnknownOption_exitsTwo() {
    CliRun run = run("demo", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--no-such-option", "Usage: o2c demo");
  }

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  @Test
  void test_badInput_exitsOneWithTheProblemAndNoStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = O2c.commandLine(new PrintWriter(out), new PrintWriter(err));
    commandLine.addSubcommand("failing", new Failing(new CsvException("items.csv", 7, "amount \"12,30\" is bad")));

    CliRun run = run(commandLine, out, err, "failing");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("o2c failing: items.csv:7: amount \"12,30\" is bad" + System.lineSeparator());
  }

  @Test
  void test_bug_exitsOneWithStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = O2c.commandLine(new PrintWriter(out), new PrintWriter(err));
    commandLine.addSubcommand("failing", new Failing(new IllegalStateException("boom")));

    CliRun run = run(commandLine, out, err, "failing");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("internal error", "IllegalStateException: boom", "\tat ");
  }
}
