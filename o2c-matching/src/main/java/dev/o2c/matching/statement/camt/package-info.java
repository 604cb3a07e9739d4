/**
 * The ISO 20022 camt.052/053/054 reader: {@link dev.o2c.matching.statement.camt.CamtReader},
 * streaming over a strict XML scanner of its own with DTDs refused, for every message version from
 * {@code 001.02} on.
 */
package dev.o2c.matching.statement.camt;
