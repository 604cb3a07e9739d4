package dev.o2c.examples.cli;

import dev.o2c.core.ledger.LedgerException;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.matching.statement.StatementParseException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure while a command runs into exit code {@link ExitCodes#BAD_INPUT}: a bad input
 * (CSV problem, malformed statement file, ledger refusal, missing or unreadable file) prints one line naming the problem; anything else
 * is a bug in o2c and prints its stack trace as well.
 */
final class InputProblemHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String command = commandLine.getCommandSpec().qualifiedName();
    if (e instanceof CsvException || e instanceof StatementParseException || e instanceof LedgerException
        || e instanceof UncheckedIOException) {
      err.println(command + ": " + e.getMessage());
    } else {
      err.println(command + ": internal error, please report it: " + e);
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
