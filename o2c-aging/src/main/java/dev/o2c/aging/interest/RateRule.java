package dev.o2c.aging.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Which {@link AnnualRate} a late debt earns, given its due date. Most rules ignore the date (a base
 * rate plus a margin applies to everyone alike); the UK Act fixes one rate per debt at a reference
 * date before interest starts to run.
 */
@FunctionalInterface
public interface RateRule {

  /**
   * The annual rate of a debt.
   *
   * @param dueDate the debt's due date; interest runs from the day after
   * @return the rate, for any period after the due date
   * @throws MissingRateException if the rule fixes a rate at a date its table does not cover
   */
  AnnualRate forDebtDueOn(LocalDate dueDate);

  /**
   * The same rate for every debt.
   *
   * @param rate the rate
   * @return the rule
   */
  static RateRule always(AnnualRate rate) {
    Objects.requireNonNull(rate, "rate");
    return dueDate -> rate;
  }

  /**
   * One rate per debt for its whole delay: the table's rate at a reference date plus a margin.
   *
   * @param table the base or reference rate table
   * @param marginPoints the percentage points added
   * @param referenceDate the reference date for the first day interest runs (the day after the due date)
   * @return the rule
   */
  static RateRule fixedAtReferenceDate(RateTable table, BigDecimal marginPoints, UnaryOperator<LocalDate> referenceDate) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(marginPoints, "marginPoints");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return dueDate -> AnnualRate.fixed(table.rateFixedAt(referenceDate.apply(dueDate.plusDays(1))).add(marginPoints));
  }

  /**
   * The UK reference date (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002):
   * the 30 June or 31 December immediately before the day statutory interest starts to run.
   *
   * <pre>{@code
   * RateRule.ukReferenceDate(LocalDate.of(2024, 7, 1));   // 2024-06-30
   * RateRule.ukReferenceDate(LocalDate.of(2024, 6, 30));  // 2023-12-31
   * RateRule.ukReferenceDate(LocalDate.of(2025, 1, 1));   // 2024-12-31
   * }</pre>
   *
   * @param firstInterestDay the first day interest runs (the day after the due date)
   * @return the reference date, strictly before {@code firstInterestDay}
   */
  static LocalDate ukReferenceDate(LocalDate firstInterestDay) {
    Objects.requireNonNull(firstInterestDay, "firstInterestDay");
    return firstInterestDay.getMonthValue() >= 7 ? LocalDate.of(firstInterestDay.getYear(), 6, 30)
        : LocalDate.of(firstInterestDay.getYear() - 1, 12, 31);
  }
}
