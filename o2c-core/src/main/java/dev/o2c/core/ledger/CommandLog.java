package dev.o2c.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default log of {@link ReceivablesLedger#create()}: in memory, keeping every command as it was
 * posted, and nothing else. A ledger's postings follow from its commands (that is what {@link
 * ReceivablesLedger#replay(LedgerLog)} relies on), so {@link #read} recomputes each entry's posting by
 * carrying the commands out again on a scratch ledger.
 *
 * <p>The commands are kept with everything the host put in them (the item, the payment with its
 * remittance, the ids of an application), since that is what a log must give back: about 730 bytes
 * per invoice posted, paid and applied, more than the ledger's own state for that cycle (about 550
 * bytes). The ledger itself keeps no command. A ledger that must not hold its history in memory
 * logs to a durable log instead ({@code JdbcLedgerLog} in {@code o2c-jdbc}, opened with {@link
 * ReceivablesLedger#replay(LedgerLog)}), which keeps the commands in the database only.
 *
 * <p>Made for entries its own ledger writes: a posting appended that its command would not give is
 * not kept; use {@link InMemoryLedgerLog} to keep entries exactly as appended. Thread-safe.
 */
final class CommandLog implements LedgerLog {
  private final List<LedgerCommand> commands = new ArrayList<>();

  @Override
  public synchronized long lastSequence() {
    return commands.size();
  }

  @Override
  public synchronized void append(List<LogEntry> batch) {
    InMemoryLedgerLog.requireConsecutive(commands.size(), batch);
    batch.forEach(e -> commands.add(e.command()));
  }

  @Override
  public void read(long fromSequence, Consumer<LogEntry> consumer) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("fromSequence " + fromSequence + " is below 1");
    }
    List<LedgerCommand> snapshot;
    synchronized (this) {
      snapshot = List.copyOf(commands);
    }
    ReceivablesLedger scratch = ReceivablesLedger.unlogged();
    long sequence = 0;
    for (LedgerCommand command : snapshot) {
      sequence++;
      Posting posting;
      try {
        posting = scratch.carryOut(command);
      } catch (LedgerException e) {
        throw new LedgerLogException("log entry " + sequence + " (" + command.operation()
            + ") is refused when its posting is recomputed: " + e.getMessage(), e);
      }
      if (sequence >= fromSequence) {
        consumer.accept(new LogEntry(sequence, command, posting));
      }
    }
  }
}
