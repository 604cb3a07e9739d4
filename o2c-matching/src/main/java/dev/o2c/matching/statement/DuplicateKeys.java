package dev.o2c.matching.statement;

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
    String acct =
        account.iban().map(i -> i.replace(" ", "").toUpperCase(Locale.ROOT)).orElse(account.id());
    String date =
        bookingDate.or(() -> valueDate).map(LocalDate::toString).orElse("-");
    Optional<String> ref =
        references
            .accountServicerReference()
            .filter(DuplicateKeys::isReference)
            .or(() -> references.endToEndId().filter(DuplicateKeys::isReference));
    String ordinal =
        ref.isPresent()
            ? Integer.toString(transactionOrdinal)
            : entryOrdinal + "." + transactionOrdinal;
    return escape(acct)
        + '|'
        + date
        + '|'
        + (direction == Direction.CREDIT ? 'C' : 'D')
        + '|'
        + amount
        + '|'
        + escape(ref.orElse("-"))
        + '|'
        + ordinal;
  }

  private static boolean isReference(String r) {
    String t = r.trim();
    return !t.isEmpty()
        && !t.equalsIgnoreCase("NONREF")
        && !t.equalsIgnoreCase("NOTPROVIDED")
        && !t.equalsIgnoreCase("NONE");
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace("|", "%7C");
  }
}
