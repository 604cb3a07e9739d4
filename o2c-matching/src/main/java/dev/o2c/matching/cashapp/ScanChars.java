package dev.o2c.matching.cashapp;

/** Character tests shared by the parts of {@link ReferenceScanner}: ASCII only, as references are. */
final class ScanChars {

  private ScanChars() {}

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isAlnum(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && !isAsciiLetter(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasDigit(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (isAsciiDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Four digits from 1990 to 2099: a year, never a reference on its own. */
  static boolean isYear(String text) {
    if (text.length() != 4 || !isDigits(text)) {
      return false;
    }
    int year = Integer.parseInt(text);
    return year >= 1990 && year <= 2099;
  }
}
