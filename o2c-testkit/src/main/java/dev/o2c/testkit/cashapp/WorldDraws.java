package dev.o2c.testkit.cashapp;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random draws of one world generation, on one seeded stream that every part of the generator
 * shares: a world is reproducible only while the parts draw in the same order.
 */
final class WorldDraws {

  private final SplittableRandom random;

  WorldDraws(SplittableRandom random) {
    this.random = random;
  }

  /** {@return the stream itself, for the noise models and generators that take one} */
  SplittableRandom random() {
    return random;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  long nextLong() {
    return random.nextLong();
  }

  double nextDouble() {
    return random.nextDouble();
  }

  double gaussian() {
    // Box-Muller on StrictMath, so that every JVM draws the same values.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  double lognormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian());
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** {@return a uniform int in [lo, hi]} */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** {@return an index drawn with the given weights} */
  int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights " + Arrays.toString(weights));
  }
}
