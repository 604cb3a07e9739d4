package dev.o2c.matching.statement;

/**
 * Receives a statement file piece by piece from {@link StatementReader#stream}, so that entries
 * are never all held in memory.
 *
 * <p>For each statement the reader calls {@link #onStatementStart} once, then {@link #onEntry} for
 * each entry in file order, then {@link #onStatementEnd} once. File-level findings arrive through
 * {@link #onFileFinding} whenever they are known. An exception thrown by a handler method stops
 * the reading and is passed on unchanged.
 */
public interface StatementHandler {

  /**
   * Called when a statement starts, with what is known before its first entry: ids, account and
   * the balances given so far (MT940 and BAI2 give closing balances only after the entries).
   *
   * @param header the statement so far, without entries
   */
  default void onStatementStart(Statement header) {}

  /**
   * Called for each entry of the current statement, in file order.
   *
   * @param entry the entry with its transactions
   */
  void onEntry(Entry entry);

  /**
   * Called when a statement ends, with all its balances and findings but without entries.
   *
   * @param statement the complete statement header, balances and findings
   */
  default void onStatementEnd(Statement statement) {}

  /**
   * Called for a finding about the file as a whole (e.g. BAI2 file control totals).
   *
   * @param finding the finding
   */
  default void onFileFinding(Finding finding) {}
}
