package dev.o2c.aging.collections;

/**
 * Which instalment of a payment plan takes the minor units left over when the amount does not divide
 * evenly by the number of instalments.
 */
public enum PaymentPlanRemainder {
  /** The first instalment is the larger: EUR 100.00 in 3 is 33.34, 33.33, 33.33. */
  FIRST,
  /** The last instalment is the larger: EUR 100.00 in 3 is 33.33, 33.33, 33.34. */
  LAST
}
