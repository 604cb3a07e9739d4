package dev.o2c.core.ledger;

import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** Everything the ledger holds, in the parts the command handlers work on. */
final class Books {
  private final References references = new References();
  private final Days days = new Days();
  private final IdTable<CurrencyUnit> currencies = new IdTable<>();
  final Customers customers = new Customers();
  final ItemBook items = new ItemBook(references, days, currencies);
  final PaymentBook payments = new PaymentBook(references, days, currencies);
  final DeductionBook deductions = new DeductionBook();
  final Journal journal = new Journal(references, days, currencies);
  long lastPosting;
  long lastAdjustment;
  /** The last day of the closed period, or null while nothing is closed. */
  LocalDate closedThrough;

  Checks checks() {
    return new Checks(closedThrough);
  }
}
