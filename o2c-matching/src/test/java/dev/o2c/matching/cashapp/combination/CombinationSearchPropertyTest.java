package dev.o2c.matching.cashapp.combination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search against the brute-force oracle on up to 16 items: small amounts with many duplicates,
 * zeros and credit memos, exact and wide windows, and random limits (small budgets included, so
 * that what is claimed after running out is checked too).
 */
class CombinationSearchPropertyTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  @Test
  void test_smallAmountsWithDuplicatesZerosAndCreditMemos_agreeWithOracle() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(-40, 120)).ofSizeBetween(0, 16),
            integers().between(-150, 600), integers().between(0, 6), integers().all())
        .checkAssert((amounts, low, tolerance, limitsSeed) ->
            check(toArray(amounts, 1, 0), low, low + tolerance, limits(limitsSeed)));
  }

  @Test
  void test_wholeEuroAmountsAndCentTargets_agreeWithOracle() {
    // Multiples of 100 with now and then one item with cents: the divisor check, the bitset proof and
    // the search all get their turn.
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(-30, 300)).ofSizeBetween(0, 16),
            integers().between(-2_000, 60_000), integers().between(0, 3), integers().all())
        .checkAssert((amounts, low, cents, limitsSeed) -> {
          long[] a = toArray(amounts, 100, 0);
          if (cents == 3 && a.length > 0) {
            a[a.length / 2] += 7;
          }
          check(a, low * 10L + cents, low * 10L + cents + (cents == 2 ? 50 : 0), limits(limitsSeed));
        });
  }

  @Test
  void test_upToFortyItems_agreeWithAgeOrderEnumeration() {
    // Beyond the brute force's reach: every set of at most maxItems items, in age order, up to the
    // first maxSolutions + 1 solutions of the smallest size.
    qt().withExamples(Math.max(1, EXAMPLES / 4))
        .forAll(lists().of(integers().between(-50, 400)).ofSizeBetween(17, 40),
            integers().between(-100, 1_200), integers().between(0, 4), integers().between(1, 4))
        .checkAssert((amounts, low, tolerance, maxItems) -> {
          long[] a = toArray(amounts, 1, 0);
          CombinationLimits limits = CombinationLimits.builder().maxItems(maxItems).maxSolutions(3)
              .nodeBudget(1_000_000_000L).build();
          CombinationResult result = CombinationSearch.of(limits).find(a, low, low + tolerance);
          List<int[]> expected = new ArrayList<>();
          int size = 0;
          for (int k = 1; k <= maxItems && expected.isEmpty(); k++) {
            enumerate(a, k, 0, new int[k], 0, 0L, low, low + tolerance, expected, 4);
            size = k;
          }
          String context = java.util.Arrays.toString(a) + " [" + low + ", " + (low + tolerance) + "] " + limits
              + " -> " + result;
          assertThat(result.budgetExhausted()).as(context).isFalse();
          if (expected.isEmpty()) {
            assertThat(result.solutions().isEmpty() || result.solutionSize() > maxItems).as(context).isTrue();
          } else {
            assertThat(result.solutionSize()).as(context).isEqualTo(size);
            assertThat(result.solutions()).as(context)
                .containsExactlyElementsOf(expected.subList(0, Math.min(3, expected.size())));
            assertThat(result.ambiguous()).as(context).isEqualTo(expected.size() >= 2);
            assertThat(result.unique()).as(context).isEqualTo(expected.size() == 1);
          }
        });
  }

  /** Sets of k non-zero items in lexicographic order of their indices, up to {@code cap} solutions. */
  private static void enumerate(long[] a, int k, int from, int[] chosen, int depth, long sum, long low, long high,
      List<int[]> out, int cap) {
    for (int i = from; i < a.length && out.size() < cap; i++) {
      if (a[i] == 0) {
        continue;
      }
      chosen[depth] = i;
      if (depth + 1 == k) {
        if (sum + a[i] >= low && sum + a[i] <= high) {
          out.add(chosen.clone());
        }
      } else {
        enumerate(a, k, i + 1, chosen, depth + 1, sum + a[i], low, high, out, cap);
      }
    }
  }

  @Test
  void test_sameInput_sameResult() {
    qt().withExamples(Math.max(1, EXAMPLES / 4))
        .forAll(lists().of(integers().between(-40, 120)).ofSizeBetween(0, 30),
            integers().between(-150, 900), integers().all())
        .checkAssert((amounts, low, limitsSeed) -> {
          long[] a = toArray(amounts, 1, 0);
          CombinationSearch search = CombinationSearch.of(limits(limitsSeed));
          assertThat(search.find(a, low, low + 2)).isEqualTo(search.find(a.clone(), low, low + 2));
        });
  }

  private static long[] toArray(List<Integer> values, long scale, long shift) {
    long[] a = new long[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i) * scale + shift;
    }
    return a;
  }

  /** Random limits from a seed: often unbounded, sometimes a budget small enough to run out. */
  private static CombinationLimits limits(int seed) {
    Random random = new Random(seed);
    return CombinationLimits.builder()
        .maxItems(1 + random.nextInt(16))
        .maxSolutions(1 + random.nextInt(4))
        .nodeBudget(random.nextBoolean() ? 1_000_000_000L : 1 + random.nextInt(3_000))
        .bitsetMaxSpan(random.nextBoolean() ? 0 : 1_000_000)
        .build();
  }

  static void check(long[] amounts, long low, long high, CombinationLimits limits) {
    long[] copy = amounts.clone();
    CombinationResult result = CombinationSearch.of(limits).find(amounts, low, high);
    BruteForce oracle = new BruteForce(amounts, low, high);
    String context = "amounts " + java.util.Arrays.toString(amounts) + " window [" + low + ", " + high + "] "
        + limits + " -> " + result;

    assertThat(amounts).as("input unchanged").containsExactly(copy);
    List<int[]> solutions = result.solutions();
    assertThat(solutions.size()).as(context).isLessThanOrEqualTo(limits.maxSolutions());
    for (int[] s : solutions) {
      long sum = 0;
      for (int j = 0; j < s.length; j++) {
        assertThat(s[j]).as(context).isBetween(0, amounts.length - 1);
        assertThat(amounts[s[j]]).as(context + ": zero amounts are never used").isNotZero();
        if (j > 0) {
          assertThat(s[j]).as(context + ": ascending").isGreaterThan(s[j - 1]);
        }
        sum += amounts[s[j]];
      }
      assertThat(sum).as(context + ": sums into the window").isBetween(low, high);
      assertThat(s.length).as(context + ": one size").isEqualTo(result.solutionSize());
    }

    if (oracle.none()) {
      assertThat(solutions).as(context).isEmpty();
    } else if (!solutions.isEmpty()) {
      int size = result.solutionSize();
      // Always the oldest solutions of their size, in order, whatever the budget.
      List<int[]> expected = oracle.ofSize(size).subList(0, solutions.size());
      assertThat(solutions).as(context + ": oldest first").containsExactlyElementsOf(expected);
      assertThat(size).as(context).isGreaterThanOrEqualTo(oracle.minSize());
    }
    if (result.infeasible()) {
      assertThat(oracle.none()).as(context + ": infeasible only when there is none").isTrue();
    }
    if (result.minimalProven()) {
      assertThat(result.solutionSize()).as(context + ": minimal").isEqualTo(oracle.minSize());
    }
    if (result.ambiguous()) {
      assertThat(result.minimalProven()).as(context).isTrue();
      assertThat(oracle.ofSize(oracle.minSize())).as(context + ": ambiguous").hasSizeGreaterThanOrEqualTo(2);
    }
    if (result.unique()) {
      assertThat(result.solutionSize()).as(context).isEqualTo(oracle.minSize());
      assertThat(oracle.ofSize(oracle.minSize())).as(context + ": unique").hasSize(1);
    }

    long nonZero = java.util.Arrays.stream(amounts).filter(a -> a != 0).count();
    if (!result.budgetExhausted()) {
      if (!oracle.none() && oracle.minSize() <= limits.maxItems()) {
        int count = oracle.ofSize(oracle.minSize()).size();
        assertThat(result.minimalProven()).as(context + ": complete search proves the minimum").isTrue();
        assertThat(result.ambiguous()).as(context).isEqualTo(count >= 2);
        assertThat(result.unique()).as(context).isEqualTo(count == 1);
        assertThat(solutions).as(context).hasSize(Math.min(count, limits.maxSolutions()));
      }
      if (oracle.none() && limits.maxItems() >= nonZero) {
        assertThat(result.infeasible()).as(context + ": every size searched").isTrue();
      }
    }

    int[] best = result.best();
    boolean window = best.length > 0;
    int position = 0;
    for (int i = 0; i < amounts.length && position < best.length; i++) {
      if (amounts[i] != 0) {
        window &= best[position++] == i;
      }
    }
    assertThat(result.oldestFirst()).as(context + ": oldest-first window").isEqualTo(window);
  }
}
