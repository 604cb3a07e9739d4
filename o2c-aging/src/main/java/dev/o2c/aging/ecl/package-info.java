/**
 * Expected credit loss on trade receivables (IFRS 9 simplified approach, CECL aging method) and the
 * classic bad-debt allowance: a {@link dev.o2c.aging.ecl.ProvisionMatrix} of loss rates per aging
 * bucket applied to an aged book ({@link dev.o2c.aging.ecl.BucketBalances}) gives the {@link
 * dev.o2c.aging.ecl.Allowance} per bucket and in total, rounded half-up per bucket with the total
 * the sum of the rows; {@link dev.o2c.aging.ecl.AllowanceAdjustment} is the entry from the allowance
 * account's existing balance to the required one. Loss rates are given or estimated from month-end
 * snapshots by {@link dev.o2c.aging.ecl.RollRates}, optionally adjusted for the outlook.
 */
package dev.o2c.aging.ecl;
