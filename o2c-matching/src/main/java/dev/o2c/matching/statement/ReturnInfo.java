package dev.o2c.matching.statement;

import java.util.List;
import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * Why a payment came back: the return reason code and explanation (camt {@code RtrInf}, SEPA
 * {@code RTRN}/{@code SVWZ} returns in MT940). This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class ReturnInfo {

  ReturnInfo() {}

  /**
   * The reason code, e.g. ISO {@code AC01} (incorrect account number) or {@code MS03}, or a
   * proprietary reason.
   *
   * @return the reason code, empty when not given
   */
  public abstract Optional<String> reasonCode();

  /**
   * Explanatory lines exactly as sent ({@code AddtlInf}).
   *
   * @return the lines, possibly empty
   */
  public abstract List<String> additionalInfo();

  /**
   * Starts building a {@code ReturnInfo}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnInfo}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableReturnInfo.Builder {
    Builder() {}
  }
}
