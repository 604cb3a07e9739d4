package dev.o2c.examples.cli;

import dev.o2c.core.ledger.LedgerLogException;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.examples.demo.DemoData;
import dev.o2c.examples.demo.OrderToCashDemo;
import dev.o2c.jdbc.JdbcLedgerLog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.h2.jdbcx.JdbcDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code o2c demo}: runs the whole order-to-cash flow on the data set embedded in the jar and prints
 * a readable summary. With {@code --ledger FILE} the books are kept in an embedded H2 database
 * through the ledger's durable log: the first run posts and logs everything, a later run reopens
 * the same books by replaying the log and reports on them without posting twice.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the order-to-cash flow on a data set embedded in the jar.",
        "Prints customers, items, each payment and what was done with it, open items, deductions,",
        "cash not applied and the trial balance of the journal. Needs no arguments or files.",
        "With --ledger FILE the books are kept in an H2 database file and reopened from its log next time."})
public final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "keep the demo's books in this H2 database (FILE.mv.db); reopen them if it exists")
  private Path ledgerFile;

  /** A command ready for picocli to fill in. */
  public DemoCommand() {}

  /**
   * Runs the demo and prints its summary on the command's standard output.
   *
   * @return {@link ExitCodes#OK} when the books balance; {@link ExitCodes#BAD_INPUT} otherwise (the
   *     summary says what does not balance)
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    OrderToCashDemo demo;
    if (ledgerFile == null) {
      demo = OrderToCashDemo.run(DemoData.embedded());
    } else {
      Path folder = ledgerFile.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        spec.commandLine().getErr().println("o2c demo: cannot keep the ledger in " + ledgerFile + ": folder " + folder
            + " does not exist");
        return ExitCodes.BAD_INPUT;
      }
      ReceivablesLedger ledger;
      try {
        ledger = open(ledgerFile);
      } catch (LedgerLogException e) {
        spec.commandLine().getErr().println("o2c demo: cannot open the ledger in " + ledgerFile + ": " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      long before = ledger.lastPostingNumber();
      demo = OrderToCashDemo.run(DemoData.embedded(), ledger);
      out.println(before == 0
          ? "Books kept in " + ledgerFile + ": " + ledger.lastPostingNumber() + " postings logged."
          : "Books reopened from " + ledgerFile + ": " + before + " postings replayed from the log; nothing posted again.");
      out.println();
    }
    demo.print(out);
    List<String> problems = demo.problems();
    if (!problems.isEmpty()) {
      spec.commandLine().getErr().println("o2c demo: the books do not balance: " + String.join("; ", problems));
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }

  /** A ledger over an H2 file's log: created and migrated on first use, replayed after that. */
  private static ReceivablesLedger open(Path file) {
    String base = file.toAbsolutePath().toString();
    if (base.endsWith(".mv.db")) {
      base = base.substring(0, base.length() - ".mv.db".length());
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    // H2's own trace file stays off: errors reach the user as one line from us, not as H2's stack traces.
    dataSource.setURL("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0");
    JdbcLedgerLog.migrate(dataSource);
    return ReceivablesLedger.replay(new JdbcLedgerLog(dataSource));
  }
}
