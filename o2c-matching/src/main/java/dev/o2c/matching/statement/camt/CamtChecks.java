package dev.o2c.matching.statement.camt;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.BatchInfo;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.Transaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The checks a camt statement is held to, reported as findings: the balances, the statement's
 * transaction summary ({@code TxsSummry}), batch counts and totals, transaction details against
 * their entry.
 */
final class CamtChecks {

  private final CamtValues values;
  private final StatementFormat format;

  CamtChecks(CamtValues values, StatementFormat format) {
    this.values = values;
    this.format = format;
  }

  /**
   * The balance check ({@link dev.o2c.matching.statement.internal.BalanceReconciliation}) with
   * camt's balances: opening booked is {@code OPBD}, else {@code PRCD}; closing booked the last
   * {@code CLBD}. A camt.053 without them gets a {@link Finding#MISSING_BALANCE}.
   */
  void checkBalances(StatementState state, Statement s, String path) {
    Optional<Balance> opening =
        s.balances().stream()
            .filter(b -> b.code().orElse("").equals("OPBD"))
            .findFirst()
            .or(() -> s.balance(BalanceType.OPENING_BOOKED));
    Optional<Balance> closing = s.lastBalance(BalanceType.CLOSING_BOOKED);
    if (opening.isEmpty() || closing.isEmpty()) {
      if (format == StatementFormat.CAMT_053) {
        state.add(
            Finding.of(
                Finding.MISSING_BALANCE,
                "statement lacks "
                    + (opening.isEmpty() ? "an opening booked balance (OPBD/PRCD)" : "")
                    + (opening.isEmpty() && closing.isEmpty() ? " and " : "")
                    + (closing.isEmpty() ? "a closing booked balance (CLBD)" : ""),
                path));
      }
      return;
    }
    state.balances.check(opening, closing, path).ifPresent(state::add);
  }

  /**
   * Compares the statement's own transaction summary ({@code TxsSummry}) with the entries read.
   * Sums are compared only when all entries share one currency, since the summary has none.
   */
  void checkSummary(StatementState state, XmlNode summary) {
    long creditCount = 0;
    long debitCount = 0;
    for (long[] t : state.all.values()) {
      creditCount += t[0];
      debitCount += t[2];
    }
    Optional<CurrencyUnit> ccy =
        state.all.size() == 1 ? Optional.of(state.all.keySet().iterator().next()) : Optional.empty();
    long[] t = ccy.map(state.all::get).orElse(new long[4]);
    int scale = ccy.map(CurrencyUnit::getDefaultFractionDigits).orElse(0);
    BigDecimal credits = BigDecimal.valueOf(t[1], scale);
    BigDecimal debits = BigDecimal.valueOf(t[3], scale);
    compareCount(state, summary, new String[] {"TtlNtries", "NbOfNtries"}, creditCount + debitCount);
    compareCount(state, summary, new String[] {"TtlCdtNtries", "NbOfNtries"}, creditCount);
    compareCount(state, summary, new String[] {"TtlDbtNtries", "NbOfNtries"}, debitCount);
    if (ccy.isEmpty() && !state.all.isEmpty()) {
      return;
    }
    compareSum(state, summary, new String[] {"TtlNtries", "Sum"}, credits.add(debits));
    compareSum(state, summary, new String[] {"TtlCdtNtries", "Sum"}, credits);
    compareSum(state, summary, new String[] {"TtlDbtNtries", "Sum"}, debits);
    Optional<XmlNode> net = summary.at("TtlNtries", "TtlNetNtry");
    if (net.isPresent()) {
      BigDecimal declared = values.decimal(values.required(net.get(), "Amt"));
      if (net.get().at("CdtDbtInd").isPresent()
          && values.direction(net.get().at("CdtDbtInd").get()) == Direction.DEBIT) {
        declared = declared.negate();
      }
      BigDecimal actual = credits.subtract(debits);
      if (declared.compareTo(actual) != 0) {
        state.add(
            Finding.of(
                Finding.CONTROL_TOTAL_MISMATCH,
                "summary declares a net of " + declared.toPlainString()
                    + " but the entries net " + actual.toPlainString(),
                net.get().path()));
      }
    }
  }

  private void compareCount(StatementState state, XmlNode summary, String[] at, long actual) {
    Optional<XmlNode> n = summary.at(at);
    if (n.isEmpty()) {
      return;
    }
    long declared = values.count(n.get(), "entries");
    if (declared != actual) {
      state.add(
          Finding.of(
              Finding.COUNT_MISMATCH,
              "summary declares " + declared + " entries but " + actual + " were read",
              n.get().path()));
    }
  }

  private void compareSum(StatementState state, XmlNode summary, String[] at, BigDecimal actual) {
    Optional<XmlNode> n = summary.at(at);
    if (n.isEmpty()) {
      return;
    }
    BigDecimal declared = values.decimal(n.get());
    if (declared.compareTo(actual) != 0) {
      state.add(
          Finding.of(
              Finding.CONTROL_TOTAL_MISMATCH,
              "summary declares a sum of " + declared.toPlainString()
                  + " but the entries add up to " + actual.toPlainString(),
              n.get().path()));
    }
  }


  void checkBatch(
      StatementState state,
      BatchInfo batch,
      XmlNode btch,
      List<XmlNode> txs,
      Money entryAmount,
      Direction entryDirection,
      int detailBlocks) {
    if (batch.numberOfTransactions().isPresent()
        && !txs.isEmpty()
        && batch.numberOfTransactions().get() != txs.size()) {
      state.add(
          Finding.of(
              Finding.BATCH_COUNT_MISMATCH,
              "batch declares "
                  + batch.numberOfTransactions().get()
                  + " transactions but "
                  + txs.size()
                  + " TxDtls are given",
              btch.path()));
    }
    if (batch.total().isPresent() && detailBlocks == 1) {
      Money total = batch.total().get();
      Direction d = batch.direction().orElse(entryDirection);
      boolean sameCurrency = total.currency().equals(entryAmount.currency());
      if (!sameCurrency || !total.equals(entryAmount) || d != entryDirection) {
        state.add(
            Finding.of(
                Finding.BATCH_TOTAL_MISMATCH,
                "batch total "
                    + total
                    + " "
                    + d
                    + " differs from the entry amount "
                    + entryAmount
                    + " "
                    + entryDirection,
                btch.path()));
      }
    }
  }

  void checkDetailSum(
      StatementState state,
      XmlNode ntry,
      List<XmlNode> details,
      List<Transaction> transactions,
      Money entryAmount,
      Direction entryDirection) {
    CurrencyUnit ccy = entryAmount.currency();
    long net = 0;
    for (int i = 0; i < transactions.size(); i++) {
      Transaction t = transactions.get(i);
      XmlNode d = details.get(i);
      if (!t.amount().currency().equals(ccy)) {
        return; // details in another currency (e.g. instructed amounts): nothing to add up
      }
      boolean hasAmount = d.at("Amt").isPresent() || d.at("AmtDtls", "TxAmt", "Amt").isPresent();
      if (!hasAmount) {
        state.add(
            Finding.of(
                Finding.BATCH_TOTAL_MISMATCH,
                "transaction details without an amount in a batch of " + details.size(),
                d.path()));
        return;
      }
      long signed = t.direction() == entryDirection ? t.amount().minorUnits() : -t.amount().minorUnits();
      net = Math.addExact(net, signed);
    }
    if (net != entryAmount.minorUnits()) {
      state.add(
          Finding.of(
              Finding.BATCH_TOTAL_MISMATCH,
              "the "
                  + details.size()
                  + " transaction details add up to "
                  + Money.ofMinor(ccy, net)
                  + " but the entry amount is "
                  + entryAmount,
              ntry.path()));
    }
  }
}
