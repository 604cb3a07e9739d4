package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactSubsetsTest {

  @Test
  void lists_the_sets_that_add_up_fewest_items_first() {
    long[] amounts = {1000, 250, 4000, 775, -120, 4775};
    ExactSubsets.Found found = ExactSubsets.find(amounts, 5025, 3);
    // 250 + 4000 + 775, and 250 + 4775: the two items first, and no other set is as small
    assertThat(found.solutions()).containsExactly(new int[] {1, 5}, new int[] {1, 2, 3});
    assertThat(found.more()).isFalse();
    assertThat(found.unique()).isFalse();
    assertThat(found.fewestUnique()).isTrue();
    // a credit memo nets: 1000 + 250 - 120, the only set
    ExactSubsets.Found netted = ExactSubsets.find(amounts, 1130, 3);
    assertThat(netted.solutions()).containsExactly(new int[] {0, 1, 4});
    assertThat(netted.unique()).isTrue();
    assertThat(ExactSubsets.find(amounts, 3, 3).solutions()).isEmpty();
    // the empty set is no answer, even for 0
    assertThat(ExactSubsets.find(new long[] {5, 7}, 0, 3).solutions()).isEmpty();
  }

  @Test
  void says_when_more_sets_fit_than_it_lists() {
    // 500 + 700 twice over: the same amount on two items
    ExactSubsets.Found found = ExactSubsets.find(new long[] {500, 500, 700}, 1200, 1);
    assertThat(found.solutions()).hasSize(1);
    assertThat(found.more()).isTrue();
    assertThat(found.fewestUnique()).isFalse();
    // sixteen equal amounts: 12,870 ways to pick eight, too many to be evidence of any
    long[] equal = new long[16];
    Arrays.fill(equal, 100);
    ExactSubsets.Found flood = ExactSubsets.find(equal, 800, 3);
    assertThat(flood.solutions()).isEmpty();
    assertThat(flood.more()).isTrue();
  }

  @Test
  void refuses_what_it_cannot_search() {
    assertThat(ExactSubsets.find(new long[ExactSubsets.MAX_AMOUNTS + 1], 1, 3)).isNull();
    assertThat(ExactSubsets.find(new long[] {1L << 50}, 1L << 50, 3)).isNull();
    assertThat(ExactSubsets.find(new long[ExactSubsets.MAX_AMOUNTS], 1, 3).solutions()).isEmpty();
  }

  @Test
  void agrees_with_trying_every_subset() {
    qt().forAll(lists().of(longs().between(-500, 3000)).ofSizeBetween(0, 13), integers().between(-1000, 12000),
            integers().between(1, 4))
        .checkAssert((amounts, target, limit) -> check(amounts, target, limit));
    // small amounts: many sets share a sum
    qt().forAll(lists().of(longs().between(-3, 9)).ofSizeBetween(1, 12), integers().between(-5, 30),
            integers().between(1, 4))
        .checkAssert((amounts, target, limit) -> check(amounts, target, limit));
  }

  @Test
  void among_many_amounts_finds_every_set_of_a_few() {
    qt().forAll(lists().of(longs().between(1, 1_000_000)).ofSizeBetween(ExactSubsets.MAX_AMOUNTS + 1,
            ExactSubsets.MAX_FEW_AMOUNTS), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((list, pick) -> {
          long[] amounts = list.stream().mapToLong(Long::longValue).toArray();
          // a set of one to three items, the most every split of 64 amounts holds in one half
          int size = 1 + pick % 3;
          long target = 0;
          for (int k = 0; k < size; k++) {
            target += amounts[(pick / 3 + 17 * k) % amounts.length];
          }
          ExactSubsets.Found found = ExactSubsets.findFew(amounts, target, 1_000);
          if (found.more()) {
            // many equal amounts: over a thousand sets fit, none of them evidence
            assertThat(found.solutions()).isEmpty();
            return;
          }
          for (int[] set : everySubsetOfUpTo3(amounts, target)) {
            assertThat(found.solutions()).anySatisfy(s -> assertThat(s).isEqualTo(set));
          }
          for (int[] solution : found.solutions()) {
            assertThat(Arrays.stream(solution).mapToLong(k -> amounts[k]).sum()).isEqualTo(target);
            assertThat(solution).isSorted().doesNotHaveDuplicates();
          }
          int[] sizes = found.solutions().stream().mapToInt(s -> s.length).toArray();
          assertThat(sizes).isSorted();
        });
  }

  @Test
  void among_many_amounts_finds_larger_sets_spread_over_both_halves() {
    long[] amounts = new java.util.Random(11).longs(40, 1, 1_000_000_000).toArray();
    // five items, two in the first half and three in the second: four of twenty fit in each half
    long target = amounts[3] + amounts[11] + amounts[22] + amounts[30] + amounts[38];
    ExactSubsets.Found found = ExactSubsets.findFew(amounts, target, 5);
    assertThat(found.solutions()).anySatisfy(s -> assertThat(s).containsExactly(3, 11, 22, 30, 38));
    // all five in one half: more than it tries there
    long oneHalf = amounts[1] + amounts[4] + amounts[9] + amounts[12] + amounts[17];
    assertThat(ExactSubsets.findFew(amounts, oneHalf, 5).solutions()).noneSatisfy(
        s -> assertThat(s).containsExactly(1, 4, 9, 12, 17));
    assertThat(ExactSubsets.findFew(new long[ExactSubsets.MAX_FEW_AMOUNTS + 1], 1, 3)).isNull();
  }

  private static List<int[]> everySubsetOfUpTo3(long[] a, long target) {
    List<int[]> out = new ArrayList<>();
    for (int x = 0; x < a.length; x++) {
      if (a[x] == target) {
        out.add(new int[] {x});
      }
      for (int y = x + 1; y < a.length; y++) {
        if (a[x] + a[y] == target) {
          out.add(new int[] {x, y});
        }
        for (int z = y + 1; z < a.length; z++) {
          if (a[x] + a[y] + a[z] == target) {
            out.add(new int[] {x, y, z});
          }
        }
      }
    }
    return out;
  }

  private static void check(List<Long> list, long target, int limit) {
    long[] amounts = list.stream().mapToLong(Long::longValue).toArray();
    List<int[]> every = everySubset(amounts, target);
    ExactSubsets.Found found = ExactSubsets.find(amounts, target, limit);
    if (every.size() > 1_000) {
      assertThat(found.solutions()).isEmpty();
      assertThat(found.more()).isTrue();
      return;
    }
    assertThat(found.more()).isEqualTo(every.size() > limit);
    assertThat(found.solutions()).hasSize(Math.min(limit, every.size()));
    int fewest = every.stream().mapToInt(s -> s.length).min().orElse(0);
    for (int[] solution : found.solutions()) {
      assertThat(every).anySatisfy(s -> assertThat(s).isEqualTo(solution));
    }
    // the sets listed are the smallest ones
    int[] sizes = found.solutions().stream().mapToInt(s -> s.length).toArray();
    int[] smallest = every.stream().mapToInt(s -> s.length).sorted().limit(limit).toArray();
    assertThat(sizes).isEqualTo(smallest);
    assertThat(found.unique()).isEqualTo(every.size() == 1);
    assertThat(found.fewestUnique()).isEqualTo(every.stream().filter(s -> s.length == fewest).count() == 1);
  }

  private static List<int[]> everySubset(long[] amounts, long target) {
    List<int[]> out = new ArrayList<>();
    for (int mask = 1; mask < 1 << amounts.length; mask++) {
      long sum = 0;
      for (int k = 0; k < amounts.length; k++) {
        sum += (mask >>> k & 1) != 0 ? amounts[k] : 0;
      }
      if (sum == target) {
        int m = mask;
        out.add(java.util.stream.IntStream.range(0, amounts.length).filter(k -> (m >>> k & 1) != 0).toArray());
      }
    }
    return out;
  }
}
