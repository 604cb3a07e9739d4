package dev.o2c.aging.kpi;

import dev.o2c.core.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One month's figures of a customer or a portfolio, from which the period KPIs are computed: the
 * month's credit sales, the receivables open at its last day, and optionally the part of them not
 * yet due (current). One row of the CLI's {@code --periods} file.
 *
 * <p>Amounts are exact decimals in one currency; the KPIs are ratios and do not depend on which.
 * Figures built from {@link MonetaryAmount}s remember their currency, and figures in different
 * currencies never add up. This instance is immutable.
 *
 * <pre>{@code
 * PeriodFigures march = PeriodFigures.of(YearMonth.of(2026, 3),
 *     new BigDecimal("90000.00"), new BigDecimal("120000.00"), new BigDecimal("80000.00"));
 * }</pre>
 */
public final class PeriodFigures {

  private final YearMonth month;
  private final BigDecimal creditSales;
  private final BigDecimal endingReceivables;
  private final Optional<BigDecimal> endingCurrent;
  private final Optional<CurrencyUnit> currency;

  private PeriodFigures(YearMonth month, BigDecimal creditSales, BigDecimal endingReceivables,
      Optional<BigDecimal> endingCurrent, Optional<CurrencyUnit> currency) {
    this.month = Objects.requireNonNull(month, "month");
    this.creditSales = Objects.requireNonNull(creditSales, "creditSales");
    this.endingReceivables = Objects.requireNonNull(endingReceivables, "endingReceivables");
    this.endingCurrent = Objects.requireNonNull(endingCurrent, "endingCurrent");
    this.currency = currency;
    if (creditSales.signum() < 0) {
      throw new IllegalArgumentException("period " + month + ": creditSales " + creditSales.toPlainString()
          + " is negative");
    }
  }

  /**
   * A month's figures with the current part known.
   *
   * @param month the month; its last day is the period end
   * @param creditSales the month's credit sales, not negative
   * @param endingReceivables all receivables open at the period end (signed: credit memos reduce)
   * @param endingCurrent the part of {@code endingReceivables} not yet due at the period end
   * @return the figures
   * @throws IllegalArgumentException if the credit sales are negative
   */
  public static PeriodFigures of(YearMonth month, BigDecimal creditSales, BigDecimal endingReceivables,
      BigDecimal endingCurrent) {
    return new PeriodFigures(month, creditSales, endingReceivables,
        Optional.of(Objects.requireNonNull(endingCurrent, "endingCurrent")), Optional.empty());
  }

  /**
   * A month's figures without the current part: BPDSO, ADD, CEI and percent current cannot be
   * computed from them.
   *
   * @param month the month; its last day is the period end
   * @param creditSales the month's credit sales, not negative
   * @param endingReceivables all receivables open at the period end
   * @return the figures
   * @throws IllegalArgumentException if the credit sales are negative
   */
  public static PeriodFigures of(YearMonth month, BigDecimal creditSales, BigDecimal endingReceivables) {
    return new PeriodFigures(month, creditSales, endingReceivables, Optional.empty(), Optional.empty());
  }

  /**
   * A month's figures from amounts in one currency.
   *
   * @param month the month; its last day is the period end
   * @param creditSales the month's credit sales, not negative
   * @param endingReceivables all receivables open at the period end
   * @param endingCurrent the part not yet due at the period end, if known
   * @return the figures, remembering the currency
   * @throws CurrencyMismatchException if the amounts are in different currencies
   * @throws IllegalArgumentException if the credit sales are negative
   */
  public static PeriodFigures of(YearMonth month, MonetaryAmount creditSales, MonetaryAmount endingReceivables,
      Optional<? extends MonetaryAmount> endingCurrent) {
    CurrencyUnit currency = creditSales.getCurrency();
    requireCurrency(currency, endingReceivables);
    endingCurrent.ifPresent(c -> requireCurrency(currency, c));
    return new PeriodFigures(month, decimal(creditSales), decimal(endingReceivables),
        endingCurrent.map(PeriodFigures::decimal), Optional.of(currency));
  }

  /** {@return the month} */
  public YearMonth month() {
    return month;
  }

  /** {@return the period end: the month's last day} */
  public LocalDate periodEnd() {
    return month.atEndOfMonth();
  }

  /** {@return the month's credit sales} */
  public BigDecimal creditSales() {
    return creditSales;
  }

  /** {@return the receivables open at the period end} */
  public BigDecimal endingReceivables() {
    return endingReceivables;
  }

  /** {@return the part of the ending receivables not yet due, if known} */
  public Optional<BigDecimal> endingCurrent() {
    return endingCurrent;
  }

  /** {@return the currency, when the figures were built from monetary amounts} */
  public Optional<CurrencyUnit> currency() {
    return currency;
  }

  /**
   * The figures of two parts of a portfolio for the same month, added: how a portfolio's figures
   * come from its customers'. The current part is known only if both know it.
   *
   * @param other figures for the same month
   * @return the sums; this instance is unaffected
   * @throws IllegalArgumentException if the months differ
   * @throws CurrencyMismatchException if both carry a currency and they differ
   */
  public PeriodFigures plus(PeriodFigures other) {
    if (!month.equals(other.month)) {
      throw new IllegalArgumentException("cannot add figures of " + month + " and " + other.month);
    }
    Optional<CurrencyUnit> sum = currency;
    if (currency.isPresent() && other.currency.isPresent() && !currency.get().equals(other.currency.get())) {
      throw new CurrencyMismatchException(currency.get(), other.currency.get());
    } else if (currency.isEmpty()) {
      sum = other.currency;
    }
    Optional<BigDecimal> current = endingCurrent.isPresent() && other.endingCurrent.isPresent()
        ? Optional.of(endingCurrent.get().add(other.endingCurrent.get())) : Optional.empty();
    return new PeriodFigures(month, creditSales.add(other.creditSales),
        endingReceivables.add(other.endingReceivables), current, sum);
  }

  private static void requireCurrency(CurrencyUnit currency, MonetaryAmount amount) {
    if (!amount.getCurrency().equals(currency)) {
      throw new CurrencyMismatchException(currency, amount.getCurrency());
    }
  }

  private static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PeriodFigures)) {
      return false;
    }
    PeriodFigures p = (PeriodFigures) o;
    return month.equals(p.month) && creditSales.compareTo(p.creditSales) == 0
        && endingReceivables.compareTo(p.endingReceivables) == 0
        && endingCurrent.isPresent() == p.endingCurrent.isPresent()
        && (endingCurrent.isEmpty() || endingCurrent.get().compareTo(p.endingCurrent.get()) == 0)
        && currency.equals(p.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, creditSales.stripTrailingZeros(), endingReceivables.stripTrailingZeros(),
        endingCurrent.map(BigDecimal::stripTrailingZeros), currency);
  }

  @Override
  public String toString() {
    return "PeriodFigures[" + month + " sales " + creditSales.toPlainString() + ", receivables "
        + endingReceivables.toPlainString() + endingCurrent.map(c -> ", current " + c.toPlainString()).orElse("")
        + currency.map(c -> " " + c.getCurrencyCode()).orElse("") + "]";
  }
}
