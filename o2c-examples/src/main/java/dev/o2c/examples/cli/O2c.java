package dev.o2c.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The {@code o2c} command-line tool: the entry point of {@code o2c.jar}.
 *
 * <p>Exit codes follow the CLI contract: {@code 0} done, {@code 2} the command line is wrong (usage
 * is printed on standard error), {@code 1} an input is bad (the problem is printed on standard
 * error). Tests call {@link #run(PrintWriter, PrintWriter, String...)}, which never exits the JVM.
 *
 * <pre>{@code
 * java -jar o2c.jar demo
 * java -jar o2c.jar --help
 * }</pre>
 */
public final class O2c {

  private O2c() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    System.exit(run(args));
  }

  /**
   * Runs the tool on the console: output to standard output, problems to standard error.
   *
   * @param args the command line
   * @return the exit code: 0 done, 1 bad input, 2 wrong command line
   */
  public static int run(String... args) {
    Charset charset = Charset.defaultCharset();
    return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true), args);
  }

  /**
   * Runs the tool with the given output streams, without exiting the JVM.
   *
   * @param out where results and help go
   * @param err where usage errors and input problems go
   * @param args the command line
   * @return the exit code: 0 done, 1 bad input, 2 wrong command line
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(args, "args");
    CommandLine commandLine = commandLine(out, err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The configured picocli command line: the {@code o2c} command with its subcommands, the given
   * streams, and the contract's exit codes.
   *
   * @param out where results and help go
   * @param err where usage errors and input problems go
   * @return a new command line, ready to {@link CommandLine#execute(String...) execute}
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new O2cCommand());
    commandLine.setOut(Objects.requireNonNull(out, "out"));
    commandLine.setErr(Objects.requireNonNull(err, "err"));
    // A wrong command line answers ExitCodes.USAGE with the usage; failures while running go through the
    // input problem handler, which answers ExitCodes.BAD_INPUT.
    commandLine.setParameterExceptionHandler(new UsageProblemHandler());
    commandLine.setExecutionExceptionHandler(new InputProblemHandler());
    return commandLine;
  }
}
