package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether someone may write off an amount on their own authority, and why: the answer of an {@link
 * AuthorityPolicy}, kept on a dispute case that waits for approval.
 *
 * @param holder who asked
 * @param amount the amount to write off
 * @param limit the holder's limit in the amount's currency; empty for no authority in it
 * @param withinLimit true if the amount is at most the limit
 * @param reason the answer in words, e.g. {@code "EUR 250.00 exceeds the limit EUR 100.00 of anna (collector)"}
 */
public record AuthorityCheck(AuthorityHolder holder, Money amount, Optional<Money> limit, boolean withinLimit,
    String reason) {

  /**
   * Validates that nothing is null.
   *
   * @param holder who asked
   * @param amount the amount to write off
   * @param limit the holder's limit in the amount's currency, if any
   * @param withinLimit true if the amount is at most the limit
   * @param reason the answer in words
   */
  public AuthorityCheck {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Checks an amount against a limit.
   *
   * @param holder who asks
   * @param amount the amount
   * @param limit the holder's limit in the amount's currency, if any
   * @return the check
   */
  public static AuthorityCheck of(AuthorityHolder holder, Money amount, Optional<Money> limit) {
    if (limit.isEmpty()) {
      return new AuthorityCheck(holder, amount, limit, false, holder + " has no write-off authority in "
          + amount.currency());
    }
    boolean within = amount.isLessThanOrEqualTo(limit.get());
    return new AuthorityCheck(holder, amount, limit, within, amount + (within ? " is within" : " exceeds")
        + " the limit " + limit.get() + " of " + holder);
  }
}
