package dev.o2c.aging.collections;

import dev.o2c.aging.AgingBuckets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ages the dispute cases open on a day, in the aging engine's buckets: with a past-due shape ({@link
 * AgingBuckets#pastDue}, which has {@code current}) by days past the target resolution date, as items
 * age past their due date; with a since-document shape ({@link AgingBuckets#sinceDocument}) by days
 * since the case was raised, as items age from their document date.
 *
 * <pre>{@code
 * DisputeAgingReport report = DisputeAging.BY_TARGET_DATE.age(cases, LocalDate.of(2026, 5, 31));
 * report.totals(EUR);                 // per bucket: current, 1-30, 31-60, 61-90, 91-120, 121+
 * report.byReason(EUR);               // the same per reason code
 * }</pre>
 *
 * <p>This instance is immutable.
 */
public final class DisputeAging {

  /** Days past the target date, in the standard buckets current, 1-30, 31-60, 61-90, 91-120, 121+. */
  public static final DisputeAging BY_TARGET_DATE = new DisputeAging(AgingBuckets.STANDARD);

  /** Days since raised, in the standard buckets 0-30, 31-60, 61-90, 91-120, 121+. */
  public static final DisputeAging BY_RAISED_DATE = new DisputeAging(AgingBuckets.STANDARD_SINCE_DOCUMENT);

  private final AgingBuckets buckets;

  private DisputeAging(AgingBuckets buckets) {
    this.buckets = buckets;
  }

  /**
   * Aging in given buckets.
   *
   * @param buckets past-due buckets (by target date) or since-document buckets (by day raised)
   * @return the aging
   */
  public static DisputeAging of(AgingBuckets buckets) {
    return new DisputeAging(Objects.requireNonNull(buckets, "buckets"));
  }

  /** {@return the buckets} */
  public AgingBuckets buckets() {
    return buckets;
  }

  /**
   * Ages the cases open at the end of a day (raised by then and not resolved by then).
   *
   * @param cases the cases, in any state
   * @param asOf the day
   * @return the report, rows in the cases' order
   */
  public DisputeAgingReport age(Collection<DisputeCase> cases, LocalDate asOf) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(asOf, "asOf");
    List<DisputeAgingRow> rows = new ArrayList<>();
    for (DisputeCase disputeCase : cases) {
      if (!disputeCase.isOpenOn(asOf)) {
        continue;
      }
      long daysOpen = ChronoUnit.DAYS.between(disputeCase.raisedOn(), asOf);
      long pastTarget = ChronoUnit.DAYS.between(disputeCase.targetDate(), asOf);
      int bucket = buckets.bucketOf(buckets.hasCurrent() ? pastTarget : daysOpen);
      rows.add(new DisputeAgingRow(disputeCase.id(), disputeCase.customerId(), disputeCase.reason(),
          disputeCase.statusOn(asOf).orElseThrow(), disputeCase.totalAmount(), daysOpen, pastTarget, bucket,
          buckets.label(bucket)));
    }
    return new DisputeAgingReport(asOf, buckets, rows);
  }

  @Override
  public String toString() {
    return "DisputeAging[" + buckets + "]";
  }
}
