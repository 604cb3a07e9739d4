package dev.o2c.core.ledger;

import java.time.LocalDate;

/** Everything the ledger holds, in the parts the command handlers work on. */
final class Books {
  final Customers customers = new Customers();
  final ItemBook items = new ItemBook();
  final PaymentBook payments = new PaymentBook();
  final DeductionBook deductions = new DeductionBook();
  final Journal journal = new Journal();
  long lastPosting;
  long lastAdjustment;
  /** The last day of the closed period, or null while nothing is closed. */
  LocalDate closedThrough;

  Checks checks() {
    return new Checks(closedThrough);
  }
}
