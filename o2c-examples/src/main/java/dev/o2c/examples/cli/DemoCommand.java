package dev.o2c.examples.cli;

import dev.o2c.examples.demo.DemoData;
import dev.o2c.examples.demo.OrderToCashDemo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code o2c demo}: runs the whole order-to-cash flow on the data set embedded in the jar and prints
 * a readable summary. Takes no arguments and reads no files.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the order-to-cash flow on a data set embedded in the jar.",
        "Prints customers, items, each payment and what was done with it, open items, deductions,",
        "cash not applied and the trial balance of the journal. Needs no arguments or files."})
public final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

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
    OrderToCashDemo demo = OrderToCashDemo.run(DemoData.embedded());
    PrintWriter out = spec.commandLine().getOut();
    demo.print(out);
    List<String> problems = demo.problems();
    if (!problems.isEmpty()) {
      spec.commandLine().getErr().println("o2c demo: the books do not balance: " + String.join("; ", problems));
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }
}
