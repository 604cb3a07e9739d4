package dev.o2c.examples.csv;

import dev.o2c.core.money.Currencies;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.UnknownCurrencyException;

/** Money and currency fields of CSV records, with errors that name the source and line. */
public final class CsvMoney {

  private CsvMoney() {}

  /**
   * Why an amount cannot be money in a currency: more decimals than the currency has, or beyond the
   * largest amount kept (a {@code long} of minor units: 92,233,720,368,547,758.07 in EUR).
   *
   * @param value the amount as written
   * @param currency the currency
   * @return the reason, to follow the amount in a message
   */
  public static String whyNotExact(BigDecimal value, CurrencyUnit currency) {
    int digits = currency.getDefaultFractionDigits();
    if (value.stripTrailingZeros().scale() > digits) {
      return "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")";
    }
    return "is beyond the largest amount kept in " + currency.getCurrencyCode() + " ("
        + BigDecimal.valueOf(Long.MAX_VALUE, digits).toPlainString() + ")";
  }

  /**
   * A required ISO 4217 currency code.
   *
   * @param row the record
   * @param column the column name, case-insensitive
   * @return the currency
   * @throws CsvException if the field is missing, not a known currency code, or a code without a
   *     minor unit ({@code XXX}, {@code XAU})
   */
  public static CurrencyUnit currency(CsvRow row, String column) {
    String code = row.required(column);
    CurrencyUnit currency;
    try {
      currency = Currencies.of(code.toUpperCase(java.util.Locale.ROOT));
    } catch (UnknownCurrencyException e) {
      throw row.error(column + " \"" + code + "\" is not an ISO 4217 currency code");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || digits > 18) {
      // XXX, XAU, XDR and the like: ISO 4217 gives them no minor unit, so no amount can be exact in them.
      throw row.error(column + " \"" + code + "\" is not a currency amounts are kept in (ISO 4217 gives it no minor unit)");
    }
    return currency;
  }

  /**
   * A required amount in a currency, exact at the currency's scale.
   *
   * @param row the record
   * @param column the column name, case-insensitive
   * @param currency the currency the amount is in
   * @return the amount
   * @throws CsvException if the field is missing, not a plain decimal, or has more decimals than
   *     the currency has minor units (e.g. {@code 12.345} in EUR, {@code 10.5} in JPY)
   */
  public static Money money(CsvRow row, String column, CurrencyUnit currency) {
    return toMoney(row, column, row.decimal(column), currency);
  }

  /**
   * An optional amount in a currency, as {@link #money(CsvRow, String, CurrencyUnit)}.
   *
   * @param row the record
   * @param column the column name, case-insensitive
   * @param currency the currency the amount is in
   * @return the amount, or empty if the field is absent or blank
   * @throws CsvException if the field is present but not an exact amount in the currency
   */
  public static Optional<Money> optionalMoney(CsvRow row, String column, CurrencyUnit currency) {
    return row.optionalDecimal(column).map(value -> toMoney(row, column, value, currency));
  }

  private static Money toMoney(CsvRow row, String column, BigDecimal value, CurrencyUnit currency) {
    try {
      return Money.of(currency, value);
    } catch (ArithmeticException e) {
      throw row.error(column + " " + value.toPlainString() + " " + whyNotExact(value, currency));
    }
  }
}
