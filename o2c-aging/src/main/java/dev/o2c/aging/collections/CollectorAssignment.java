package dev.o2c.aging.collections;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which collector works a customer: a host's rule, given the customer's facts. A customer no rule
 * assigns goes to the worklist's fallback queue ({@link Worklist#unassigned()}); it is never dropped.
 *
 * <pre>{@code
 * CollectorAssignment rules = CollectorAssignment.byCustomer(Map.of(CustomerId.of("C-42"), anna))
 *     .orElse(CollectorAssignment.byKey(c -> Optional.of(regionOf(c)), Map.of("DACH", ben, "NORDICS", carla)))
 *     .orElse(CollectorAssignment.byAmountBand(List.of(
 *         CollectorAmountBand.of(Money.of("EUR", "0.00"), juniorTeam),
 *         CollectorAmountBand.of(Money.of("EUR", "50000.00"), seniorTeam))));
 * }</pre>
 *
 * <p>A rule must be a pure function of the facts.
 */
@FunctionalInterface
public interface CollectorAssignment {

  /**
   * The collector of a customer.
   *
   * @param facts what is known about the customer
   * @return the collector, or empty if this rule does not assign the customer
   */
  Optional<CollectorId> collectorFor(PriorityFacts facts);

  /**
   * This rule, and where it assigns nobody, another.
   *
   * @param next the rule to ask next
   * @return the combined rule
   */
  default CollectorAssignment orElse(CollectorAssignment next) {
    Objects.requireNonNull(next, "next");
    return facts -> {
      Optional<CollectorId> first = collectorFor(facts);
      return first.isPresent() ? first : next.collectorFor(facts);
    };
  }

  /** {@return the rule that assigns nobody: every customer goes to the fallback queue} */
  static CollectorAssignment none() {
    return facts -> Optional.empty();
  }

  /**
   * Assignment by a customer-to-collector map, as kept in an ERP's customer master.
   *
   * @param collectors the collector per customer (copied)
   * @return the rule; customers not in the map are not assigned
   */
  static CollectorAssignment byCustomer(Map<CustomerId, CollectorId> collectors) {
    Map<CustomerId, CollectorId> copy = Map.copyOf(collectors);
    return facts -> Optional.ofNullable(copy.get(facts.customerId()));
  }

  /**
   * Assignment by a key of the customer, such as its region, segment or industry, which the host
   * derives from its own customer master.
   *
   * @param keyOf the customer's key, or empty if it has none
   * @param collectors the collector per key (copied)
   * @return the rule; customers without a key or with a key not in the map are not assigned
   */
  static CollectorAssignment byKey(Function<? super Customer, Optional<String>> keyOf,
      Map<String, CollectorId> collectors) {
    Objects.requireNonNull(keyOf, "keyOf");
    Map<String, CollectorId> copy = Map.copyOf(collectors);
    return facts -> {
      Optional<String> key = Objects.requireNonNull(keyOf.apply(facts.customer()),
          "keyOf returned null for " + facts.customerId());
      return key.map(copy::get);
    };
  }

  /**
   * Assignment by the overdue amount: the customer goes to the band with the highest start at or
   * below its overdue amount in that band's currency (zero if nothing is overdue in it). With bands
   * in several currencies, the first currency in code order that places the customer wins.
   *
   * @param bands the bands, in any order; band starts unique per currency
   * @return the rule; a customer below every band of every currency is not assigned
   * @throws IllegalArgumentException if two bands of a currency start at the same amount
   */
  static CollectorAssignment byAmountBand(List<CollectorAmountBand> bands) {
    List<CollectorAmountBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing((CollectorAmountBand b) -> b.fromInclusive().currency().getCurrencyCode())
        .thenComparing(b -> b.fromInclusive().minorUnits()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).fromInclusive().equals(sorted.get(i - 1).fromInclusive())) {
        throw new IllegalArgumentException("two amount bands start at " + sorted.get(i).fromInclusive());
      }
    }
    List<CollectorAmountBand> frozen = List.copyOf(sorted);
    return facts -> {
      CollectorAmountBand found = null;
      for (CollectorAmountBand band : frozen) {
        if (found != null && !band.fromInclusive().currency().equals(found.fromInclusive().currency())) {
          break;
        }
        Money overdue = facts.overdue().get(band.fromInclusive().currency());
        if (overdue.compareTo(band.fromInclusive()) >= 0) {
          found = band;
        }
      }
      return Optional.ofNullable(found).map(CollectorAmountBand::collector);
    };
  }
}
