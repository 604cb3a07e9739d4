package dev.o2c.matching.statement;

import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The references banks and payers attach to a transaction, exactly as sent. Values such as
 * {@code NOTPROVIDED} are kept as sent; callers decide what they mean. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class References {

  References() {}

  /**
   * The bank's own unique reference for the booking (camt {@code AcctSvcrRef}, MT940 :61: bank
   * reference after {@code //}).
   *
   * @return the account servicer reference, empty when not given
   */
  public abstract Optional<String> accountServicerReference();

  /**
   * The end-to-end id the payer set and every bank passed on unchanged (SEPA {@code EREF}).
   *
   * @return the end-to-end id, empty when not given
   */
  public abstract Optional<String> endToEndId();

  /**
   * The instruction id between the instructing party and its bank.
   *
   * @return the instruction id, empty when not given
   */
  public abstract Optional<String> instructionId();

  /**
   * The direct debit mandate id (SEPA {@code MREF}).
   *
   * @return the mandate id, empty when not given
   */
  public abstract Optional<String> mandateId();

  /**
   * The SEPA direct debit creditor identifier of the party collecting the money (MT940 {@code
   * CRED+} or {@code /CSID/}, camt {@code Cdtr/Id/PrvtId/Othr/Id} with scheme {@code SEPA}), e.g.
   * {@code DE98ZZZ09999999999}.
   *
   * @return the creditor scheme id, empty when not given
   */
  public abstract Optional<String> creditorSchemeId();

  /**
   * The cheque number.
   *
   * @return the cheque number, empty when not given
   */
  public abstract Optional<String> chequeNumber();

  /**
   * The transaction id assigned by the first instructing bank (camt {@code TxId}).
   *
   * @return the transaction id, empty when not given
   */
  public abstract Optional<String> transactionId();

  /**
   * The payment information id of the batch the payment was part of (camt {@code PmtInfId}).
   *
   * @return the payment information id, empty when not given
   */
  public abstract Optional<String> paymentInformationId();

  /**
   * The message id of the originating payment message (camt {@code Refs/MsgId}).
   *
   * @return the message id, empty when not given
   */
  public abstract Optional<String> messageId();

  /**
   * The customer reference (MT940 :61: reference for the account owner, before {@code //}).
   *
   * @return the customer reference, empty when not given
   */
  public abstract Optional<String> customerReference();

  /**
   * References holding nothing.
   *
   * @return an empty instance
   */
  public static References empty() {
    return builder().build();
  }

  /**
   * Starts building a {@code References}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link References}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableReferences.Builder {
    Builder() {}
  }
}
