package dev.o2c.testkit;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item a generated payment truly settles, and how: the part of the payment money that explains
 * the item, the cash discount taken and the shortfall deducted. Together they settle the item
 * completely: {@link #cleared()} equals the item's open amount.
 *
 * <p>Amounts are signed like the item: for a credit memo netted in a payment, {@link #amount()} is
 * negative (it reduces what the payment had to carry) and discount and shortfall are zero.
 *
 * <pre>{@code
 * // INV-100001 over EUR 1000.00 paid with EUR 980.00 under 2/10 NET 30:
 * TruthAllocation.builder().documentNumber(DocumentNumber.of("INV-100001")).amount(Money.of("EUR", "980.00"))
 *     .discount(Money.of("EUR", "20.00")).shortfall(Money.of("EUR", "0.00")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class TruthAllocation {

  /** {@return the document number of the item settled} */
  public abstract DocumentNumber documentNumber();

  /** {@return the payment money that explains the item; negative for a credit memo netted in the payment} */
  public abstract Money amount();

  /** {@return the cash discount taken on the item; zero or positive} */
  public abstract Money discount();

  /** {@return the part of the item the payer did not pay (a deduction); zero or positive} */
  public abstract Money shortfall();

  /** {@return why the payer deducted; present exactly when {@link #shortfall()} is positive} */
  public abstract Optional<DeductionReason> deductionReason();

  /** {@return what the allocation takes off the item: {@code amount + discount + shortfall}} */
  public final Money cleared() {
    return amount().plus(discount()).plus(shortfall());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TruthAllocation} values; each attribute may be set once. */
  public static final class Builder extends ImmutableTruthAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    StringBuilder problems = new StringBuilder();
    boolean sameCurrency = amount().currency().equals(discount().currency())
        && amount().currency().equals(shortfall().currency());
    if (!sameCurrency) {
      problems.append("; amounts mix currencies");
    }
    if (amount().isZero()) {
      problems.append("; amount is zero");
    }
    if (discount().isNegative() || shortfall().isNegative()) {
      problems.append("; discount or shortfall is negative");
    }
    if (amount().isNegative() && (!discount().isZero() || !shortfall().isZero())) {
      problems.append("; a credit memo allocation has a discount or shortfall");
    }
    if (shortfall().isPositive() != deductionReason().isPresent()) {
      problems.append("; deductionReason must be present exactly when shortfall is positive");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid truth allocation " + documentNumber() + ": "
          + problems.substring(2));
    }
  }
}
