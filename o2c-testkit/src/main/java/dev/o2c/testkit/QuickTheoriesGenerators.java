package dev.o2c.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Adapters from testkit {@link Generator}s to QuickTheories {@link Gen}s. QuickTheories is an
 * optional dependency of the testkit: add {@code org.quicktheories:quicktheories} to your test
 * classpath to use this class.
 *
 * <pre>{@code
 * qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
 *     .forAll(QuickTheoriesGenerators.gen(ArGenerators.openItems()))
 *     .check(item -> item.openAmount().signum() * item.kind().sign() >= 0);
 * }</pre>
 *
 * <p>The adapted {@code Gen} draws one {@code long} seed from QuickTheories' randomness source and
 * runs the testkit generator on a {@link SplittableRandom} with that seed. So QuickTheories shrinks
 * the seed only: a shrunk seed gives another valid value, usually not a smaller one, and the falsifying
 * value it reports is reproducible with {@code generator.next(seed)}. For values whose smallness
 * matters, build the {@code Gen} from QuickTheories' own generators instead.
 */
public final class QuickTheoriesGenerators {

  private QuickTheoriesGenerators() {}

  /**
   * A QuickTheories generator of a testkit generator's values.
   *
   * @param <T> the value type
   * @param generator the testkit generator
   * @return a {@code Gen} that seeds the generator from QuickTheories' randomness and prints values
   *     with {@code toString()}
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return SourceDSL.longs().all().map(seed -> generator.next(new SplittableRandom(seed)));
  }
}
