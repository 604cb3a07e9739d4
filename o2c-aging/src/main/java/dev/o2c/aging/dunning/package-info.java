/**
 * Dunning: who gets which reminder, at which level, with which fee and interest, and the content of
 * the letters.
 *
 * <p>A {@link dev.o2c.aging.dunning.DunningPolicy} is the ladder of {@link
 * dev.o2c.aging.dunning.DunningLevel levels} and its rules (interval between notices, grace days,
 * minimum amounts, grouping, fees, an interest hook); {@link dev.o2c.aging.dunning.LevelDunningPolicy}
 * builds one, {@link dev.o2c.aging.dunning.DunningPolicies#STANDARD} is ready-made. {@link
 * dev.o2c.aging.dunning.DunningRun#evaluate} is the run: a pure function of the open items, the
 * notices sent before, disputed amounts, promises to pay, customers' credit and blocks ({@link
 * dev.o2c.aging.dunning.DunningInput}), the policy and the day, returning {@link
 * dev.o2c.aging.dunning.DunningProposal proposals}, every item not dunned with its {@link
 * dev.o2c.aging.dunning.SkipReason reason}, and the notices to record once the letters are sent.
 *
 * <p>Letters are plain values for the host's templates: a {@link dev.o2c.aging.dunning.ReminderLetter}
 * from a proposal, and a {@link dev.o2c.aging.dunning.StatementOfAccount} from the ledger's journal or
 * from open items, with an aging footer.
 */
package dev.o2c.aging.dunning;
