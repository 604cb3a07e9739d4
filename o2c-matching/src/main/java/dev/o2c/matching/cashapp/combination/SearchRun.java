package dev.o2c.matching.cashapp.combination;

/**
 * One call of {@link CombinationSearch#find}: the working arrays and the search itself. Not shared
 * between threads; each call makes its own.
 *
 * <p>Items are held "compacted": only the non-zero amounts, at positions 0..m-1 in age order, with
 * {@code orig} mapping a position back to the caller's index. Positions and caller indices order the
 * same way, so the oldest-first order on positions is the documented one.
 */
final class SearchRun {

  private static final int[][] NO_SOLUTIONS = new int[0][];

  /**
   * Calls with at most this many amounts work in arrays kept per thread: cash application searches a
   * payer's pool (at most 1,000 items) several times per payment, and allocating the arrays afresh
   * each time was a fifth of what deciding allocates, every byte of it paid again in young collections.
   * Larger calls allocate, so that no thread keeps big arrays alive.
   */
  private static final int REUSED_UP_TO = 4_096;
  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  /** The arrays of one thread's calls, grown as needed; only the prefix a call uses is meaningful. */
  private static final class Workspace {
    long[] amt = new long[0];
    int[] orig = new int[0];
    long[] keys = new long[0];
    long[] sortedAmt = new long[0];
    int[] sortedPos = new int[0];
    long[] sufMax = new long[0];
    long[] sufMin = new long[0];
    long[][] viewAmt = new long[0][];
    int[][] viewPos = new int[0][];

    void fit(int n, int kMax) {
      if (amt.length < n) {
        int size = Math.max(n, 2 * amt.length);
        amt = new long[size];
        orig = new int[size];
        keys = new long[size];
        sortedAmt = new long[size];
        sortedPos = new int[size];
        viewAmt = new long[viewAmt.length][];
        viewPos = new int[viewPos.length][];
      }
      if (viewAmt.length < kMax) {
        viewAmt = java.util.Arrays.copyOf(viewAmt, kMax);
        viewPos = java.util.Arrays.copyOf(viewPos, kMax);
      }
      for (int d = 0; d < kMax; d++) {
        if (viewAmt[d] == null) {
          viewAmt[d] = new long[amt.length];
          viewPos[d] = new int[amt.length];
        }
      }
      int bounds = (kMax + 1) * (n + 1);
      if (sufMax.length < bounds) {
        sufMax = new long[Math.max(bounds, 2 * sufMax.length)];
        sufMin = new long[sufMax.length];
      }
    }
  }

  /** This call's arrays when they come from the thread's workspace, else null. */
  private final Workspace workspace;

  private final CombinationLimits limits;
  private final long[] amounts;
  private final long low;
  private final long high;

  private int m;
  private long[] amt;
  private int[] orig;
  private long sumPos;
  private long sumNeg;
  private long lo;
  private long hi;

  /** All items sorted by amount, largest first (ties by age): the last item's lookup. */
  private long[] sortedAmt;
  private int[] sortedPos;
  /**
   * Per depth of the age-ordered choice: the items younger than the item chosen there, sorted by
   * amount like {@code sortedAmt}. Kept up to date by removing one item per step, not rebuilt.
   */
  private long[][] viewAmt;
  private int[][] viewPos;
  private int[] viewLen;
  /** Row r, column p: the largest (smallest) sum of r items at positions p and later. */
  private long[] sufMax;
  private long[] sufMin;
  private int width;

  private int need;
  private int[] chosen;
  private int[][] found;
  private int foundCount;
  private long nodes;
  private long budget;
  private boolean aborted;

  SearchRun(CombinationLimits limits, long[] amounts, long low, long high) {
    this.limits = limits;
    this.amounts = amounts;
    this.low = low;
    this.high = high;
    this.workspace = amounts.length <= REUSED_UP_TO ? WORKSPACE.get() : null;
    if (workspace != null) {
      workspace.fit(amounts.length, Math.min(limits.maxItems(), amounts.length));
    }
  }

  CombinationResult run() {
    compact();
    if (m == 0 || high < sumNeg || low > sumPos) {
      return infeasible();
    }
    lo = Math.max(low, sumNeg);
    hi = Math.min(high, sumPos);
    long g = 0;
    for (int p = 0; p < m; p++) {
      g = gcd(g, Math.abs(amt[p]));
    }
    if (Math.floorDiv(hi, g) * g < lo) {
      return infeasible();
    }
    int window = oldestFirstWindow();

    int kMax = Math.min(limits.maxItems(), m);
    need = Math.max(limits.maxSolutions(), 2);
    budget = limits.nodeBudget();
    chosen = new int[kMax];
    found = new int[need][];

    boolean bitsetTried = false;
    boolean infeasible = false;
    int completeThrough = 0;
    for (int k = 1; k <= kMax; k++) {
      if (k == 2) {
        // Size 1 is a plain scan; sorting and bounds are needed from size 2 on.
        prepare(kMax);
      }
      // Early, the bitset is run only when it costs no more than the size-3 pass just done (about m^2
      // steps); otherwise only when the search ends without an answer.
      if (k == 4 && bitsetSpan() <= 64L * m) {
        bitsetTried = true;
        if (bitsetProvesNone()) {
          infeasible = true;
          break;
        }
      }
      // One branch and bound over all items sorted by amount settles a size without solutions faster
      // than the age-ordered search, which then runs only where there is something to find.
      if (k == 1 || levelHasSolution(k)) {
        lexSearch(k, 0, 0, lo, hi);
      }
      if (aborted || foundCount > 0) {
        break;
      }
      completeThrough = k;
    }
    if (foundCount == 0 && !infeasible) {
      // After a complete search up to maxItems, "none that small" is the answer; the bitset is worth
      // its cost only where the budget left the question open.
      infeasible = completeThrough == m || (aborted && !bitsetTried && bitsetProvesNone());
    }

    int[][] solutions;
    boolean minimal;
    boolean ambiguous = false;
    boolean unique = false;
    if (foundCount > 0) {
      int n = Math.min(foundCount, limits.maxSolutions());
      solutions = new int[n][];
      System.arraycopy(found, 0, solutions, 0, n);
      minimal = true;
      ambiguous = foundCount >= 2;
      unique = foundCount == 1 && !aborted;
    } else if (window > 0 && !infeasible) {
      int[] w = new int[window];
      System.arraycopy(orig, 0, w, 0, window);
      solutions = new int[][] {w};
      minimal = completeThrough >= window - 1;
    } else {
      solutions = NO_SOLUTIONS;
      minimal = false;
    }
    boolean oldestFirst = solutions.length > 0 && solutions[0].length == window
        && solutions[0][window - 1] == orig[window - 1];
    return new CombinationResult(solutions, minimal, ambiguous, unique, aborted, infeasible, oldestFirst, nodes);
  }

  private CombinationResult infeasible() {
    return new CombinationResult(NO_SOLUTIONS, false, false, false, false, true, false, nodes);
  }

  private void compact() {
    int n = amounts.length;
    amt = workspace != null ? workspace.amt : new long[n];
    orig = workspace != null ? workspace.orig : new int[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      long a = amounts[i];
      if (a == 0) {
        continue;
      }
      if (a > CombinationSearch.MAX_TOTAL || a < -CombinationSearch.MAX_TOTAL
          || (total += Math.abs(a)) > CombinationSearch.MAX_TOTAL) {
        throw new IllegalArgumentException("amounts: the absolute values add up to more than 2^61 minor units"
            + " at index " + i + " (amount " + a + ")");
      }
      if (a > 0) {
        sumPos += a;
      } else {
        sumNeg += a;
      }
      amt[m] = a;
      orig[m] = i;
      m++;
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** The smallest k whose k oldest items sum into the window, or 0. */
  private int oldestFirstWindow() {
    long sum = 0;
    for (int p = 0; p < m; p++) {
      sum += amt[p];
      if (sum >= lo && sum <= hi) {
        return p + 1;
      }
    }
    return 0;
  }

  private void prepare(int kMax) {
    sortByAmount();
    viewAmt = workspace != null ? workspace.viewAmt : new long[kMax][];
    viewPos = workspace != null ? workspace.viewPos : new int[kMax][];
    viewLen = new int[kMax];
    suffixBounds(kMax);
  }

  /** Amounts below this in absolute value leave room for a position beside them in one {@code long}. */
  private static final long PACKABLE_AMOUNT = 1L << 44;
  private static final int POSITION_BITS = 18;

  /** Positions by amount, largest first, ties oldest first; no boxing. */
  private void sortByAmount() {
    if (m < 1 << POSITION_BITS && -PACKABLE_AMOUNT < sumNeg && sumPos < PACKABLE_AMOUNT) {
      sortPacked();
      return;
    }
    mergeSortByAmount();
  }

  /**
   * The common case, as one primitive sort: each item is one {@code long} that orders as wanted,
   * the amount (largest first) in the high bits, the position (oldest first) in the low ones.
   */
  private void sortPacked() {
    long[] keys = workspace != null ? workspace.keys : new long[m];
    for (int p = 0; p < m; p++) {
      keys[p] = ((PACKABLE_AMOUNT - 1 - amt[p]) << POSITION_BITS) | p;
    }
    java.util.Arrays.sort(keys, 0, m);
    sortedPos = workspace != null ? workspace.sortedPos : new int[m];
    sortedAmt = workspace != null ? workspace.sortedAmt : new long[m];
    for (int t = 0; t < m; t++) {
      int p = (int) (keys[t] & ((1 << POSITION_BITS) - 1));
      sortedPos[t] = p;
      sortedAmt[t] = amt[p];
    }
  }

  /** Merge sort of positions by amount, largest first, ties oldest first, for amounts too large to pack. */
  private void mergeSortByAmount() {
    int[] a = new int[m];
    int[] tmp = new int[m];
    for (int p = 0; p < m; p++) {
      a[p] = p;
    }
    for (int run = 1; run < m; run <<= 1) {
      for (int left = 0; left < m - run; left += run << 1) {
        int mid = left + run;
        int right = Math.min(left + (run << 1), m);
        int i = left;
        int j = mid;
        int o = left;
        while (i < mid && j < right) {
          tmp[o++] = amt[a[j]] > amt[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
          tmp[o++] = a[i++];
        }
        while (j < right) {
          tmp[o++] = a[j++];
        }
        System.arraycopy(tmp, left, a, left, right - left);
      }
    }
    sortedPos = a;
    sortedAmt = new long[m];
    for (int t = 0; t < m; t++) {
      sortedAmt[t] = amt[a[t]];
    }
  }

  private void suffixBounds(int kMax) {
    width = m + 1;
    if (workspace != null) {
      // Entries no row below writes are read as the zero sums a fresh array holds.
      sufMax = workspace.sufMax;
      sufMin = workspace.sufMin;
      java.util.Arrays.fill(sufMax, 0, (kMax + 1) * width, 0);
      java.util.Arrays.fill(sufMin, 0, (kMax + 1) * width, 0);
    } else {
      sufMax = new long[(kMax + 1) * width];
      sufMin = new long[(kMax + 1) * width];
    }
    long[] top = new long[kMax];
    long[] bottom = new long[kMax];
    int count = 0;
    for (int p = m - 1; p >= 0; p--) {
      long a = amt[p];
      insert(top, count, a, true);
      insert(bottom, count, a, false);
      count = Math.min(count + 1, kMax);
      long max = 0;
      long min = 0;
      for (int r = 1; r <= count; r++) {
        max += top[r - 1];
        min += bottom[r - 1];
        sufMax[r * width + p] = max;
        sufMin[r * width + p] = min;
      }
    }
  }

  /** Inserts into the first {@code count} (at most its length) kept values, largest or smallest first. */
  private static void insert(long[] kept, int count, long a, boolean largestFirst) {
    int i = Math.min(count, kept.length - 1);
    if (count == kept.length && (largestFirst ? a <= kept[i] : a >= kept[i])) {
      return;
    }
    while (i > 0 && (largestFirst ? kept[i - 1] < a : kept[i - 1] > a)) {
      kept[i] = kept[i - 1];
      i--;
    }
    kept[i] = a;
  }

  private boolean spend() {
    if (++nodes > budget) {
      aborted = true;
      return false;
    }
    return true;
  }

  /**
   * Chooses item {@code depth} of a size-k solution at positions {@code from} and later, in age order,
   * so solutions are recorded oldest first; a branch is entered only when the rest is known to exist.
   */
  private void lexSearch(int k, int depth, int from, long lo, long hi) {
    int r = k - depth;
    if (r == 1) {
      for (int q = from; q < m; q++) {
        if (!spend()) {
          return;
        }
        long a = amt[q];
        if (a >= lo && a <= hi) {
          chosen[depth] = q;
          record(depth + 1);
          if (foundCount >= need) {
            return;
          }
        }
      }
      return;
    }
    boolean view = r >= 3;
    if (view) {
      openView(depth);
    }
    int rowR = r * width;
    int rowRest = (r - 1) * width;
    for (int p = from; p <= m - r; p++) {
      if (sufMax[rowR + p] < lo || sufMin[rowR + p] > hi) {
        break;
      }
      if (view) {
        removeFromView(depth, p);
      }
      if (!spend()) {
        return;
      }
      long a = amt[p];
      long restLo = lo - a;
      long restHi = hi - a;
      if (sufMax[rowRest + p + 1] < restLo || sufMin[rowRest + p + 1] > restHi) {
        continue;
      }
      boolean exists = view ? viewLen[depth] >= r - 1 && exists(depth, 0, r - 1, restLo, restHi)
          : existsOne(p, restLo, restHi);
      if (aborted) {
        return;
      }
      if (exists) {
        chosen[depth] = p;
        lexSearch(k, depth + 1, p + 1, restLo, restHi);
        if (aborted || foundCount >= need) {
          return;
        }
      }
    }
  }

  /** Whether some k items sum into the window, by branch and bound over all items by amount. */
  private boolean levelHasSolution(int k) {
    if (sufMax[k * width] < lo || sufMin[k * width] > hi) {
      return false;
    }
    openView(0);
    return exists(0, 0, k, lo, hi);
  }

  private void record(int size) {
    int[] s = new int[size];
    for (int i = 0; i < size; i++) {
      s[i] = orig[chosen[i]];
    }
    found[foundCount++] = s;
  }

  /**
   * Starts the view of a depth: at depth 0 all items; deeper, the parent's view, which at that moment
   * holds exactly the items younger than the parent's choice.
   */
  private void openView(int depth) {
    long[] fromAmt = depth == 0 ? sortedAmt : viewAmt[depth - 1];
    int[] fromPos = depth == 0 ? sortedPos : viewPos[depth - 1];
    int len = depth == 0 ? m : viewLen[depth - 1];
    if (viewAmt[depth] == null) {
      viewAmt[depth] = new long[m];
      viewPos[depth] = new int[m];
    }
    System.arraycopy(fromAmt, 0, viewAmt[depth], 0, len);
    System.arraycopy(fromPos, 0, viewPos[depth], 0, len);
    viewLen[depth] = len;
  }

  /** Removes position p, the oldest left in the view, so it is the first of its amount there. */
  private void removeFromView(int depth, int p) {
    long[] a = viewAmt[depth];
    int[] pos = viewPos[depth];
    int len = viewLen[depth];
    int t = firstAtMost(a, 0, len, amt[p]);
    while (pos[t] != p) {
      t++;
    }
    System.arraycopy(a, t + 1, a, t, len - t - 1);
    System.arraycopy(pos, t + 1, pos, t, len - t - 1);
    viewLen[depth] = len - 1;
  }

  /** Whether one item younger than {@code after} has an amount in [lo, hi]. */
  private boolean existsOne(int after, long lo, long hi) {
    if (!spend()) {
      return false;
    }
    for (int t = firstAtMost(sortedAmt, 0, m, hi); t < m && sortedAmt[t] >= lo; t++) {
      if (sortedPos[t] > after) {
        return true;
      }
      if (!spend()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Branch and bound over a depth's view, largest amounts first: whether r items at view places
   * {@code start} and later sum into [lo, hi].
   */
  private boolean exists(int depth, int start, int r, long lo, long hi) {
    long[] a = viewAmt[depth];
    int len = viewLen[depth];
    if (r == 1) {
      if (!spend()) {
        return false;
      }
      int t = firstAtMost(a, start, len, hi);
      return t < len && a[t] >= lo;
    }
    if (r == 2) {
      // Only amounts that fit with the smallest (for i) or the largest (for j) partner can pair.
      int i = firstAtMost(a, start, len, hi - a[len - 1]);
      int j = firstAtMost(a, start, len, lo - a[start] - 1) - 1;
      while (i < j) {
        if (!spend()) {
          return false;
        }
        long s = a[i] + a[j];
        if (s > hi) {
          i++;
        } else if (s < lo) {
          j--;
        } else {
          return true;
        }
      }
      return false;
    }
    // The r - 1 smallest amounts are the last ones; a first item whose amount plus them passes hi cannot
    // start a solution, and every larger amount comes before it.
    long smallestRest = 0;
    for (int i = len - (r - 1); i < len; i++) {
      smallestRest += a[i];
    }
    int first = firstAtMost(a, start, len - r + 1, hi - smallestRest);
    if (first > len - r) {
      return false;
    }
    long largest = 0;
    for (int i = first; i < first + r; i++) {
      largest += a[i];
    }
    for (int t = first; t <= len - r; t++) {
      if (t > first) {
        largest += a[t + r - 1] - a[t - 1];
      }
      if (largest < lo) {
        break;
      }
      if (!spend()) {
        return false;
      }
      long x = a[t];
      if (t > first && x == a[t - 1]) {
        continue;
      }
      if (exists(depth, t + 1, r - 1, lo - x, hi - x)) {
        return true;
      }
      if (aborted) {
        return false;
      }
    }
    return false;
  }

  /** The first place in [from, to) of an array sorted largest first whose value is at most x, or to. */
  private static int firstAtMost(long[] desc, int from, int to, long x) {
    int l = from;
    int h = to;
    while (l < h) {
      int mid = (l + h) >>> 1;
      if (desc[mid] > x) {
        l = mid + 1;
      } else {
        h = mid;
      }
    }
    return l;
  }

  /**
   * Whether the subset-sum table proves that no non-empty set of items sums into the window. Tracks
   * the sums reachable by non-empty sets from the sum of the negatives up to max(hi, 0): negatives
   * first, so that once the positives are added a sum above that can only grow and is dropped.
   */
  private boolean bitsetProvesNone() {
    long base = sumNeg;
    long span = bitsetSpan();
    if (limits.bitsetMaxSpan() == 0 || span > limits.bitsetMaxSpan()) {
      return false;
    }
    int words = (int) ((span + 63) >>> 6);
    long[] bits = new long[words];
    for (int p = 0; p < m; p++) {
      long a = amt[p];
      if (a < 0) {
        shiftRightOr(bits, -a);
        long b = a - base;
        bits[(int) (b >>> 6)] |= 1L << b;
      }
    }
    for (int p = 0; p < m; p++) {
      long a = amt[p];
      if (a > 0) {
        shiftLeftOr(bits, a, span);
        long b = a - base;
        if (b < span) {
          bits[(int) (b >>> 6)] |= 1L << b;
        }
      }
    }
    long from = lo - base;
    long to = hi - base;
    for (long w = from >>> 6; w <= to >>> 6; w++) {
      long word = bits[(int) w];
      if (w == from >>> 6) {
        word &= -1L << from;
      }
      if (w == to >>> 6 && (to & 63) != 63) {
        word &= (1L << (to + 1)) - 1;
      }
      if (word != 0) {
        return false;
      }
    }
    return true;
  }

  /** The number of sums the bitset tracks: from the sum of the negatives to max(hi, 0). */
  private long bitsetSpan() {
    return Math.max(hi, 0) - sumNeg + 1;
  }

  /** bits |= bits shifted towards higher sums by s, bits at span and above dropped. */
  private static void shiftLeftOr(long[] bits, long s, long span) {
    int words = bits.length;
    if (s >= (long) words << 6) {
      return;
    }
    int ws = (int) (s >>> 6);
    int bs = (int) (s & 63);
    for (int i = words - 1; i >= ws; i--) {
      long v = bits[i - ws] << bs;
      if (bs != 0 && i - ws - 1 >= 0) {
        v |= bits[i - ws - 1] >>> (64 - bs);
      }
      bits[i] |= v;
    }
    int rest = (int) (span & 63);
    if (rest != 0) {
      bits[words - 1] &= (1L << rest) - 1;
    }
  }

  /** bits |= bits shifted towards lower sums by s. */
  private static void shiftRightOr(long[] bits, long s) {
    int words = bits.length;
    if (s >= (long) words << 6) {
      return;
    }
    int ws = (int) (s >>> 6);
    int bs = (int) (s & 63);
    for (int i = 0; i + ws < words; i++) {
      long v = bits[i + ws] >>> bs;
      if (bs != 0 && i + ws + 1 < words) {
        v |= bits[i + ws + 1] << (64 - bs);
      }
      bits[i] |= v;
    }
  }
}
