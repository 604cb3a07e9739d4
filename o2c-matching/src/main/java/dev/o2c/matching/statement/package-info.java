/**
 * Bank statements in: one normalized model for camt.052/053/054, MT940/MT942 and BAI2 files, and
 * the entry point that detects the format from the content.
 *
 * <p>The model: a {@link dev.o2c.matching.statement.Statement} (account, balances, findings) holds
 * {@link dev.o2c.matching.statement.Entry entries} (booking lines), each holding one or more
 * {@link dev.o2c.matching.statement.Transaction transactions} (payments, with references, parties,
 * remittance information, return information and charges). Amounts are {@link
 * dev.o2c.core.money.Money}, exact at the currency's scale, never negative; the {@link
 * dev.o2c.core.domain.Direction} carries the sign. Problems that do not prevent reading
 * (a statement that does not balance, batch totals that do not add up) are {@link
 * dev.o2c.matching.statement.Finding findings}; problems that do are a {@link
 * dev.o2c.matching.statement.StatementParseException} naming the source and position.
 *
 * <p>Reading a file of any supported format:
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   StatementFile file = StatementReaders.readFile(in, path.getFileName().toString());
 *   for (Statement s : file.statements()) { ... }
 * }
 * }</pre>
 *
 * <p>Big files: {@link dev.o2c.matching.statement.StatementReaders#stream} hands entries to a
 * {@link dev.o2c.matching.statement.StatementHandler} one by one, so memory does not grow with the
 * file.
 *
 * <p>Wiring readers: {@link dev.o2c.matching.statement.StatementReaders#standard()} registers every
 * reader installed as a {@link java.util.ServiceLoader} provider of {@link
 * dev.o2c.matching.statement.StatementReader}: o2c's own ({@code camt.CamtReader}, {@code
 * mt940.Mt940Reader}, {@code bai2.Bai2Reader}, named in this jar's {@code META-INF/services}), so
 * this package does not depend on the format packages, and any a host installs to add a format.
 * Each reader recognises its own files ({@link dev.o2c.matching.statement.StatementReader#detect}).
 * Hosts can also build a {@link dev.o2c.matching.statement.StatementReaderRegistry} of their own.
 */
package dev.o2c.matching.statement;
