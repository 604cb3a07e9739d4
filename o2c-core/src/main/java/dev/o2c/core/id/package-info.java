/**
 * Typed identifiers, one type per concept from the bank file to the journal: {@link
 * dev.o2c.core.id.CustomerId}, {@link dev.o2c.core.id.DocumentNumber}, {@link
 * dev.o2c.core.id.PaymentId}, {@link dev.o2c.core.id.BankReference}, {@link
 * dev.o2c.core.id.ApplicationId}, {@link dev.o2c.core.id.DeductionId}, {@link
 * dev.o2c.core.id.AdjustmentId}, {@link dev.o2c.core.id.PromiseId}. Each has {@code of} and
 * gives its text back with {@code toString}.
 */
package dev.o2c.core.id;
