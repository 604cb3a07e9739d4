package dev.o2c.core.ledger;

import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.util.Optional;

/** Checks and posts deductions: opening one, loading one at cut-over, review and resolution. */
final class DeductionCommands {
  private DeductionCommands() {}

  static void check(OpenDeduction command, Books books, Checks checks) {
    checks.open(command.date());
    if (books.deductions.get(command.deduction()) != null) {
      checks.add(Code.DUPLICATE_DEDUCTION, "deduction " + command.deduction() + " already exists");
    }
    ItemRecord item = ItemCommands.item(books, command.item(), checks);
    command.payment().ifPresent(p -> CashCommands.payment(books, p, checks));
    ItemCommands.receivable(item, "take a deduction from", checks);
    checks.notBefore(command.date(), item);
    if (item != null && checks.positive(command.amount(), item.currency(), "deduction " + command.deduction())
        && item.kind().sign() > 0 && command.amount().minorUnits() > item.open) {
      checks.add(Code.EXCEEDS_OPEN_AMOUNT, "deduction " + command.amount() + " exceeds the open "
          + item.money(item.open) + " of " + command.item());
    }
  }

  static Posting post(OpenDeduction command, Books books) {
    ItemRecord item = books.items.get(command.item());
    Deduction deduction = Deduction.builder()
        .id(command.deduction())
        .customerId(item.customerId())
        .documentNumber(command.item())
        .payment(command.payment())
        .amount(command.amount())
        .reason(command.reason())
        .note(command.note())
        .createdOn(command.date())
        .build();
    PostingBuilder tx = new PostingBuilder(books, Operation.OPEN_DEDUCTION, command.date());
    Optional<CustomerId> customer = Optional.of(item.customerId());
    tx.pair(AccountRole.DEDUCTIONS, deduction.id(), customer, AccountRole.RECEIVABLES, command.item(), customer,
        command.amount());
    item.open -= command.amount().minorUnits();
    item.addRare(ItemRecord.DEDUCTED, command.amount().minorUnits());
    books.deductions.add(deduction, command.date());
    tx.adjust(command.item(), AdjustmentType.DEDUCTION, command.amount(), Optional.empty(),
        Optional.of(deduction.id()), Optional.of(command.reason().name()));
    tx.deduction = deduction;
    tx.touch(item);
    return tx.commit();
  }

  static void check(PostOpeningDeduction command, Books books, Checks checks) {
    Deduction deduction = command.deduction();
    checks.open(command.date());
    if (books.deductions.get(deduction.id()) != null) {
      checks.add(Code.DUPLICATE_DEDUCTION, "deduction " + deduction.id() + " already exists");
    }
    if (deduction.status().isResolved()) {
      checks.add(Code.INVALID_STATUS_CHANGE, "opening deduction " + deduction.id() + " is " + deduction.status()
          + "; load only deductions open or in review");
    }
    checks.notBefore(command.date(), deduction.createdOn(), "creation of deduction " + deduction.id());
    ItemRecord item = ItemCommands.item(books, deduction.documentNumber(), checks);
    ItemCommands.receivable(item, "take a deduction from", checks);
    checks.notBefore(command.date(), item);
    if (item != null && !item.customerId().equals(deduction.customerId())) {
      checks.add(Code.UNKNOWN_CUSTOMER, "deduction " + deduction.id() + " names customer " + deduction.customerId()
          + " but item " + item.documentNumber() + " belongs to " + item.customerId());
    }
    if (item != null && checks.currency(deduction.amount(), item.currency(), "deduction " + deduction.id())
        && deduction.amount().minorUnits() > item.rare(ItemRecord.SETTLED_BEFORE_CUT_OVER)) {
      checks.add(Code.EXCEEDS_OPEN_AMOUNT, "opening deduction " + deduction.amount() + " exceeds the "
          + item.money(item.rare(ItemRecord.SETTLED_BEFORE_CUT_OVER)) + " of " + item.documentNumber()
          + " settled before the cut-over; load the item with its open amount net of the deduction");
    }
  }

  static Posting post(PostOpeningDeduction command, Books books) {
    Deduction deduction = command.deduction();
    ItemRecord item = books.items.get(deduction.documentNumber());
    PostingBuilder tx = new PostingBuilder(books, Operation.POST_OPENING_DEDUCTION, command.date());
    Optional<CustomerId> customer = Optional.of(deduction.customerId());
    tx.pair(AccountRole.DEDUCTIONS, deduction.id(), customer, AccountRole.OPENING_BALANCE, deduction.id(), customer,
        deduction.amount());
    item.addRare(ItemRecord.SETTLED_BEFORE_CUT_OVER, -deduction.amount().minorUnits());
    item.addRare(ItemRecord.DEDUCTED, deduction.amount().minorUnits());
    books.deductions.add(deduction, command.date());
    tx.deduction = deduction;
    tx.touch(item);
    return tx.commit();
  }

  private static DeductionBook.Entry deduction(Books books, DeductionId id, DeductionStatus next, Checks checks) {
    DeductionBook.Entry entry = books.deductions.get(id);
    if (entry == null) {
      checks.add(Code.UNKNOWN_DEDUCTION, "no deduction " + id);
      return null;
    }
    if (!entry.deduction.status().canMoveTo(next)) {
      checks.add(Code.INVALID_STATUS_CHANGE, "deduction " + id + " is " + entry.deduction.status()
          + " and cannot move to " + next);
    }
    return entry;
  }

  static void check(ReviewDeduction command, Books books, Checks checks) {
    checks.open(command.date());
    DeductionBook.Entry entry = deduction(books, command.deduction(), DeductionStatus.IN_REVIEW, checks);
    if (entry != null) {
      checks.notBefore(command.date(), entry.lastDate, "last change of deduction " + command.deduction());
    }
  }

  static Posting post(ReviewDeduction command, Books books) {
    DeductionBook.Entry entry = books.deductions.get(command.deduction());
    PostingBuilder tx = new PostingBuilder(books, Operation.REVIEW_DEDUCTION, command.date());
    books.deductions.move(entry, DeductionStatus.IN_REVIEW, command.date());
    tx.deduction = entry.deduction;
    return tx.commit();
  }

  static void check(ResolveDeduction command, Books books, Checks checks) {
    checks.open(command.date());
    if (!command.resolution().isResolved()) {
      checks.add(Code.INVALID_STATUS_CHANGE, command.resolution() + " is not a resolution");
      return;
    }
    DeductionBook.Entry entry = deduction(books, command.deduction(), command.resolution(), checks);
    if (entry != null) {
      checks.notBefore(command.date(), entry.lastDate, "last change of deduction " + command.deduction());
      if (command.resolution() == DeductionStatus.RESOLVED_REJECTED) {
        checks.notBefore(command.date(), books.items.get(entry.deduction.documentNumber()));
      }
    }
  }

  static Posting post(ResolveDeduction command, Books books) {
    DeductionBook.Entry entry = books.deductions.get(command.deduction());
    Deduction deduction = entry.deduction;
    DeductionId id = deduction.id();
    Optional<CustomerId> customer = Optional.of(deduction.customerId());
    PostingBuilder tx = new PostingBuilder(books, Operation.RESOLVE_DEDUCTION, command.date());
    Money amount = deduction.amount();
    ItemRecord item = books.items.get(deduction.documentNumber());
    switch (command.resolution()) {
      case RESOLVED_CREDITED:
        tx.pair(AccountRole.SALES, id, customer, AccountRole.DEDUCTIONS, id, customer, amount);
        break;
      case RESOLVED_WRITTEN_OFF:
        tx.pair(AccountRole.SMALL_DIFFERENCES, id, customer, AccountRole.DEDUCTIONS, id, customer, amount);
        break;
      default:
        tx.pair(AccountRole.RECEIVABLES, deduction.documentNumber(), customer, AccountRole.DEDUCTIONS, id, customer,
            amount);
        item.open += amount.minorUnits();
        item.addRare(ItemRecord.DEDUCTED, -amount.minorUnits());
        tx.adjust(deduction.documentNumber(), AdjustmentType.DEDUCTION_REJECTED, amount.negated(), Optional.empty(),
            Optional.of(id), Optional.empty());
        tx.touch(item);
        break;
    }
    books.deductions.move(entry, command.resolution(), command.date());
    tx.deduction = entry.deduction;
    return tx.commit();
  }
}
