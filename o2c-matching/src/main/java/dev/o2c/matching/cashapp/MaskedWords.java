package dev.o2c.matching.cashapp;

import static dev.o2c.matching.cashapp.ScanChars.isAsciiDigit;
import static dev.o2c.matching.cashapp.ScanChars.isYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of remittance text that carry digits but are no references, which {@link ReferenceScanner}
 * masks before it looks for numbers: amounts, dates, percentages, and amounts with a currency.
 * Each test takes a word upper-cased, without the punctuation around it.
 */
final class MaskedWords {

  private static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF", "JPY", "KWD", "SEK", "NOK", "DKK",
      "PLN", "CZK", "HUF", "CAD", "AUD", "CNY", "HKD", "SGD", "INR", "ZAR", "MXN", "BRL", "RON", "BGN", "TRY", "NZD");

  private MaskedWords() {}

  /** {@return whether a word is an amount, a date, a percentage or an amount glued to a currency} */
  static boolean isMasked(String upper, String text, int wordEnd) {
    return isAmount(upper) || isDate(upper) || isPercent(upper, text, wordEnd) || isCurrencyAmount(upper);
  }

  /** {@return whether a word is a currency code or symbol (the amount after it is masked with it)} */
  static boolean isCurrency(String upper) {
    return CURRENCIES.contains(upper) || isCurrencySymbol(upper);
  }

  /** {@code 1.234,56}, {@code 1234.56}, {@code -12,00}, {@code 1'234.50}: an amount with two decimals. */
  private static boolean isAmount(String w) {
    int end = w.length();
    while (end > 0 && !isAsciiDigit(w.charAt(end - 1)) && end > w.length() - 3) {
      end--; // a currency written after: 12,00EUR, 12.00€
    }
    int start = w.startsWith("-") || w.startsWith("+") ? 1 : 0;
    if (end - start < 4 || w.charAt(end - 3) != '.' && w.charAt(end - 3) != ',') {
      return false;
    }
    if (!isAsciiDigit(w.charAt(end - 1)) || !isAsciiDigit(w.charAt(end - 2))) {
      return false;
    }
    boolean digit = false;
    for (int i = start; i < end - 3; i++) {
      char c = w.charAt(i);
      if (isAsciiDigit(c)) {
        digit = true;
      } else if (c != '.' && c != ',' && c != '\'') {
        return false;
      }
    }
    return digit && (end == w.length() || isCurrencySymbol(w.substring(end)) || CURRENCIES.contains(w.substring(end)));
  }

  /** {@code 12.03.2026}, {@code 12/3/26}, {@code 2026-03-12}, {@code 03.2026}. */
  private static boolean isDate(String w) {
    char separator = 0;
    List<String> parts = new ArrayList<>(3);
    int from = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.' || c == '/' || c == '-') {
        if (separator != 0 && c != separator) {
          return false;
        }
        separator = c;
        parts.add(w.substring(from, i));
        from = i + 1;
      } else if (!isAsciiDigit(c)) {
        return false;
      }
    }
    parts.add(w.substring(from));
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 4) {
        return false;
      }
    }
    if (parts.size() == 2) {
      return separator != '-' && parts.get(0).length() <= 2 && between(parts.get(0), 1, 12) && isYear(parts.get(1));
    }
    if (parts.size() != 3) {
      return false;
    }
    String a = parts.get(0);
    String b = parts.get(1);
    String c = parts.get(2);
    if (a.length() == 4) {
      return isYear(a) && b.length() <= 2 && c.length() <= 2 && between(b, 1, 12) && between(c, 1, 31);
    }
    return a.length() <= 2 && b.length() <= 2 && (c.length() == 2 || c.length() == 4)
        && ((between(a, 1, 31) && between(b, 1, 12)) || (between(a, 1, 12) && between(b, 1, 31)));
  }

  private static boolean between(String digits, int low, int high) {
    int v = Integer.parseInt(digits);
    return v >= low && v <= high;
  }

  /** {@code 2%}, {@code 2,5 %}: a number followed by a per-cent sign. */
  private static boolean isPercent(String w, String text, int end) {
    String number = w.endsWith("%") ? w.substring(0, w.length() - 1) : w;
    if (!w.endsWith("%")) {
      int next = end;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      if (next >= text.length() || text.charAt(next) != '%') {
        return false;
      }
    }
    if (number.isEmpty()) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!isAsciiDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** {@code EUR1190}, {@code €1190}, {@code 1190€}: a number glued to a currency. */
  private static boolean isCurrencyAmount(String w) {
    int prefix = w.length() > 3 && CURRENCIES.contains(w.substring(0, 3)) ? 3
        : w.length() > 1 && isCurrencySymbol(w.substring(0, 1)) ? 1 : 0;
    if (prefix > 0) {
      return isAsciiDigit(w.charAt(prefix)) && isAmountDigits(w.substring(prefix));
    }
    return w.length() > 1 && isCurrencySymbol(w.substring(w.length() - 1))
        && isAmountDigits(w.substring(0, w.length() - 1));
  }

  private static boolean isAmountDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && c != '.' && c != ',' && c != '\'') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isCurrencySymbol(String s) {
    return s.equals("€") || s.equals("$") || s.equals("£") || s.equals("¥");
  }
}
