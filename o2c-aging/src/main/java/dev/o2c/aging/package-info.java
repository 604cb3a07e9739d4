/**
 * Aging of receivables, DSO and related KPIs, expected-credit-loss provisioning, and the dunning
 * and collections policies a host wires in.
 *
 * <p>Not built yet: this module holds only its package so that the module graph (core ← aging ←
 * examples) is fixed from the start. Aging will read open items from {@code dev.o2c.core} and never
 * use the matching module.
 */
package dev.o2c.aging;
