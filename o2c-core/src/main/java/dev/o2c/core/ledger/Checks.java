package dev.o2c.core.ledger;

import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/** Collects every problem with a command, so a dry run can list them all and a post can refuse at once. */
final class Checks {
  private final List<LedgerProblem> problems = new ArrayList<>();
  private final LocalDate closedThrough;

  Checks(LocalDate closedThrough) {
    this.closedThrough = closedThrough;
  }

  void add(Code code, String message) {
    problems.add(new LedgerProblem(code, message));
  }

  List<LedgerProblem> problems() {
    return List.copyOf(problems);
  }

  /** The command's date must lie after the closed period. */
  void open(LocalDate date) {
    if (closedThrough != null && !date.isAfter(closedThrough)) {
      add(Code.PERIOD_CLOSED, "date " + date + " is in the period closed through " + closedThrough);
    }
  }

  void notBefore(LocalDate date, LocalDate earliest, String what) {
    if (earliest != null && date.isBefore(earliest)) {
      add(Code.DATE_TOO_EARLY, "date " + date + " is before the " + what + " (" + earliest + ")");
    }
  }

  /** History is never rewritten: a command may not be dated before the last operation on a document it touches. */
  void notBefore(LocalDate date, ItemRecord item) {
    if (item != null) {
      notBefore(date, item.documentDate(), "document date of item " + item.documentNumber());
      notBefore(date, item.lastDate(), "last operation on item " + item.documentNumber());
    }
  }

  void notBefore(LocalDate date, PaymentRecord payment) {
    if (payment != null) {
      notBefore(date, payment.lastDate(), "last operation on payment " + payment.id());
    }
  }

  boolean currency(Money amount, CurrencyUnit currency, String what) {
    if (!amount.currency().equals(currency)) {
      add(Code.CURRENCY_MISMATCH, what + ": amount " + amount + " is not in " + currency);
      return false;
    }
    return true;
  }

  /** Positive and in the currency; returns whether both hold, so callers can skip comparisons that would mislead. */
  boolean positive(Money amount, CurrencyUnit currency, String what) {
    boolean ok = currency == null || currency(amount, currency, what);
    if (!amount.isPositive()) {
      add(Code.INVALID_AMOUNT, what + ": amount " + amount + " is not positive");
      return false;
    }
    return ok;
  }

  void notReturned(PaymentRecord payment) {
    if (payment != null && payment.fullyReturned()) {
      add(Code.PAYMENT_RETURNED, "payment " + payment.id() + " was returned by the bank");
    }
  }

  void funds(PaymentRecord payment, CashBucket bucket, Money amount) {
    if (amount.currency().equals(payment.currency()) && amount.minorUnits() > payment.in(bucket)) {
      add(Code.INSUFFICIENT_FUNDS, "payment " + payment.id() + " holds " + payment.money(payment.in(bucket))
          + " in " + bucket + ", less than " + amount);
    }
  }
}
