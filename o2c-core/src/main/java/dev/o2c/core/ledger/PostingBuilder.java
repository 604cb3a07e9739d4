package dev.o2c.core.ledger;

import dev.o2c.core.domain.Adjustment;
import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.TextId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * One posting being built. Commands are checked before a builder is made, so building and
 * committing cannot fail for business reasons; the balance check guards against bugs.
 */
final class PostingBuilder {
  final long number;
  final Operation operation;
  final LocalDate date;
  private final Books books;
  private final List<JournalLine> lines = new ArrayList<>();
  private final Set<ItemRecord> items = new LinkedHashSet<>();
  private final Set<PaymentRecord> payments = new LinkedHashSet<>();
  final List<Application> applications = new ArrayList<>();
  private final List<Adjustment> adjustments = new ArrayList<>();
  Deduction deduction;

  PostingBuilder(Books books, Operation operation, LocalDate date) {
    this.books = books;
    this.number = books.lastPosting + 1;
    this.operation = operation;
    this.date = date;
  }

  /** Debits {@code amount} (signed: a negative amount swaps the sides) on the first account, credits it on the second. */
  void pair(AccountRole debit, TextId debitReference, Optional<CustomerId> debitCustomer,
      AccountRole credit, TextId creditReference, Optional<CustomerId> creditCustomer, Money amount) {
    if (amount.isZero()) {
      return;
    }
    if (amount.isNegative()) {
      pair(credit, creditReference, creditCustomer, debit, debitReference, debitCustomer, amount.negated());
      return;
    }
    lines.add(new JournalLine(number, date, debit, Side.DEBIT, amount, debitReference, debitCustomer));
    lines.add(new JournalLine(number, date, credit, Side.CREDIT, amount, creditReference, creditCustomer));
  }

  void adjust(DocumentNumber item, AdjustmentType type, Money amount, Optional<DocumentNumber> counterDocument,
      Optional<DeductionId> deductionId, Optional<String> reason) {
    adjustments.add(Adjustment.builder()
        .id(AdjustmentId.of(++books.lastAdjustment))
        .documentNumber(item)
        .type(type)
        .amount(amount)
        .date(date)
        .counterDocument(counterDocument)
        .deduction(deductionId)
        .reason(reason)
        .build());
  }

  void touch(ItemRecord item) {
    item.lastDate(date);
    items.add(item);
  }

  void touch(PaymentRecord payment) {
    payment.lastDate(date);
    payments.add(payment);
  }

  Posting commit() {
    Map<CurrencyUnit, Long> balance = new HashMap<>();
    for (JournalLine line : lines) {
      balance.merge(line.amount().currency(), line.signedAmount().minorUnits(), Math::addExact);
    }
    if (balance.values().stream().anyMatch(v -> v != 0)) {
      throw new IllegalStateException("BUG: posting " + number + " does not balance: " + lines);
    }
    books.lastPosting = number;
    books.journal.add(lines);
    List<ItemState> itemStates = new ArrayList<>(items.size());
    for (ItemRecord item : items) {
      books.items.changed(item, date);
      itemStates.add(item.state());
      if (item.open == 0) {
        item.compact();
      }
    }
    List<PaymentState> paymentStates = new ArrayList<>(payments.size());
    for (PaymentRecord payment : payments) {
      books.payments.changed(payment, date);
      paymentStates.add(payment.state());
      if (payment.held() == 0) {
        payment.compact();
      }
    }
    return new Posting(number, operation, date, lines, itemStates, paymentStates, applications, adjustments,
        Optional.ofNullable(deduction));
  }
}
