package dev.o2c.benchmarks;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.StatementHandler;

/** Counts entries and transactions and sums amounts, so that no mapping work can be skipped. */
public final class CountingHandler implements StatementHandler {

  /** Entries seen. */
  public long entries;

  /** Transactions seen. */
  public long transactions;

  /** Sum of the entries' minor units, signed. */
  public long minorSum;

  /** Creates a handler with all counts at zero. */
  public CountingHandler() {}

  @Override
  public void onEntry(Entry entry) {
    entries++;
    transactions += entry.transactions().size();
    minorSum += entry.signedAmount().minorUnits();
  }
}
