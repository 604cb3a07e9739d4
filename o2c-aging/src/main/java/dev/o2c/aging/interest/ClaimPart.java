package dev.o2c.aging.interest;

/** The parts of a late debt a payment can go to, as §367 BGB names them. */
public enum ClaimPart {
  /** Costs: the fixed compensation and other recovery costs (dunning fees). */
  COSTS,
  /** Interest accrued and not yet paid. */
  INTEREST,
  /** The debt itself. */
  PRINCIPAL
}
