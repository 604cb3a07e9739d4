package dev.o2c.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A seeded source of values: given a random generator it returns one value, using nothing else, so the
 * same random state always gives the same value. Generators are framework-neutral: plug them into any
 * property-testing tool (see {@link QuickTheoriesGenerators}) or call them in a loop.
 *
 * <pre>{@code
 * Generator<Integer> dice = Generator.intBetween(1, 6);
 * Generator<List<Integer>> hands = dice.filter(n -> n != 3).listOf(2, 5);
 * List<Integer> hand = hands.next(42L);                 // the same hand for seed 42, on every JVM
 * }</pre>
 *
 * <p>Reproducibility across JVMs holds for the {@code long}-seed methods, which use
 * {@link SplittableRandom}, whose algorithm is specified. Implementations must draw only from the
 * given random generator (never from the clock, a static counter or unordered hash iteration).
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

  /** The number of tries {@link #filter(Predicate)} makes before it gives up. */
  int DEFAULT_FILTER_TRIES = 100;

  /**
   * Generates one value.
   *
   * @param random the source of randomness; only this is used
   * @return the value, never null
   */
  T next(RandomGenerator random);

  /**
   * Generates one value from a seed, with a fresh {@link SplittableRandom}.
   *
   * @param seed the seed
   * @return the value; the same for the same seed
   */
  default T next(long seed) {
    return next(new SplittableRandom(seed));
  }

  /**
   * Generates {@code count} values from one seeded random sequence.
   *
   * @param seed the seed
   * @param count how many values, zero or more
   * @return the values, in generation order; the same list for the same seed
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " is negative");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * A generator of this generator's values transformed by a function.
   *
   * @param <R> the result type
   * @param mapper the transformation, pure and not returning null
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * A generator whose next generator depends on this generator's value (for example items in a
   * generated customer's currency).
   *
   * @param <R> the result type
   * @param mapper returns the generator to draw from for a value
   * @return the chained generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random)).next(random);
  }

  /**
   * A generator of this generator's values that satisfy a predicate, trying at most
   * {@value #DEFAULT_FILTER_TRIES} times per value.
   *
   * @param predicate the condition the values must meet
   * @return the filtered generator, which throws {@link IllegalStateException} when no value passes
   */
  default Generator<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, DEFAULT_FILTER_TRIES);
  }

  /**
   * A generator of this generator's values that satisfy a predicate, retrying a bounded number of
   * times. Keep predicates that reject most values out of generators: write a generator that makes
   * the wanted values directly.
   *
   * @param predicate the condition the values must meet
   * @param maxTries how many values to try for each value returned, at least 1
   * @return the filtered generator, which throws {@link IllegalStateException} if {@code maxTries}
   *     values in a row fail the predicate
   * @throws IllegalArgumentException if {@code maxTries} is less than 1
   */
  default Generator<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries " + maxTries + " is less than 1");
    }
    return random -> {
      for (int i = 0; i < maxTries; i++) {
        T value = next(random);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("no value passed the filter in " + maxTries + " tries");
    };
  }

  /**
   * A generator of lists of this generator's values, of a size drawn uniformly from a range.
   *
   * @param minSize the smallest size, zero or more
   * @param maxSize the largest size, at least {@code minSize}
   * @return a generator of unmodifiable lists
   * @throws IllegalArgumentException if {@code minSize} is negative or above {@code maxSize}
   */
  default Generator<List<T>> listOf(int minSize, int maxSize) {
    if (minSize < 0) {
      throw new IllegalArgumentException("minSize " + minSize + " is negative");
    }
    Generator<Integer> sizes = intBetween(minSize, maxSize);
    return random -> {
      int size = sizes.next(random);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * A generator of this generator's values wrapped in an optional, empty with the remaining probability.
   *
   * @param presentProbability the probability of a present value, in [0, 1]
   * @return the optional generator
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  default Generator<Optional<T>> optional(double presentProbability) {
    Generator<Boolean> present = bool(presentProbability);
    return random -> present.next(random) ? Optional.of(next(random)) : Optional.empty();
  }

  // ------------------------------------------------------------------ factories

  /**
   * A generator that always returns the same value.
   *
   * @param <T> the value type
   * @param value the value
   * @return the constant generator
   */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * Integers drawn uniformly from a closed range.
   *
   * @param minInclusive the smallest value
   * @param maxInclusive the largest value, at least {@code minInclusive}
   * @return the generator
   * @throws IllegalArgumentException if {@code minInclusive > maxInclusive}
   */
  static Generator<Integer> intBetween(int minInclusive, int maxInclusive) {
    if (minInclusive > maxInclusive) {
      throw new IllegalArgumentException("range [" + minInclusive + ", " + maxInclusive + "] is empty");
    }
    return random -> (int) random.nextLong(minInclusive, (long) maxInclusive + 1);
  }

  /**
   * Longs drawn uniformly from a closed range.
   *
   * @param minInclusive the smallest value
   * @param maxInclusive the largest value, at least {@code minInclusive}
   * @return the generator
   * @throws IllegalArgumentException if {@code minInclusive > maxInclusive}
   */
  static Generator<Long> longBetween(long minInclusive, long maxInclusive) {
    if (minInclusive > maxInclusive) {
      throw new IllegalArgumentException("range [" + minInclusive + ", " + maxInclusive + "] is empty");
    }
    return random -> maxInclusive == Long.MAX_VALUE
        ? (minInclusive == Long.MIN_VALUE ? random.nextLong() : random.nextLong(minInclusive - 1, maxInclusive) + 1)
        : random.nextLong(minInclusive, maxInclusive + 1);
  }

  /**
   * Booleans that are true with a given probability.
   *
   * @param probabilityTrue the probability of {@code true}, in [0, 1]
   * @return the generator
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  static Generator<Boolean> bool(double probabilityTrue) {
    if (!(probabilityTrue >= 0 && probabilityTrue <= 1)) {
      throw new IllegalArgumentException("probability " + probabilityTrue + " is outside [0, 1]");
    }
    return random -> random.nextDouble() < probabilityTrue;
  }

  /**
   * Elements of a list, each equally likely.
   *
   * @param <T> the element type
   * @param values the candidates, not empty; copied
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Generator<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * The constants of an enum, each equally likely.
   *
   * @param <E> the enum type
   * @param type the enum class, with at least one constant
   * @return the generator
   */
  static <E extends Enum<E>> Generator<E> enumValues(Class<E> type) {
    return elements(List.of(type.getEnumConstants()));
  }

  /**
   * Values chosen with probabilities proportional to their weights.
   *
   * @param <T> the value type
   * @param choices the weighted values, in a fixed order (the order is part of the seed's meaning)
   * @return the generator
   * @throws IllegalArgumentException if there are no choices or all weights are zero
   */
  static <T> Generator<T> weighted(List<? extends Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> copy = List.copyOf(choices);
    long total = 0;
    for (Weighted<? extends T> choice : copy) {
      total += choice.weight();
    }
    if (total <= 0) {
      throw new IllegalArgumentException("no choice has a positive weight");
    }
    long sum = total;
    return random -> {
      long pick = random.nextLong(sum);
      for (Weighted<? extends T> choice : copy) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.value();
        }
      }
      throw new AssertionError("weights changed");
    };
  }

  /**
   * Values of one of several generators, chosen with probabilities proportional to their weights.
   *
   * @param <T> the value type
   * @param choices the weighted generators, in a fixed order
   * @return the generator
   * @throws IllegalArgumentException if there are no choices or all weights are zero
   */
  static <T> Generator<T> frequency(List<? extends Weighted<? extends Generator<? extends T>>> choices) {
    Generator<Generator<? extends T>> pick = weighted(choices);
    return random -> pick.next(random).next(random);
  }

  /**
   * Dates drawn uniformly from a closed range.
   *
   * @param startInclusive the first possible date
   * @param endInclusive the last possible date, not before {@code startInclusive}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  static Generator<LocalDate> dateBetween(LocalDate startInclusive, LocalDate endInclusive) {
    Generator<Long> days = longBetween(startInclusive.toEpochDay(), endInclusive.toEpochDay());
    return days.map(LocalDate::ofEpochDay);
  }
}
