package dev.o2c.core.ledger;

import dev.o2c.core.domain.Adjustment;
import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Deduction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ledger operation did: the journal lines it produced (balanced per currency) and the new
 * state of every item, payment and deduction it touched. This instance is immutable.
 *
 * @param number the posting's sequence number in the ledger, from 1
 * @param operation what was done
 * @param date the posting date
 * @param lines the journal lines, balanced per currency; empty for status-only operations
 * @param items the new state of the items touched
 * @param payments the new state of the payments touched
 * @param applications applications made (or, for an unapply or return, reversed) by the operation
 * @param adjustments adjustments of items made by the operation
 * @param deduction the deduction created or changed, if any
 */
public record Posting(
    long number,
    Operation operation,
    LocalDate date,
    List<JournalLine> lines,
    List<ItemState> items,
    List<PaymentState> payments,
    List<Application> applications,
    List<Adjustment> adjustments,
    Optional<Deduction> deduction) {

  /**
   * Copies the lists so the posting stays immutable.
   *
   * @param number the posting's sequence number in the ledger, from 1
   * @param operation what was done
   * @param date the posting date
   * @param lines the journal lines, balanced per currency; empty for status-only operations
   * @param items the new state of the items touched
   * @param payments the new state of the payments touched
   * @param applications applications made (or, for an unapply or return, reversed) by the operation
   * @param adjustments adjustments of items made by the operation
   * @param deduction the deduction created or changed, if any
   */
  public Posting {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(date, "date");
    lines = List.copyOf(lines);
    items = List.copyOf(items);
    payments = List.copyOf(payments);
    applications = List.copyOf(applications);
    adjustments = List.copyOf(adjustments);
    Objects.requireNonNull(deduction, "deduction");
  }

  /**
   * The single application an {@link Operation#APPLY_PAYMENT} made.
   *
   * @return the application
   * @throws IllegalStateException if the posting holds no single application
   */
  public Application application() {
    if (applications.size() != 1) {
      throw new IllegalStateException("Posting " + number + " holds " + applications.size() + " applications");
    }
    return applications.get(0);
  }
}
