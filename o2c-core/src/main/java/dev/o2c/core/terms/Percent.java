package dev.o2c.core.terms;

import java.math.BigDecimal;

/** Shared percent helpers. */
final class Percent {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** Drops trailing zeros so equal percents are equal objects, keeping a non-negative scale. */
  static BigDecimal normalize(BigDecimal percent) {
    BigDecimal stripped = percent.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
