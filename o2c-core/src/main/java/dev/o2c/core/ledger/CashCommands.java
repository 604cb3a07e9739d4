package dev.o2c.core.ledger;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks and posts the commands on received money: receipt, opening cash, payer, buckets, refunds, returns. */
final class CashCommands {
  private CashCommands() {}

  static PaymentRecord payment(Books books, PaymentId id, Checks checks) {
    PaymentRecord payment = books.payments.get(id);
    if (payment == null) {
      checks.add(Code.UNKNOWN_PAYMENT, "no payment " + id);
    }
    return payment;
  }

  static Optional<CustomerId> customerOf(PaymentRecord payment, CashBucket bucket) {
    return bucket == CashBucket.SUSPENSE ? Optional.empty() : payment.customerId();
  }

  private static void newPayment(Books books, Payment payment, Checks checks) {
    if (books.payments.get(payment.id()) != null) {
      checks.add(Code.DUPLICATE_PAYMENT, "payment " + payment.id() + " was already received; a statement imported twice?");
    }
    payment.customerId().ifPresent(c -> {
      if (books.customers.get(c) == null) {
        checks.add(Code.UNKNOWN_CUSTOMER, "customer " + c + " (payer of payment " + payment.id() + ") is not registered");
      }
    });
  }

  static void check(ReceivePayment command, Books books, Checks checks) {
    checks.open(command.date());
    newPayment(books, command.payment(), checks);
  }

  static Posting post(ReceivePayment command, Books books) {
    Payment payment = command.payment();
    CashBucket bucket = payment.customerId().isPresent() ? CashBucket.UNAPPLIED : CashBucket.SUSPENSE;
    return receive(payment, bucket, AccountRole.CASH, Operation.RECEIVE_PAYMENT, books);
  }

  static void check(PostOpeningCash command, Books books, Checks checks) {
    checks.open(command.date());
    newPayment(books, command.payment(), checks);
    checks.notBefore(command.date(), command.payment().valueDate(), "value date of payment " + command.payment().id());
    if (command.bucket() != CashBucket.SUSPENSE && command.payment().customerId().isEmpty()) {
      checks.add(Code.PAYER_UNKNOWN, "opening cash " + command.payment().id() + " has no payer, so it can only be in "
          + CashBucket.SUSPENSE + ", not " + command.bucket());
    }
  }

  static Posting post(PostOpeningCash command, Books books) {
    PostingBuilder tx = new PostingBuilder(books, Operation.POST_OPENING_CASH, command.date());
    return receive(command.payment(), command.bucket(), AccountRole.OPENING_BALANCE, tx, books);
  }

  private static Posting receive(Payment payment, CashBucket bucket, AccountRole from, Operation operation,
      Books books) {
    return receive(payment, bucket, from, new PostingBuilder(books, operation, payment.valueDate()), books);
  }

  private static Posting receive(Payment payment, CashBucket bucket, AccountRole from, PostingBuilder tx,
      Books books) {
    CustomerId payer = payment.customerId().map(c -> books.customers.get(c).id()).orElse(null);
    PaymentRecord record = new PaymentRecord(books.payments, payment, payer, tx.date);
    tx.pair(from, payment.id(), payment.customerId(),
        bucket.accountRole(), payment.id(), customerOf(record, bucket), payment.amount());
    books.payments.add(record);
    record.add(bucket, payment.amount().minorUnits());
    tx.touch(record);
    return tx.commit();
  }

  static void check(IdentifyPayer command, Books books, Checks checks) {
    checks.open(command.date());
    PaymentRecord payment = payment(books, command.payment(), checks);
    if (books.customers.get(command.customer()) == null) {
      checks.add(Code.UNKNOWN_CUSTOMER, "customer " + command.customer() + " is not registered");
    }
    checks.notReturned(payment);
    checks.notBefore(command.date(), payment);
    if (payment != null && payment.customerId().isPresent()) {
      checks.add(Code.PAYER_ALREADY_KNOWN, "payment " + command.payment() + " is already attributed to "
          + payment.customerId().get());
    }
  }

  static Posting post(IdentifyPayer command, Books books) {
    PaymentRecord record = books.payments.get(command.payment());
    PostingBuilder tx = new PostingBuilder(books, Operation.IDENTIFY_PAYER, command.date());
    long suspense = record.suspense();
    tx.pair(AccountRole.SUSPENSE, record.id(), Optional.empty(),
        AccountRole.UNAPPLIED_CASH, record.id(), Optional.of(command.customer()), record.money(suspense));
    record.identify(books.customers.get(command.customer()).id());
    record.add(CashBucket.SUSPENSE, -suspense);
    record.unapplied += suspense;
    tx.touch(record);
    return tx.commit();
  }

  static void check(MoveCash command, Books books, Checks checks) {
    checks.open(command.date());
    PaymentRecord payment = payment(books, command.payment(), checks);
    if (command.from() == command.to()) {
      checks.add(Code.INVALID_AMOUNT, "move of payment " + command.payment() + " from " + command.from() + " to itself");
    }
    if (payment != null) {
      checks.notReturned(payment);
      if (checks.positive(command.amount(), payment.currency(), "move of payment " + command.payment())) {
        checks.funds(payment, command.from(), command.amount());
      }
      if (command.to() != CashBucket.SUSPENSE && payment.customerId().isEmpty()) {
        checks.add(Code.PAYER_UNKNOWN, "payment " + command.payment()
            + " has no known payer; identify the payer before moving money to " + command.to());
      }
    }
    checks.notBefore(command.date(), payment);
  }

  static Posting post(MoveCash command, Books books) {
    PaymentRecord record = books.payments.get(command.payment());
    PostingBuilder tx = new PostingBuilder(books, Operation.MOVE_CASH, command.date());
    tx.pair(command.from().accountRole(), record.id(), customerOf(record, command.from()),
        command.to().accountRole(), record.id(), customerOf(record, command.to()), command.amount());
    record.add(command.from(), -command.amount().minorUnits());
    record.add(command.to(), command.amount().minorUnits());
    tx.touch(record);
    return tx.commit();
  }

  static void check(Refund command, Books books, Checks checks) {
    checks.open(command.date());
    PaymentRecord payment = payment(books, command.payment(), checks);
    if (payment != null) {
      checks.notReturned(payment);
      if (checks.positive(command.amount(), payment.currency(), "refund of payment " + command.payment())) {
        checks.funds(payment, command.from(), command.amount());
      }
    }
    checks.notBefore(command.date(), payment);
  }

  static Posting post(Refund command, Books books) {
    PaymentRecord record = books.payments.get(command.payment());
    PostingBuilder tx = new PostingBuilder(books, Operation.REFUND, command.date());
    tx.pair(command.from().accountRole(), record.id(), customerOf(record, command.from()),
        AccountRole.CASH, record.id(), record.customerId(), command.amount());
    record.add(command.from(), -command.amount().minorUnits());
    record.addRefunded(command.amount().minorUnits());
    tx.touch(record);
    return tx.commit();
  }

  static void check(ReturnPayment command, Books books, Checks checks) {
    checks.open(command.date());
    PaymentRecord payment = payment(books, command.payment(), checks);
    if (payment == null) {
      return;
    }
    checks.notReturned(payment);
    checks.notBefore(command.date(), payment);
    long returnable = payment.amount() - payment.returned();
    long amount = returnable;
    if (command.amount().isPresent()) {
      Money requested = command.amount().get();
      if (!checks.positive(requested, payment.currency(), "return of payment " + command.payment())) {
        return;
      }
      amount = requested.minorUnits();
      if (amount > returnable) {
        checks.add(Code.EXCEEDS_OPEN_AMOUNT, "return of " + requested + " exceeds the " + payment.money(returnable)
            + " of payment " + command.payment() + " not yet returned");
        return;
      }
    }
    long fromApplications = 0;
    for (ApplicationRecord application : reversals(payment, amount)) {
      checks.notBefore(command.date(), application.item);
      fromApplications += application.applied;
    }
    long chargedBack = Math.max(0, amount - payment.held() - fromApplications);
    if (chargedBack > 0) {
      if (payment.customerId().isEmpty()) {
        checks.add(Code.PAYER_UNKNOWN, "payment " + command.payment() + " was refunded to an unknown payer; "
            + "identify the payer before returning it, so the refund can be charged back");
      }
      DocumentNumber memo = chargeBackDocument(command, books);
      if (books.items.get(memo) != null) {
        checks.add(Code.DUPLICATE_ITEM, "charge-back document " + memo + " is already posted; name another");
      }
    }
  }

  /** The applications a return of {@code amount} reverses: newest first, until held money covers it. */
  private static List<ApplicationRecord> reversals(PaymentRecord payment, long amount) {
    List<ApplicationRecord> result = new ArrayList<>();
    long covered = payment.held();
    for (ApplicationRecord application = payment.lastApplication; application != null && covered < amount;
        application = application.previousOfPayment) {
      if (!application.reversed && application.applied > 0) {
        result.add(application);
        covered += application.applied;
      }
    }
    return result;
  }

  private static DocumentNumber chargeBackDocument(ReturnPayment command, Books books) {
    return command.chargeBackDocument().orElseGet(() -> DocumentNumber.of("CB-" + (books.lastPosting + 1)));
  }

  static Posting post(ReturnPayment command, Books books) {
    PaymentRecord record = books.payments.get(command.payment());
    long returnable = record.amount() - record.returned();
    long amount = command.amount().map(Money::minorUnits).orElse(returnable);
    PostingBuilder tx = new PostingBuilder(books, Operation.RETURN_PAYMENT, command.date());
    for (ApplicationRecord application : reversals(record, amount)) {
      ApplicationCommands.reverse(tx, application);
    }
    long left = amount;
    for (CashBucket bucket : List.of(CashBucket.UNAPPLIED, CashBucket.ON_ACCOUNT, CashBucket.SUSPENSE)) {
      long taken = Math.min(left, record.in(bucket));
      tx.pair(bucket.accountRole(), record.id(), customerOf(record, bucket),
          AccountRole.CASH, record.id(), record.customerId(), record.money(taken));
      record.add(bucket, -taken);
      left -= taken;
    }
    if (left > 0) {
      chargeBack(command, books, record, left, tx);
    }
    record.addReturned(amount);
    tx.touch(record);
    return tx.commit();
  }

  /** Money refunded and then returned by the bank: the customer owes it again, on a new debit memo. */
  private static void chargeBack(ReturnPayment command, Books books, PaymentRecord record, long minor,
      PostingBuilder tx) {
    CustomerId customer = record.customerId().orElseThrow();
    OpenItem memo = OpenItem.builder()
        .documentNumber(chargeBackDocument(command, books))
        .customerId(customer)
        .kind(ItemKind.DEBIT_MEMO)
        .documentDate(command.date())
        .dueDate(command.date())
        .originalAmount(record.money(minor))
        .customerReference(record.payment().bankReference().toString())
        .build();
    ItemRecord item = new ItemRecord(books.items, memo, customer, command.date());
    books.items.add(item);
    tx.pair(AccountRole.RECEIVABLES, memo.documentNumber(), Optional.of(customer),
        AccountRole.CASH, record.id(), Optional.of(customer), memo.originalAmount());
    record.addRefunded(-minor);
    tx.touch(item);
  }
}
