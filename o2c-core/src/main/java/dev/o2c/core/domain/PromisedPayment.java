package dev.o2c.core.domain;

import dev.o2c.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One dated amount within a promise to pay. This instance is immutable. */
@Value.Immutable
public abstract class PromisedPayment {

  /** {@return the day the customer promised to pay by (inclusive)} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return the amount promised for that day; strictly positive} */
  @Value.Parameter
  public abstract Money amount();

  /**
   * A promised amount by a date.
   *
   * @param date the day, inclusive
   * @param amount the amount, strictly positive
   * @return the promised payment
   */
  public static PromisedPayment of(LocalDate date, Money amount) {
    return ImmutablePromisedPayment.of(date, amount);
  }

  @Value.Check
  final void validate() {
    new Problems("promised payment").check(amount().isPositive(), "amount " + amount() + " is not positive")
        .throwIfAny();
  }
}
