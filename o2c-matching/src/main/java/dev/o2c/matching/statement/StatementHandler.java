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
   * Called when one entry cannot be read while the file around it can: the file is well-formed
   * and the entry complete, but a value in it is wrong (an amount with a comma, an impossible
   * date, an unknown currency, a missing required element). Damage to the file's structure
   * (malformed XML, a truncated file, a line that breaks the layout) is never passed here; it ends
   * the reading with a {@link StatementParseException}.
   *
   * <p>The default throws {@code failure}, so the whole reading fails and names the entry. A host
   * that wants the other entries all the same overrides this to keep the failure and return: the
   * reader then leaves the entry out, goes on with the next one, and adds a finding {@link
   * Finding#ENTRY_SKIPPED} with the problem and its location to the statement. The amount left
   * out then shows in the balance check too.
   *
   * <p>What one entry is, and which failures stay within it, depends on the format; each reader's
   * documentation says: a camt {@code Ntry}, an MT940/MT942 {@code :61:} with its {@code :86:}
   * fields, a BAI2 16 record with its 88 continuations. The entry's ordinal is used up all the
   * same, so the duplicate keys of the entries after it are those of a reading without failure.
   *
   * @param failure what is wrong and where (line or element path of the entry)
   */
  default void onEntryFailure(StatementParseException failure) {
    throw failure;
  }

  /**
   * Called for a finding about the file as a whole (e.g. BAI2 file control totals).
   *
   * @param finding the finding
   */
  default void onFileFinding(Finding finding) {}
}
