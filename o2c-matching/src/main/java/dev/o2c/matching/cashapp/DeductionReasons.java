package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.StructuredReference;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a payer deducted, read from the remittance: a structured adjustment's reason code (ISO 20022
 * {@code AdjstmntAmtAndRsn}) or a telling word in the free text. Empty when the remittance gives no
 * reason, so that a short payment without one is treated as a part payment, not a deduction.
 */
final class DeductionReasons {

  /** "less 50.00" takes an amount off; "less 2%" is a cash discount, not a deduction. */
  private static final java.util.regex.Pattern LESS_AMOUNT =
      java.util.regex.Pattern.compile(" (LESS|ABZGL\\.?|ABZUEGLICH|MINUS) \\d[\\d.,]* (?!%)");

  /**
   * The amount a payer says it took off: "less 68.62", "abzgl. 1.234,50", "minus EUR 16.00"; not a
   * cash discount rate ("less 2% discount", or "less 2 discount" where MT940's character set dropped
   * the percent sign).
   */
  private static final java.util.regex.Pattern STATED_AMOUNT = java.util.regex.Pattern.compile(
      "(?:LESS|ABZGL\\.?|ABZUEGLICH|ABZÜGLICH|MINUS|DEDUCTED|DEDUCTION OF)\\s+(?:[A-Z]{3}\\s?)?(\\d(?:[\\d.,]*\\d)?)(?![\\d.,]*\\d|\\s?(?:%|PCT|PERCENT|PROZENT|DISCOUNT|SKONTO|ESCOMPTE|RABATT))");

  private DeductionReasons() {}

  /**
   * The amount a remittance text, already in capitals (root locale), says was deducted ("LESS 68.62
   * SHORT DELIVERY"), in minor units of the payment's currency; -1 if it states none or the number
   * cannot be read in that currency (more decimals than the currency has).
   */
  static long statedMinor(String upperText, javax.money.CurrencyUnit currency) {
    java.util.regex.Matcher m = STATED_AMOUNT.matcher(upperText);
    return m.find() ? minor(m.group(1), currency.getDefaultFractionDigits()) : -1;
  }

  /** A written amount in minor units: the last separator followed by exactly the currency's decimals is the decimal one. */
  static long minor(String written, int digits) {
    int last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
    String whole = written;
    String fraction = "";
    if (last >= 0 && digits > 0 && written.length() - last - 1 == digits) {
      whole = written.substring(0, last);
      fraction = written.substring(last + 1);
    }
    whole = whole.replace(".", "").replace(",", "");
    if (whole.isEmpty() || whole.length() > 15) {
      return -1;
    }
    long units = Long.parseLong(whole);
    for (int d = 0; d < digits; d++) {
      units *= 10;
    }
    return fraction.isEmpty() ? units : units + Long.parseLong(fraction);
  }

  static Optional<DeductionReason> of(Remittance remittance) {
    for (StructuredReference structured : remittance.structured()) {
      for (RemittanceAdjustment adjustment : structured.adjustments()) {
        Optional<DeductionReason> reason = adjustment.reason().flatMap(DeductionReasons::fromWords)
            .or(() -> adjustment.additionalInfo().flatMap(DeductionReasons::fromWords));
        return Optional.of(reason.orElse(DeductionReason.OTHER));
      }
    }
    return fromWords(remittance.text());
  }

  /** Words and codes payers use; ISO 20022 DocumentAdjustment reason codes where one exists. */
  static Optional<DeductionReason> fromWords(String text) {
    String t = words(text);
    if (t.contains(" DAMG ") || t.contains("DAMAG") || t.contains(" DMG") || t.contains("BESCHAED") || t.contains("BESCHÄD")) {
      return Optional.of(DeductionReason.DAMAGE);
    }
    if (t.contains(" SHRT ") || t.contains("SHORT DELIVER") || t.contains("SHORTAGE") || t.contains("SHORT SHIP") || t.contains("MISSING") || t.contains("FEHLMENGE")) {
      return Optional.of(DeductionReason.SHORTAGE);
    }
    if (t.contains(" PRIC ") || t.contains("PRICING") || t.contains("PRICE DIFF") || t.contains("PREISDIFF")) {
      return Optional.of(DeductionReason.PRICING);
    }
    if (t.contains(" PROM ") || t.contains("PROMO") || t.contains("REBATE") || t.contains("ALLOWANCE") || t.contains("BONUS")) {
      return Optional.of(DeductionReason.PROMOTION);
    }
    if (t.contains(" DUPL ") || t.contains("DUPLICATE") || t.contains("BILLED TWICE") || t.contains("DOPPEL")) {
      return Optional.of(DeductionReason.DUPLICATE_BILLING);
    }
    if (t.contains(" CHBK ") || t.contains("CHARGEBACK") || t.contains("PENALTY") || t.contains("LATE DELIVERY") || t.contains("VERTRAGSSTRAFE")) {
      return Optional.of(DeductionReason.CHARGEBACK);
    }
    if (t.contains(" OTHR ") || LESS_AMOUNT.matcher(t).find() || t.contains("DEDUCT") || t.contains("ABZUG") || t.contains("KUERZUNG") || t.contains("KÜRZUNG")) {
      return Optional.of(DeductionReason.OTHER);
    }
    return Optional.empty();
  }

  /**
   * The text in capitals, each run of characters other than A-Z, 0-9, Ä, Ö, Ü, %, '.' and ','
   * one space, with a space on either side, so that a code is found as " DAMG ". A loop rather
   * than a regular expression: this runs for every reading of a short payment.
   */
  static String words(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    StringBuilder t = new StringBuilder(upper.length() + 2).append(' ');
    boolean inRun = false;
    for (int k = 0; k < upper.length(); k++) {
      char c = upper.charAt(k);
      boolean kept = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == 'Ä' || c == 'Ö' || c == 'Ü' || c == '%'
          || c == '.' || c == ',';
      if (kept) {
        t.append(c);
      } else if (!inRun) {
        t.append(' ');
      }
      inRun = !kept;
    }
    return t.append(' ').toString();
  }
}
