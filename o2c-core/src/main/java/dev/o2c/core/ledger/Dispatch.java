package dev.o2c.core.ledger;

import dev.o2c.core.ledger.LedgerException.Code;

/** Routes each kind of command to the part of the ledger that checks and posts it. */
final class Dispatch {
  private Dispatch() {}

  static void check(LedgerCommand c, Books b, Checks k) {
    switch (c.operation()) {
      case REGISTER_CUSTOMERS: b.customers.check((RegisterCustomers) c, k); k.open(c.date()); break;
      case POST_ITEM: ItemCommands.check((PostItem) c, b, k); break;
      case POST_OPENING_ITEM: ItemCommands.check((PostOpeningItem) c, b, k); break;
      case RECEIVE_PAYMENT: CashCommands.check((ReceivePayment) c, b, k); break;
      case POST_OPENING_CASH: CashCommands.check((PostOpeningCash) c, b, k); break;
      case IDENTIFY_PAYER: CashCommands.check((IdentifyPayer) c, b, k); break;
      case MOVE_CASH: CashCommands.check((MoveCash) c, b, k); break;
      case REFUND: CashCommands.check((Refund) c, b, k); break;
      case RETURN_PAYMENT: CashCommands.check((ReturnPayment) c, b, k); break;
      case APPLY_PAYMENT: ApplicationCommands.check((ApplyPayment) c, b, k); break;
      case UNAPPLY: ApplicationCommands.check((Unapply) c, b, k); break;
      case OFFSET_CREDIT_MEMO: ItemCommands.check((OffsetCreditMemo) c, b, k); break;
      case REVERSE_CREDIT_MEMO_OFFSET: ItemCommands.check((ReverseCreditMemoOffset) c, b, k); break;
      case WRITE_OFF_BAD_DEBT: ItemCommands.check((WriteOffBadDebt) c, b, k); break;
      case REINSTATE_BAD_DEBT: ItemCommands.check((ReinstateBadDebt) c, b, k); break;
      case OPEN_DEDUCTION: DeductionCommands.check((OpenDeduction) c, b, k); break;
      case POST_OPENING_DEDUCTION: DeductionCommands.check((PostOpeningDeduction) c, b, k); break;
      case REVIEW_DEDUCTION: DeductionCommands.check((ReviewDeduction) c, b, k); break;
      case RESOLVE_DEDUCTION: DeductionCommands.check((ResolveDeduction) c, b, k); break;
      case CLOSE_PERIOD:
        if (b.closedThrough != null && !c.date().isAfter(b.closedThrough)) {
          k.add(Code.PERIOD_CLOSED, "the books are already closed through " + b.closedThrough
              + "; periods close forward only");
        }
        break;
      default: throw new IllegalStateException("BUG: no handler for " + c.operation());
    }
  }

  static Posting post(LedgerCommand c, Books b) {
    switch (c.operation()) {
      case REGISTER_CUSTOMERS: b.customers.register((RegisterCustomers) c); return statusOnly(c, b);
      case POST_ITEM: return ItemCommands.post((PostItem) c, b);
      case POST_OPENING_ITEM: return ItemCommands.post((PostOpeningItem) c, b);
      case RECEIVE_PAYMENT: return CashCommands.post((ReceivePayment) c, b);
      case POST_OPENING_CASH: return CashCommands.post((PostOpeningCash) c, b);
      case IDENTIFY_PAYER: return CashCommands.post((IdentifyPayer) c, b);
      case MOVE_CASH: return CashCommands.post((MoveCash) c, b);
      case REFUND: return CashCommands.post((Refund) c, b);
      case RETURN_PAYMENT: return CashCommands.post((ReturnPayment) c, b);
      case APPLY_PAYMENT: return ApplicationCommands.post((ApplyPayment) c, b);
      case UNAPPLY: return ApplicationCommands.post((Unapply) c, b);
      case OFFSET_CREDIT_MEMO: return ItemCommands.post((OffsetCreditMemo) c, b);
      case REVERSE_CREDIT_MEMO_OFFSET: return ItemCommands.post((ReverseCreditMemoOffset) c, b);
      case WRITE_OFF_BAD_DEBT: return ItemCommands.post((WriteOffBadDebt) c, b);
      case REINSTATE_BAD_DEBT: return ItemCommands.post((ReinstateBadDebt) c, b);
      case OPEN_DEDUCTION: return DeductionCommands.post((OpenDeduction) c, b);
      case POST_OPENING_DEDUCTION: return DeductionCommands.post((PostOpeningDeduction) c, b);
      case REVIEW_DEDUCTION: return DeductionCommands.post((ReviewDeduction) c, b);
      case RESOLVE_DEDUCTION: return DeductionCommands.post((ResolveDeduction) c, b);
      case CLOSE_PERIOD: b.closedThrough = c.date(); return statusOnly(c, b);
      default: throw new IllegalStateException("BUG: no handler for " + c.operation());
    }
  }

  private static Posting statusOnly(LedgerCommand c, Books b) {
    return new PostingBuilder(b, c.operation(), c.date()).commit();
  }
}
