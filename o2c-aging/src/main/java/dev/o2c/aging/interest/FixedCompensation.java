package dev.o2c.aging.interest;

import dev.o2c.core.money.Money;
import java.util.Objects;

/**
 * The fixed sum a creditor may claim once per late invoice for the costs of recovering it, beside
 * the interest: EUR 40 under Directive 2011/7/EU and BGB §288(5), GBP 40 / 70 / 100 by the size of
 * the debt under the UK Late Payment Act (section 5A), nothing for consumers or a contractual rate.
 *
 * <p>A sum is in one currency and the statutes do not say how to convert it (the Directive leaves
 * that to the non-euro Member States): a rule answers only for debts in its own currency and throws
 * for others. A host that bills in other currencies chains its own equivalents with {@link
 * #or(FixedCompensation)}:
 *
 * <pre>{@code
 * FixedCompensation eu = FixedCompensation.flat(Money.of("EUR", "40.00"))
 *     .or(FixedCompensation.flat(Money.of("SEK", "450.00")));
 * eu.forDebt(Money.of("SEK", "12000.00"));   // SEK 450.00
 * eu.forDebt(Money.of("USD", "100.00"));     // throws IllegalArgumentException
 * }</pre>
 */
@FunctionalInterface
public interface FixedCompensation {

  /** No fixed sum, in any currency (consumers, contractual rates). */
  FixedCompensation NONE = debt -> Money.zero(debt.currency());

  /**
   * The fixed sum for one late debt.
   *
   * @param debt the debt (the invoice's amount), in its currency
   * @return the sum, in the debt's currency; zero if none is due
   * @throws IllegalArgumentException if the rule has no sum for the debt's currency
   */
  Money forDebt(Money debt);

  /**
   * Whether this rule has a sum for a debt's currency; {@link #NONE} and the rules of {@link #flat}
   * and {@link #ukScale()} answer for their currency, a host's own rule for every currency unless it
   * overrides this.
   *
   * @param debt the debt
   * @return true if {@link #forDebt(Money)} answers for it
   */
  default boolean covers(Money debt) {
    return true;
  }

  /**
   * This rule for the debts it covers, another for the rest.
   *
   * @param other the rule for debts this one does not cover
   * @return the combined rule
   */
  default FixedCompensation or(FixedCompensation other) {
    Objects.requireNonNull(other, "other");
    FixedCompensation self = this;
    return new FixedCompensation() {
      @Override
      public Money forDebt(Money debt) {
        return self.covers(debt) ? self.forDebt(debt) : other.forDebt(debt);
      }

      @Override
      public boolean covers(Money debt) {
        return self.covers(debt) || other.covers(debt);
      }
    };
  }

  /**
   * One sum for every debt in its currency (EUR 40 under the Directive and BGB §288(5)).
   *
   * @param sum the sum, positive
   * @return the rule; it throws for debts in another currency
   * @throws IllegalArgumentException if {@code sum} is not positive
   */
  static FixedCompensation flat(Money sum) {
    Objects.requireNonNull(sum, "sum");
    if (!sum.isPositive()) {
      throw new IllegalArgumentException("fixed compensation " + sum + " must be positive");
    }
    return new FixedCompensation() {
      @Override
      public Money forDebt(Money debt) {
        if (!covers(debt)) {
          throw new IllegalArgumentException("the fixed compensation is " + sum + "; there is none for a debt in "
              + debt.currency().getCurrencyCode() + " (give one with FixedCompensation.or)");
        }
        return sum;
      }

      @Override
      public boolean covers(Money debt) {
        return debt.currency().getCurrencyCode().equals(sum.currency().getCurrencyCode());
      }

      @Override
      public String toString() {
        return "flat " + sum;
      }
    };
  }

  /**
   * The UK Late Payment Act's scale (section 5A): GBP 40 for a debt under GBP 1,000, GBP 70 under
   * GBP 10,000, GBP 100 from GBP 10,000 on. Only for debts in GBP.
   *
   * @return the rule; it throws for debts in another currency
   */
  static FixedCompensation ukScale() {
    Money thousand = Money.of("GBP", "1000.00");
    Money tenThousand = Money.of("GBP", "10000.00");
    return new FixedCompensation() {
      @Override
      public Money forDebt(Money debt) {
        if (!covers(debt)) {
          throw new IllegalArgumentException("the UK fixed sums are in GBP (40/70/100); there is none for a debt in "
              + debt.currency().getCurrencyCode() + " (give one with FixedCompensation.or)");
        }
        if (debt.isLessThan(thousand)) {
          return Money.of("GBP", "40.00");
        }
        return debt.isLessThan(tenThousand) ? Money.of("GBP", "70.00") : Money.of("GBP", "100.00");
      }

      @Override
      public boolean covers(Money debt) {
        return debt.currency().getCurrencyCode().equals("GBP");
      }

      @Override
      public String toString() {
        return "GBP 40/70/100";
      }
    };
  }
}
