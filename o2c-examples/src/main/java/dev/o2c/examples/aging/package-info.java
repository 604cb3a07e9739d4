/**
 * The aging report of {@code o2c age} as files: the CSV of the CLI contract ({@link
 * dev.o2c.examples.aging.AgingCsv}) and a self-contained HTML page for people ({@link
 * dev.o2c.examples.aging.AgingHtml}).
 */
package dev.o2c.examples.aging;
