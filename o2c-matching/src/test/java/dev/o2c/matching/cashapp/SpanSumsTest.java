package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class SpanSumsTest {

  @Test
  void the_subset_that_adds_up_and_ends_earliest_is_given_as_a_bit_mask() {
    long[] amounts = {1000, 250, 4000, 775, -120, 4775};
    // 250 + 4000 + 775 and 4775 alone both add up: the first ends earlier
    assertThat(SpanSums.shortestSpanSubset(amounts, 5025)).isEqualTo(0b001110);
    assertThat(SpanSums.shortestSpanSubset(amounts, 4775)).isEqualTo(0b001100);
    // a credit memo nets: 1000 + 250 - 120
    assertThat(SpanSums.shortestSpanSubset(amounts, 1130)).isEqualTo(0b010011);
    assertThat(SpanSums.shortestSpanSubset(amounts, 3)).isEqualTo(SpanSums.NONE);
    // two sets end at the 700: 500 (either) + 700
    assertThat(SpanSums.shortestSpanSubset(new long[] {500, 500, 700}, 1200)).isEqualTo(SpanSums.SEVERAL);
    // two sets add up, one ends earlier: 300 + 200 before 500 alone
    assertThat(SpanSums.shortestSpanSubset(new long[] {300, 200, 500}, 500)).isEqualTo(0b011);
    assertThat(SpanSums.shortestSpanSubset(new long[0], 0)).isZero();
    assertThatThrownBy(() -> SpanSums.shortestSpanSubset(new long[SpanSums.MAX_AMOUNTS + 1], 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 16");
    assertThatThrownBy(() -> SpanSums.shortestSpanSubset(new long[] {SpanSums.MAX_AMOUNT}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below 2^40");
  }

  @Test
  void agrees_with_trying_every_subset() {
    qt().forAll(lists().of(longs().between(-500, 3000)).ofSizeBetween(0, 12), integers().between(-1000, 12000))
        .checkAssert((amounts, target) -> {
          long[] a = amounts.stream().mapToLong(Long::longValue).toArray();
          assertThat(SpanSums.shortestSpanSubset(a, target)).isEqualTo(everySubset(a, target));
        });
    // small amounts: many subsets share a sum, so SEVERAL is met as often as one answer
    qt().forAll(lists().of(longs().between(-3, 9)).ofSizeBetween(1, 11), integers().between(-5, 30))
        .checkAssert((amounts, target) -> {
          long[] a = amounts.stream().mapToLong(Long::longValue).toArray();
          assertThat(SpanSums.shortestSpanSubset(a, target)).isEqualTo(everySubset(a, target));
        });
  }

  private static long everySubset(long[] amounts, long target) {
    long found = SpanSums.NONE;
    int foundEnd = Integer.MAX_VALUE;
    int atFoundEnd = 0;
    for (long mask = 0; mask < 1L << amounts.length; mask++) {
      long sum = 0;
      for (int k = 0; k < amounts.length; k++) {
        sum += (mask >>> k & 1) != 0 ? amounts[k] : 0;
      }
      int end = 63 - Long.numberOfLeadingZeros(mask);
      if (sum == target && end < foundEnd) {
        found = mask;
        foundEnd = end;
        atFoundEnd = 1;
      } else if (sum == target && end == foundEnd) {
        atFoundEnd++;
      }
    }
    return atFoundEnd > 1 ? SpanSums.SEVERAL : found;
  }
}
