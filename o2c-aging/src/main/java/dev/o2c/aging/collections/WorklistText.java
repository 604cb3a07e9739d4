package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in reasons and task descriptions: {@code EUR 12,400.00}, grouped, at the currency's scale. */
final class WorklistText {

  private WorklistText() {}

  static String money(Money money) {
    StringBuilder pattern = new StringBuilder("#,##0");
    if (money.scale() > 0) {
      pattern.append('.').append("0".repeat(money.scale()));
    }
    DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setParseBigDecimal(true);
    BigDecimal amount = money.amount();
    return money.currency().getCurrencyCode() + " " + format.format(amount);
  }
}
