package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An MT942 floor limit ({@code :34F:}): entries below it are not reported.
 *
 * @param currency ISO 4217 code
 * @param debit empty when one limit applies to both sides, else true for the debit limit
 * @param amount the limit
 */
record FloorLimit(String currency, Optional<Boolean> debit, BigDecimal amount) {}
