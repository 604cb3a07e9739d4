package dev.o2c.core.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deduction or dispute stands: {@code OPEN → IN_REVIEW → RESOLVED_*}. A deduction may be
 * resolved straight from {@code OPEN}; resolved states are final.
 */
public enum DeductionStatus {
  /** Recorded, nobody has looked at it yet. */
  OPEN,
  /** Someone is investigating (proof of delivery, pricing agreement, promotion claim). */
  IN_REVIEW,
  /** The customer was right: a credit covers the deducted amount. */
  RESOLVED_CREDITED,
  /** The customer was wrong: the amount is owed again on the original item. */
  RESOLVED_REJECTED,
  /** Not worth pursuing: the amount is written off. */
  RESOLVED_WRITTEN_OFF;

  /** {@return true for the three final states} */
  public boolean isResolved() {
    return this != OPEN && this != IN_REVIEW;
  }

  /**
   * The states a deduction in this state may move to.
   *
   * @return the allowed next states; empty for resolved states
   */
  public Set<DeductionStatus> allowedNext() {
    switch (this) {
      case OPEN:
        return EnumSet.of(IN_REVIEW, RESOLVED_CREDITED, RESOLVED_REJECTED, RESOLVED_WRITTEN_OFF);
      case IN_REVIEW:
        return EnumSet.of(RESOLVED_CREDITED, RESOLVED_REJECTED, RESOLVED_WRITTEN_OFF);
      default:
        return EnumSet.noneOf(DeductionStatus.class);
    }
  }

  /**
   * Whether this state may move to {@code next}.
   *
   * @param next the proposed next state
   * @return true if the transition is allowed
   */
  public boolean canMoveTo(DeductionStatus next) {
    return allowedNext().contains(next);
  }
}
