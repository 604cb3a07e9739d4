package dev.o2c.core.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads the payment-terms notation documented on {@link PaymentTerms}; one instance per text. */
final class TermsParser {

  private enum Kind { NUMBER, WORD, SLASH, PERCENT }

  private static final class Token {
    final Kind kind;
    final String text;
    final int index;

    Token(Kind kind, String text, int index) {
      this.kind = kind;
      this.text = text;
      this.index = index;
    }
  }

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  TermsParser(String text) {
    this.text = text;
  }

  PaymentTerms parse() {
    tokenize();
    if (tokens.isEmpty()) {
      throw error(0, "expected payment terms but the text is blank");
    }
    if (atWord("DUE")) {
      pos++;
      expectWord("\"ON\"", "ON");
      expectWord("\"RECEIPT\"", "RECEIPT");
      expectEnd();
      return PaymentTerms.DUE_ON_RECEIPT;
    }
    if (atWord("DAY")) {
      pos++;
      int day = expectWholeNumber("the due day of the month");
      expectWord("\"NEXT MONTH\"", "NEXT", "FOLLOWING");
      expectWord("\"MONTH\"", "MONTH");
      expectEnd();
      return build(() -> PaymentTerms.dayOfNextMonth(day));
    }
    if (atWord("INSTALMENTS", "INSTALLMENTS")) {
      return parseInstalments();
    }
    return parseNet();
  }

  private PaymentTerms parseInstalments() {
    pos++;
    List<Instalment> parts = new ArrayList<>();
    do {
      Token shareToken = expectNumber("an instalment share in percent, like 50%/30");
      expect(Kind.PERCENT, "\"%\" after the instalment share");
      accept(Kind.SLASH);
      int partDays = expectWholeNumber("the instalment's days, like 50%/30");
      parts.add(build(shareToken, () -> Instalment.of(new BigDecimal(shareToken.text), partDays)));
    } while (at(Kind.NUMBER));
    boolean eom = acceptWord("EOM");
    expectEnd();
    DueBasis basis = eom ? DueBasis.END_OF_MONTH : DueBasis.DOCUMENT_DATE;
    return build(() -> PaymentTerms.ofInstalments(basis, parts));
  }

  private PaymentTerms parseNet() {
    List<DiscountTier> tiers = new ArrayList<>();
    while (at(Kind.NUMBER)) {
      Token percentToken = tokens.get(pos++);
      boolean percentSign = accept(Kind.PERCENT);
      boolean slash = accept(Kind.SLASH);
      if (!percentSign && !slash) {
        throw expected("\"/\" or \"%\" after the discount percent, like 2/10");
      }
      int tierDays = expectWholeNumber("the discount days, like 2/10");
      tiers.add(build(percentToken,
          () -> DiscountTier.of(new BigDecimal(percentToken.text), tierDays)));
    }
    boolean eomBefore = acceptWord("EOM");
    expectWord(tiers.isEmpty() ? "\"NET\", \"DUE ON RECEIPT\", \"DAY\", \"INSTALMENTS\" or a "
        + "discount like 2/10" : "\"NET\" or another discount tier", "NET", "N");
    accept(Kind.SLASH);
    int netDays = expectWholeNumber("the net days");
    acceptWord("DAYS");
    if (atWord("EOM")) {
      if (eomBefore) {
        throw expected("no second \"EOM\"");
      }
      pos++;
      eomBefore = true;
    }
    expectEnd();
    boolean eom = eomBefore;
    return build(() -> (eom ? PaymentTerms.netEndOfMonth(netDays) : PaymentTerms.net(netDays))
        .withDiscountTiers(tiers));
  }

  // ------------------------------------------------------------------------------ token helpers

  private void tokenize() {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',') {
        i++;
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
          i++;
          while (i < n && isDigit(text.charAt(i))) {
            i++;
          }
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
      } else if (isLetter(c)) {
        int start = i;
        while (i < n && isLetter(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
      } else if (c == '/') {
        tokens.add(new Token(Kind.SLASH, "/", i++));
      } else if (c == '%') {
        tokens.add(new Token(Kind.PERCENT, "%", i++));
      } else {
        throw error(i, "unexpected character '" + c + "'");
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private boolean at(Kind kind) {
    return pos < tokens.size() && tokens.get(pos).kind == kind;
  }

  private boolean atWord(String... words) {
    if (!at(Kind.WORD)) {
      return false;
    }
    String word = tokens.get(pos).text.toUpperCase(Locale.ROOT);
    for (String candidate : words) {
      if (candidate.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean accept(Kind kind) {
    if (at(kind)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean acceptWord(String word) {
    if (atWord(word)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(Kind kind, String what) {
    if (!accept(kind)) {
      throw expected(what);
    }
  }

  private void expectWord(String what, String... words) {
    if (!atWord(words)) {
      throw expected(what);
    }
    pos++;
  }

  private Token expectNumber(String what) {
    if (!at(Kind.NUMBER)) {
      throw expected(what);
    }
    return tokens.get(pos++);
  }

  private int expectWholeNumber(String what) {
    if (!at(Kind.NUMBER)) {
      throw expected(what);
    }
    Token token = tokens.get(pos);
    if (token.text.indexOf('.') >= 0) {
      throw error(token.index, "expected " + what + " as a whole number but found \""
          + token.text + "\"");
    }
    // Leading zeros dropped, the last digit kept ("000" is 0); no regex: terms are parsed per open item.
    int first = 0;
    while (first < token.text.length() - 1 && token.text.charAt(first) == '0') {
      first++;
    }
    String digits = token.text.substring(first);
    if (digits.length() > 4) {
      throw error(token.index, "expected " + what + " but \"" + token.text
          + "\" is more than " + PaymentTerms.MAX_DAYS);
    }
    pos++;
    return Integer.parseInt(digits);
  }

  private void expectEnd() {
    if (pos < tokens.size()) {
      throw expected("the end of the terms");
    }
  }

  private IllegalArgumentException expected(String what) {
    if (pos >= tokens.size()) {
      return error(text.length(), "expected " + what + " but the text ends");
    }
    Token token = tokens.get(pos);
    return error(token.index, "expected " + what + " but found \"" + token.text + "\"");
  }

  private IllegalArgumentException error(int index, String message) {
    return new IllegalArgumentException(
        "Invalid payment terms \"" + text + "\" at index " + index + ": " + message);
  }

  /** Runs a factory, naming the text in its validation message; also used for whole terms. */
  private <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid payment terms \"" + text + "\": " + reason(e), e);
    }
  }

  private static String reason(IllegalArgumentException e) {
    return e.getMessage().replaceFirst("^Invalid (payment terms|discount tier|instalment): ", "");
  }

  /** Runs a factory for one part, naming the part's index in the validation message. */
  private <T> T build(Token at, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid payment terms \"" + text + "\" at index "
          + at.index + ": " + reason(e), e);
    }
  }
}
