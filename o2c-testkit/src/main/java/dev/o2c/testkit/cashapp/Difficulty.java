package dev.o2c.testkit.cashapp;

/**
 * The difficulty tiers of the cash-application benchmark, for CI (spec section 2): how much noise the
 * bank lines carry.
 *
 * <ul>
 *   <li>{@link #EASY}: no noise: references exact and unformatted, no OCR, payer names exact, every
 *       line with a known IBAN (cheques aside, which still carry none);
 *   <li>{@link #DEFAULT}: the spec's noise models at their stated rates;
 *   <li>{@link #HARD}: the rates of token corruption, OCR, formatting, missing and unknown IBANs
 *       doubled, no structured references, and half the payer names not exact.
 * </ul>
 */
public enum Difficulty {
  /** No noise. */
  EASY(0.0, 0.0),
  /** The spec's noise rates. */
  DEFAULT(1.0, 0.30),
  /** Noise doubled, no structured references, names 50 % not exact. */
  HARD(2.0, 0.50);

  private final double noise;
  private final double nameVariation;

  Difficulty(double noise, double nameVariation) {
    this.noise = noise;
    this.nameVariation = nameVariation;
  }

  /** {@return the factor on every noise rate: 0, 1 or 2} */
  public double noiseFactor() {
    return noise;
  }

  /** {@return the share of lines whose payer name is not written exactly as in the customer master} */
  public double nameVariationShare() {
    return nameVariation;
  }
}
