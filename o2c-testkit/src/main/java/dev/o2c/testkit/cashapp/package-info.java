/**
 * The cash-application benchmark: seeded worlds of customers, open items and bank lines in the
 * fourteen scenarios of the benchmark spec, with noise by difficulty tier and the truth per line
 * ({@link dev.o2c.testkit.cashapp.CashAppWorldGenerator}); the files of a run ({@link
 * dev.o2c.testkit.cashapp.CashAppFiles}); and the scoring of an engine's outcomes against the truth
 * ({@link dev.o2c.testkit.cashapp.CashAppScorer}).
 *
 * <pre>{@code
 * CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.defaults()).generate(1L);
 * List<LineOutcome> outcomes = myEngine.decide(world);              // converted to LineOutcome
 * System.out.print(CashAppScorer.score(world.truths(), outcomes).report());
 * }</pre>
 */
package dev.o2c.testkit.cashapp;
