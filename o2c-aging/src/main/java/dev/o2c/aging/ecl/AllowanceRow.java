package dev.o2c.aging.ecl;

import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bucket of an {@link Allowance}.
 *
 * @param label the bucket's label
 * @param gross the signed gross open amount in the bucket
 * @param rate the loss rate applied, a decimal fraction
 * @param allowance {@code gross × rate}, rounded half-up to the currency's minor unit
 */
public record AllowanceRow(String label, Money gross, BigDecimal rate, Money allowance) {

  /**
   * Checks that nothing is null.
   *
   * @param label the bucket's label
   * @param gross the signed gross open amount in the bucket
   * @param rate the loss rate applied
   * @param allowance the rounded allowance
   */
  public AllowanceRow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(gross, "gross");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(allowance, "allowance");
  }
}
