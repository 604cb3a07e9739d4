package dev.o2c.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * ISO 13616 IBAN check digits (ISO 7064 MOD 97-10), for generating valid-looking bank accounts and
 * checking them in tests.
 *
 * <pre>{@code
 * String iban = Iban.of("DE", "370400440532013000");   // "DE89370400440532013000"
 * boolean ok = Iban.isValid("GB82 WEST 1234 5698 7654 32");   // true: spaces are ignored
 * }</pre>
 *
 * <p>Only the check digits and the character set are verified, not each country's BBAN layout.
 */
public final class Iban {

  private Iban() {}

  /**
   * Builds an IBAN in electronic form (no spaces) from a country code and a BBAN.
   *
   * @param countryCode two upper-case letters, e.g. {@code "DE"}
   * @param bban the basic bank account number: upper-case letters and digits, 1 to 30 characters
   * @return the IBAN with correct check digits
   * @throws IllegalArgumentException if the country code or BBAN has other characters or lengths
   */
  public static String of(String countryCode, String bban) {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(bban, "bban");
    if (!countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country code " + countryCode + " is not two upper-case letters");
    }
    if (!bban.matches("[A-Z0-9]{1,30}")) {
      throw new IllegalArgumentException("BBAN " + bban + " is not 1 to 30 upper-case letters or digits");
    }
    int check = 98 - mod97(bban + countryCode + "00");
    return countryCode + (check < 10 ? "0" : "") + check + bban;
  }

  /**
   * Whether a string is an IBAN with correct check digits: two letters, two digits and 1 to 30
   * letters or digits, spaces ignored, case-insensitive, and the MOD 97 remainder is 1.
   *
   * @param text the candidate
   * @return true if it passes
   */
  public static boolean isValid(CharSequence text) {
    String iban = text.toString().replace(" ", "").toUpperCase(Locale.ROOT);
    if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
      return false;
    }
    return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  /** The remainder mod 97 of the number formed by replacing letters with 10..35, digit by digit. */
  private static int mod97(String alphanumeric) {
    int remainder = 0;
    for (int i = 0; i < alphanumeric.length(); i++) {
      int value = Character.digit(alphanumeric.charAt(i), 36);
      remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
    }
    return remainder;
  }
}
