package dev.o2c.testkit.cashapp;

/**
 * The benchmark metrics over a set of lines (one scenario, or all), each count- and value-weighted;
 * see {@link CashAppScorer} for the exact definitions.
 *
 * @param lines the lines scored (credits and returns)
 * @param autoMatch AUTO lines among credit lines (coverage)
 * @param autoMatchWithEvidence AUTO lines among credit lines that carry enough evidence
 * @param precision AUTO lines whose allocation equals the truth, among AUTO lines
 * @param triplePrecision AUTO (line, item, applied amount) triples that are true, among AUTO triples
 * @param tripleRecall true triples an AUTO outcome has, among all true triples of credit lines
 * @param invoiceHits true (line, item) pairs an AUTO outcome applies money to, whatever the amount (ILHR)
 * @param payerHits credit lines whose identified payer is acceptable, among those with a customer to find
 * @param suggestionAt1 non-AUTO lines with a true match whose first proposal has the true items
 * @param suggestionAt3 the same within the first three proposals
 * @param suggestionAt5 the same within the first five proposals
 * @param reciprocalRank the mean reciprocal rank (MRR) of the first right proposal on those lines: by
 *     count in millionths of a line (a line whose right proposal comes second adds 500,000 to hits and
 *     1,000,000 to of), by value as value / rank
 * @param abstention lines without a true match (and returns) on which nothing was applied automatically
 * @param balance credit lines whose outcome conserves the amount: applied plus unapplied equal it
 */
public record ScenarioScore(long lines, Ratio autoMatch, Ratio autoMatchWithEvidence, Ratio precision,
    Ratio triplePrecision, Ratio tripleRecall, Ratio invoiceHits, Ratio payerHits, Ratio suggestionAt1,
    Ratio suggestionAt3, Ratio suggestionAt5, Ratio reciprocalRank, Ratio abstention, Ratio balance) {

  /** The unit of {@link #reciprocalRank()} counts: a millionth of a line. */
  public static final long RANK_SCALE = 1_000_000;
}
