package dev.o2c.testkit.cashapp;

import java.util.Collections;
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
 * <p>This instance is immutable; two worlds are equal when all their parts are.
 */
public final class CashAppWorld {

  private final CashAppConfig config;
  private final long seed;
  private final List<BenchCustomer> customers;
  private final List<BenchItem> items;
  private final List<BankLine> lines;
  private final List<LineTruth> truths;
  private final Map<String, LineTruth> truthsByRef;

  /**
   * A world of given parts.
   *
   * @param config what the world was generated from
   * @param seed the seed it was generated from
   * @param customers the customers, parents before their children
   * @param items the open items, grouped by customer, oldest first within a customer
   * @param lines the bank lines in statement order (by booking date)
   * @param truths the truth for every line, in the order of the lines
   * @throws IllegalArgumentException if lines and truths do not correspond one to one, or two lines
   *     share an entry reference
   */
  public CashAppWorld(CashAppConfig config, long seed, List<BenchCustomer> customers, List<BenchItem> items,
      List<BankLine> lines, List<LineTruth> truths) {
    this.config = Objects.requireNonNull(config, "config");
    this.seed = seed;
    this.customers = List.copyOf(customers);
    this.items = List.copyOf(items);
    this.lines = List.copyOf(lines);
    this.truths = List.copyOf(truths);
    if (lines.size() != truths.size()) {
      throw new IllegalArgumentException(lines.size() + " lines but " + truths.size() + " truths");
    }
    Map<String, LineTruth> byRef = new HashMap<>(truths.size() * 2);
    for (int i = 0; i < lines.size(); i++) {
      LineTruth t = truths.get(i);
      if (!lines.get(i).entryRef().equals(t.entryRef())) {
        throw new IllegalArgumentException("line " + i + " is " + lines.get(i).entryRef() + " but its truth is "
            + t.entryRef());
      }
      if (byRef.put(t.entryRef(), t) != null) {
        throw new IllegalArgumentException("two lines have the entry reference " + t.entryRef());
      }
    }
    this.truthsByRef = Collections.unmodifiableMap(byRef);
  }

  /** {@return what the world was generated from} */
  public CashAppConfig config() {
    return config;
  }

  /** {@return the seed the world was generated from} */
  public long seed() {
    return seed;
  }

  /** {@return the customers, parents before their children} */
  public List<BenchCustomer> customers() {
    return customers;
  }

  /** {@return the open items before the statement, grouped by customer, oldest first within a customer} */
  public List<BenchItem> items() {
    return items;
  }

  /** {@return the bank lines in statement order (by booking date)} */
  public List<BankLine> lines() {
    return lines;
  }

  /** {@return the truth for every line, in the order of {@link #lines()}} */
  public List<LineTruth> truths() {
    return truths;
  }

  /**
   * The truth of a line.
   *
   * @param entryRef the line's entry reference
   * @return the truth, or empty if no line has that reference
   */
  public Optional<LineTruth> truth(String entryRef) {
    return Optional.ofNullable(truthsByRef.get(entryRef));
  }

  /** {@return the truths by entry reference, unmodifiable} */
  public Map<String, LineTruth> truthsByRef() {
    return truthsByRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CashAppWorld w && seed == w.seed && config.equals(w.config) && customers.equals(w.customers)
        && items.equals(w.items) && lines.equals(w.lines) && truths.equals(w.truths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, seed, lines.size(), items.size());
  }

  @Override
  public String toString() {
    return "CashAppWorld{seed=" + seed + ", " + config.profile() + "/" + config.difficulty() + ", customers="
        + customers.size() + ", items=" + items.size() + ", lines=" + lines.size() + "}";
  }
}
