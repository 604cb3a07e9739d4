package dev.o2c.aging.collections;

/**
 * A dispute case was asked to move to a state its workflow does not allow from where it stands
 * ({@link DisputeStatus#allowedNext()}), e.g. a credited case back into review.
 */
public final class DisputeTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient DisputeId caseId;
  /** The state the case was in. */
  private final DisputeStatus from;
  /** The state it was asked to move to. */
  private final DisputeStatus to;

  /**
   * The exception for a refused move.
   *
   * @param caseId the case
   * @param from the state it is in
   * @param to the state it was asked to move to
   */
  public DisputeTransitionException(DisputeId caseId, DisputeStatus from, DisputeStatus to) {
    super("Dispute " + caseId + " cannot move from " + from + " to " + to + "; allowed from " + from + ": "
        + from.allowedNext());
    this.caseId = caseId;
    this.from = from;
    this.to = to;
  }

  /** {@return the case} */
  public DisputeId caseId() {
    return caseId;
  }

  /** {@return the state the case is in} */
  public DisputeStatus from() {
    return from;
  }

  /** {@return the state it was asked to move to} */
  public DisputeStatus to() {
    return to;
  }
}
