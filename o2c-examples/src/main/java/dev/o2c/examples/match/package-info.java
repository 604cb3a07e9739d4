/**
 * {@code o2c match}: cash application on files. {@link dev.o2c.examples.match.MatchesCsv} writes the
 * decisions in the CLI contract's columns, {@link dev.o2c.examples.match.MatchReport} the cash
 * reconciliation as a page a person reads.
 */
package dev.o2c.examples.match;
