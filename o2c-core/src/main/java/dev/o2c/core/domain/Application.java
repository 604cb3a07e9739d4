package dev.o2c.core.domain;

import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The application of (part of) a payment to an item: how much of the payment clears the item, how
 * much cash discount is granted and how much small difference is written off or gained.
 *
 * <p>The item's open amount goes down by {@code applied + discount + smallDifference}; the payment's
 * unapplied amount goes down by {@code applied} only. All three amounts are in the item's currency;
 * applied and discount are non-negative, at least one amount is positive, and the item goes down by
 * a positive amount. A negative small difference is a gain: more money arrived than the item's rest
 * (an exchange gain on a payment made in another currency), and the item is settled by less than
 * was applied. This instance is immutable.
 */
@Value.Immutable
public abstract class Application {

  /** {@return the ledger's sequence number for this application, used to unapply it; positive} */
  public abstract ApplicationId id();

  /** {@return the bank reference of the payment the money comes from} */
  public abstract PaymentId payment();

  /** {@return the document number of the item the money goes to} */
  public abstract DocumentNumber documentNumber();

  /** {@return the payment money that clears the item; zero or positive} */
  public abstract Money applied();

  /** {@return the cash discount granted on the item; zero or positive} */
  public abstract Money discount();

  /**
   * {@return the small difference on the item: positive when written off (tolerance, bank charges,
   * an exchange loss), negative when gained (an exchange gain; then {@link #applied()} exceeds
   * {@link #cleared()})}
   */
  public abstract Money smallDifference();

  /** {@return the posting date of the application} */
  public abstract LocalDate date();

  /** {@return why the application was made (a matching rule, a person's decision), if recorded} */
  public abstract Optional<String> reason();

  /** {@return the total by which the item's open amount went down: {@code applied + discount + smallDifference}} */
  public final Money cleared() {
    return applied().plus(discount()).plus(smallDifference());
  }

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Application} values; each attribute may be set once. */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    // Applications are made by the thousand in a cash-application run: messages only for failed checks.
    Problems p = new Problems("application", id());
    p.check(applied().currency().equals(discount().currency()) && applied().currency().equals(smallDifference().currency()),
        "amounts mix currencies");
    if (applied().isNegative()) {
      p.add("applied " + applied() + " is negative");
    }
    if (discount().isNegative()) {
      p.add("discount " + discount() + " is negative");
    }
    p.check(applied().isPositive() || discount().isPositive() || smallDifference().isPositive(), "all amounts are zero");
    // Not cleared(): applied + discount alone may exceed a long for amounts no ledger posts.
    if (smallDifference().isNegative()
        && applied().minorUnits() + smallDifference().minorUnits() <= -discount().minorUnits()) {
      p.add("gain " + smallDifference().negated() + " leaves nothing cleared of applied " + applied());
    }
    p.throwIfAny();
  }
}
