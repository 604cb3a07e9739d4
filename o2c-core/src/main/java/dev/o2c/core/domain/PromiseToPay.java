package dev.o2c.core.domain;

import dev.o2c.core.id.PromiseId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's promise to pay one or more amounts by given dates, usually made to a collector,
 * covering some of its open items.
 *
 * <p>Dates are strictly increasing and all amounts share one currency. This instance is immutable.
 */
@Value.Immutable
public abstract class PromiseToPay {

  /** {@return the promise's own id} */
  public abstract PromiseId id();

  /** {@return the customer who promised} */
  public abstract CustomerId customerId();

  /** {@return the items the promise covers; may be empty for a promise against the balance} */
  public abstract List<DocumentNumber> documentNumbers();

  /** {@return the promised amounts with their dates, in date order; at least one} */
  public abstract List<PromisedPayment> payments();

  /** {@return the day the promise was made} */
  public abstract LocalDate madeOn();

  /** {@return where the promise stands; {@link PromiseStatus#OPEN} for a new one} */
  @Value.Default
  public PromiseStatus status() {
    return PromiseStatus.OPEN;
  }

  /** {@return who took the promise, or a note about it} */
  public abstract Optional<String> note();

  /** {@return the total promised: the sum of all promised amounts} */
  public final Money totalAmount() {
    Money total = Money.zero(payments().get(0).amount().currency());
    for (PromisedPayment payment : payments()) {
      total = total.plus(payment.amount());
    }
    return total;
  }

  /** {@return the last promised date} */
  public final LocalDate lastDate() {
    return payments().get(payments().size() - 1).date();
  }

  /**
   * A copy of this promise in another state.
   *
   * @param status the new state
   * @return the copy; this instance is unaffected
   */
  public abstract PromiseToPay withStatus(PromiseStatus status);

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PromiseToPay} values; each attribute may be set once. */
  public static final class Builder extends ImmutablePromiseToPay.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    Problems p = new Problems("promise to pay " + id());
    p.check(!payments().isEmpty(), "no promised payments");
    for (int i = 1; i < payments().size(); i++) {
      PromisedPayment previous = payments().get(i - 1);
      PromisedPayment current = payments().get(i);
      p.check(current.date().isAfter(previous.date()),
          "promised dates are not strictly increasing at " + current.date());
      p.check(current.amount().currency().equals(previous.amount().currency()),
          "promised amounts mix currencies " + previous.amount().currency() + " and " + current.amount().currency());
    }
    if (!payments().isEmpty()) {
      p.check(!payments().get(0).date().isBefore(madeOn()), "first promised date is before madeOn " + madeOn());
    }
    p.throwIfAny();
  }
}
