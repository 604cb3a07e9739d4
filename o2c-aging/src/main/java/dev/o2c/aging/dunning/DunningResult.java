package dev.o2c.aging.dunning;

import dev.o2c.core.id.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dunning run proposes: the notices, the items it did not dun with the reason, and for each
 * customer the next day worth evaluating again. A dry run by construction: nothing is sent or recorded.
 *
 * @param asOf the run's day
 * @param proposals the proposed notices, by customer id
 * @param skipped every open item not dunned, with its reason, by customer id then due date
 * @param nextEvaluations per customer, the first later day a run could propose something new for it
 */
public record DunningResult(
    LocalDate asOf,
    List<DunningProposal> proposals,
    List<SkippedItem> skipped,
    Map<CustomerId, LocalDate> nextEvaluations) {

  /**
   * Checks that nothing is null and copies the lists.
   *
   * @param asOf the run's day
   * @param proposals the proposed notices
   * @param skipped the items not dunned
   * @param nextEvaluations the next day per customer
   */
  public DunningResult {
    Objects.requireNonNull(asOf, "asOf");
    proposals = List.copyOf(proposals);
    skipped = List.copyOf(skipped);
    nextEvaluations = Map.copyOf(nextEvaluations);
  }

  /** {@return the notices to record once every proposed letter is sent} */
  public List<DunningNotice> notices() {
    List<DunningNotice> notices = new ArrayList<>();
    proposals.forEach(p -> notices.addAll(p.notices()));
    return notices;
  }

  /**
   * The proposals for one customer: one, or one per item when the policy groups per item.
   *
   * @param customer the customer
   * @return its proposals, empty if it gets none
   */
  public List<DunningProposal> proposals(CustomerId customer) {
    return proposals.stream().filter(p -> p.customer().equals(customer)).toList();
  }

  /**
   * The items of one customer that were not dunned.
   *
   * @param customer the customer
   * @return the skipped items with their reasons
   */
  public List<SkippedItem> skipped(CustomerId customer) {
    return skipped.stream().filter(s -> s.item().customerId().equals(customer)).toList();
  }

  /**
   * The next day worth evaluating a customer again.
   *
   * @param customer the customer
   * @return the day, or empty if only new input can change its dunning
   */
  public Optional<LocalDate> nextEvaluation(CustomerId customer) {
    return Optional.ofNullable(nextEvaluations.get(customer));
  }
}
