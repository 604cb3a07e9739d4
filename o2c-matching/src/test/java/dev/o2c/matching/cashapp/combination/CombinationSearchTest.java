package dev.o2c.matching.cashapp.combination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Worked examples of the combination search, one rule each. */
class CombinationSearchTest {

  private static final CombinationSearch SEARCH = CombinationSearch.of(CombinationLimits.defaults());

  @Test
  void test_javadocExample_creditMemoNetted_unique() {
    long[] open = {120_00, 45_50, 300_00, -20_00, 45_00};
    CombinationResult r = SEARCH.find(open, 325_50, 325_50);
    assertThat(r.solutions()).containsExactly(new int[] {1, 2, 3});
    assertThat(r.unique()).isTrue();
    assertThat(r.minimalProven()).isTrue();
    assertThat(r.ambiguous()).isFalse();
    assertThat(r.oldestFirst()).isFalse();
    assertThat(r.budgetExhausted()).isFalse();
    assertThat(r.infeasible()).isFalse();
  }

  @Test
  void test_twoEqualAmounts_ambiguous_oldestFirst() {
    CombinationResult r = SEARCH.find(new long[] {250_00, 100_00, 100_00}, 100_00, 100_00);
    assertThat(r.solutions()).containsExactly(new int[] {1}, new int[] {2});
    assertThat(r.ambiguous()).isTrue();
    assertThat(r.unique()).isFalse();
  }

  @Test
  void test_oneSolutionAsked_ambiguityStillKnown() {
    CombinationSearch one = CombinationSearch.of(CombinationLimits.builder().maxSolutions(1).build());
    CombinationResult r = one.find(new long[] {100_00, 100_00}, 100_00, 100_00);
    assertThat(r.solutions()).containsExactly(new int[] {0});
    assertThat(r.ambiguous()).isTrue();
  }

  @Test
  void test_fewestItemsBeforeOldest() {
    // 100 + 200 + 300 is the oldest-first window, but 200 + 400 needs one item less.
    CombinationResult r = SEARCH.find(new long[] {100, 200, 300, 400}, 600, 600);
    assertThat(r.solutions()).containsExactly(new int[] {1, 3});
    assertThat(r.oldestFirst()).isFalse();
    assertThat(r.unique()).isTrue();
  }

  @Test
  void test_oldestOfTheSameSize_lexicographicOnIndices() {
    // Pairs making 500: [0, 3] (100 + 400) and [1, 2] (200 + 300); [0, 3] clears the oldest item.
    CombinationResult r = SEARCH.find(new long[] {100, 200, 300, 400}, 500, 500);
    assertThat(r.solutions()).containsExactly(new int[] {0, 3}, new int[] {1, 2});
    assertThat(r.ambiguous()).isTrue();
  }

  @Test
  void test_clearPastDue_oldestFirstWindow() {
    CombinationResult r = SEARCH.find(new long[] {100, 250, 975, 40}, 1_325, 1_325);
    assertThat(r.best()).containsExactly(0, 1, 2);
    assertThat(r.oldestFirst()).isTrue();
    assertThat(r.unique()).isTrue();
  }

  @Test
  void test_oldestFirstWindowBeyondMaxItems_returnedUnproven() {
    long[] open = new long[12];
    for (int i = 0; i < open.length; i++) {
      open[i] = 1_000 + i; // 12 items: only all of them make 12,066
    }
    CombinationResult r = SEARCH.find(open, 12_066, 12_066);
    assertThat(r.best()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(r.oldestFirst()).isTrue();
    assertThat(r.minimalProven()).isFalse();
    assertThat(r.unique()).isFalse();
    assertThat(r.budgetExhausted()).isFalse();
  }

  @Test
  void test_zeroAmounts_neverPartOfASolution() {
    CombinationResult r = SEARCH.find(new long[] {0, 500, 0, 700}, 500, 500);
    assertThat(r.solutions()).containsExactly(new int[] {1});
    assertThat(r.unique()).isTrue();
    assertThat(r.oldestFirst()).as("the oldest non-zero item").isTrue();
    assertThat(SEARCH.find(new long[] {0, 0}, 0, 0).infeasible()).as("the empty set is no solution").isTrue();
  }

  @Test
  void test_invoiceAndCreditMemoCancelling_sumZero() {
    CombinationResult r = SEARCH.find(new long[] {0, 300, -300}, 0, 0);
    assertThat(r.solutions()).containsExactly(new int[] {1, 2});
  }

  @Test
  void test_toleranceWindow_inclusive() {
    CombinationResult r = SEARCH.find(new long[] {1_000_00, 499_99, 500_02}, 999_99, 1_000_01);
    // 1,000.00 alone is in the window; 499.99 + 500.02 = 1,000.01 is too, but has more items.
    assertThat(r.solutions()).containsExactly(new int[] {0});
    assertThat(r.unique()).isTrue();
  }

  @Test
  void test_wholeEuroItemsCannotMakeCents_provenByDivisor() {
    long[] open = new long[200];
    Random random = new Random(7);
    for (int i = 0; i < open.length; i++) {
      open[i] = (1 + random.nextInt(5_000)) * 100L;
    }
    CombinationResult r = SEARCH.find(open, 12_345_01, 12_345_01);
    assertThat(r.infeasible()).isTrue();
    assertThat(r.nodes()).isZero();
    assertThat(r.solutions()).isEmpty();
  }

  @Test
  void test_evenItemsAndOneHugeOddItem_provenByBitset() {
    // The odd item defeats the divisor check; only the bitset over reachable sums proves "none".
    long[] open = new long[300];
    Random random = new Random(11);
    for (int i = 0; i < open.length - 1; i++) {
      open[i] = 2L * (1 + random.nextInt(50_000));
    }
    open[open.length - 1] = 1_000_000_001L;
    // A span of 15,002 sums is cheaper than the size-3 pass over 300 items: proven before size 4.
    CombinationResult early = SEARCH.find(open, 15_001, 15_001);
    assertThat(early.infeasible()).isTrue();
    assertThat(early.budgetExhausted()).isFalse();
    assertThat(early.solutions()).isEmpty();
    // 300,002 sums: the bitset runs once the budget is spent, and still proves it.
    CombinationResult r = SEARCH.find(open, 300_001, 300_001);
    assertThat(r.infeasible()).isTrue();
    assertThat(r.budgetExhausted()).isTrue();
    assertThat(r.solutions()).isEmpty();

    CombinationSearch noBitset = CombinationSearch.of(CombinationLimits.builder().bitsetMaxSpan(0).build());
    CombinationResult without = noBitset.find(open, 300_001, 300_001);
    assertThat(without.infeasible()).isFalse();
    assertThat(without.budgetExhausted()).isTrue();
    assertThat(without.nodes()).isEqualTo(CombinationLimits.DEFAULT_NODE_BUDGET + 1);
  }

  @Test
  void test_outsideTheItemsTotals_infeasible() {
    assertThat(SEARCH.find(new long[] {100, 200}, 301, 400).infeasible()).isTrue();
    assertThat(SEARCH.find(new long[] {100, -200}, -300, -201).infeasible()).isTrue();
    assertThat(SEARCH.find(new long[0], 0, 100).infeasible()).isTrue();
  }

  @Test
  void test_noSolutionUpToMaxItems_notInfeasible() {
    CombinationSearch two = CombinationSearch.of(CombinationLimits.builder().maxItems(2).bitsetMaxSpan(0).build());
    CombinationResult r = two.find(new long[] {101, 203, 307, 401}, 911, 911); // 203 + 307 + 401
    assertThat(r.solutions()).isEmpty();
    assertThat(r.infeasible()).isFalse();
    assertThat(r.budgetExhausted()).isFalse();
  }

  @Test
  void test_tinyBudget_exhaustedAndSaysSo() {
    CombinationSearch tiny = CombinationSearch.of(CombinationLimits.builder().nodeBudget(10).build());
    CombinationResult r = tiny.find(new long[] {5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43}, 150, 150);
    assertThat(r.budgetExhausted()).isTrue();
    assertThat(r.solutions()).isEmpty();
    assertThat(r.infeasible()).isFalse();
    assertThat(r.nodes()).isEqualTo(11);
  }

  @Test
  void test_fiveHundredItems_solutionFoundAndChecked() {
    Random random = new Random(3);
    long[] open = new long[500];
    for (int i = 0; i < open.length; i++) {
      open[i] = Math.max(1, Math.round(150_000 * Math.exp(random.nextGaussian())));
    }
    long target = open[17] + open[230] + open[301] + open[444] + open[499];
    CombinationResult r = SEARCH.find(open, target, target);
    assertThat(r.solutions()).isNotEmpty();
    for (int[] s : r.solutions()) {
      long sum = 0;
      for (int i : s) {
        sum += open[i];
      }
      assertThat(sum).isEqualTo(target);
    }
  }

  @Test
  void test_badInput_namedExceptions() {
    assertThatThrownBy(() -> SEARCH.find(null, 0, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("amounts");
    assertThatThrownBy(() -> SEARCH.find(new long[] {1}, 5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("low 5 is above high 4");
    assertThatThrownBy(() -> SEARCH.find(new long[] {1L << 60, (1L << 60) + 1, 5}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at index 1");
    assertThatThrownBy(() -> SEARCH.find(new long[] {Long.MIN_VALUE}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at index 0");
  }

  @Test
  void test_extremeWindow_noOverflow() {
    CombinationResult r = SEARCH.find(new long[] {-5, 7}, Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(r.solutions()).containsExactly(new int[] {0}, new int[] {1});
  }

  @Test
  void test_limits_defaultsAndValidation() {
    CombinationLimits d = CombinationLimits.defaults();
    assertThat(d.maxItems()).isEqualTo(8);
    assertThat(d.maxSolutions()).isEqualTo(2);
    assertThat(d.nodeBudget()).isEqualTo(1_000_000);
    assertThat(d.bitsetMaxSpan()).isEqualTo(1_000_000);
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(CombinationSearch.of(d)).isSameAs(CombinationSearch.withDefaults());
    assertThatThrownBy(() -> CombinationLimits.builder().maxItems(0).maxSolutions(0).nodeBudget(0)
        .bitsetMaxSpan(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxItems").hasMessageContaining("maxSolutions")
        .hasMessageContaining("nodeBudget").hasMessageContaining("bitsetMaxSpan");
  }
}
