package dev.o2c.core.ledger;

import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The books now, read from the ledger's own indexes: a customer's answers cost what it has open. */
final class CurrentView implements LedgerView {
  private final Books books;

  CurrentView(Books books) {
    this.books = books;
  }

  @Override
  public Optional<LocalDate> asOf() {
    return Optional.empty();
  }

  @Override
  public List<OpenItem> openItems(CustomerId customer) {
    List<OpenItem> result = new ArrayList<>();
    books.items.openOf(customer).forEach(r -> result.add(r.item(r.open)));
    return result;
  }

  @Override
  public MoneyTotals balance(CustomerId customer) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    books.items.openOf(customer).forEach(r -> sum.add(r.currency(), r.open));
    return sum.total();
  }

  @Override
  public CustomerBalance customerBalance(CustomerId customer) {
    MoneyTotals.Accumulator deductions = new MoneyTotals.Accumulator();
    openDeductions(customer).forEach(d -> deductions.add(d.amount()));
    return new CustomerBalance(customer, balance(customer), deductions.total(), unappliedCash(customer),
        onAccount(customer));
  }

  private MoneyTotals held(CustomerId customer, CashBucket bucket) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    books.payments.holdingOf(customer).forEach(p -> sum.add(p.currency(), p.in(bucket)));
    return sum.total();
  }

  @Override
  public MoneyTotals unappliedCash(CustomerId customer) {
    return held(customer, CashBucket.UNAPPLIED);
  }

  @Override
  public MoneyTotals onAccount(CustomerId customer) {
    return held(customer, CashBucket.ON_ACCOUNT);
  }

  @Override
  public MoneyTotals suspense() {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    books.payments.inSuspense().forEach(p -> sum.add(p.currency(), p.suspense()));
    return sum.total();
  }

  @Override
  public MoneyTotals unappliedCash() {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    for (Set<PaymentRecord> holding : books.payments.holding()) {
      holding.forEach(p -> sum.add(p.currency(), p.unapplied));
    }
    return sum.total();
  }

  @Override
  public MoneyTotals receivables() {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    for (TreeMap<Integer, ItemRecord> open : books.items.openByCustomer()) {
      open.values().forEach(r -> sum.add(r.currency(), r.open));
    }
    return sum.total();
  }

  @Override
  public List<Deduction> openDeductions(CustomerId customer) {
    List<Deduction> result = new ArrayList<>();
    for (DeductionBook.Entry entry : books.deductions.ofCustomer(customer)) {
      if (!entry.deduction.status().isResolved()) {
        result.add(entry.deduction);
      }
    }
    return result;
  }
}
