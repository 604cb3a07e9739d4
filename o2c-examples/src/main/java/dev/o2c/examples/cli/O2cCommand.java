package dev.o2c.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code o2c} command. It does nothing itself: it needs a subcommand, and without one
 * it is a usage error (exit code 2).
 */
@Command(
    name = "o2c",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Order to cash: accounts-receivable tools on the o2c library.",
    subcommands = {DemoCommand.class, StatementCommand.class, MatchCommand.class, AgeCommand.class,
        ProvisionCommand.class, KpiCommand.class, InterestCommand.class, DunCommand.class, HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 bad input, 2 wrong command line."})
public final class O2cCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  /** A command ready for picocli to fill in. */
  public O2cCommand() {}

  /**
   * Called when no subcommand was given.
   *
   * @return never returns normally
   * @throws ParameterException always: a subcommand is required
   */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
