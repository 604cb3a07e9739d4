/**
 * Collections: promises to pay and payment plans, dispute cases, and (by the worklist's own classes)
 * the collector's worklist and activities.
 *
 * <p>Promises: {@link dev.o2c.aging.collections.PromiseEvaluator} grades a core {@link
 * dev.o2c.core.domain.PromiseToPay} against the money received for it ({@link
 * dev.o2c.aging.collections.PromiseReceipt}) as of a day, with a {@link
 * dev.o2c.aging.collections.PromiseTolerance} (shortfall and grace days): kept, partially kept,
 * broken or still open, per instalment and for the whole promise, and sets the promise's status.
 * {@link dev.o2c.aging.collections.PaymentPlanSchedule} splits an amount exactly into an instalment
 * promise. {@link dev.o2c.aging.collections.PromiseProtection} answers the dunning run's question: is
 * this item protected by an active promise on this day?
 *
 * <p>Disputes: a {@link dev.o2c.aging.collections.DisputeCase} comes from a ledger deduction or is
 * raised by a collector on items; it moves through the {@link dev.o2c.aging.collections.DisputeStatus}
 * workflow, and {@link dev.o2c.aging.collections.DisputeResolver} turns credits, rejections and
 * write-offs (within the {@link dev.o2c.aging.collections.AuthorityPolicy}'s limits, or after approval)
 * into ledger commands for the host to post. {@link dev.o2c.aging.collections.DisputeAging} ages the
 * open cases; {@link dev.o2c.aging.collections.DisputedAmounts} gives the amount in dispute per item
 * that a dunning run leaves out.
 *
 * <p>Everything here is a pure function of its inputs and an explicit day; nothing reads the clock or
 * changes a ledger.
 */
package dev.o2c.aging.collections;
