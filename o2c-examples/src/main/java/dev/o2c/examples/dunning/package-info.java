/**
 * The files of {@code o2c dun}: the policy file ({@link dev.o2c.examples.dunning.DunningPolicyFile}),
 * the dunning history in and the notices to record out ({@link dev.o2c.examples.dunning.DunningHistoryCsv}),
 * and the proposals and skipped items as CSV ({@link dev.o2c.examples.dunning.DunningCsv}).
 */
package dev.o2c.examples.dunning;
