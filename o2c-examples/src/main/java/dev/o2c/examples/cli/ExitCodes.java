package dev.o2c.examples.cli;

/** The exit codes of the {@code o2c} tool, fixed by the CLI contract. */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;

  /** An input is bad (a file, a line, a value); the problem is printed on standard error. */
  public static final int BAD_INPUT = 1;

  /** The command line is wrong; the usage is printed on standard error. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
