package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Who may write off how much: the limit of a person in a currency. A host implements the one method
 * from its own authorisation tables, or configures {@link AuthorityLimits}.
 */
@FunctionalInterface
public interface AuthorityPolicy {

  /** Nobody may write off anything: every write-off waits for approval. */
  AuthorityPolicy NONE = (holder, currency) -> Optional.empty();

  /**
   * The most a person may write off on their own in a currency.
   *
   * @param holder the person and role
   * @param currency the currency
   * @return the limit, zero or positive; empty for no authority in that currency
   */
  Optional<Money> writeOffLimit(AuthorityHolder holder, CurrencyUnit currency);

  /**
   * Checks a write-off against the holder's limit in its currency.
   *
   * @param holder the person and role
   * @param amount the amount to write off, zero or positive
   * @return the check, within the limit or not, with the reason
   */
  default AuthorityCheck checkWriteOff(AuthorityHolder holder, Money amount) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(amount, "amount");
    return AuthorityCheck.of(holder, amount, writeOffLimit(holder, amount.currency()));
  }
}
