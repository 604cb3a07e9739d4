package dev.o2c.matching.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionFilterTest {

  /** A "no" must be certain: every key one substitution or one insertion away from a query is a "maybe". */
  @Test
  void test_neverSaysNoToAKeyOneEditAway_onAnyKeys() {
    qt().withExamples(300).forAll(lists().of(strings().betweenCodePoints('0', 'Z').ofLengthBetween(1, 14))
        .ofSizeBetween(1, 40)).checkAssert(keys -> {
          DeletionFilter filter = filterOf(keys);
          for (String key : keys) {
            char[] chars = key.toCharArray();
            for (int position = 0; position < chars.length; position++) {
              // The query differs from the key at this position: a substitution there.
              char[] query = chars.clone();
              query[position] = query[position] == 'Q' ? 'R' : 'Q';
              assertThat(filter.maySubstitute(query, query.length, position)).as(key + " at " + position).isTrue();
              // The key without this character: the key is it with one character inserted here.
              char[] shorter = (key.substring(0, position) + key.substring(position + 1)).toCharArray();
              long state = DeletionFilter.insertionState(shorter, shorter.length);
              assertThat(filter.mayInsert(state, position)).as(key + " less " + position).isTrue();
            }
          }
        });
  }

  @Test
  void test_mostlySaysNoToQueriesNoKeyIsNear() {
    DeletionFilter filter = filterOf(List.of("2026000123", "2026000124", "CN2026000007"));
    int maybes = 0;
    for (int n = 0; n < 1000; n++) {
      char[] query = String.format("%010d", 5_000_000_000L + n * 7919L).toCharArray();
      for (int position = 0; position < query.length; position++) {
        maybes += filter.maySubstitute(query, query.length, position) ? 1 : 0;
      }
    }
    assertThat(maybes).as("maybes of 10,000 questions").isLessThan(500);
  }

  private static DeletionFilter filterOf(List<String> keys) {
    DeletionFilter.Builder builder = new DeletionFilter.Builder(keys.stream().mapToInt(String::length).sum());
    keys.forEach(builder::add);
    return builder.build();
  }
}
