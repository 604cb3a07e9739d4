package dev.o2c.core.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when the receivables ledger refuses a command. The ledger is unchanged when this is
 * thrown. {@link #problems()} lists every problem found (what {@link ReceivablesLedger#check} would
 * return); {@link #code()} is the first one's, so hosts can tell refusals apart without parsing
 * messages.
 */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of refusal. */
  public enum Code {
    /** A customer with this id is already registered. */
    DUPLICATE_CUSTOMER,
    /** No customer with this id is registered. */
    UNKNOWN_CUSTOMER,
    /** Parent links would form a cycle. */
    CUSTOMER_CYCLE,
    /** An item with this document number is already posted. */
    DUPLICATE_ITEM,
    /** No item with this document number is posted. */
    UNKNOWN_ITEM,
    /** A payment with this id was already received. */
    DUPLICATE_PAYMENT,
    /** No payment with this id was received. */
    UNKNOWN_PAYMENT,
    /** The payment was returned by the bank in full; nothing more can be done with it. */
    PAYMENT_RETURNED,
    /** Amounts in different currencies met. */
    CURRENCY_MISMATCH,
    /** An amount is zero or negative where a positive one is needed. */
    INVALID_AMOUNT,
    /** The payment bucket holds less than the operation needs. */
    INSUFFICIENT_FUNDS,
    /** The operation would take the item beyond its open amount, or beyond what can be reversed. */
    EXCEEDS_OPEN_AMOUNT,
    /** The item is of a kind the operation does not accept. */
    WRONG_ITEM_KIND,
    /** A new item must be posted with its open amount equal to its original amount. */
    NOT_AT_ORIGINAL_AMOUNT,
    /** An opening item must have something open. */
    NOTHING_OPEN,
    /**
     * The command is dated before a document it involves, or before the last operation on a
     * document it touches (history is never rewritten).
     */
    DATE_TOO_EARLY,
    /** The command is dated in a closed period. */
    PERIOD_CLOSED,
    /** No application with this id exists. */
    UNKNOWN_APPLICATION,
    /** The application was already reversed. */
    ALREADY_UNAPPLIED,
    /** The payment's payer is not known yet. */
    PAYER_UNKNOWN,
    /** The payment's payer is already known. */
    PAYER_ALREADY_KNOWN,
    /** The payment would settle an item of a customer outside the payer's group, without an override. */
    NOT_PAYERS_ITEM,
    /** The discount exceeds what the item's terms earn on the payment's value date, without an override. */
    DISCOUNT_NOT_EARNED,
    /** A deduction with this id already exists. */
    DUPLICATE_DEDUCTION,
    /** No deduction with this id exists. */
    UNKNOWN_DEDUCTION,
    /** The deduction cannot move to the requested status. */
    INVALID_STATUS_CHANGE
  }

  /** The kind of the first problem. */
  private final Code code;
  /** Every problem found, at least one; not serialised (a deserialised exception keeps its code and message). */
  private final transient List<LedgerProblem> problems;

  LedgerException(List<LedgerProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
    this.code = problems.get(0).code();
  }

  LedgerException(Code code, String message) {
    this(List.of(new LedgerProblem(code, message)));
  }

  private static String message(List<LedgerProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    StringBuilder sb = new StringBuilder(problems.get(0).toString());
    for (int i = 1; i < problems.size(); i++) {
      sb.append("; ").append(problems.get(i));
    }
    return sb.toString();
  }

  /** {@return the kind of the first problem} */
  public Code code() {
    return code;
  }

  /** {@return every problem found, at least one} */
  public List<LedgerProblem> problems() {
    return problems != null ? problems : List.of(new LedgerProblem(code, getMessage()));
  }
}
