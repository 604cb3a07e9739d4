package dev.o2c.testkit.cashapp;

import java.util.EnumMap;
import java.util.Map;

/**
 * The tunable scenario mixes of the cash-application benchmark (spec section 2): the share of each
 * {@link CashAppScenario} among the bank lines and how often a reference is structured.
 *
 * <ul>
 *   <li>{@link #DEFAULT}: 43 / 8 / 14 / 5 / 4 / 6 / 6.5 / 3 / 1.5 / 0.5 / 4 / 2 / 0.5 / 2 % for #1 to #14;
 *   <li>{@link #CPG}: consumer goods and retail, #6 at 15 % and #3 at 20 % (taken from #1);
 *   <li>{@link #EU_SEPA}: the default mix, with structured references (RF creditor references,
 *       referred documents) on about 40 % of all lines;
 *   <li>{@link #CROSS_BORDER}: #8 at 10 % and #14 at 8 % (taken from #1).
 * </ul>
 */
public enum BenchmarkProfile {
  /** The default mix. */
  DEFAULT(new int[] {430, 80, 140, 50, 40, 60, 65, 30, 15, 5, 40, 20, 5, 20}, 0.30),
  /** Consumer goods and retail: many deductions and multi-invoice remittances. */
  CPG(new int[] {280, 80, 200, 50, 40, 150, 65, 30, 15, 5, 40, 20, 5, 20}, 0.30),
  /** SEPA payers: the default mix, half the references structured (about 40 % of all lines). */
  EU_SEPA(new int[] {430, 80, 140, 50, 40, 60, 65, 30, 15, 5, 40, 20, 5, 20}, 0.50),
  /** Cross-border payers: many bank fees and payments in another currency. */
  CROSS_BORDER(new int[] {300, 80, 140, 50, 40, 60, 65, 100, 15, 5, 40, 20, 5, 80}, 0.30);

  private final int[] perMille;
  private final double structuredShare;

  BenchmarkProfile(int[] perMille, double structuredShare) {
    this.perMille = perMille;
    this.structuredShare = structuredShare;
  }

  /**
   * The share of a scenario among all lines, in tenths of a percent.
   *
   * @param scenario the scenario
   * @return the share in per mille, e.g. 430 for #1 in the default mix; the shares add up to 1000
   */
  public int perMille(CashAppScenario scenario) {
    return perMille[scenario.ordinal()];
  }

  /** {@return every scenario with its share, as fractions adding up to 1} */
  public Map<CashAppScenario, Double> mix() {
    Map<CashAppScenario, Double> mix = new EnumMap<>(CashAppScenario.class);
    for (CashAppScenario s : CashAppScenario.values()) {
      mix.put(s, perMille[s.ordinal()] / 1000.0);
    }
    return mix;
  }

  /**
   * {@return the share of structured references (RF or referred documents) among lines that carry a
   * reference, before the difficulty tier: 0.3, or 0.5 for EU-SEPA}
   */
  public double structuredShare() {
    return structuredShare;
  }
}
