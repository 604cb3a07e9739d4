package dev.o2c.testkit.cashapp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of {@link CashAppScorer#score}: the metrics overall and per scenario, and a plain-text
 * report of them.
 *
 * @param overall the metrics over all lines
 * @param byScenario the metrics per scenario, in scenario order, for the scenarios present
 * @param unknownOutcomes outcomes whose entry reference no line has
 */
public record CashAppScore(ScenarioScore overall, Map<CashAppScenario, ScenarioScore> byScenario, int unknownOutcomes) {

  /**
   * Checks that no value is null and copies the map.
   *
   * @param overall the metrics over all lines
   * @param byScenario the metrics per scenario, in scenario order, for the scenarios present
   * @param unknownOutcomes outcomes whose entry reference no line has
   */
  public CashAppScore {
    Objects.requireNonNull(overall, "overall");
    byScenario = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byScenario));
  }

  /**
   * The report: two tables, by count and by value, one row per scenario and one for all lines, with
   * the share of lines, auto-match rate (all, with enough evidence), precision of AUTO, triple
   * precision and recall, invoice-level and payer hit rates, correct suggestion at 1/3/5, MRR,
   * abstention and balance, in percent ({@code -} where a metric is over nothing).
   *
   * @return the report, lines ended by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder(4096);
    table(sb, "by count", Ratio::byCount);
    sb.append('\n');
    table(sb, "by value (EUR)", Ratio::byValue);
    if (unknownOutcomes > 0) {
      sb.append(unknownOutcomes).append(" outcomes name no line of the statement\n");
    }
    return sb.toString();
  }

  private void table(StringBuilder sb, String title, Function<Ratio, Double> share) {
    sb.append(String.format(Locale.ROOT, "%-27s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s  (%s)%n",
        "scenario", "lines", "auto", "auto|e", "prec", "tripP", "tripR", "ILHR", "payer", "sug@1", "sug@3",
        "sug@5", "MRR", "abst", "bal", title));
    for (Map.Entry<CashAppScenario, ScenarioScore> e : byScenario.entrySet()) {
      row(sb, e.getKey().label(), e.getValue(), share);
    }
    row(sb, "all", overall, share);
  }

  private void row(StringBuilder sb, String label, ScenarioScore s, Function<Ratio, Double> share) {
    sb.append(String.format(Locale.ROOT, "%-27s %6d", label, s.lines()));
    for (Ratio r : new Ratio[] {s.autoMatch(), s.autoMatchWithEvidence(), s.precision(), s.triplePrecision(),
        s.tripleRecall(), s.invoiceHits(), s.payerHits(), s.suggestionAt1(), s.suggestionAt3(), s.suggestionAt5(),
        s.reciprocalRank(), s.abstention(), s.balance()}) {
      double x = share.apply(r);
      sb.append(Double.isNaN(x) ? String.format(Locale.ROOT, " %6s", "-")
          : String.format(Locale.ROOT, " %6.1f", 100 * x));
    }
    sb.append('\n');
  }
}
