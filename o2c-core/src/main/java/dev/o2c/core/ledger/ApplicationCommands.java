package dev.o2c.core.ledger;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.util.List;
import java.util.Optional;

/** Checks and posts applications of payment money to items, and their reversal. */
final class ApplicationCommands {
  private ApplicationCommands() {}

  /**
   * The cash discount the item's terms still allow for a payment on its value date: what they earn
   * on the original amount, less discount already granted. Zero without terms.
   */
  static long discountAllowed(ItemRecord item, PaymentRecord payment) {
    return item.terms()
        .map(t -> t.discountFor(item.originalAmount(), item.documentDate(), payment.valueDate()))
        .map(m -> Math.max(0, m.minorUnits() - item.rare(ItemRecord.DISCOUNT)))
        .orElse(0L);
  }

  /**
   * The discount the command grants: explicit, or by rule when the payment settles the rest of the
   * item, within {@code allowed} (from {@link #discountAllowed}, computed once by the caller).
   */
  static long discount(ApplyPayment command, ItemRecord item, long allowed) {
    if (command.discount().isPresent()) {
      return command.discount().get().minorUnits();
    }
    long rest = item.open - command.applied().minorUnits() - command.smallDifference().minorUnits();
    return rest > 0 && rest <= allowed ? rest : 0;
  }

  static void check(ApplyPayment command, Books books, Checks checks) {
    checks.open(command.date());
    PaymentRecord payment = CashCommands.payment(books, command.payment(), checks);
    ItemRecord item = ItemCommands.item(books, command.item(), checks);
    checks.notReturned(payment);
    ItemCommands.receivable(item, "apply payment money to", checks);
    checks.notBefore(command.date(), payment);
    checks.notBefore(command.date(), item);
    if (payment == null || item == null) {
      return;
    }
    checks.notBefore(command.date(), payment.valueDate(), "value date of payment " + command.payment());
    String what = "application of " + command.payment() + " to " + command.item();
    boolean amountsOk = true;
    List<Money> amounts = command.discount().isPresent()
        ? List.of(command.applied(), command.smallDifference(), command.discount().get())
        : List.of(command.applied(), command.smallDifference());
    for (Money amount : amounts) {
      amountsOk &= checks.currency(amount, item.currency(), what) && checks.currency(amount, payment.currency(), what);
    }
    // A negative small difference is a gain, checked once the cleared amount is known.
    for (Money amount : command.discount().isPresent()
        ? List.of(command.applied(), command.discount().get()) : List.of(command.applied())) {
      if (amount.isNegative()) {
        checks.add(Code.INVALID_AMOUNT, what + ": negative amount " + amount);
        amountsOk = false;
      }
    }
    Optional<CustomerId> payer = payment.customerId();
    if (payer.isEmpty()) {
      checks.add(Code.PAYER_UNKNOWN, "payment " + command.payment() + " has no known payer; identify it first");
    } else if (!books.customers.settles(payer.get(), item.customerId()) && command.payerOverride().isEmpty()) {
      checks.add(Code.NOT_PAYERS_ITEM, what + ": item belongs to " + item.customerId() + ", outside the group of "
          + "payer " + payer.get() + "; give a payer override with a reason to settle it anyway");
    }
    if (!amountsOk || item.kind().sign() < 0) {
      return;
    }
    long allowed = discountAllowed(item, payment);
    long discount = discount(command, item, allowed);
    if (discount > allowed && command.discountOverride().isEmpty()) {
      checks.add(Code.DISCOUNT_NOT_EARNED, what + ": discount " + item.money(discount) + " exceeds the "
          + item.money(allowed) + " the terms allow on " + payment.valueDate()
          + "; give a discount override with a reason to grant it anyway");
    }
    long cleared = command.applied().minorUnits() + discount + command.smallDifference().minorUnits();
    if (cleared <= 0) {
      checks.add(Code.INVALID_AMOUNT, what + ": nothing to apply (clears " + item.money(cleared) + ")");
    } else if (cleared > item.open) {
      checks.add(Code.EXCEEDS_OPEN_AMOUNT, what + " clears " + item.money(cleared) + " but only "
          + item.money(item.open) + " is open");
    } else if (command.smallDifference().isNegative() && cleared != item.open) {
      checks.add(Code.INVALID_AMOUNT, what + ": a gain of " + command.smallDifference().negated() + " is booked only"
          + " when the application settles the item, but it clears " + item.money(cleared) + " of "
          + item.money(item.open) + " open");
    }
    checks.funds(payment, CashBucket.UNAPPLIED, command.applied());
  }

  static Posting post(ApplyPayment command, Books books) {
    PaymentRecord payment = books.payments.get(command.payment());
    ItemRecord item = books.items.get(command.item());
    Money applied = command.applied();
    // The terms are read only when the command leaves the discount to them.
    long allowed = command.discount().isPresent() ? 0 : discountAllowed(item, payment);
    Money discount = item.money(discount(command, item, allowed));
    Money smallDifference = command.smallDifference();
    PostingBuilder tx = new PostingBuilder(books, Operation.APPLY_PAYMENT, command.date());
    Optional<CustomerId> itemCustomer = Optional.of(item.customerId());
    tx.pair(AccountRole.UNAPPLIED_CASH, payment.id(), payment.customerId(),
        AccountRole.RECEIVABLES, item.documentNumber(), itemCustomer, applied);
    tx.pair(AccountRole.DISCOUNT, item.documentNumber(), itemCustomer,
        AccountRole.RECEIVABLES, item.documentNumber(), itemCustomer, discount);
    tx.pair(AccountRole.SMALL_DIFFERENCES, item.documentNumber(), itemCustomer,
        AccountRole.RECEIVABLES, item.documentNumber(), itemCustomer, smallDifference);
    Optional<String> reason = command.reason().or(command::discountOverride).or(command::payerOverride);
    Application application = Application.builder()
        .id(ApplicationId.of(tx.number))
        .payment(payment.id())
        .documentNumber(item.documentNumber())
        .applied(applied)
        .discount(discount)
        .smallDifference(smallDifference)
        .date(command.date())
        .reason(reason)
        .build();
    books.payments.add(new ApplicationRecord(application, payment, item));
    payment.unapplied -= applied.minorUnits();
    payment.applied += applied.minorUnits();
    item.open -= application.cleared().minorUnits();
    item.applied += applied.minorUnits();
    item.addRare(ItemRecord.DISCOUNT, discount.minorUnits());
    item.addRare(ItemRecord.SMALL_DIFFERENCES, smallDifference.minorUnits());
    tx.applications.add(application);
    tx.touch(payment);
    tx.touch(item);
    return tx.commit();
  }

  static void check(Unapply command, Books books, Checks checks) {
    checks.open(command.date());
    ApplicationRecord record = books.payments.application(command.application());
    if (record == null) {
      checks.add(Code.UNKNOWN_APPLICATION, "no application " + command.application());
      return;
    }
    if (record.reversed) {
      checks.add(Code.ALREADY_UNAPPLIED, "application " + command.application() + " was already reversed");
    }
    checks.notReturned(record.payment);
    checks.notBefore(command.date(), record.payment);
    checks.notBefore(command.date(), record.item);
  }

  static Posting post(Unapply command, Books books) {
    PostingBuilder tx = new PostingBuilder(books, Operation.UNAPPLY, command.date());
    reverse(tx, books.payments.application(command.application()));
    return tx.commit();
  }

  /** Reverses an application exactly, within a posting being built. */
  static void reverse(PostingBuilder tx, ApplicationRecord record) {
    Application a = record.value();
    PaymentRecord payment = record.payment;
    ItemRecord item = record.item;
    Optional<CustomerId> itemCustomer = Optional.of(item.customerId());
    tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
        AccountRole.UNAPPLIED_CASH, a.payment(), payment.customerId(), a.applied());
    tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
        AccountRole.DISCOUNT, a.documentNumber(), itemCustomer, a.discount());
    tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
        AccountRole.SMALL_DIFFERENCES, a.documentNumber(), itemCustomer, a.smallDifference());
    record.reversed = true;
    payment.applied -= a.applied().minorUnits();
    payment.unapplied += a.applied().minorUnits();
    item.open += a.cleared().minorUnits();
    item.applied -= a.applied().minorUnits();
    item.addRare(ItemRecord.DISCOUNT, -a.discount().minorUnits());
    item.addRare(ItemRecord.SMALL_DIFFERENCES, -a.smallDifference().minorUnits());
    tx.applications.add(a);
    tx.touch(payment);
    tx.touch(item);
  }
}
