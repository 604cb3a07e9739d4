package dev.o2c.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link LedgerLog} in memory: keeps every entry, command and posting, exactly as appended, for the
 * life of the JVM. Open a ledger on it with {@code ReceivablesLedger.replay(new InMemoryLedgerLog())}.
 * ({@link ReceivablesLedger#create()} logs to a leaner in-memory log that keeps the commands and
 * recomputes the postings when read.) Thread-safe.
 */
public final class InMemoryLedgerLog implements LedgerLog {

  private final List<LogEntry> entries = new ArrayList<>();

  @Override
  public synchronized long lastSequence() {
    return entries.size();
  }

  @Override
  public synchronized void append(List<LogEntry> batch) {
    requireConsecutive(entries.size(), batch);
    entries.addAll(batch);
  }

  /** Refuses a batch that does not continue a log whose last sequence is {@code last}, one by one. */
  static void requireConsecutive(long last, List<LogEntry> batch) {
    Objects.requireNonNull(batch, "entries");
    long next = last + 1;
    for (LogEntry entry : batch) {
      if (entry.sequence() != next) {
        throw new LedgerLogConflictException(entry.sequence(), next);
      }
      next++;
    }
  }

  @Override
  public void read(long fromSequence, Consumer<LogEntry> consumer) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("fromSequence " + fromSequence + " is below 1");
    }
    List<LogEntry> snapshot;
    synchronized (this) {
      snapshot = fromSequence > entries.size() ? List.of()
          : List.copyOf(entries.subList((int) (fromSequence - 1), entries.size()));
    }
    snapshot.forEach(consumer);
  }
}
