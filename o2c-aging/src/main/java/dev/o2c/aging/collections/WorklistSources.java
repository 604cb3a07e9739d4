package dev.o2c.aging.collections;

import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a worklist needs beside the ledger: promises to pay (graded as of the day), open disputes,
 * the activity log and the host's risk classes.
 *
 * @param promises the promises to pay of all customers
 * @param disputes the open dispute cases
 * @param activities the collection activity log
 * @param riskClasses the host's risk class per customer; customers not in it are unrated
 */
public record WorklistSources(List<PromiseToPay> promises, List<WorklistDispute> disputes, ActivityLog activities,
    Map<CustomerId, PriorityRisk> riskClasses) {

  /**
   * Copies the collections.
   *
   * @param promises the promises
   * @param disputes the disputes
   * @param activities the activity log
   * @param riskClasses the risk classes
   */
  public WorklistSources {
    promises = List.copyOf(promises);
    disputes = List.copyOf(disputes);
    Objects.requireNonNull(activities, "activities");
    riskClasses = Map.copyOf(riskClasses);
  }

  /** {@return no promises, disputes, activities or risk classes} */
  public static WorklistSources empty() {
    return new WorklistSources(List.of(), List.of(), ActivityLog.empty(), Map.of());
  }

  /**
   * A copy with other promises.
   *
   * @param newPromises the promises
   * @return the copy; this instance is unaffected
   */
  public WorklistSources withPromises(List<PromiseToPay> newPromises) {
    return new WorklistSources(newPromises, disputes, activities, riskClasses);
  }

  /**
   * A copy with other disputes.
   *
   * @param newDisputes the open disputes
   * @return the copy; this instance is unaffected
   */
  public WorklistSources withDisputes(List<WorklistDispute> newDisputes) {
    return new WorklistSources(promises, newDisputes, activities, riskClasses);
  }

  /**
   * A copy with another activity log.
   *
   * @param newActivities the log
   * @return the copy; this instance is unaffected
   */
  public WorklistSources withActivities(ActivityLog newActivities) {
    return new WorklistSources(promises, disputes, newActivities, riskClasses);
  }

  /**
   * A copy with other risk classes.
   *
   * @param newRiskClasses the risk class per customer
   * @return the copy; this instance is unaffected
   */
  public WorklistSources withRiskClasses(Map<CustomerId, PriorityRisk> newRiskClasses) {
    return new WorklistSources(promises, disputes, activities, newRiskClasses);
  }
}
