package dev.o2c.matching.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the findings of one statement while a reader reads it, so that memory stays bounded on
 * hostile or broken files and nothing that matters is dropped.
 *
 * <ul>
 *   <li>Statement-level findings ({@link #addStatementLevel}: balance, count and control total
 *       checks, a missing balance) are always kept; a statement has only a few.
 *   <li>Findings about single entries ({@link #add}: batch mismatches, entries left out, ...) are
 *       kept up to {@link #MAX_PER_CODE} per {@linkplain Finding#code() code}, so thousands of one
 *       kind cannot crowd out another. Beyond that they are counted, and {@link #findings} ends with
 *       one {@link Finding#TOO_MANY_FINDINGS} per code that lost some, saying how many.
 *   <li>An entry that is left out takes its findings with it: {@link #startEntry()} before reading
 *       it, {@link #forgetEntry()} when it fails.
 * </ul>
 *
 * <pre>{@code
 * FindingCollector findings = new FindingCollector();
 * for (...each entry...) {
 *   findings.startEntry();
 *   ... findings.add(Finding.of(Finding.BATCH_COUNT_MISMATCH, "...", "line 7")) ...
 * }
 * findings.addStatementLevel(Finding.of(Finding.BALANCE_MISMATCH, "...", "line 1"));
 * Statement done = statement.withFindings(findings.findings("line 1"));
 * }</pre>
 *
 * <p>For reader authors, including hosts adding their own format. Not thread-safe: one instance per
 * statement being read.
 */
public final class FindingCollector {

  /** How many findings of one code about single entries are kept per statement. */
  public static final int MAX_PER_CODE = 1000;

  private final int maxPerCode;
  private final List<Finding> kept = new ArrayList<>();
  /** Per code: {kept, dropped}, the kept ones counting entry findings only. */
  private final Map<FindingCode, long[]> counts = new LinkedHashMap<>();
  private int entryStart;
  /** Per code, the entry findings dropped since {@link #startEntry()}. */
  private final Map<FindingCode, Long> droppedInEntry = new HashMap<>();

  /** Creates a collector that keeps {@value #MAX_PER_CODE} entry findings per code. */
  public FindingCollector() {
    this(MAX_PER_CODE);
  }

  /**
   * Creates a collector with another bound, e.g. for tests.
   *
   * @param maxPerCode how many entry findings of one code to keep
   * @throws IllegalArgumentException if maxPerCode is negative
   */
  public FindingCollector(int maxPerCode) {
    if (maxPerCode < 0) {
      throw new IllegalArgumentException("maxPerCode must not be negative: " + maxPerCode);
    }
    this.maxPerCode = maxPerCode;
  }

  /**
   * Adds a finding about one entry or transaction; kept while fewer than the bound of its code are.
   *
   * @param finding the finding
   * @throws NullPointerException if finding is null
   */
  public void add(Finding finding) {
    long[] c = counts.computeIfAbsent(finding.code(), k -> new long[2]);
    if (c[0] < maxPerCode) {
      c[0]++;
      kept.add(finding);
    } else {
      c[1]++;
      droppedInEntry.merge(finding.code(), 1L, Long::sum);
    }
  }

  /**
   * Adds a finding about the whole statement (balances, counts, control totals); always kept.
   *
   * @param finding the finding
   * @throws NullPointerException if finding is null
   */
  public void addStatementLevel(Finding finding) {
    kept.add(Objects.requireNonNull(finding, "finding"));
  }

  /** Marks the start of an entry, whose findings {@link #forgetEntry()} can take back. */
  public void startEntry() {
    entryStart = kept.size();
    if (!droppedInEntry.isEmpty()) {
      droppedInEntry.clear();
    }
  }

  /**
   * Forgets every finding added since the last {@link #startEntry()}, kept or dropped: those of an
   * entry left out would name something that is not there.
   */
  public void forgetEntry() {
    List<Finding> since = kept.subList(entryStart, kept.size());
    for (Finding f : since) {
      long[] c = counts.get(f.code());
      if (c != null && c[0] > 0) {
        c[0]--;
      }
    }
    since.clear();
    droppedInEntry.forEach((code, n) -> counts.get(code)[1] -= n);
    droppedInEntry.clear();
  }

  /**
   * The findings to put on the statement: those kept, in the order added, then one {@link
   * Finding#TOO_MANY_FINDINGS} per code of which some were not kept. This collector is unaffected.
   *
   * @param location where the statement is, for the summary findings, e.g. {@code "line 1"}
   * @return the findings
   * @throws NullPointerException if location is null
   */
  public List<Finding> findings(String location) {
    Objects.requireNonNull(location, "location");
    List<Finding> out = new ArrayList<>(kept);
    counts.forEach((code, c) -> {
      if (c[1] > 0) {
        out.add(Finding.of(Finding.TOO_MANY_FINDINGS, (c[0] + c[1]) + " " + code + " findings in this statement: the"
            + " first " + c[0] + " are kept, " + c[1] + " more are not", location));
      }
    });
    return out;
  }
}
