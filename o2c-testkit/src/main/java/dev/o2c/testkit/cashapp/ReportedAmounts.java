package dev.o2c.testkit.cashapp;

import dev.o2c.core.money.Money;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;

/**
 * What the bank reports beside a credit's amount: the instructed amount and the charges it took.
 * Drawn from a stream of its own, so that the lines, amounts and noise of a seed stayed what they
 * were before these were modelled.
 */
final class ReportedAmounts {

  /** Share of bank-fee lines whose statement reports the instructed amount and the charges taken. */
  static final double CHARGES_REPORTED = 0.7;
  /** Share of lines paid in another currency whose statement reports the instructed foreign amount. */
  static final double CONVERSION_REPORTED = 0.9;
  /** Share of other credit lines whose camt.053 reports the instructed amount (equal to the amount). */
  static final double INSTRUCTED_REPORTED = 0.6;

  private final SplittableRandom amountDetails;

  ReportedAmounts(long seed) {
    this.amountDetails = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  /** The instructed amount (if reported) and the charges reported, in minor units of the line's currency. */
  record Reported(Optional<Money> instructed, long charges) {}

  Reported of(LineDraft d, CurrencyUnit currency) {
    Optional<Money> instructed = Optional.empty();
    long charges = 0;
    long fee = d.allocations.stream().mapToLong(a -> a[4]).sum();
    // Banks report the instructed amount of most credit transfers; the charges they took and the
    // amount before conversion not always (spec: SHA/BEN fees; payments in another currency).
    if (d.credit && fee > 0) {
      if (amountDetails.nextDouble() < CHARGES_REPORTED) {
        instructed = Optional.of(Money.ofMinor(currency, d.amount + fee));
        charges = fee;
      }
    } else if (d.credit && d.foreignInstructed != null) {
      if (amountDetails.nextDouble() < CONVERSION_REPORTED) {
        instructed = Optional.of(d.foreignInstructed);
      }
    } else if (d.credit && amountDetails.nextDouble() < INSTRUCTED_REPORTED) {
      instructed = Optional.of(Money.ofMinor(currency, d.amount));
    }
    return new Reported(instructed, charges);
  }
}
