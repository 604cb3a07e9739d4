package dev.o2c.matching.statement;

import dev.o2c.core.money.Money;
import dev.o2c.core.value.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One activity summary of an account that is not a balance: a BAI2 03 record's type code with its
 * amount, item count and funds availability, e.g. {@code 100,50000,2} = total credits USD 500.00
 * in 2 items. Status codes (balances such as {@code 010} opening ledger) are {@link Balance}s
 * instead. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class AccountSummary {

  AccountSummary() {}

  /**
   * The three-digit BAI2 type code as written, e.g. {@code 100} total credits, {@code 400} total
   * debits.
   *
   * @return the type code
   */
  public abstract String typeCode();

  /**
   * The summary amount as written (BAI2 summary amounts may carry a sign).
   *
   * @return the amount, empty when the file leaves the field empty
   */
  public abstract Optional<Money> amount();

  /**
   * The number of items the summary covers.
   *
   * @return the item count, empty when not given
   */
  public abstract Optional<Long> itemCount();

  /**
   * When the summarised money becomes available.
   *
   * @return the availability, empty when not given
   */
  public abstract Optional<FundsAvailability> availability();

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    String code = typeCode();
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problems.add("typeCode must be three digits: '" + code + "'");
    }
    if (itemCount().map(n -> n < 0).orElse(false)) {
      problems.add("itemCount must not be negative: " + itemCount().get());
    }
    amount().flatMap(a -> FundsAvailability.currencyProblem(availability(), a.currency()))
        .ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * Starts building an {@code AccountSummary}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSummary}; each attribute may be set once. */
  public static final class Builder extends ImmutableAccountSummary.Builder {
    Builder() {}
  }
}
