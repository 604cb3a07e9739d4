package dev.o2c.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a wrong command line as the CLI contract asks: the problem, picocli's "did you mean"
 * suggestions if it has any, and always the usage of the command concerned, on standard error,
 * with exit code {@link ExitCodes#USAGE}. (picocli alone leaves the usage out when it can suggest
 * a similar command.)
 */
final class UsageProblemHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    commandLine.usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }
}
