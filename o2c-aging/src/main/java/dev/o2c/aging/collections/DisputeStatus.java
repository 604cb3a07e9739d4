package dev.o2c.aging.collections;

import dev.o2c.core.domain.DeductionStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute case stands. The workflow is the ledger's deduction workflow ({@link
 * DeductionStatus}) with one more state, {@link #AWAITING_APPROVAL}, for a write-off above the
 * resolver's authority:
 * <pre>
 * OPEN ──▶ IN_REVIEW ──▶ CREDITED | REJECTED | WRITTEN_OFF
 *   │          │  ▲
 *   │          ▼  │ (refused)
 *   └──▶ AWAITING_APPROVAL ──▶ WRITTEN_OFF (approved)
 * </pre>
 * OPEN may also be resolved straight away; resolved states are final. Each state maps onto a
 * deduction status ({@link #deductionStatus()}).
 */
public enum DisputeStatus {
  /** Raised; nobody has looked at it yet. */
  OPEN,
  /** Someone is investigating (proof of delivery, pricing agreement, promotion claim). */
  IN_REVIEW,
  /** A write-off above the resolver's authority waits for someone with enough authority. */
  AWAITING_APPROVAL,
  /** The customer was right: a credit covers the disputed amount. */
  CREDITED,
  /** The customer was wrong: the amount is owed (again). */
  REJECTED,
  /** Not worth pursuing: the amount is written off. */
  WRITTEN_OFF;

  /** {@return true for the three final states} */
  public boolean isResolved() {
    return this == CREDITED || this == REJECTED || this == WRITTEN_OFF;
  }

  /**
   * The states a case in this state may move to.
   *
   * @return the allowed next states; empty for resolved states
   */
  public Set<DisputeStatus> allowedNext() {
    switch (this) {
      case OPEN:
        return EnumSet.of(IN_REVIEW, AWAITING_APPROVAL, CREDITED, REJECTED, WRITTEN_OFF);
      case IN_REVIEW:
        return EnumSet.of(AWAITING_APPROVAL, CREDITED, REJECTED, WRITTEN_OFF);
      case AWAITING_APPROVAL:
        return EnumSet.of(IN_REVIEW, WRITTEN_OFF);
      default:
        return EnumSet.noneOf(DisputeStatus.class);
    }
  }

  /**
   * Whether this state may move to {@code next}.
   *
   * @param next the proposed next state
   * @return true if the transition is allowed
   */
  public boolean canMoveTo(DisputeStatus next) {
    return allowedNext().contains(next);
  }

  /**
   * The deduction status this state corresponds to: the same name for the shared states, {@code
   * IN_REVIEW} for {@link #AWAITING_APPROVAL} (still being decided), {@code RESOLVED_*} for the
   * resolutions.
   *
   * @return the deduction status
   */
  public DeductionStatus deductionStatus() {
    switch (this) {
      case OPEN:
        return DeductionStatus.OPEN;
      case IN_REVIEW:
      case AWAITING_APPROVAL:
        return DeductionStatus.IN_REVIEW;
      case CREDITED:
        return DeductionStatus.RESOLVED_CREDITED;
      case REJECTED:
        return DeductionStatus.RESOLVED_REJECTED;
      default:
        return DeductionStatus.RESOLVED_WRITTEN_OFF;
    }
  }

  /**
   * The dispute status of a deduction status.
   *
   * @param status the deduction status
   * @return the state of the same meaning
   */
  public static DisputeStatus of(DeductionStatus status) {
    switch (status) {
      case OPEN:
        return OPEN;
      case IN_REVIEW:
        return IN_REVIEW;
      case RESOLVED_CREDITED:
        return CREDITED;
      case RESOLVED_REJECTED:
        return REJECTED;
      default:
        return WRITTEN_OFF;
    }
  }
}
