/**
 * Bank statement files on the command line: the readable summary ({@link
 * dev.o2c.examples.statement.StatementSummary}) and the transactions CSV of the CLI contract
 * ({@link dev.o2c.examples.statement.TransactionsCsv}), both fed by the streaming statement readers
 * of {@code dev.o2c.matching.statement}, so that files of any size are handled entry by entry.
 */
package dev.o2c.examples.statement;
