package dev.o2c.core.ledger;

import java.util.Objects;

/**
 * One accepted command in a {@link LedgerLog}, with the posting it produced.
 *
 * @param sequence the entry's position in the log, from 1, equal to the posting's number
 * @param command the command as it was posted
 * @param posting what the command did
 */
public record LogEntry(long sequence, LedgerCommand command, Posting posting) {

  /**
   * Validates the entry: sequence positive and equal to the posting number, command and posting agree.
   *
   * @param sequence the entry's position in the log, from 1, equal to the posting's number
   * @param command the command as it was posted
   * @param posting what the command did
   */
  public LogEntry {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(posting, "posting");
    if (sequence <= 0) {
      throw new IllegalArgumentException("sequence " + sequence + " is not positive");
    }
    if (posting.number() != sequence) {
      throw new IllegalArgumentException("posting " + posting.number() + " logged at sequence " + sequence);
    }
    if (posting.operation() != command.operation()) {
      throw new IllegalArgumentException("posting of " + posting.operation() + " logged with a "
          + command.operation() + " command");
    }
  }
}
