package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;

/**
 * An MT942 trailer {@code :90D:} or {@code :90C:}: number and sum of the debit or credit entries.
 *
 * @param count number of entries
 * @param currency ISO 4217 code
 * @param amount sum of the entries, unsigned
 */
record EntrySum(int count, String currency, BigDecimal amount) {}
