package dev.o2c.matching.statement.camt;

import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.internal.BalanceReconciliation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/** What is known about the camt statement being read while its entries stream by. */
final class StatementState {

  /** Most findings kept per statement; more are summarised in one last finding. */
  static final int MAX_FINDINGS = 1000;

  private final Statement header;
  final List<Finding> findings = new ArrayList<>();
  int droppedFindings;
  /** Booked credits and debits per currency, in minor units: {credits, debits}. */
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
    if (findings.size() < MAX_FINDINGS) {
      findings.add(f);
    } else {
      droppedFindings++;
    }
  }

  /** The number of findings so far, kept or dropped. */
  int findingCount() {
    return findings.size() + droppedFindings;
  }

  /** Forgets the findings after the first {@code count}, e.g. those of an entry left out. */
  void truncateFindings(int count) {
    if (count <= findings.size()) {
      findings.subList(count, findings.size()).clear();
      droppedFindings = 0;
    } else {
      droppedFindings = count - findings.size();
    }
  }
}
