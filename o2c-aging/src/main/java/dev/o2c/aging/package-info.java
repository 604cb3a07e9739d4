/**
 * Aging of receivables, and (in sub-packages) DSO and related KPIs, expected-credit-loss
 * provisioning, and the dunning and collections policies a host wires in.
 *
 * <p>Aging: {@link dev.o2c.aging.Aging} places open items in the buckets of an {@link
 * dev.o2c.aging.AgingBuckets} set by their age on an {@link dev.o2c.aging.AgingBasis} (due, document
 * or promised date) as of a day, and adds them up per customer, currency or host key into a mergeable
 * {@link dev.o2c.aging.AgingReport}; {@link dev.o2c.aging.Aging#ofLedger} ages the ledger's book as it
 * stood on any past day. {@link dev.o2c.aging.ColumnarAging} ages a book held as primitive arrays
 * ({@link dev.o2c.aging.ColumnarBook}) in one parallel pass with exactly the same result.
 *
 * <p>Aging reads open items from {@code dev.o2c.core} and never uses the matching module.
 */
package dev.o2c.aging;
