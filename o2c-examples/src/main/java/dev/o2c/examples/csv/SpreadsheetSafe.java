package dev.o2c.examples.csv;

import java.util.Objects;

/**
 * Keeps text from a bank file or a payer from being run as a formula when a CSV is opened in a
 * spreadsheet (CSV injection, as OWASP describes it): a cell whose first character is {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, which
 * spreadsheets show as text and do not evaluate.
 *
 * <p>Only free text goes through here (names, remittance text, references typed by a payer):
 * amounts and codes that o2c writes itself are left as they are, so a negative amount stays a number.
 *
 * <pre>{@code
 * SpreadsheetSafe.text("=HYPERLINK(\"http://x\")");   // "'=HYPERLINK(\"http://x\")"
 * SpreadsheetSafe.text("Invoice 4711");                // "Invoice 4711"
 * }</pre>
 */
public final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  /**
   * The text as a spreadsheet-safe cell.
   *
   * @param text the cell's text
   * @return the text with a single quote in front if it starts with {@code = + - @}, tab or CR;
   *     otherwise the text itself
   */
  public static String text(String text) {
    Objects.requireNonNull(text, "text");
    return !text.isEmpty() && startsFormula(text.charAt(0)) ? "'" + text : text;
  }

  private static boolean startsFormula(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
