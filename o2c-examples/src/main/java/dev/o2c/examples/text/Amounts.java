package dev.o2c.examples.text;

import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.money.CurrencyUnit;

/** Formats money for console and CSV output, always at the currency's own scale. */
public final class Amounts {

  private Amounts() {}

  /**
   * The amount as a plain decimal at the currency's scale, without currency code or grouping: EUR
   * 12.3 prints {@code 12.30}, JPY 330000 prints {@code 330000}, a credit prints {@code -357.00}.
   *
   * @param money the amount
   * @return the plain decimal
   */
  public static String plain(Money money) {
    long minor = money.minorUnits();
    int scale = money.scale();
    if (minor == Long.MIN_VALUE) {
      return BigDecimal.valueOf(minor, scale).toPlainString();
    }
    // Straight from the long minor units: this runs once per row of a big transactions CSV.
    String digits = Long.toString(Math.abs(minor));
    if (scale == 0) {
      return minor < 0 ? "-" + digits : digits;
    }
    StringBuilder plain = new StringBuilder(digits.length() + scale + 3);
    if (minor < 0) {
      plain.append('-');
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      plain.append("0.");
      for (int i = whole; i < 0; i++) {
        plain.append('0');
      }
      plain.append(digits);
    } else {
      plain.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
    }
    return plain.toString();
  }

  /**
   * The amount with grouping for reading on screen, e.g. {@code 4,760.00} or {@code -357.00}.
   *
   * @param money the amount
   * @return the grouped decimal at the currency's scale
   */
  public static String grouped(Money money) {
    BigDecimal amount = money.amount().setScale(money.scale());
    String plain = amount.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (amount.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  /**
   * Amounts per currency on one line, e.g. {@code EUR 12.30, JPY 5000}, or {@code none} when all
   * are zero.
   *
   * @param amounts the totals, printed in currency-code order
   * @return the line
   */
  public static String perCurrency(MoneyTotals amounts) {
    return perCurrency(amounts.amounts());
  }

  /**
   * Amounts on one line, e.g. {@code EUR 12.30, JPY 5000}, or {@code none} when the map is empty.
   *
   * @param amounts amounts keyed by currency, printed in the map's iteration order
   * @return the line
   */
  public static String perCurrency(Map<CurrencyUnit, Money> amounts) {
    return perCurrency(List.copyOf(amounts.values()));
  }

  private static String perCurrency(List<Money> amounts) {
    if (amounts.isEmpty()) {
      return "none";
    }
    StringJoiner joiner = new StringJoiner(", ");
    amounts.forEach(m -> joiner.add(m.currency().getCurrencyCode() + " " + grouped(m)));
    return joiner.toString();
  }
}
