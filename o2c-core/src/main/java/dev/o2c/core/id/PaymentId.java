package dev.o2c.core.id;

/**
 * The ledger's identity of a received payment: the key under which it is received, applied,
 * refunded and returned, and on which a second receipt of the same money is refused.
 *
 * <p>A bank reference alone is not unique: two banks (or two accounts at one bank) may hand out the
 * same reference. The default id is therefore the receiving account and the bank reference, see
 * {@link #of(String, BankReference)}; a host may use any other unique key, such as a statement
 * transaction's duplicate key.
 */
public final class PaymentId extends TextId {

  private PaymentId(String value) {
    super(value, "payment id");
  }

  /**
   * A payment id as the host assigns it.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or has surrounding white space
   */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }

  /**
   * The default id of a payment received on an account: {@code account + "/" + reference}, or the
   * reference alone where the account is not known.
   *
   * @param receivingAccount the company's account the money came in on (IBAN or account number), or null
   * @param reference the bank's reference for the booking
   * @return the id
   */
  public static PaymentId of(String receivingAccount, BankReference reference) {
    return receivingAccount == null || receivingAccount.isBlank()
        ? new PaymentId(reference.toString())
        : new PaymentId(receivingAccount.strip() + "/" + reference);
  }
}
