package dev.o2c.testkit.cashapp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated cash-application benchmark world: customers, the open items before the statement, the
 * statement's bank lines in statement order, and the truth for each line. {@link CashAppFiles}
 * writes it as the files the {@code o2c match} command reads (open items and customers CSV, camt.053,
 * MT940) and the truth as JSON; {@link CashAppScorer} scores an engine's outcomes against it.
 *
 * <pre>{@code
 * CashAppWorld world = CashAppWorldGenerator.of(CashAppConfig.defaults()).generate(1L);
 * LineTruth truth = world.truth(line.entryRef()).orElseThrow();
 * }</pre>
 *
 * @param config what the world was generated from
 * @param seed the seed it was generated from
 * @param customers the customers, parents before their children
 * @param items the open items, grouped by customer, oldest first within a customer
 * @param lines the bank lines in statement order (by booking date)
 * @param truths the truth for every line, in the order of {@link #lines()}
 */
public record CashAppWorld(CashAppConfig config, long seed, List<BenchCustomer> customers, List<BenchItem> items,
    List<BankLine> lines, List<LineTruth> truths) {

  /**
   * Checks that lines and truths correspond one to one.
   *
   * @throws IllegalArgumentException if they do not
   */
  public CashAppWorld {
    Objects.requireNonNull(config, "config");
    customers = List.copyOf(customers);
    items = List.copyOf(items);
    lines = List.copyOf(lines);
    truths = List.copyOf(truths);
    if (lines.size() != truths.size()) {
      throw new IllegalArgumentException(lines.size() + " lines but " + truths.size() + " truths");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).entryRef().equals(truths.get(i).entryRef())) {
        throw new IllegalArgumentException("line " + i + " is " + lines.get(i).entryRef() + " but its truth is "
            + truths.get(i).entryRef());
      }
    }
  }

  /**
   * The truth of a line.
   *
   * @param entryRef the line's entry reference
   * @return the truth, or empty if no line has that reference
   */
  public Optional<LineTruth> truth(String entryRef) {
    return Optional.ofNullable(truthsByRef().get(entryRef));
  }

  /** {@return the truths by entry reference} */
  public Map<String, LineTruth> truthsByRef() {
    Map<String, LineTruth> map = new HashMap<>(truths.size() * 2);
    for (LineTruth t : truths) {
      map.put(t.entryRef(), t);
    }
    return map;
  }
}
