package dev.o2c.examples.demo;

import dev.o2c.aging.Aging;
import dev.o2c.aging.AgingBuckets;
import dev.o2c.aging.AgingReport;
import dev.o2c.aging.AgingRow;
import dev.o2c.aging.ecl.Allowance;
import dev.o2c.aging.ecl.AllowanceRow;
import dev.o2c.aging.ecl.BucketBalances;
import dev.o2c.aging.ecl.ProvisionMatrix;
import dev.o2c.aging.kpi.KpiSeries;
import dev.o2c.aging.kpi.LedgerPeriodFigures;
import dev.o2c.aging.kpi.MonthDays;
import dev.o2c.aging.kpi.PeriodKpis;
import dev.o2c.aging.kpi.Ratio;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.examples.text.Amounts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The demo's books as a credit manager reads them: the aging of the EUR book as of the report date
 * (from the ledger's history), DSO and its companions for the last month, and the bad-debt provision
 * with illustrative loss rates per bucket.
 */
final class ReceivablesFigures {

  /** Illustrative loss rates per bucket (current, 1-30, 31-60, 61-90, 91-120, 121+), not advice. */
  private static final List<BigDecimal> RATES = List.of(new BigDecimal("0.005"), new BigDecimal("0.02"),
      new BigDecimal("0.05"), new BigDecimal("0.15"), new BigDecimal("0.30"), new BigDecimal("0.60"));

  private ReceivablesFigures() {}

  static void print(PrintWriter out, ReceivablesLedger ledger, LocalDate asOf) {
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    Aging aging = Aging.standard();
    AgingReport<CustomerId> report = aging.ofLedger(ledger, asOf);
    List<String> labels = AgingBuckets.STANDARD.labels();
    out.println("Aging of the EUR book as of " + asOf + " (by due date; credit memos reduce their bucket)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-10s", "customer"));
    labels.forEach(l -> header.append(String.format(Locale.ROOT, " %11s", l)));
    out.println(header.append(String.format(Locale.ROOT, " %11s", "total")));
    for (AgingRow<CustomerId> row : report.rows()) {
      if (!row.currency().equals(eur)) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", row.key()));
      row.net().forEach(m -> line.append(String.format(Locale.ROOT, " %11s", Amounts.grouped(m))));
      out.println(line.append(String.format(Locale.ROOT, " %11s", Amounts.grouped(row.total()))));
    }
    List<dev.o2c.core.money.Money> buckets = report.openAmountsByBucket(eur);
    StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "  %-10s", "all"));
    buckets.forEach(m -> total.append(String.format(Locale.ROOT, " %11s", Amounts.grouped(m))));
    out.println(total.append(String.format(Locale.ROOT, " %11s", Amounts.grouped(report.total(eur)))));
    out.println();

    YearMonth month = YearMonth.from(asOf);
    List<PeriodKpis> kpis = KpiSeries.of(LedgerPeriodFigures.portfolio(ledger, eur, month.minusMonths(3), month), 3,
        MonthDays.CALENDAR);
    out.println("Receivables KPIs for " + month + " (EUR, 3-month window, calendar days)");
    if (!kpis.isEmpty()) {
      PeriodKpis last = kpis.get(kpis.size() - 1);
      out.println("  DSO " + show(last.dso()) + " days, countback DSO " + show(last.dsoCountback())
          + ", best possible DSO " + show(last.bestPossibleDso()) + ", average days delinquent "
          + show(last.averageDaysDelinquent()) + ", percent current " + show(last.percentCurrent())
          + " %, turnover " + show(last.turnover()) + "x a year");
    }
    out.println();

    Allowance allowance = ProvisionMatrix.of(labels, RATES).apply(BucketBalances.of(labels, buckets));
    out.println("Bad-debt provision (provision matrix; illustrative loss rates)");
    for (AllowanceRow row : allowance.rows()) {
      out.printf(Locale.ROOT, "  %-8s gross %12s x %-6s = %10s%n", row.label(), Amounts.grouped(row.gross()),
          row.rate().toPlainString(), Amounts.grouped(row.allowance()));
    }
    out.println("  allowance EUR " + Amounts.grouped(allowance.total()));
    out.println();
  }

  private static String show(Optional<Ratio> ratio) {
    return ratio.map(r -> r.rounded(1, RoundingMode.HALF_UP).toPlainString()).orElse("n/a");
  }
}
