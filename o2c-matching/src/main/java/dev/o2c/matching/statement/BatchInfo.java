package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import dev.o2c.core.money.Money;
import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * What a batch entry declares about the transactions it sums up (camt {@code NtryDtls/Btch}):
 * their number and total. Readers compare these with the details and report differences as
 * {@link Finding}s. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class BatchInfo {

  BatchInfo() {}

  /**
   * The declared number of transactions ({@code NbOfTxs}).
   *
   * @return the count, empty when not given
   */
  public abstract Optional<Long> numberOfTransactions();

  /**
   * The declared total amount ({@code TtlAmt}), not negative.
   *
   * @return the total, empty when not given
   */
  public abstract Optional<Money> total();

  /**
   * The direction of the declared total ({@code CdtDbtInd}).
   *
   * @return the direction, empty when not given
   */
  public abstract Optional<Direction> direction();

  /**
   * The id of the payment information block of the originating payment message
   * ({@code PmtInfId}).
   *
   * @return the id, empty when not given
   */
  public abstract Optional<String> paymentInformationId();

  /**
   * The id of the originating payment message ({@code MsgId}).
   *
   * @return the id, empty when not given
   */
  public abstract Optional<String> messageId();

  /**
   * Starts building a {@code BatchInfo}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BatchInfo}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableBatchInfo.Builder {
    Builder() {}
  }
}
