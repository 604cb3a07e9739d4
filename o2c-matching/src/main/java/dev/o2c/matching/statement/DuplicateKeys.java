package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The recipe for {@link Transaction#duplicateKey()}, shared by all readers so that a host can
 * recognise a transaction it has already imported.
 *
 * <p>The key is {@code account|date|C or D|currency amount|reference|ordinal}, where
 *
 * <ul>
 *   <li>{@code account} is the account IBAN (spaces removed, upper case) or other id;
 *   <li>{@code date} is the booking date, else the value date, else {@code -};
 *   <li>{@code amount} is the plain decimal at the currency's scale, e.g. {@code EUR 12.30};
 *   <li>{@code reference} is the transaction's account servicer reference (the bank's unique
 *       booking reference), else its end-to-end id, else {@code -}; placeholders that banks use
 *       for "no reference" ({@code NONREF}, {@code NOTPROVIDED}, {@code NONE}) do not count;
 *   <li>{@code ordinal} is the transaction's position within its entry ({@code 1}, {@code 2}, ...)
 *       when a reference was found, else the entry's position within the statement and the
 *       transaction's position within the entry ({@code 7.1}).
 * </ul>
 *
 * <p>The statement id, format and file name are deliberately left out, so that the same booking
 * keeps its key when it arrives again, in another file or another format that carries the same
 * bank reference. Without a bank reference the key is positional and only stable for the same
 * statement read again. {@code |} and {@code %} inside values are percent-encoded.
 */
public final class DuplicateKeys {

  private DuplicateKeys() {}

  /**
   * Computes the duplicate key of a transaction.
   *
   * @param account the statement account
   * @param bookingDate the booking date, if any
   * @param valueDate the value date, if any
   * @param direction credit or debit
   * @param amount the booked amount, not negative
   * @param references the transaction's references
   * @param entryOrdinal the 1-based position of the entry within its statement
   * @param transactionOrdinal the 1-based position of the transaction within its entry
   * @return the key, e.g. {@code NL26VAYB8060476890|2014-12-31|C|EUR 8.85|AcctSvcrRef1|1}
   * @throws NullPointerException if any argument is null
   */
  public static String of(
      StatementAccount account,
      Optional<LocalDate> bookingDate,
      Optional<LocalDate> valueDate,
      Direction direction,
      Money amount,
      References references,
      long entryOrdinal,
      int transactionOrdinal) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(amount, "amount");
    // Built by hand: readers call this once per transaction, so it sits on the reading hot path.
    StringBuilder key = new StringBuilder(96);
    Optional<String> iban = account.iban();
    appendEscaped(key, iban.isPresent() ? iban.get().replace(" ", "").toUpperCase(Locale.ROOT) : account.id());
    key.append('|');
    LocalDate date = bookingDate.isPresent() ? bookingDate.get() : valueDate.orElse(null);
    appendDate(key, date).append('|');
    key.append(direction == Direction.CREDIT ? 'C' : 'D').append('|');
    appendAmount(key, amount).append('|');
    String ref = reference(references);
    appendEscaped(key, ref == null ? "-" : ref).append('|');
    if (ref == null) {
      key.append(entryOrdinal).append('.');
    }
    return key.append(transactionOrdinal).toString();
  }

  private static String reference(References references) {
    Optional<String> servicer = references.accountServicerReference();
    if (servicer.isPresent() && isReference(servicer.get())) {
      return servicer.get();
    }
    Optional<String> endToEnd = references.endToEndId();
    return endToEnd.isPresent() && isReference(endToEnd.get()) ? endToEnd.get() : null;
  }

  /** Appends the date as {@link LocalDate#toString()} writes it, {@code -} for none. */
  private static StringBuilder appendDate(StringBuilder key, LocalDate date) {
    if (date == null) {
      return key.append('-');
    }
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return key.append(date);
    }
    // The usual four-digit year without the String that toString() would make.
    return appendTwoDigits(appendTwoDigits(key.append(year).append('-'), date.getMonthValue()).append('-'),
        date.getDayOfMonth());
  }

  private static StringBuilder appendTwoDigits(StringBuilder key, int value) {
    return key.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** Appends {@code CCY plain-decimal} exactly as {@link Money#toString()} writes it. */
  private static StringBuilder appendAmount(StringBuilder key, Money amount) {
    key.append(amount.currency().getCurrencyCode()).append(' ');
    long minor = amount.minorUnits();
    int scale = amount.scale();
    if (minor < 0 || scale > 18) {
      return key.append(amount.amount().toPlainString());
    }
    String digits = Long.toString(minor);
    if (scale == 0) {
      return key.append(digits);
    }
    if (digits.length() <= scale) {
      key.append("0.");
      for (int i = digits.length(); i < scale; i++) {
        key.append('0');
      }
      return key.append(digits);
    }
    int point = digits.length() - scale;
    return key.append(digits, 0, point).append('.').append(digits, point, digits.length());
  }

  private static StringBuilder appendEscaped(StringBuilder key, String value) {
    if (value.indexOf('%') < 0 && value.indexOf('|') < 0) {
      return key.append(value);
    }
    return key.append(value.replace("%", "%25").replace("|", "%7C"));
  }

  private static boolean isReference(String r) {
    String t = r.trim();
    return !t.isEmpty()
        && !t.equalsIgnoreCase("NONREF")
        && !t.equalsIgnoreCase("NOTPROVIDED")
        && !t.equalsIgnoreCase("NONE");
  }
}
