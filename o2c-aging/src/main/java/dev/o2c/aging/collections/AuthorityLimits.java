package dev.o2c.aging.collections;

import dev.o2c.core.money.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A table of write-off limits per role and per person, each per currency: a person's own limit in a
 * currency replaces their role's there; without either, they have no authority in that currency.
 *
 * <pre>{@code
 * AuthorityPolicy limits = AuthorityLimits.builder()
 *     .role("collector", Money.of("EUR", "100.00"))
 *     .role("credit-manager", Money.of("EUR", "5000.00"))
 *     .person("anna", Money.of("EUR", "250.00"))      // anna's own limit beats her role's
 *     .build();
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class AuthorityLimits implements AuthorityPolicy {

  private final Map<String, Map<CurrencyUnit, Money>> roles;
  private final Map<String, Map<CurrencyUnit, Money>> people;

  private AuthorityLimits(Map<String, Map<CurrencyUnit, Money>> roles, Map<String, Map<CurrencyUnit, Money>> people) {
    this.roles = copy(roles);
    this.people = copy(people);
  }

  private static Map<String, Map<CurrencyUnit, Money>> copy(Map<String, Map<CurrencyUnit, Money>> table) {
    Map<String, Map<CurrencyUnit, Money>> result = new HashMap<>();
    table.forEach((k, v) -> result.put(k, Map.copyOf(v)));
    return Map.copyOf(result);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Money> writeOffLimit(AuthorityHolder holder, CurrencyUnit currency) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(currency, "currency");
    Money own = people.getOrDefault(holder.person(), Map.of()).get(currency);
    if (own != null) {
      return Optional.of(own);
    }
    return Optional.ofNullable(roles.getOrDefault(holder.role(), Map.of()).get(currency));
  }

  @Override
  public String toString() {
    return "AuthorityLimits[roles=" + roles + ", people=" + people + "]";
  }

  /** Builds {@link AuthorityLimits}; a later limit for the same role or person and currency replaces the earlier. */
  public static final class Builder {
    private final Map<String, Map<CurrencyUnit, Money>> roles = new HashMap<>();
    private final Map<String, Map<CurrencyUnit, Money>> people = new HashMap<>();

    Builder() {}

    /**
     * The limit of everyone in a role, in the limit's currency.
     *
     * @param role the role
     * @param limit the limit, zero or positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is negative or the role blank
     */
    public Builder role(String role, Money limit) {
      put(roles, role, limit, "role");
      return this;
    }

    /**
     * A person's own limit, in the limit's currency; it replaces their role's limit in that currency.
     *
     * @param person the person
     * @param limit the limit, zero or positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is negative or the person blank
     */
    public Builder person(String person, Money limit) {
      put(people, person, limit, "person");
      return this;
    }

    private static void put(Map<String, Map<CurrencyUnit, Money>> table, String key, Money limit, String what) {
      Objects.requireNonNull(key, what);
      Objects.requireNonNull(limit, "limit");
      if (key.isBlank() || limit.isNegative()) {
        throw new IllegalArgumentException("Authority limit " + limit + " for " + what + " '" + key
            + "': needs a name and a limit of zero or more");
      }
      table.computeIfAbsent(key, k -> new HashMap<>()).put(limit.currency(), limit);
    }

    /** {@return the limits} */
    public AuthorityLimits build() {
      return new AuthorityLimits(roles, people);
    }
  }
}
