/**
 * Receivables KPIs: DSO by the period and the countback method, best possible DSO, average days
 * delinquent, collection effectiveness index, percent current and turnover over a series of months
 * ({@link dev.o2c.aging.kpi.KpiSeries}), and payment-history KPIs (average and weighted average days
 * to pay, average days late) from cleared items ({@link dev.o2c.aging.kpi.PaymentStatistics}).
 *
 * <p>Conventions, since sources disagree: a period is a calendar month, its figures those of its
 * last day; a month counts its calendar days or 30 ({@link dev.o2c.aging.kpi.MonthDays}); a year
 * counts 365 days in the annualised turnover; days between dates are calendar days. The formulas are
 * the CLI contract's, documented on {@link dev.o2c.aging.kpi.ReceivablesKpis}. Every KPI is an exact
 * {@link dev.o2c.aging.kpi.Ratio}, rounded only when shown; one that divides by zero is empty.
 *
 * <p>Summaries that are sums merge associatively and commutatively ({@link
 * dev.o2c.aging.kpi.PortfolioFigures}, {@link dev.o2c.aging.kpi.PaymentStatistics}), so customers'
 * figures add up to a portfolio's in any grouping.
 */
package dev.o2c.aging.kpi;
