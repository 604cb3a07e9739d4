package dev.o2c.core.domain;

import dev.o2c.core.money.Money;
import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A discount or other adjustment in structured remittance information, with its reason, e.g.
 * 2% early-payment discount (camt {@code DscntApldAmt}, {@code AdjstmntAmtAndRsn}). This instance
 * is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class RemittanceAdjustment {

  RemittanceAdjustment() {}

  /**
   * The adjustment amount as sent (not negative).
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * The credit/debit indicator of the adjustment, when given ({@code CdtDbtInd}).
   *
   * @return the direction, empty when not given
   */
  public abstract Optional<Direction> direction();

  /**
   * The reason or type code, e.g. a discount type or an adjustment reason code.
   *
   * @return the reason, empty when not given
   */
  public abstract Optional<String> reason();

  /**
   * Free text explaining the adjustment.
   *
   * @return the text, empty when not given
   */
  public abstract Optional<String> additionalInfo();

  /**
   * Starts building a {@code RemittanceAdjustment}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemittanceAdjustment}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableRemittanceAdjustment.Builder {
    Builder() {}
  }
}
