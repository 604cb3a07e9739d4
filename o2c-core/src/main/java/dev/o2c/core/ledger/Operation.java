package dev.o2c.core.ledger;

/** The kinds of {@link LedgerCommand}, one per command type; a {@link Posting} names the one that made it. */
public enum Operation {
  /** {@link RegisterCustomers} */
  REGISTER_CUSTOMERS,
  /** {@link PostItem} */
  POST_ITEM,
  /** {@link PostOpeningItem} */
  POST_OPENING_ITEM,
  /** {@link ReceivePayment} */
  RECEIVE_PAYMENT,
  /** {@link PostOpeningCash} */
  POST_OPENING_CASH,
  /** {@link IdentifyPayer} */
  IDENTIFY_PAYER,
  /** {@link MoveCash} */
  MOVE_CASH,
  /** {@link Refund} */
  REFUND,
  /** {@link ReturnPayment} */
  RETURN_PAYMENT,
  /** {@link ApplyPayment} */
  APPLY_PAYMENT,
  /** {@link Unapply} */
  UNAPPLY,
  /** {@link OffsetCreditMemo} */
  OFFSET_CREDIT_MEMO,
  /** {@link ReverseCreditMemoOffset} */
  REVERSE_CREDIT_MEMO_OFFSET,
  /** {@link WriteOffBadDebt} */
  WRITE_OFF_BAD_DEBT,
  /** {@link ReinstateBadDebt} */
  REINSTATE_BAD_DEBT,
  /** {@link OpenDeduction} */
  OPEN_DEDUCTION,
  /** {@link PostOpeningDeduction} */
  POST_OPENING_DEDUCTION,
  /** {@link ReviewDeduction} */
  REVIEW_DEDUCTION,
  /** {@link ResolveDeduction} */
  RESOLVE_DEDUCTION,
  /** {@link ClosePeriod} */
  CLOSE_PERIOD
}
