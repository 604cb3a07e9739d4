package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a payer's text names an amount in another currency than the payment's ({@code "USD
 * 1,250.00"}): the money was converted on the way, so a difference from the open amount is an
 * exchange difference for a person to judge, not a short payment or an overpayment.
 */
final class ForeignAmounts {

  private static final Pattern CODE_AND_AMOUNT = Pattern.compile("\\b([A-Z]{3})\\s?\\d");

  private ForeignAmounts() {}

  static boolean mentioned(Payment payment) {
    String own = payment.amount().currency().getCurrencyCode();
    Matcher m = CODE_AND_AMOUNT.matcher(payment.remittance().text());
    while (m.find()) {
      String code = m.group(1);
      if (!code.equals(own) && isCurrency(code)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
