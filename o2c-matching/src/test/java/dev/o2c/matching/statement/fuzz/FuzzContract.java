package dev.o2c.matching.statement.fuzz;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReader;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.UnreadableEntries;
import dev.o2c.matching.statement.UnreadableEntriesContract;
import java.io.ByteArrayInputStream;
import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The readers' contract on untrusted input, shared by the fuzz targets: any bytes either yield
 * statements or a {@link StatementParseException}; nothing else escapes.
 *
 * <p>The readers translate every {@link RuntimeException} of their own into a {@code
 * StatementParseException}, so a bare catch would hide a null dereference or a bad index behind a
 * tidy message. Such programming errors are therefore failures here even when wrapped: a value the
 * model refuses (a bad number, date, amount too large) is a fair parse error, a {@code
 * NullPointerException} is a bug.
 */
final class FuzzContract {

  /** The source name passed to the readers; messages must name it. */
  static final String SOURCE = "fuzz-input";

  private FuzzContract() {}

  /**
   * Reads {@code data} with {@code reader} and checks the contract, both failing on an unreadable
   * entry (the default) and leaving such entries out ({@link UnreadableEntries#SKIP}), and that
   * the two readings agree ({@link UnreadableEntriesContract}).
   */
  static void readWith(StatementReader reader, byte[] data) {
    check(() -> reader.readFile(new ByteArrayInputStream(data), SOURCE));
    check(() -> reader.readFile(new ByteArrayInputStream(data), SOURCE, UnreadableEntries.SKIP));
    UnreadableEntriesContract.assertSkipAgreesWithFail(
        unreadable -> reader.readFile(new ByteArrayInputStream(data), SOURCE, unreadable));
  }

  /**
   * Runs a read and checks the contract: a result is walked completely (so lazily built values
   * are built), a {@code StatementParseException} must name the source and a position and must
   * not wrap a programming error; any other throwable propagates and fails the fuzz test.
   */
  static void check(Supplier<StatementFile> read) {
    StatementFile file;
    try {
      file = read.get();
    } catch (StatementParseException e) {
      checkParseException(e);
      return;
    }
    walk(file);
  }

  private static void walk(StatementFile file) {
    if (file.format() == null || !file.sourceName().equals(SOURCE)) {
      throw new AssertionError("result without format or with a foreign source: " + file);
    }
    file.allFindings().forEach(f -> f.toString());
    for (Statement s : file.statements()) {
      s.toString();
      for (Entry e : s.entries()) {
        e.toString();
      }
      for (Transaction t : s.transactions()) {
        t.toString();
      }
    }
  }

  private static void checkParseException(StatementParseException e) {
    if (!SOURCE.equals(e.sourceName())) {
      throw new AssertionError("parse exception names another source: " + e.sourceName(), e);
    }
    if (e.location().isBlank() || e.problem().isBlank()) {
      throw new AssertionError("parse exception without a position or a problem: " + e, e);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (isProgrammingError(c)) {
        throw new AssertionError("reader bug hidden in a parse exception: " + e.getMessage(), e);
      }
      if (c == c.getCause()) {
        break;
      }
    }
  }

  private static boolean isProgrammingError(Throwable t) {
    return t instanceof NullPointerException
        || t instanceof IndexOutOfBoundsException
        || t instanceof ClassCastException
        || t instanceof NegativeArraySizeException
        || t instanceof ArrayStoreException
        || t instanceof NoSuchElementException
        || t instanceof ConcurrentModificationException
        || t instanceof UnsupportedOperationException
        // An Immutables builder missing a required attribute: the reader skipped a presence check.
        || t instanceof IllegalStateException
        || t instanceof Error;
  }
}
