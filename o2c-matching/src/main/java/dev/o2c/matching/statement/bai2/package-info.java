/**
 * Reader for BAI2 cash management balance reporting files (North America):
 * {@link dev.o2c.matching.statement.bai2.Bai2Reader}.
 *
 * <p>The reader splits the text into logical records (88 continuations attached, several records
 * per physical line and records wrapped without 88 accepted, lines longer than 8192 characters
 * refused), parses records 01/02/03/16/49/98/99 in a checked order, and reports control totals and
 * record counts that do not reconcile as findings. Funds types {@code 0}, {@code 1}, {@code 2},
 * {@code Z}, value-dated {@code V} and distributed {@code S}/{@code D} availability are read
 * wherever BAI2 allows them (03 summaries and 16 details) into
 * {@link dev.o2c.matching.statement.FundsAvailability}; 03 codes that are not balances become
 * {@link dev.o2c.matching.statement.Statement#summaries()}.
 */
package dev.o2c.matching.statement.bai2;
