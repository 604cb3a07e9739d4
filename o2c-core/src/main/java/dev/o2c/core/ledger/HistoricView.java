package dev.o2c.core.ledger;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The books at the end of a past (or future) day, summed from the journal. A customer's answers look
 * only at what it has open now and what closed after the day (see {@link ClosedIndex}), not at its
 * whole history; ledger-wide totals come from the journal's daily totals per account.
 */
final class HistoricView implements LedgerView {
  private final Books books;
  private final LocalDate date;

  HistoricView(Books books, LocalDate date) {
    this.books = books;
    this.date = Objects.requireNonNull(date, "date");
  }

  @Override
  public Optional<LocalDate> asOf() {
    return Optional.of(date);
  }

  private long open(ItemRecord record) {
    return record.documentEpochDay() > date.toEpochDay() ? 0
        : books.journal.sum(record.reference, AccountRole.RECEIVABLES, date);
  }

  @Override
  public List<OpenItem> openItems(CustomerId customer) {
    List<OpenItem> result = new ArrayList<>();
    for (ItemRecord record : books.items.openCandidates(customer, date)) {
      long open = open(record);
      if (open != 0) {
        result.add(record.item(open));
      }
    }
    return result;
  }

  @Override
  public MoneyTotals balance(CustomerId customer) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    books.items.openCandidates(customer, date).forEach(r -> sum.add(r.currency(), open(r)));
    return sum.total();
  }

  @Override
  public CustomerBalance customerBalance(CustomerId customer) {
    MoneyTotals.Accumulator deductions = new MoneyTotals.Accumulator();
    for (DeductionBook.Entry entry : books.deductions.ofCustomer(customer)) {
      deductions.add(entry.deduction.amount().currency(),
          books.journal.sum(entry.deduction.id(), AccountRole.DEDUCTIONS, date));
    }
    return new CustomerBalance(customer, balance(customer), deductions.total(), unappliedCash(customer),
        onAccount(customer));
  }

  private MoneyTotals cash(Iterable<PaymentRecord> payments, AccountRole account) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    payments.forEach(p -> sum.add(p.currency(), -books.journal.sum(p.reference, account, date)));
    return sum.total();
  }

  @Override
  public MoneyTotals unappliedCash(CustomerId customer) {
    return cash(books.payments.holdingCandidates(customer, date), AccountRole.UNAPPLIED_CASH);
  }

  @Override
  public MoneyTotals onAccount(CustomerId customer) {
    return cash(books.payments.holdingCandidates(customer, date), AccountRole.ON_ACCOUNT);
  }

  @Override
  public MoneyTotals suspense() {
    return books.journal.total(AccountRole.SUSPENSE, date).negated();
  }

  @Override
  public MoneyTotals unappliedCash() {
    return books.journal.total(AccountRole.UNAPPLIED_CASH, date).negated();
  }

  @Override
  public MoneyTotals receivables() {
    return books.journal.total(AccountRole.RECEIVABLES, date);
  }

  @Override
  public List<Deduction> openDeductions(CustomerId customer) {
    List<Deduction> result = new ArrayList<>();
    for (DeductionBook.Entry entry : books.deductions.ofCustomer(customer)) {
      Deduction then = entry.asOf(date);
      if (then != null && !then.status().isResolved()) {
        result.add(then);
      }
    }
    return result;
  }
}
