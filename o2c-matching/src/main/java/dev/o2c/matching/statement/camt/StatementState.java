package dev.o2c.matching.statement.camt;

import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCollector;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.internal.BalanceReconciliation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/** What is known about the camt statement being read while its entries stream by. */
final class StatementState {

  /** Bounded per finding code while entries are read; the checks at the statement's end are always kept. */
  private final FindingCollector findings = new FindingCollector();
  /** Set when the entries are over: findings from then on are statement-level. */
  boolean entriesRead;
  private final Statement header;
  /** The booked entries, for the balance check. */
  final BalanceReconciliation balances = new BalanceReconciliation();
  /** All entries per currency: {credit count, credit minor sum, debit count, debit minor sum}. */
  final Map<CurrencyUnit, long[]> all = new LinkedHashMap<>();

  StatementState(Statement header) {
    this.header = header;
  }

  Statement header() {
    return header;
  }

  void add(Finding f) {
    if (entriesRead) {
      findings.addStatementLevel(f);
    } else {
      findings.add(f);
    }
  }

  /** Marks the start of an entry, whose findings {@link #forgetEntry()} takes back. */
  void startEntry() {
    findings.startEntry();
  }

  /** Forgets the findings of the entry being read, e.g. one left out. */
  void forgetEntry() {
    findings.forgetEntry();
  }

  /** The findings to put on the statement, with one summary per code of which some were not kept. */
  List<Finding> findings(String location) {
    return findings.findings(location);
  }
}
