package dev.o2c.core.domain;

import dev.o2c.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One structured reference the payer sent with a payment: a document number (invoice, credit
 * memo) or a creditor reference such as ISO 11649 {@code RF18539007547034}, optionally with the
 * amount paid against it. This instance is immutable.
 */
@Value.Immutable
public abstract class RemittanceReference {

  /** {@return the reference exactly as sent (no normalisation)} */
  @Value.Parameter
  public abstract String reference();

  /** {@return the amount the payer says it pays against this reference, if given; positive or negative} */
  @Value.Parameter
  public abstract Optional<Money> amount();

  /**
   * A reference without an amount.
   *
   * @param reference the reference as sent, not blank
   * @return the reference
   */
  public static RemittanceReference of(String reference) {
    return ImmutableRemittanceReference.of(reference, Optional.empty());
  }

  /**
   * A reference with the amount paid against it.
   *
   * @param reference the reference as sent, not blank
   * @param amount the amount paid against it
   * @return the reference
   */
  public static RemittanceReference of(String reference, Money amount) {
    return ImmutableRemittanceReference.of(reference, Optional.of(amount));
  }

  @Value.Check
  final void validate() {
    new Problems("remittance reference").check(!reference().isBlank(), "reference is blank").throwIfAny();
  }
}
