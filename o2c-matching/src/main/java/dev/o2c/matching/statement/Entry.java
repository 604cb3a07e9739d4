package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One booking line of a statement (camt {@code Ntry}, MT940 :61:, BAI2 16 record). A batch entry
 * sums several payments; its {@link #transactions()} hold one item per payment. An entry without
 * details holds exactly one transaction built from the entry itself. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Entry {

  Entry() {}

  /**
   * The entry amount, not negative; see {@link #direction()} for the sign.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Credit or debit as booked. A reversal of a credit is a debit with {@link #reversal()} true.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Booked, pending or information only.
   *
   * @return the status
   */
  public abstract EntryStatus status();

  /**
   * Tells whether the entry reverses an earlier one (camt {@code RvslInd}, MT940 {@code RC}/{@code
   * RD}).
   *
   * @return true for a reversal
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
   * The value date.
   *
   * @return the value date, empty when not given
   */
  public abstract Optional<LocalDate> valueDate();

  /**
   * When the money becomes available (BAI2 funds type of the 16 record, camt {@code Ntry/Avlbty}).
   * For a value-dated availability (BAI2 {@code V}) the {@link #valueDate()} is its date.
   *
   * @return the availability, empty when the file does not give one
   */
  public abstract Optional<FundsAvailability> availability();

  /**
   * The entry reference unique within the statement (camt {@code NtryRef}).
   *
   * @return the reference, empty when not given
   */
  public abstract Optional<String> entryReference();

  /**
   * The bank's unique reference of the booking (camt {@code AcctSvcrRef}).
   *
   * @return the reference, empty when not given
   */
  public abstract Optional<String> accountServicerReference();

  /**
   * The bank transaction code of the entry.
   *
   * @return the code, possibly empty
   */
  @Value.Default
  public BankTransactionCode bankTransactionCode() {
    return BankTransactionCode.builder().build();
  }

  /**
   * Additional entry text exactly as sent (camt {@code AddtlNtryInf}; MT940 the supplementary details
   * of the {@code :61:}, unless they are the counterparty's account).
   *
   * @return the text, empty when not given
   */
  public abstract Optional<String> additionalInfo();

  /**
   * Charges reported on the entry itself (camt {@code Ntry/Chrgs}), each as sent, not negative;
   * for a batch usually the total of its transactions' charges.
   *
   * @return the charges, possibly empty
   */
  public abstract List<Money> charges();

  /**
   * What the entry declares about its batches ({@code NtryDtls/Btch}), in file order.
   *
   * @return the batch declarations, empty for a single payment
   */
  public abstract List<BatchInfo> batches();

  /**
   * The payments of this entry: one per transaction detail, or exactly one built from the entry.
   *
   * @return the transactions, never empty
   */
  public abstract List<Transaction> transactions();

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
    if (transactions().isEmpty()) {
      problems.append("an entry needs at least one transaction; ");
    }
    FundsAvailability.currencyProblem(availability(), amount().currency())
        .ifPresent(p -> problems.append(p).append("; "));
    if (problems.length() > 0) {
      throw new IllegalArgumentException(problems.substring(0, problems.length() - 2));
    }
  }

  /**
   * Starts building an {@code Entry}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Entry}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableEntry.Builder {
    Builder() {}
  }
}
