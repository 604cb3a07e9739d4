/**
 * Combination search for cash application: which of a payer's open items add up to a payment.
 *
 * <p>{@link dev.o2c.matching.cashapp.combination.CombinationSearch} takes the payer's open amounts
 * in age order as {@code long} minor units and a target window (the payment within tolerance) and
 * returns the smallest sets of items whose amounts sum into the window, the oldest first, with what
 * was proven about them (minimal, unique or ambiguous, infeasible) and how much work it took.
 * Work is bounded by {@link dev.o2c.matching.cashapp.combination.CombinationLimits}. The package knows
 * nothing of items, payments or currencies: the caller maps its open items to amounts and back.
 */
package dev.o2c.matching.cashapp.combination;
