package dev.o2c.core.ledger;

/**
 * One operation on the receivables ledger, as an immutable value: what a host logs, queues,
 * persists, replays or dry-runs. {@link ReceivablesLedger#post(LedgerCommand)} carries it out or
 * throws and changes nothing; {@link ReceivablesLedger#check(LedgerCommand)} lists every problem
 * without changing anything.
 *
 * <p>Each command has {@code of(...)} for the common case and a {@code builder()} for the rest;
 * optional parts are {@link java.util.Optional}, never null. {@link #operation()} names the kind
 * of command, for switching and for serialised forms.
 */
public sealed interface LedgerCommand permits
    RegisterCustomers,
    PostItem,
    PostOpeningItem,
    ReceivePayment,
    PostOpeningCash,
    IdentifyPayer,
    MoveCash,
    Refund,
    ReturnPayment,
    ApplyPayment,
    Unapply,
    OffsetCreditMemo,
    ReverseCreditMemoOffset,
    WriteOffBadDebt,
    ReinstateBadDebt,
    OpenDeduction,
    PostOpeningDeduction,
    ReviewDeduction,
    ResolveDeduction,
    ClosePeriod {

  /** {@return which operation this command is} */
  Operation operation();

  /** {@return the posting date: the day the operation takes effect in the books} */
  java.time.LocalDate date();
}
