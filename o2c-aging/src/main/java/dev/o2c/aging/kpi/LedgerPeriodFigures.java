package dev.o2c.aging.kpi;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The monthly {@link PeriodFigures} of a ledger's customers, for {@link KpiSeries}: what {@code o2c
 * kpi} reads from a file, taken from the books instead.
 *
 * <p>For each month and customer, in one currency:
 * <ul>
 *   <li>credit sales: the original amounts of the invoices and debit memos dated in the month (credit
 *       memos reduce receivables, not sales);
 *   <li>ending receivables: the open amounts, at the end of the month's last day, of the items open
 *       then ({@link ReceivablesLedger#asOf(LocalDate)}: payments applied later are not deducted),
 *       credit memos reducing; unapplied cash is not netted;
 *   <li>ending current: the part of them not yet due, i.e. due on or after the month's last day (age
 *       ≤ 0, as the aging report's {@code current} bucket counts it).
 * </ul>
 * Every customer gets every month of the range, with zeros where it had nothing, so its series is
 * consecutive.
 *
 * <pre>{@code
 * List<PeriodFigures> months = LedgerPeriodFigures.portfolio(ledger, EUR, YearMonth.of(2026, 1), YearMonth.of(2026, 6));
 * List<PeriodKpis> trend = KpiSeries.of(months, 3, MonthDays.CALENDAR);
 * }</pre>
 */
public final class LedgerPeriodFigures {

  private LedgerPeriodFigures() {}

  /**
   * Each registered customer's monthly figures.
   *
   * @param ledger the books; read, not changed
   * @param currency the currency whose items count
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the figures per customer (in registration order), each one entry per month, oldest first
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Map<CustomerId, List<PeriodFigures>> byCustomer(ReceivablesLedger ledger, CurrencyUnit currency,
      YearMonth first, YearMonth last) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(currency, "currency");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last month " + last + " is before first month " + first);
    }
    Map<CustomerId, Map<YearMonth, Long>> sales = new HashMap<>();
    for (ItemState state : ledger.items()) {
      OpenItem item = state.item();
      YearMonth month = YearMonth.from(item.documentDate());
      if (item.kind() != ItemKind.CREDIT_MEMO && item.originalAmount().currency().equals(currency)
          && !month.isBefore(first) && !month.isAfter(last)) {
        sales.computeIfAbsent(item.customerId(), c -> new HashMap<>())
            .merge(month, item.originalAmount().minorUnits(), Math::addExact);
      }
    }
    Map<CustomerId, List<PeriodFigures>> result = new LinkedHashMap<>();
    for (Customer customer : ledger.customers()) {
      result.put(customer.id(), new ArrayList<>());
    }
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate end = month.atEndOfMonth();
      LedgerView view = ledger.asOf(end);
      for (Map.Entry<CustomerId, List<PeriodFigures>> entry : result.entrySet()) {
        long receivables = 0;
        long current = 0;
        for (OpenItem item : view.openItems(entry.getKey())) {
          if (item.openAmount().currency().equals(currency)) {
            receivables = Math.addExact(receivables, item.openAmount().minorUnits());
            if (!item.dueDate().isBefore(end)) {
              current = Math.addExact(current, item.openAmount().minorUnits());
            }
          }
        }
        long monthSales = sales.getOrDefault(entry.getKey(), Map.of()).getOrDefault(month, 0L);
        entry.getValue().add(PeriodFigures.of(month, Money.ofMinor(currency, monthSales),
            Money.ofMinor(currency, receivables), Optional.of(Money.ofMinor(currency, current))));
      }
    }
    result.replaceAll((customer, months) -> List.copyOf(months));
    return result;
  }

  /**
   * The portfolio's monthly figures: the sums over all customers.
   *
   * @param ledger the books; read, not changed
   * @param currency the currency whose items count
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return one entry per month, oldest first
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static List<PeriodFigures> portfolio(ReceivablesLedger ledger, CurrencyUnit currency, YearMonth first,
      YearMonth last) {
    PortfolioFigures sum = PortfolioFigures.empty();
    for (List<PeriodFigures> months : byCustomer(ledger, currency, first, last).values()) {
      sum = sum.merge(PortfolioFigures.of(months));
    }
    if (sum.months().isEmpty()) {
      // no customers: still one (empty) entry per month
      List<PeriodFigures> zeros = new ArrayList<>();
      for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
        zeros.add(PeriodFigures.of(month, Money.zero(currency), Money.zero(currency),
            Optional.of(Money.zero(currency))));
      }
      return zeros;
    }
    return sum.months();
  }
}
