package dev.o2c.core.ledger;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the receivables journal: an amount on one side of one account, for one document.
 *
 * <p>{@code reference} names the sub-ledger document the line belongs to: the item's document
 * number for {@link AccountRole#RECEIVABLES}, the payment's bank reference for the cash buckets and
 * {@link AccountRole#CASH}, the deduction id for {@link AccountRole#DEDUCTIONS}, and the item or
 * payment that caused the line for the other roles. This instance is immutable.
 *
 * @param posting the number of the posting the line belongs to; the lines of one posting balance
 * @param date the posting date
 * @param account the account role
 * @param side debit or credit
 * @param amount the amount, strictly positive
 * @param reference the document the line belongs to
 * @param customerId the customer the line concerns, empty for money in suspense
 */
public record JournalLine(
    long posting,
    LocalDate date,
    AccountRole account,
    Side side,
    Money amount,
    String reference,
    Optional<String> customerId) {

  /**
   * Validates the line.
   *
   * @param posting the number of the posting the line belongs to; the lines of one posting balance
   * @param date the posting date
   * @param account the account role
   * @param side debit or credit
   * @param amount the amount, strictly positive
   * @param reference the document the line belongs to
   * @param customerId the customer the line concerns, empty for money in suspense
   * @throws IllegalArgumentException if the amount is not positive
   */
  public JournalLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(customerId, "customerId");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Journal line amount must be positive: " + amount);
    }
  }

  /** {@return the amount signed by side: positive for a debit, negative for a credit} */
  public Money signedAmount() {
    return side == Side.DEBIT ? amount : amount.negated();
  }

  @Override
  public String toString() {
    return posting + " " + date + " " + (side == Side.DEBIT ? "DR " : "CR ") + account + " " + amount + " "
        + reference + customerId.map(c -> " (" + c + ")").orElse("");
  }
}
