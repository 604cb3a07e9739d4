package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A balance field as written ({@code :60F:}, {@code :62M:}, {@code :64:}, {@code :65:}).
 *
 * @param debit true for a D (debit, negative) balance
 * @param date the balance date
 * @param currency ISO 4217 code as written
 * @param amount the unsigned amount
 * @param line 1-based line of the field
 */
record SwiftBalance(boolean debit, LocalDate date, String currency, BigDecimal amount, int line) {
  /** The amount with its sign: negative for a debit balance. */
  BigDecimal signed() {
    return debit ? amount.negate() : amount;
  }
}
