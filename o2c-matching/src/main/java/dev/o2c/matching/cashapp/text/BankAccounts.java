package dev.o2c.matching.cashapp.text;

import java.util.Objects;

/**
 * The form in which bank accounts are compared: an IBAN or account number with its spaces and
 * punctuation removed and its letters upper-cased, so {@code "de89 3704 0044 0532 0130 00"} and
 * {@code "DE89370400440532013000"} are the same account. An IBAN thus matches the same IBAN however
 * it was written; an IBAN and a domestic account number are different accounts.
 */
public final class BankAccounts {

  private BankAccounts() {}

  /**
   * Normalises an account as written.
   *
   * @param account an IBAN or account number as a bank or a customer record wrote it
   * @return the ASCII letters (upper-cased) and digits of the account; empty if there are none
   */
  public static String normalise(CharSequence account) {
    Objects.requireNonNull(account, "account");
    StringBuilder sb = new StringBuilder(account.length());
    for (int i = 0; i < account.length(); i++) {
      char c = ReferenceKeys.fold(account.charAt(i));
      if (c != 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether a text is a well-formed IBAN: two letters, two check digits and 11 to 30 letters or
   * digits (spaces ignored), passing the ISO 13616 mod 97 check. Only the form is checked, not the
   * country's length.
   *
   * @param text the text, e.g. {@code "DE89 3704 0044 0532 0130 00"}
   * @return true when it is a well-formed IBAN
   */
  public static boolean isIban(CharSequence text) {
    String s = normalise(text);
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    if (!Character.isLetter(s.charAt(0)) || !Character.isLetter(s.charAt(1))
        || !Character.isDigit(s.charAt(2)) || !Character.isDigit(s.charAt(3))) {
      return false;
    }
    int remainder = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt((k + 4) % s.length());
      if (c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder == 1;
  }
}
