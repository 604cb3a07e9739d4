package dev.o2c.testkit;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recorded answer for one payment of a generated {@link ArWorld}: who really paid, which items
 * the payment settles and what part of it settles nothing. Matching tests and benchmarks score a
 * cash application engine against it.
 *
 * <p>Always {@code sum(allocations.amount) + unexplained = paymentAmount}, checked on construction.
 *
 * <pre>{@code
 * PaymentTruth truth = world.truthFor(payment.id());
 * List<DocumentNumber> expected = truth.documentNumbers();         // items a perfect matcher would clear
 * }</pre>
 */
@Value.Immutable
public abstract class PaymentTruth {

  /** {@return the payment's id in the ledger} */
  public abstract PaymentId payment();

  /** {@return what kind of case the payment is} */
  public abstract PaymentScenario scenario();

  /** {@return the payment amount, repeated here so the truth can be checked on its own} */
  public abstract Money paymentAmount();

  /**
   * The customer who really paid (may be the parent of the items' customer); empty for an
   * {@linkplain PaymentScenario#UNIDENTIFIABLE unidentifiable} payment.
   *
   * @return the payer's customer id, if anyone can know it
   */
  public abstract Optional<CustomerId> payerId();

  /** {@return the items the payment settles, in the order the payer listed them} */
  public abstract List<TruthAllocation> allocations();

  /** {@return the part of the payment that settles no item (on account, or unidentifiable); zero or positive} */
  public abstract Money unexplained();

  /** {@return the document numbers of {@link #allocations()}, in order} */
  public final List<DocumentNumber> documentNumbers() {
    return allocations().stream().map(TruthAllocation::documentNumber).toList();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PaymentTruth} values; each attribute may be set once. */
  public static final class Builder extends ImmutablePaymentTruth.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    StringBuilder problems = new StringBuilder();
    if (unexplained().isNegative()) {
      problems.append("; unexplained ").append(unexplained()).append(" is negative");
    }
    if (!unexplained().currency().equals(paymentAmount().currency())
        || allocations().stream().anyMatch(a -> !a.amount().currency().equals(paymentAmount().currency()))) {
      problems.append("; amounts are not all in the payment currency");
    } else {
      Money explained = Money.zero(paymentAmount().currency());
      for (TruthAllocation allocation : allocations()) {
        explained = explained.plus(allocation.amount());
      }
      if (!explained.plus(unexplained()).equals(paymentAmount())) {
        problems.append("; allocations ").append(explained).append(" + unexplained ").append(unexplained())
            .append(" differ from the payment amount ").append(paymentAmount());
      }
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid payment truth " + payment() + ": " + problems.substring(2));
    }
  }
}
