package dev.o2c.core.ledger;

import java.util.List;
import java.util.function.Consumer;

/**
 * The durable record of a ledger: every accepted command in order, with its posting. {@link
 * ReceivablesLedger#replay(LedgerLog)} rebuilds the same ledger from it.
 *
 * <p>Appends are optimistic: an entry must carry the sequence right after the log's last one. A
 * writer that appends at a sequence already taken (another process wrote first) gets a {@link
 * LedgerLogConflictException} and nothing of its batch is written.
 *
 * <p>Implementations: the in-memory log of {@link ReceivablesLedger#create()} (commands kept,
 * postings recomputed when read), {@link InMemoryLedgerLog} (entries kept as appended) and, in
 * {@code o2c-jdbc}, a log on PostgreSQL or H2.
 */
public interface LedgerLog {

  /** {@return the sequence of the last entry, 0 for an empty log} */
  long lastSequence();

  /**
   * Appends entries, all or none.
   *
   * @param entries entries with consecutive sequences starting at {@code lastSequence() + 1}
   * @throws LedgerLogConflictException if the first sequence is not {@code lastSequence() + 1} (another
   *     writer got there first) or the sequences are not consecutive; nothing is written
   * @throws LedgerLogException if the log cannot be written; nothing is written
   */
  void append(List<LogEntry> entries);

  /**
   * Hands every entry from a sequence on to a consumer, in order.
   *
   * @param fromSequence the first sequence to read, from 1
   * @param consumer receives each entry
   * @throws LedgerLogException if the log cannot be read
   */
  void read(long fromSequence, Consumer<LogEntry> consumer);
}
