package dev.o2c.core.ledger;

import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Checks and posts the commands on items: posting, opening items, credit-memo offsets, bad debt. */
final class ItemCommands {
  private ItemCommands() {}

  static ItemRecord item(Books books, DocumentNumber number, Checks checks) {
    ItemRecord item = books.items.get(number);
    if (item == null) {
      checks.add(Code.UNKNOWN_ITEM, "no item " + number);
    }
    return item;
  }

  static void receivable(ItemRecord item, String action, Checks checks) {
    if (item != null && item.kind() == ItemKind.CREDIT_MEMO) {
      checks.add(Code.WRONG_ITEM_KIND, "cannot " + action + " credit memo " + item.documentNumber());
    }
  }

  private static void newItem(Books books, OpenItem item, LocalDate date, Checks checks) {
    checks.open(date);
    if (books.items.get(item.documentNumber()) != null) {
      checks.add(Code.DUPLICATE_ITEM, "item " + item.documentNumber() + " is already posted");
    }
    if (books.customers.get(item.customerId()) == null) {
      checks.add(Code.UNKNOWN_CUSTOMER, "customer " + item.customerId() + " (customer of item "
          + item.documentNumber() + ") is not registered");
    }
  }

  static void check(PostItem command, Books books, Checks checks) {
    OpenItem item = command.item();
    newItem(books, item, command.date(), checks);
    if (!item.openAmount().equals(item.originalAmount())) {
      checks.add(Code.NOT_AT_ORIGINAL_AMOUNT, "item " + item.documentNumber() + " has open amount "
          + item.openAmount() + " but original " + item.originalAmount() + "; load part-settled items with "
          + "PostOpeningItem");
    }
  }

  static Posting post(PostItem command, Books books) {
    OpenItem item = command.item();
    PostingBuilder tx = new PostingBuilder(books, Operation.POST_ITEM, command.date());
    Optional<CustomerId> customer = Optional.of(item.customerId());
    tx.pair(AccountRole.RECEIVABLES, item.documentNumber(), customer,
        AccountRole.SALES, item.documentNumber(), customer, item.originalAmount());
    ItemRecord record = new ItemRecord(books.items, item, books.customers.get(item.customerId()).id(),
        command.date());
    books.items.add(record);
    tx.touch(record);
    return tx.commit();
  }

  static void check(PostOpeningItem command, Books books, Checks checks) {
    OpenItem item = command.item();
    newItem(books, item, command.date(), checks);
    if (item.isCleared()) {
      checks.add(Code.NOTHING_OPEN, "opening item " + item.documentNumber() + " is cleared; leave it out of the load");
    }
    checks.notBefore(command.date(), item.documentDate(), "document date of item " + item.documentNumber());
  }

  static Posting post(PostOpeningItem command, Books books) {
    OpenItem item = command.item();
    PostingBuilder tx = new PostingBuilder(books, Operation.POST_OPENING_ITEM, command.date());
    Optional<CustomerId> customer = Optional.of(item.customerId());
    tx.pair(AccountRole.RECEIVABLES, item.documentNumber(), customer,
        AccountRole.OPENING_BALANCE, item.documentNumber(), customer, item.openAmount());
    ItemRecord record = new ItemRecord(books.items, item, books.customers.get(item.customerId()).id(),
        command.date());
    record.open = item.openAmount().minorUnits();
    record.addRare(ItemRecord.SETTLED_BEFORE_CUT_OVER, item.originalAmount().minorUnits() - record.open);
    books.items.add(record);
    tx.touch(record);
    return tx.commit();
  }

  /** The two items of an offset or its reversal, checked; null where a check failed. */
  private static ItemRecord[] offsetPair(DocumentNumber memoNumber, DocumentNumber itemNumber, Money amount,
      LocalDate date, Books books, Checks checks, String what) {
    checks.open(date);
    ItemRecord memo = item(books, memoNumber, checks);
    ItemRecord item = item(books, itemNumber, checks);
    if (memo != null && memo.kind() != ItemKind.CREDIT_MEMO) {
      checks.add(Code.WRONG_ITEM_KIND, memoNumber + " is a " + memo.kind() + ", not a credit memo");
      memo = null;
    }
    receivable(item, "offset a credit memo against", checks);
    boolean amountOk = checks.positive(amount, item != null ? item.currency() : null, what)
        && (memo == null || checks.currency(amount, memo.currency(), what));
    checks.notBefore(date, memo);
    checks.notBefore(date, item);
    return amountOk && memo != null && item != null && item.kind() != ItemKind.CREDIT_MEMO
        ? new ItemRecord[] {memo, item} : null;
  }

  static void check(OffsetCreditMemo command, Books books, Checks checks) {
    String what = "offset of " + command.creditMemo() + " against " + command.item();
    ItemRecord[] pair = offsetPair(command.creditMemo(), command.item(), command.amount(), command.date(), books,
        checks, what);
    if (pair != null) {
      long units = command.amount().minorUnits();
      if (units > pair[1].open) {
        checks.add(Code.EXCEEDS_OPEN_AMOUNT, what + ": " + command.amount() + " exceeds the open "
            + pair[1].money(pair[1].open) + " of " + command.item());
      }
      if (units > -pair[0].open) {
        checks.add(Code.EXCEEDS_OPEN_AMOUNT, what + ": " + command.amount() + " exceeds the open "
            + pair[0].money(pair[0].open) + " of credit memo " + command.creditMemo());
      }
    }
  }

  static Posting post(OffsetCreditMemo command, Books books) {
    return offset(command.creditMemo(), command.item(), command.amount(), command.date(), books,
        Operation.OFFSET_CREDIT_MEMO, AdjustmentType.CREDIT_MEMO_OFFSET);
  }

  static void check(ReverseCreditMemoOffset command, Books books, Checks checks) {
    String what = "reversal of the offset of " + command.creditMemo() + " against " + command.item();
    ItemRecord[] pair = offsetPair(command.creditMemo(), command.item(), command.amount(), command.date(), books,
        checks, what);
    if (pair != null) {
      long offset = books.items.offset(command.creditMemo(), command.item());
      if (command.amount().minorUnits() > offset) {
        checks.add(Code.EXCEEDS_OPEN_AMOUNT, what + ": " + command.amount() + " exceeds the "
            + pair[1].money(offset) + " offset between them");
      }
    }
  }

  static Posting post(ReverseCreditMemoOffset command, Books books) {
    return offset(command.creditMemo(), command.item(), command.amount().negated(), command.date(), books,
        Operation.REVERSE_CREDIT_MEMO_OFFSET, AdjustmentType.CREDIT_MEMO_OFFSET_REVERSED);
  }

  /** Offsets {@code amount} (negative to reverse) between a credit memo and an item. */
  private static Posting offset(DocumentNumber memoNumber, DocumentNumber itemNumber, Money amount, LocalDate date,
      Books books, Operation operation, AdjustmentType type) {
    ItemRecord memo = books.items.get(memoNumber);
    ItemRecord item = books.items.get(itemNumber);
    PostingBuilder tx = new PostingBuilder(books, operation, date);
    tx.pair(AccountRole.RECEIVABLES, memoNumber, Optional.of(memo.customerId()),
        AccountRole.RECEIVABLES, itemNumber, Optional.of(item.customerId()), amount);
    long units = amount.minorUnits();
    memo.open += units;
    memo.addRare(ItemRecord.CREDITED, -units);
    item.open -= units;
    item.addRare(ItemRecord.CREDITED, units);
    books.items.addOffset(memoNumber, itemNumber, units);
    tx.adjust(itemNumber, type, amount, Optional.of(memoNumber), Optional.empty(), Optional.empty());
    tx.adjust(memoNumber, type, amount.negated(), Optional.of(itemNumber), Optional.empty(), Optional.empty());
    tx.touch(memo);
    tx.touch(item);
    return tx.commit();
  }

  static void check(WriteOffBadDebt command, Books books, Checks checks) {
    checkBadDebt(command.item(), command.amount(), command.date(), books, checks, "bad-debt write-off",
        item -> item.open, "open on");
  }

  static Posting post(WriteOffBadDebt command, Books books) {
    return badDebt(command.item(), command.amount(), command.date(), command.reason(), books, 1,
        Operation.WRITE_OFF_BAD_DEBT, AdjustmentType.BAD_DEBT_WRITE_OFF);
  }

  static void check(ReinstateBadDebt command, Books books, Checks checks) {
    checkBadDebt(command.item(), command.amount(), command.date(), books, checks, "reinstatement",
        item -> item.rare(ItemRecord.BAD_DEBT), "written off on");
  }

  /** A bad-debt magnitude must be positive, in the item's currency and within {@code limit} (signed like the item). */
  private static void checkBadDebt(DocumentNumber number, Money amount, LocalDate date, Books books, Checks checks,
      String what, ToLongFunction<ItemRecord> limit, String limitWhat) {
    checks.open(date);
    ItemRecord item = item(books, number, checks);
    if (item != null && checks.positive(amount, item.currency(), what + " of " + number)
        && amount.minorUnits() > limit.applyAsLong(item) * item.sign()) {
      checks.add(Code.EXCEEDS_OPEN_AMOUNT, what + " " + amount + " exceeds the "
          + item.money(limit.applyAsLong(item)) + " " + limitWhat + " " + number);
    }
    checks.notBefore(date, item);
  }

  static Posting post(ReinstateBadDebt command, Books books) {
    return badDebt(command.item(), command.amount(), command.date(), command.reason(), books, -1,
        Operation.REINSTATE_BAD_DEBT, AdjustmentType.BAD_DEBT_REINSTATED);
  }

  /** Writes off ({@code direction} 1) or reinstates (-1) a magnitude of bad debt on an item. */
  private static Posting badDebt(DocumentNumber number, Money magnitude, LocalDate date, Optional<String> reason,
      Books books, int direction, Operation operation, AdjustmentType type) {
    ItemRecord item = books.items.get(number);
    long signed = magnitude.minorUnits() * item.sign() * direction;
    PostingBuilder tx = new PostingBuilder(books, operation, date);
    Optional<CustomerId> customer = Optional.of(item.customerId());
    AccountRole counter = direction > 0 ? AccountRole.BAD_DEBT : AccountRole.BAD_DEBT_RECOVERED;
    tx.pair(counter, number, customer, AccountRole.RECEIVABLES, number, customer, item.money(signed));
    item.open -= signed;
    item.addRare(ItemRecord.BAD_DEBT, signed);
    tx.adjust(number, type, item.money(signed), Optional.empty(), Optional.empty(), reason);
    tx.touch(item);
    return tx.commit();
  }
}
