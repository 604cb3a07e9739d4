package dev.o2c.matching.statement;

/**
 * What {@link StatementReader#readFile(java.io.InputStream, String, UnreadableEntries)} does with
 * an entry that cannot be read while the rest of the file can (see {@link
 * StatementHandler#onEntryFailure}).
 */
public enum UnreadableEntries {
  /** The reading fails with the entry's {@link StatementParseException}; the default. */
  FAIL,
  /**
   * The entry is left out and named in a {@link Finding#ENTRY_SKIPPED} finding of its statement;
   * the other entries are read. For hosts that want the rest of a statement whose bank sent one
   * broken entry, and will handle that entry by hand.
   */
  SKIP
}
