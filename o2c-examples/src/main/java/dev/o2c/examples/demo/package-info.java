/**
 * The {@code o2c demo} data set and runner: customers, items, bank lines and cash-application
 * decisions embedded as CSV, driven through the receivables ledger and printed as a summary.
 */
package dev.o2c.examples.demo;
