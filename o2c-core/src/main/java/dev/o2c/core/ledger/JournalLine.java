package dev.o2c.core.ledger;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the receivables journal: an amount debited or credited to an account role on a date,
 * for a sub-ledger reference (the item, payment or deduction it concerns).
 *
 * @param posting the number of the posting the line belongs to
 * @param date the posting date
 * @param account the account role
 * @param side debit or credit
 * @param amount the amount, always positive; {@link #signedAmount()} gives debits positive
 * @param reference what the line is about: a {@link dev.o2c.core.id.DocumentNumber} on item accounts
 *     (receivables, sales, discount, small differences, bad debt), a {@link dev.o2c.core.id.PaymentId}
 *     on cash accounts, a {@link dev.o2c.core.id.DeductionId} on deductions
 * @param customer the customer the line belongs to; empty for money whose payer is unknown
 */
public record JournalLine(
    long posting,
    LocalDate date,
    AccountRole account,
    Side side,
    Money amount,
    TextId reference,
    Optional<CustomerId> customer) {

  /**
   * Validates the line.
   *
   * @param posting the number of the posting the line belongs to
   * @param date the posting date
   * @param account the account role
   * @param side debit or credit
   * @param amount the amount, always positive; {@link #signedAmount()} gives debits positive
   * @param reference what the line is about: a {@link dev.o2c.core.id.DocumentNumber} on item accounts (receivables, sales, discount, small differences, bad debt), a {@link dev.o2c.core.id.PaymentId} on cash accounts, a {@link dev.o2c.core.id.DeductionId} on deductions
   * @param customer the customer the line belongs to; empty for money whose payer is unknown
   */
  public JournalLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(customer, "customer");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Journal line amount must be positive: " + amount);
    }
  }

  /** {@return the amount, positive for a debit and negative for a credit} */
  public Money signedAmount() {
    return side == Side.DEBIT ? amount : amount.negated();
  }

  @Override
  public String toString() {
    return posting + " " + date + " " + (side == Side.DEBIT ? "DR " : "CR ") + account + " " + amount + " "
        + reference + customer.map(c -> " (" + c + ")").orElse("");
  }
}
