/**
 * JMH benchmarks and measurement programs for o2c; see the module's README for how to run them.
 * Every figure is a ratio against a baseline measured in the same run on the same generated data.
 */
package dev.o2c.benchmarks;
