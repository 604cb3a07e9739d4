package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the worklist needs to know of an open dispute case: whose, which, by when it should be
 * resolved and how much is disputed. The host (or the dispute cases of this package) supplies one
 * per dispute still open; resolved disputes are left out.
 *
 * @param customer the customer disputing
 * @param caseId the dispute case's id
 * @param targetDate the day the dispute should be resolved by
 * @param amount the amount disputed, positive
 */
public record WorklistDispute(CustomerId customer, String caseId, LocalDate targetDate, Money amount) {

  /**
   * Validates the dispute.
   *
   * @param customer the customer
   * @param caseId the case id, not blank
   * @param targetDate the target date
   * @param amount the amount, positive
   * @throws IllegalArgumentException if the case id is blank or the amount not positive
   */
  public WorklistDispute {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(targetDate, "targetDate");
    Objects.requireNonNull(amount, "amount");
    if (caseId.isBlank()) {
      throw new IllegalArgumentException("dispute of " + customer + ": case id is blank");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("dispute " + caseId + " of " + customer + ": amount " + amount
          + " is not positive");
    }
  }

  /**
   * The dispute cases still open on a day, as the worklist sees them.
   *
   * @param cases dispute cases, open or resolved
   * @param asOf the day
   * @return one entry per case open on {@code asOf}, in the order given
   */
  public static java.util.List<WorklistDispute> openOn(java.util.Collection<DisputeCase> cases, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return cases.stream().filter(c -> c.isOpenOn(asOf))
        .map(c -> new WorklistDispute(c.customerId(), c.id().toString(), c.targetDate(), c.totalAmount())).toList();
  }
}
