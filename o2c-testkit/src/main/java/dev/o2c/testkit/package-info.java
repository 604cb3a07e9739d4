/**
 * Seeded, framework-neutral generators of accounts-receivable data for property-based tests and
 * benchmarks: every core value type ({@link dev.o2c.testkit.ArGenerators}) and whole consistent AR
 * worlds with a recorded matching truth ({@link dev.o2c.testkit.ArWorldGenerator}).
 *
 * <p>A {@link dev.o2c.testkit.Generator} takes a {@link java.util.random.RandomGenerator} and returns
 * a value; the same seed gives the same value. Adapters for QuickTheories live in
 * {@link dev.o2c.testkit.QuickTheoriesGenerators} (QuickTheories is an optional dependency).
 *
 * <pre>{@code
 * OpenItem item = ArGenerators.openItems().next(42L);                 // same item for seed 42, always
 * ArWorld world = ArWorldGenerator.of(ArWorldConfig.defaults()).next(7L);
 * }</pre>
 */
@ValueStyle
package dev.o2c.testkit;

import dev.o2c.core.value.ValueStyle;
