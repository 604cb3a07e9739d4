package dev.o2c.matching.statement;

import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account balance reported in a statement, e.g. the opening booked balance on 2024-03-01.
 *
 * <p>The amount is signed: a debit (overdrawn) balance is negative. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Balance {

  Balance() {}

  /**
   * The normalized kind of balance.
   *
   * @return the balance type, {@link BalanceType#OTHER} when the bank's code has no mapping
   */
  public abstract BalanceType type();

  /**
   * The bank's own code for this balance as written in the file, e.g. {@code CLBD}, {@code PRCD}
   * (camt), {@code 60F} (MT940) or {@code 010} (BAI2).
   *
   * @return the original code, empty when the format has none
   */
  public abstract Optional<String> code();

  /**
   * The balance amount, negative for a debit balance.
   *
   * @return the signed amount in the balance's currency
   */
  public abstract Money amount();

  /**
   * The date the balance refers to.
   *
   * @return the balance date
   */
  public abstract LocalDate date();

  /**
   * When the balance is available, where the bank says so (BAI2 funds type of a 03 status, camt
   * {@code Bal/Avlbty}).
   *
   * @return the availability, empty when the file does not give one
   */
  public abstract Optional<FundsAvailability> availability();

  @Value.Check
  void check() {
    FundsAvailability.currencyProblem(availability(), amount().currency()).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
  }

  /**
   * Creates a balance.
   *
   * @param type the normalized kind
   * @param amount the signed amount
   * @param date the balance date
   * @return a balance without an original code
   */
  public static Balance of(BalanceType type, Money amount, LocalDate date) {
    return builder().type(type).amount(amount).date(date).build();
  }

  /**
   * Starts building a balance.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Balance}; each attribute may be set once. */
  public static final class Builder extends ImmutableBalance.Builder {
    Builder() {}
  }
}
