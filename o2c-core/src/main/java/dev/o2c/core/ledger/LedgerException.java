package dev.o2c.core.ledger;

import java.util.Objects;

/**
 * Thrown when the receivables ledger refuses an operation. The ledger is unchanged when this is
 * thrown. {@link #code()} tells hosts what kind of refusal it was without parsing the message.
 */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of refusal. */
  public enum Code {
    /** A customer with this id is already registered. */
    DUPLICATE_CUSTOMER,
    /** No customer with this id is registered. */
    UNKNOWN_CUSTOMER,
    /** An item with this document number is already posted. */
    DUPLICATE_ITEM,
    /** No item with this document number is posted. */
    UNKNOWN_ITEM,
    /** A payment with this bank reference was already received. */
    DUPLICATE_PAYMENT,
    /** No payment with this bank reference was received. */
    UNKNOWN_PAYMENT,
    /** The payment was returned by the bank; nothing more can be done with it. */
    PAYMENT_RETURNED,
    /** Amounts in different currencies met. */
    CURRENCY_MISMATCH,
    /** An amount is zero or negative where a positive one is needed. */
    INVALID_AMOUNT,
    /** The payment bucket holds less than the operation needs. */
    INSUFFICIENT_FUNDS,
    /** The operation would take the item beyond its open amount. */
    EXCEEDS_OPEN_AMOUNT,
    /** The item is of a kind the operation does not accept. */
    WRONG_ITEM_KIND,
    /** A new item must be posted with its open amount equal to its original amount. */
    NOT_AT_ORIGINAL_AMOUNT,
    /** The operation is dated before a document it involves. */
    DATE_TOO_EARLY,
    /** No application with this id exists. */
    UNKNOWN_APPLICATION,
    /** The application was already reversed. */
    ALREADY_UNAPPLIED,
    /** The payment's payer is not known, so the money cannot go to a customer bucket. */
    PAYER_UNKNOWN,
    /** The payment's payer is already known. */
    PAYER_ALREADY_KNOWN,
    /** A deduction with this id already exists. */
    DUPLICATE_DEDUCTION,
    /** No deduction with this id exists. */
    UNKNOWN_DEDUCTION,
    /** The deduction cannot move to the requested status. */
    INVALID_STATUS_CHANGE
  }

  /** The kind of refusal. */
  private final Code code;

  LedgerException(Code code, String message) {
    super(Objects.requireNonNull(code, "code") + ": " + message);
    this.code = code;
  }

  /** {@return the kind of refusal} */
  public Code code() {
    return code;
  }
}
