package dev.o2c.benchmarks;

import dev.o2c.matching.cashapp.combination.CombinationLimits;
import dev.o2c.matching.cashapp.combination.CombinationResult;
import dev.o2c.matching.cashapp.combination.CombinationSearch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latency of {@link CombinationSearch} per payment, in the measurement setup of the cash-application
 * benchmark specification (section 1): the payer's open amounts lognormal with median 1,500.00 and
 * sigma 1, N in {20, 100, 500}, the payment the exact sum of k random items for k in {1, 2, 3, 5, 8},
 * 200 payments per cell; and the infeasible worst case, whole-unit invoices and a payment one cent
 * off (with and without one item carrying cents, which defeats the divisor check).
 *
 * <p>Each payment is searched by three sides, alternately and in alternating order, round after
 * round: o2c's search (default limits), the textbook branch and bound of the specification (items
 * sorted by amount, iterative deepening on k, prefix bounds, same budget, kMax and cap, no divisor or
 * bitset proof, and the first solutions it meets rather than the oldest), and a plain depth-first
 * search in age order without bounds (same budget, kMax and cap). Times are the thread's CPU time
 * (the machine is shared; o2c's wall-clock p99 is shown too). A payment's time is its median over the
 * rounds; a cell reports the median and the 99th percentile (nearest rank: the second slowest of 200)
 * of its payments, and o2c's time as a share of each baseline's (below 1: o2c is faster). Where two
 * sides both finished, their smallest sizes and ambiguity must agree, or the program fails.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp o2c-benchmarks/target/benchmarks.jar dev.o2c.benchmarks.CombinationSearchBenchmark 5
 * }</pre>
 */
public final class CombinationSearchBenchmark {

  private static final int QUERIES = 200;
  private static final int WARMUP_ROUNDS = 2;
  private static final int[] SIZES = {20, 100, 500};
  private static final int[] KS = {1, 2, 3, 5, 8};
  private static final CombinationLimits LIMITS = CombinationLimits.defaults();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CombinationSearchBenchmark() {}

  /** One cell of the grid: its payments' items, windows and true sets. */
  record Cell(String name, int n, long[][] amounts, long[] targets) {}

  /** What one side found for one payment, enough to compare sides. */
  record Outcome(int size, int count, boolean budget, boolean infeasible) {}

  /**
   * Runs the benchmark.
   *
   * @param args measured rounds (default 5); two warm-up rounds over every cell run first
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.printf("JDK %s, max heap %d MB, 1 benchmark thread, %d processors, load average %.2f%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("limits " + LIMITS + ", " + rounds + " rounds after " + WARMUP_ROUNDS + " warm-up rounds, "
        + QUERIES + " payments per cell");
    List<Cell> cells = cells();
    CombinationSearch search = CombinationSearch.of(LIMITS);
    System.out.println();
    System.out.println("| payments | N | o2c median | o2c p99 | o2c p99 wall | B&B median | B&B p99"
        + " | o2c/B&B median | o2c/B&B p99 | DFS median | o2c/DFS median | o2c out of budget | B&B out of budget"
        + " | unique | ambiguous | proven none |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    long sink = 0;
    int c = cells.size();
    long[][][] nanos = new long[c][3][QUERIES * rounds];
    long[][][] cpuNanos = new long[c][3][QUERIES * rounds];
    Outcome[][][] allOutcomes = new Outcome[c][3][QUERIES];
    // Warm-up rounds go over every cell first, so that no cell is measured while the JIT still
    // compiles for the shapes of another.
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      for (int ci = 0; ci < c; ci++) {
        Cell cell = cells.get(ci);
        for (int q = 0; q < QUERIES; q++) {
          long[] a = cell.amounts()[q];
          long t = cell.targets()[q];
          for (int s = 0; s < 3; s++) {
            int side = (s + q + Math.max(round, 0)) % 3;
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Outcome o = switch (side) {
              case 0 -> outcome(search.find(a, t, t));
              case 1 -> TextbookBranchAndBound.find(a, t, t);
              default -> PlainDepthFirst.find(a, t, t);
            };
            long took = System.nanoTime() - start;
            long cpuTook = THREADS.getCurrentThreadCpuTime() - cpuStart;
            sink += o.size() + o.count();
            if (round >= 0) {
              nanos[ci][side][q * rounds + round] = took;
              cpuNanos[ci][side][q * rounds + round] = cpuTook;
            }
            allOutcomes[ci][side][q] = o;
          }
        }
      }
    }
    for (int ci = 0; ci < c; ci++) {
      Cell cell = cells.get(ci);
      Outcome[][] outcomes = allOutcomes[ci];
      for (int q = 0; q < QUERIES; q++) {
        agree(cell, q, outcomes[0][q], outcomes[1][q], "textbook B&B");
        agree(cell, q, outcomes[0][q], outcomes[2][q], "plain DFS");
      }
      double[][] cpu = new double[3][];
      for (int side = 0; side < 3; side++) {
        cpu[side] = perQueryMedianMicros(cpuNanos[ci][side], rounds);
      }
      double[] o2cWall = perQueryMedianMicros(nanos[ci][0], rounds);
      System.out.printf("| %s | %d | %s | %s | %s | %s | %s | %.2f | %.2f | %s | %.2f | %s | %s | %s | %s | %s |%n",
          cell.name(), cell.n(), us(median(cpu[0])), us(p99(cpu[0])), us(p99(o2cWall)),
          us(median(cpu[1])), us(p99(cpu[1])), median(cpu[0]) / median(cpu[1]), p99(cpu[0]) / p99(cpu[1]),
          us(median(cpu[2])), median(cpu[0]) / median(cpu[2]),
          share(outcomes[0], Outcome::budget), share(outcomes[1], Outcome::budget),
          share(outcomes[0], o -> o.count() == 1 && !o.budget()), share(outcomes[0], o -> o.count() >= 2),
          share(outcomes[0], Outcome::infeasible));
    }
    System.out.println();
    System.out.printf("load average at end %.2f (checksum %d)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink);
  }

  private static List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    Random random = new Random(20261202L);
    for (int n : SIZES) {
      for (int k : KS) {
        long[][] amounts = new long[QUERIES][];
        long[] targets = new long[QUERIES];
        for (int q = 0; q < QUERIES; q++) {
          amounts[q] = lognormal(random, n, false);
          targets[q] = sumOfRandom(random, amounts[q], k);
        }
        cells.add(new Cell(k + " of N", n, amounts, targets));
      }
    }
    for (int n : SIZES) {
      for (boolean oddCent : new boolean[] {false, true}) {
        for (int k : new int[] {3, 5}) {
          long[][] amounts = new long[QUERIES][];
          long[] targets = new long[QUERIES];
          for (int q = 0; q < QUERIES; q++) {
            amounts[q] = lognormal(random, n, true);
            targets[q] = sumOfRandom(random, amounts[q], k) + 1;
            if (oddCent) {
              // Larger than everything else together, so it cannot take part; it only spoils the divisor.
              amounts[q][random.nextInt(n)] = 10_000_000_000_01L;
            }
          }
          cells.add(new Cell("none: " + k + " of N + 0.01, whole units" + (oddCent ? " but one" : ""),
              n, amounts, targets));
        }
      }
    }
    return cells;
  }

  /** Lognormal amounts in cents, median 1,500.00 and sigma 1; whole units if asked. */
  private static long[] lognormal(Random random, int n, boolean wholeUnits) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      long cents = Math.max(1, Math.round(150_000 * Math.exp(random.nextGaussian())));
      a[i] = wholeUnits ? Math.max(100, cents / 100 * 100) : cents;
    }
    return a;
  }

  private static long sumOfRandom(Random random, long[] amounts, int k) {
    int[] order = new int[amounts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long sum = 0;
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      sum += amounts[order[i]];
    }
    return sum;
  }

  private static Outcome outcome(CombinationResult r) {
    return new Outcome(r.solutionSize(), r.ambiguous() ? 2 : r.solutionCount(), r.budgetExhausted(), r.infeasible());
  }

  /** Two sides that both finished agree on the smallest size (within kMax) and on ambiguity. */
  private static void agree(Cell cell, int q, Outcome o2c, Outcome other, String otherName) {
    if (o2c.budget() || other.budget()) {
      return;
    }
    int o2cSize = o2c.size() <= LIMITS.maxItems() ? o2c.size() : 0;
    int o2cCount = o2cSize == 0 ? 0 : Math.min(o2c.count(), 2);
    if (o2cSize != other.size() || o2cCount != Math.min(other.count(), 2)) {
      throw new IllegalStateException(cell.name() + " N=" + cell.n() + " payment " + q + ": o2c " + o2c + " but "
          + otherName + " " + other);
    }
  }

  private static double[] perQueryMedianMicros(long[] nanos, int rounds) {
    double[] result = new double[QUERIES];
    long[] one = new long[rounds];
    for (int q = 0; q < QUERIES; q++) {
      System.arraycopy(nanos, q * rounds, one, 0, rounds);
      Arrays.sort(one);
      result[q] = (rounds % 2 == 1 ? one[rounds / 2] : (one[rounds / 2 - 1] + one[rounds / 2]) / 2.0) / 1e3;
    }
    Arrays.sort(result);
    return result;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The 99th percentile by the nearest-rank method: of 200 payments, the second slowest. */
  private static double p99(double[] sorted) {
    return sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
  }

  private static String us(double micros) {
    return micros >= 1000 ? String.format("%.1f ms", micros / 1000) : String.format("%.0f us", micros);
  }

  private static String share(Outcome[] outcomes, java.util.function.Predicate<Outcome> test) {
    long n = Arrays.stream(outcomes).filter(test).count();
    return n == 0 ? "0" : String.format("%.0f %%", 100.0 * n / outcomes.length);
  }

  /**
   * The specification's branch and bound: items sorted by amount, largest first; sizes 1 to kMax in
   * turn; the r items still to choose bounded by the r largest and the r smallest amounts left; the
   * last item found by binary search; stops at the cap of solutions or the node budget.
   */
  static final class TextbookBranchAndBound {
    private final long[] a;
    private final long[] pre;
    private long nodes;
    private int found;
    private boolean out;

    private TextbookBranchAndBound(long[] amounts) {
      a = Arrays.stream(amounts).filter(x -> x != 0).map(x -> -x).sorted().map(x -> -x).toArray();
      pre = new long[a.length + 1];
      for (int i = 0; i < a.length; i++) {
        pre[i + 1] = pre[i] + a[i];
      }
    }

    static Outcome find(long[] amounts, long lo, long hi) {
      TextbookBranchAndBound s = new TextbookBranchAndBound(amounts);
      int kMax = Math.min(LIMITS.maxItems(), s.a.length);
      for (int k = 1; k <= kMax; k++) {
        s.dfs(0, k, lo, hi);
        if (s.found > 0 || s.out) {
          return new Outcome(s.found > 0 ? k : 0, s.found, s.out, false);
        }
      }
      return new Outcome(0, 0, false, false);
    }

    private void dfs(int start, int r, long lo, long hi) {
      int len = a.length;
      if (r == 1) {
        int l = start;
        int h = len;
        while (l < h) {
          int mid = (l + h) >>> 1;
          if (a[mid] > hi) {
            l = mid + 1;
          } else {
            h = mid;
          }
        }
        for (int t = l; t < len && a[t] >= lo; t++) {
          if (++nodes > LIMITS.nodeBudget()) {
            out = true;
            return;
          }
          if (++found >= LIMITS.maxSolutions()) {
            return;
          }
        }
        return;
      }
      // The first item must leave room for the r - 1 smallest amounts: skip the larger ones by binary search.
      long smallest = pre[len] - pre[len - (r - 1)];
      int l = start;
      int h = len - r + 1;
      while (l < h) {
        int mid = (l + h) >>> 1;
        if (a[mid] + smallest > hi) {
          l = mid + 1;
        } else {
          h = mid;
        }
      }
      for (int t = l; t <= len - r; t++) {
        if (pre[t + r] - pre[t] < lo) {
          return;
        }
        if (++nodes > LIMITS.nodeBudget()) {
          out = true;
          return;
        }
        dfs(t + 1, r - 1, lo - a[t], hi - a[t]);
        if (out || found >= LIMITS.maxSolutions()) {
          return;
        }
      }
    }
  }

  /** Depth-first search in age order without bounds: sizes 1 to kMax in turn, same cap and budget. */
  static final class PlainDepthFirst {
    private final long[] a;
    private long nodes;
    private int found;
    private boolean out;

    private PlainDepthFirst(long[] amounts) {
      a = Arrays.stream(amounts).filter(x -> x != 0).toArray();
    }

    static Outcome find(long[] amounts, long lo, long hi) {
      PlainDepthFirst s = new PlainDepthFirst(amounts);
      int kMax = Math.min(LIMITS.maxItems(), s.a.length);
      for (int k = 1; k <= kMax; k++) {
        s.dfs(0, k, 0, lo, hi);
        if (s.found > 0 || s.out) {
          return new Outcome(s.found > 0 ? k : 0, s.found, s.out, false);
        }
      }
      return new Outcome(0, 0, false, false);
    }

    private void dfs(int start, int r, long sum, long lo, long hi) {
      for (int t = start; t <= a.length - r; t++) {
        if (++nodes > LIMITS.nodeBudget()) {
          out = true;
          return;
        }
        long s = sum + a[t];
        if (r == 1) {
          if (s >= lo && s <= hi && ++found >= LIMITS.maxSolutions()) {
            return;
          }
        } else {
          dfs(t + 1, r - 1, s, lo, hi);
          if (out || found >= LIMITS.maxSolutions()) {
            return;
          }
        }
      }
    }
  }
}
