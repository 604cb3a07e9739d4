/**
 * Bank statement files written as text from a seeded, format-neutral description, for tests that
 * compare readers across formats and for benchmarks on files of any size.
 *
 * <p>A {@link dev.o2c.testkit.statement.StatementFileSpec} describes accounts, statements and
 * entries (amounts, dates, references, counterparties, remittance); {@link
 * dev.o2c.testkit.statement.Camt053Writer}, {@link dev.o2c.testkit.statement.Mt940Writer} and
 * {@link dev.o2c.testkit.statement.Bai2Writer} write it as camt.053 (001.02 or 001.08), MT940 or
 * BAI2, streaming entry by entry. This package depends on o2c-core only: it knows nothing of the
 * readers.
 *
 * <pre>{@code
 * StatementFileSpec spec = StatementFileSpec.builder().seed(7).entriesPerStatement(200_000).build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   Camt053Writer.of(Camt053Writer.Version.V08).write(spec, out);   // about 250 MB, constant memory
 * }
 * }</pre>
 */
package dev.o2c.testkit.statement;
