/**
 * Plumbing shared by the statement readers in {@code camt}, {@code mt940} and {@code bai2}: a
 * bounded line reader for the text formats, the wrapper that carries a host handler's exception
 * past a reader's own error translation, the decoding of a file's head for format detection, and the
 * balance check every format makes.
 *
 * <p><b>Not API.</b> These types are public only because the readers live in different packages.
 * They may change or disappear in any release without notice; hosts must not use them.
 */
package dev.o2c.matching.statement.internal;
