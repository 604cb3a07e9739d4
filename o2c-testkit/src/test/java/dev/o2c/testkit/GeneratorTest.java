package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorTest {

  @Test
  void test_sameSeed_sameValues_otherSeed_otherValues() {
    Generator<List<Integer>> lists = Generator.intBetween(-1_000, 1_000).listOf(0, 20);
    assertThat(lists.sample(42L, 200)).isEqualTo(lists.sample(42L, 200));
    assertThat(lists.next(42L)).isEqualTo(lists.next(new SplittableRandom(42L)));
    assertThat(lists.sample(42L, 200)).isNotEqualTo(lists.sample(43L, 200));
  }

  @Test
  void test_intBetween_staysInRange_andReachesBothEnds() {
    List<Integer> values = Generator.intBetween(-3, 3).sample(1L, 2_000);
    assertThat(values).allMatch(v -> v >= -3 && v <= 3);
    assertThat(values).contains(-3, 3);
    assertThat(Generator.intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE).sample(2L, 100)).doesNotHaveDuplicates();
  }

  @Test
  void test_longBetween_handlesExtremeBounds() {
    assertThat(Generator.longBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE).sample(3L, 200))
        .allMatch(v -> v >= Long.MAX_VALUE - 1).contains(Long.MAX_VALUE, Long.MAX_VALUE - 1);
    assertThat(Generator.longBetween(Long.MIN_VALUE, Long.MIN_VALUE + 1).sample(3L, 200))
        .contains(Long.MIN_VALUE, Long.MIN_VALUE + 1);
    assertThat(Generator.longBetween(Long.MIN_VALUE, Long.MAX_VALUE).sample(3L, 100)).doesNotHaveDuplicates();
  }

  @Test
  void test_map_appliesFunction() {
    Generator<Integer> base = Generator.intBetween(0, 100);
    Generator<Integer> doubled = base.map(v -> v * 2);
    assertThat(doubled.sample(5L, 100)).isEqualTo(base.sample(5L, 100).stream().map(v -> v * 2).toList());
  }

  @Test
  void test_filter_keepsOnlyMatchingValues() {
    assertThat(Generator.intBetween(0, 100).filter(v -> v % 2 == 0).sample(6L, 1_000)).allMatch(v -> v % 2 == 0);
  }

  @Test
  void test_filter_givesUpAfterMaxTries() {
    int[] tries = {0};
    Generator<Integer> counting = random -> ++tries[0];
    assertThatThrownBy(() -> counting.filter(v -> false, 7).next(1L))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("7 tries");
    assertThat(tries[0]).isEqualTo(7);
    assertThatThrownBy(() -> counting.filter(v -> false).next(1L)).isInstanceOf(IllegalStateException.class);
    assertThat(tries[0]).isEqualTo(7 + Generator.DEFAULT_FILTER_TRIES);
  }

  @Test
  void test_listOf_sizesCoverTheRange() {
    List<List<Integer>> lists = Generator.constant(1).listOf(2, 5).sample(7L, 1_000);
    assertThat(lists).allMatch(l -> l.size() >= 2 && l.size() <= 5);
    assertThat(lists.stream().map(List::size).distinct()).containsExactlyInAnyOrder(2, 3, 4, 5);
  }

  @Test
  void test_weighted_frequenciesFollowWeights() {
    Generator<String> g = Generator.weighted(List.of(Weighted.of(1, "a"), Weighted.of(0, "never"), Weighted.of(3, "b")));
    Map<String, Integer> counts = new HashMap<>();
    g.sample(8L, 40_000).forEach(v -> counts.merge(v, 1, Integer::sum));
    assertThat(counts).containsOnlyKeys("a", "b");
    // 10,000 expected "a"; five standard deviations is about 430.
    assertThat(counts.get("a")).isBetween(9_500, 10_500);
  }

  @Test
  void test_frequency_mixesGenerators() {
    Generator<Integer> g = Generator.frequency(List.of(
        Weighted.of(1, Generator.intBetween(0, 9)), Weighted.of(1, Generator.intBetween(100, 109))));
    List<Integer> values = g.sample(9L, 1_000);
    assertThat(values).anyMatch(v -> v < 10).anyMatch(v -> v >= 100).allMatch(v -> v < 10 || (v >= 100 && v < 110));
  }

  @Test
  void test_optional_enumValues_dateBetween() {
    assertThat(Generator.constant("x").optional(0.5).sample(10L, 500))
        .anyMatch(o -> o.isEmpty()).anyMatch(o -> o.isPresent());
    Map<Weekday, Integer> seen = new EnumMap<>(Weekday.class);
    Generator.enumValues(Weekday.class).sample(11L, 500).forEach(d -> seen.merge(d, 1, Integer::sum));
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Weekday.values());
    LocalDate start = LocalDate.of(2026, 2, 27);
    LocalDate end = LocalDate.of(2026, 3, 2);
    assertThat(Generator.dateBetween(start, end).sample(12L, 500))
        .allMatch(d -> !d.isBefore(start) && !d.isAfter(end)).contains(start, end);
  }

  enum Weekday { MON, TUE, WED }

  static Stream<Arguments> invalidArguments() {
    return Stream.of(
        Arguments.of("intBetween empty", (Supplier<Object>) () -> Generator.intBetween(2, 1)),
        Arguments.of("longBetween empty", (Supplier<Object>) () -> Generator.longBetween(2, 1)),
        Arguments.of("listOf negative", (Supplier<Object>) () -> Generator.constant(1).listOf(-1, 3)),
        Arguments.of("listOf inverted", (Supplier<Object>) () -> Generator.constant(1).listOf(3, 2)),
        Arguments.of("filter no tries", (Supplier<Object>) () -> Generator.constant(1).filter(v -> true, 0)),
        Arguments.of("bool above one", (Supplier<Object>) () -> Generator.bool(1.5)),
        Arguments.of("bool NaN", (Supplier<Object>) () -> Generator.bool(Double.NaN)),
        Arguments.of("elements empty", (Supplier<Object>) () -> Generator.elements(List.of())),
        Arguments.of("weighted all zero", (Supplier<Object>) () -> Generator.weighted(List.of(Weighted.of(0, "a")))),
        Arguments.of("negative weight", (Supplier<Object>) () -> Weighted.of(-1, "a")),
        Arguments.of("sample negative", (Supplier<Object>) () -> Generator.constant(1).sample(1L, -1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidArguments")
  void test_invalidArguments_areRefused(String name, Supplier<Object> call) {
    assertThatThrownBy(call::get).isInstanceOf(IllegalArgumentException.class);
  }
}
