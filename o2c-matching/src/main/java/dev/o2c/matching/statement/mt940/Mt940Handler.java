package dev.o2c.matching.statement.mt940;

import java.util.Optional;

/** Receives an MT940/MT942 file message by message, entry by entry, as {@link Mt940Parser} reads it. */
interface Mt940Handler {
  /** A message's header is complete (called before its first entry). */
  void header(Mt940Header header);

  /**
   * One {@code :61:} line with its {@code :86:} details, if any; {@code line} is the {@code :61:} line number.
   *
   * @return true if the entry was read; false if a value in it was wrong and the handler chose to leave
   *     it out (then it must not count in the message's totals)
   */
  boolean entry(Mt940Header header, StatementLine statementLine, Optional<Details86> details, int line);

  /**
   * The entry of a {@code :61:} has a wrong value, found while parsing its fields (located by the failure).
   * Returns normally if the entry is to be left out and the reading go on; throws to end the reading.
   */
  void entryFailure(Mt940Header header, SwiftFormatException failure);

  /** The message ended (by {@code -}, the next {@code :20:}, or end of input). */
  void trailer(Mt940Header header, Mt940Trailer trailer);
}
