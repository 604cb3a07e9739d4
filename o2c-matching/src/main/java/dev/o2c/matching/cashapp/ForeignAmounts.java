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

  /** Whether the bank reports the payer instructed the payment in another currency. */
  static boolean converted(Payment payment) {
    return payment.instructedAmount().map(i -> !i.currency().equals(payment.amount().currency())).orElse(false);
  }

  /**
   * Whether the bank reports that the payment arrived as instructed: same currency, same amount, no
   * charges. Only then is a shortfall plainly the payer's own.
   */
  static boolean arrivedAsInstructed(Payment payment) {
    return payment.charges().isEmpty() && payment.instructedAmount().map(i -> i.equals(payment.amount())).orElse(false);
  }

  /**
   * The charges banks took on the way, in minor units of the payment's currency: those the statement
   * reports, else the instructed amount less the amount received when both are in one currency; 0 if
   * neither says.
   */
  static long chargesMinor(Payment payment) {
    long reported = 0;
    for (dev.o2c.core.money.Money charge : payment.charges()) {
      if (charge.currency().equals(payment.amount().currency())) {
        reported += charge.minorUnits();
      }
    }
    if (reported > 0) {
      return reported;
    }
    return payment.instructedAmount().filter(i -> i.currency().equals(payment.amount().currency()))
        .map(i -> Math.max(0, i.minorUnits() - payment.amount().minorUnits())).orElse(0L);
  }

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
