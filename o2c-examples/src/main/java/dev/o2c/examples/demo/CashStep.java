package dev.o2c.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision of the demo's cash-application script, as a clerk or a matching engine would take
 * it: which payment, what to do, with which item and amounts. Amounts are plain decimals in the
 * currency of the item (or payment) they concern and are converted exactly when the step runs.
 *
 * @param line the line of the script the step comes from, for error messages
 * @param date the posting date
 * @param action what to do
 * @param paymentRef the payment's bank reference (all actions but {@link CashAction#OFFSET})
 * @param customerId the identified payer ({@link CashAction#IDENTIFY})
 * @param itemId the invoice or debit memo ({@link CashAction#APPLY}, {@link CashAction#DEDUCT},
 *     {@link CashAction#OFFSET})
 * @param creditMemoId the credit memo offset ({@link CashAction#OFFSET})
 * @param amount the applied, deducted or offset amount
 * @param discount the cash discount granted ({@link CashAction#APPLY})
 * @param writeOff the small difference written off ({@link CashAction#APPLY})
 * @param reason a deduction reason ({@link CashAction#DEDUCT}) or a bank return code ({@link CashAction#RETURN})
 * @param note free text explaining the decision
 */
public record CashStep(
    long line,
    LocalDate date,
    CashAction action,
    Optional<String> paymentRef,
    Optional<String> customerId,
    Optional<String> itemId,
    Optional<String> creditMemoId,
    Optional<BigDecimal> amount,
    Optional<BigDecimal> discount,
    Optional<BigDecimal> writeOff,
    Optional<String> reason,
    Optional<String> note) {

  /**
   * Checks that no component is null.
   *
   * @param line the line of the script the step comes from
   * @param date the posting date
   * @param action what to do
   * @param paymentRef the payment's bank reference
   * @param customerId the identified payer
   * @param itemId the invoice or debit memo
   * @param creditMemoId the credit memo offset
   * @param amount the applied, deducted or offset amount
   * @param discount the cash discount granted
   * @param writeOff the small difference written off
   * @param reason a deduction reason or a bank return code
   * @param note free text explaining the decision
   */
  public CashStep {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(paymentRef, "paymentRef");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(creditMemoId, "creditMemoId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(writeOff, "writeOff");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
  }
}
