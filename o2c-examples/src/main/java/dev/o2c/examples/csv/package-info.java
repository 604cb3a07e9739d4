/**
 * RFC 4180 CSV reading with file-and-line error messages, and the CLI contract's input formats:
 * open items ({@link dev.o2c.examples.csv.OpenItemsCsv}) and customers
 * ({@link dev.o2c.examples.csv.CustomersCsv}).
 */
package dev.o2c.examples.csv;
