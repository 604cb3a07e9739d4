package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parsed {@code :61:} statement line.
 *
 * <p>Grammar: {@code 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x][<line>34x]}: value date, optional entry date
 * {@code MMDD}, mark {@code C}/{@code D}/{@code RC}/{@code RD}, optional funds code letter, amount with
 * decimal comma, transaction type (N/F/S and three characters), customer reference, bank reference after
 * {@code //}, supplementary details on the next line. The parser is lenient where real banks are: the
 * customer reference may be empty or longer than 16, the type may start with another letter.
 *
 * @param valueDate the value date
 * @param entryDate the booking date when given
 * @param debit true for D and RC (a reversal of a credit is a debit entry)
 * @param reversal true for RC and RD
 * @param fundsCode the third character of the currency code, when given
 * @param amount the unsigned amount
 * @param transactionType four characters such as {@code NTRF}; empty when the bank left it out
 * @param customerReference the account owner's reference as sent; empty, or a marker such as {@code NONREF}
 *     or Rabobank's {@code EREF}, when there is none
 * @param bankReference the account servicing institution's reference after {@code //}
 * @param supplementaryDetails the continuation lines, trimmed and joined with a space
 */
record StatementLine(LocalDate valueDate, Optional<LocalDate> entryDate, boolean debit, boolean reversal,
    Optional<Character> fundsCode, BigDecimal amount, String transactionType, String customerReference,
    Optional<String> bankReference, Optional<String> supplementaryDetails) {

  /** The amount as it moves the balance: negative for debits. */
  BigDecimal signed() {
    return debit ? amount.negate() : amount;
  }

  /** Parses a {@code :61:} field. */
  static StatementLine parse(SwiftField f) {
    String s = f.first();
    int line = f.line();
    int p = 0;
    if (s.length() < 6 || !SwiftValues.allDigits(s, 0, 6)) {
      throw new SwiftFormatException(line, ":61: '" + SwiftValues.abbreviate(s) + "' does not start with a YYMMDD value date");
    }
    LocalDate valueDate = SwiftValues.date(s.substring(0, 6), line);
    p = 6;
    Optional<LocalDate> entryDate = Optional.empty();
    if (s.length() >= p + 4 && SwiftValues.allDigits(s, p, p + 4)) {
      entryDate = Optional.of(SwiftValues.entryDate(valueDate, s.substring(p, p + 4), line));
      p += 4;
    }
    boolean reversal = false;
    boolean debit;
    if (s.startsWith("RC", p) || s.startsWith("RD", p)) {
      reversal = true;
      debit = s.charAt(p + 1) == 'C';
      p += 2;
    } else if (s.startsWith("C", p) || s.startsWith("D", p)) {
      debit = s.charAt(p) == 'D';
      p += 1;
    } else {
      throw new SwiftFormatException(line, ":61: has no debit/credit mark (C, D, RC or RD) after the dates");
    }
    Optional<Character> funds = Optional.empty();
    if (p < s.length() && isUpper(s.charAt(p))) {
      funds = Optional.of(s.charAt(p));
      p++;
    }
    int amountStart = p;
    while (p < s.length() && ((s.charAt(p) >= '0' && s.charAt(p) <= '9') || s.charAt(p) == ',')) {
      p++;
    }
    String amountText = s.substring(amountStart, p);
    if (amountText.indexOf(',') < 0 && !amountText.isEmpty()) {
      // SWIFT amounts always carry the decimal comma; without it the "amount" is a misread field,
      // e.g. "D4O,00NTRF" would become 4 with transaction type "O,00".
      throw new SwiftFormatException(line, ":61: amount '" + SwiftValues.abbreviate(amountText)
          + "' has no decimal comma");
    }
    BigDecimal amount = SwiftValues.amount(amountText, line);
    String type;
    if (s.startsWith("NONREF", p)) {
      // Some banks (Penta) leave out the transaction type and go straight to the reference.
      type = "";
    } else {
      type = transactionType(s, p, line);
      p += 4;
    }
    String rest = s.substring(p);
    int slashes = rest.indexOf("//");
    String customerRef = (slashes < 0 ? rest : rest.substring(0, slashes)).strip();
    Optional<String> bankRef = slashes < 0 ? Optional.empty()
        : Optional.of(rest.substring(slashes + 2).strip()).filter(r -> !r.isEmpty());
    StringBuilder supplementary = new StringBuilder();
    for (int i = 1; i < f.lines().size(); i++) {
      String more = f.lines().get(i).strip();
      if (!more.isEmpty()) {
        supplementary.append(supplementary.length() == 0 ? "" : " ").append(more);
      }
    }
    return new StatementLine(valueDate, entryDate, debit, reversal, funds, amount, type, customerRef, bankRef,
        supplementary.length() == 0 ? Optional.empty() : Optional.of(supplementary.toString()));
  }

  private static String transactionType(String s, int p, int line) {
    if (p + 4 > s.length()) {
      throw new SwiftFormatException(line, ":61: has no transaction type after the amount");
    }
    String type = s.substring(p, p + 4);
    if (!isUpper(type.charAt(0))) {
      throw new SwiftFormatException(line, ":61: transaction type '" + type + "' does not start with a letter");
    }
    return type;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
