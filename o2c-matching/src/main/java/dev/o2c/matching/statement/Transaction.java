package dev.o2c.matching.statement;

import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.Direction;
import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One payment as cash application sees it: amount and direction, dates, references, parties,
 * remittance information, return information and charges.
 *
 * <p>A batch entry with several transaction details yields one transaction per detail; an entry
 * without details yields exactly one transaction built from the entry itself. Status, reversal
 * flag and dates are copied from the entry so that a flat list of transactions is
 * self-contained. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Transaction {

  Transaction() {}

  /**
   * The transaction amount as booked on the account, not negative; see {@link #direction()} for
   * the sign.
   *
   * @return the amount in the account currency (usually) or the currency the bank reports
   */
  public abstract Money amount();

  /**
   * Credit or debit, from the account owner's point of view.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The status of the entry this transaction belongs to.
   *
   * @return booked, pending or info
   */
  public abstract EntryStatus status();

  /**
   * Tells whether the entry is a reversal (camt {@code RvslInd}, MT940 {@code RC}/{@code RD}). The
   * {@link #direction()} is already the booked one: the reversal of a credit is a debit.
   *
   * @return true for a reversal booking
   */
  @Value.Default
  public boolean reversal() {
    return false;
  }

  /**
   * The booking date.
   *
   * @return the booking date, empty when not given
   */
  public abstract Optional<LocalDate> bookingDate();

  /**
   * The value date (from when interest counts).
   *
   * @return the value date, empty when not given
   */
  public abstract Optional<LocalDate> valueDate();

  /**
   * When this payment's money becomes available, where the bank says so per payment (camt {@code
   * TxDtls/Avlbty}). The entry's own availability is {@link Entry#availability()} and is not
   * copied here, so a transaction built from an entry without details has none.
   *
   * @return the availability, empty when the transaction details give none
   */
  public abstract Optional<FundsAvailability> availability();

  /**
   * The original amount as instructed by the payer, before charges or currency conversion (camt
   * {@code AmtDtls/InstdAmt}, MT940 {@code /OCMT/}).
   *
   * @return the instructed amount, empty when not given
   */
  public abstract Optional<Money> instructedAmount();

  /**
   * The exchange rate applied between the instructed and the booked currency, exactly as sent
   * (camt {@code CcyXchg/XchgRate}).
   *
   * @return the rate, empty when not given
   */
  public abstract Optional<BigDecimal> exchangeRate();

  /**
   * Every reference the bank reported for this transaction. The account servicer reference falls
   * back to the entry's when the details have none.
   *
   * @return the references, possibly all empty
   */
  @Value.Default
  public References references() {
    return References.empty();
  }

  /**
   * The bank transaction code of the details, or else of the entry.
   *
   * @return the code, possibly empty
   */
  @Value.Default
  public BankTransactionCode bankTransactionCode() {
    return BankTransactionCode.builder().build();
  }

  /**
   * The paying party.
   *
   * @return the debtor, empty when not given
   */
  public abstract Optional<Party> debtor();

  /**
   * The receiving party.
   *
   * @return the creditor, empty when not given
   */
  public abstract Optional<Party> creditor();

  /**
   * The party that ultimately owes the money when someone else pays on its behalf.
   *
   * @return the ultimate debtor, empty when not given
   */
  public abstract Optional<Party> ultimateDebtor();

  /**
   * The party that is ultimately owed the money when someone else collects on its behalf.
   *
   * @return the ultimate creditor, empty when not given
   */
  public abstract Optional<Party> ultimateCreditor();

  /**
   * What the payer said the payment is for.
   *
   * @return the remittance information, possibly empty
   */
  @Value.Default
  public Remittance remittance() {
    return Remittance.empty();
  }

  /**
   * Why the payment was returned, for returns and reversals that carry a reason.
   *
   * @return the return information, empty when not given
   */
  public abstract Optional<ReturnInfo> returnInfo();

  /**
   * Charges reported for this transaction, each as sent (camt {@code Chrgs/Amt} or
   * {@code Chrgs/Rcrd/Amt}, not negative).
   *
   * @return the charges, possibly empty
   */
  public abstract List<Money> charges();

  /**
   * Additional free text about the transaction (camt {@code AddtlTxInf}, or the entry's
   * {@code AddtlNtryInf} for an entry without details).
   *
   * @return the text, empty when not given
   */
  public abstract Optional<String> additionalInfo();

  /**
   * A stable key recognising this transaction when the same statement is imported twice; see
   * {@link DuplicateKeys#of} for the recipe. Readers compute it.
   *
   * @return the key, never blank
   */
  public abstract String duplicateKey();

  /**
   * The amount with the sign of its direction: negative for debits.
   *
   * @return the signed amount
   */
  public Money signedAmount() {
    return direction() == Direction.DEBIT ? amount().negated() : amount();
  }

  @Value.Check
  void check() {
    StringBuilder problems = new StringBuilder();
    if (amount().isNegative()) {
      problems.append("amount must not be negative: ").append(amount()).append("; ");
    }
    if (duplicateKey().isBlank()) {
      problems.append("duplicateKey must not be blank; ");
    }
    for (Money charge : charges()) {
      if (charge.isNegative()) {
        problems.append("charge must not be negative: ").append(charge).append("; ");
      }
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException(problems.substring(0, problems.length() - 2));
    }
  }

  /**
   * Starts building a {@code Transaction}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}
